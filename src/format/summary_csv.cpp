#include "format/summary_csv.hpp"

#include <iterator>
#include <optional>

#include "format/decimal.hpp"

namespace baocao {
namespace {

std::string number_field(const std::optional<double>& v) {
  return v ? plain_number(*v) : std::string{};
}

}  // namespace

const std::string_view kSummaryCsvHeader =
    "code,name,group,unit,type,direction,result,is_estimate,plan,pct_plan,previous,change,"
    "change_unit,avg_growth,status,next_plan";

std::string csv_field(std::string_view text) {
  bool quote = !text.empty() && (text.front() == ' ' || text.back() == ' ');
  for (char c : text) quote = quote || c == ',' || c == '"' || c == '\n' || c == '\r';
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string summary_csv(const Summary& summary) {
  std::string out(kSummaryCsvHeader);
  out.push_back('\n');
  for (const SummaryRow& row : summary.rows) {
    const Indicator& i = row.indicator;
    const std::string fields[] = {
        csv_field(i.code),
        csv_field(i.name),
        csv_field(i.group),
        csv_field(i.unit),
        std::string(to_string(i.type)),
        std::string(to_string(i.direction)),
        number_field(row.result),
        row.result && row.is_estimate ? "yes" : "no",
        number_field(row.plan),
        number_field(row.pct_plan.value),
        number_field(row.previous),
        number_field(row.change.value),
        // Like the numbers, the change's unit is empty when there is no change.
        row.change.value ? std::string(to_string(row.change_unit)) : std::string{},
        number_field(row.avg_growth),
        row.status ? std::string(to_string(*row.status)) : std::string{},
        number_field(row.next_plan),
    };
    for (std::size_t f = 0; f < std::size(fields); ++f) {
      if (f > 0) out.push_back(',');
      out += fields[f];
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace baocao

#include "format/summary_csv.hpp"

#include <optional>
#include <vector>

#include "compute/figures.hpp"
#include "format/decimal.hpp"

namespace baocao {
namespace {

std::string number_field(const std::optional<double>& v) {
  return v ? plain_number(*v) : std::string{};
}

// The catalogue's CSV figures, each with the columns that qualify it: a change's unit, and
// for the result its estimate flag (the peer's columns have no other estimate flag).
std::vector<std::string> figure_columns() {
  std::vector<std::string> columns;
  for (const Figure& f : figures()) {
    if (!f.csv) continue;
    columns.emplace_back(f.key);
    if (f.id == FigureId::result) columns.emplace_back(f.estimate_key);
    if (f.format == FigureFormat::change) columns.push_back(std::string(f.key) + "_unit");
  }
  return columns;
}

void add_figure_fields(std::vector<std::string>& fields, const Figure& f, const SummaryRow& row) {
  const FigureValue v = f.read(row);
  fields.push_back(f.format == FigureFormat::status
                       ? (v.status ? std::string(to_string(*v.status)) : std::string{})
                       : number_field(v.number));
  if (f.id == FigureId::result) fields.emplace_back(v.number && v.is_estimate ? "yes" : "no");
  // Like the numbers, the change's unit is empty when there is no change.
  if (f.format == FigureFormat::change)
    fields.push_back(v.number ? std::string(to_string(v.change_unit)) : std::string{});
}

}  // namespace

std::string summary_csv_header() {
  std::string out = "code,name,group,unit,type,direction";
  for (const std::string& column : figure_columns()) out += "," + column;
  return out;
}

std::string csv_field(std::string_view text) {
  // OWASP's advice against CSV injection: a text cell that a spreadsheet would read as a
  // formula (or as a formula after a tab or CR) gets a leading apostrophe and stays text.
  // Numbers never come through here.
  if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' ||
                        text.front() == '@' || text.front() == '\t' || text.front() == '\r'))
    return csv_field("'" + std::string(text));
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
  std::string out = summary_csv_header();
  out.push_back('\n');
  for (const SummaryRow& row : summary.rows) {
    const Indicator& i = row.indicator;
    std::vector<std::string> fields = {
        csv_field(i.code),
        csv_field(i.name),
        csv_field(i.group),
        csv_field(i.unit),
        std::string(to_string(i.type)),
        std::string(to_string(i.direction)),
    };
    for (const Figure& f : figures())
      if (f.csv) add_figure_fields(fields, f, row);
    for (std::size_t f = 0; f < fields.size(); ++f) {
      if (f > 0) out.push_back(',');
      out += fields[f];
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace baocao

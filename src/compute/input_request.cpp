#include "compute/input_request.hpp"

#include <fmt/format.h>

#include "compute/coverage.hpp"
#include "core/sha256.hpp"

namespace baocao {
namespace {

constexpr char kFieldSeparator = '\x1F';
constexpr char kRowSeparator = '\x1E';

// Indicators with any plan value, at any area and period: their rows ask for the plan too.
std::vector<bool> planned_indicators(const Dataset& data) {
  std::vector<bool> planned(data.indicators.size(), false);
  for (const Observation& o : data.observations)
    if (o.basis == Basis::plan && o.indicator < planned.size()) planned[o.indicator] = true;
  return planned;
}

}  // namespace

std::string input_fingerprint(const Dataset& data, const std::vector<OwedFigure>& rows) {
  Sha256 hash;
  hash.update("baocao-input-1");
  for (const OwedFigure& row : rows) {
    const Indicator& ind = data.indicators[row.indicator];
    const std::string out_of = ind.out_of ? fmt::format("{}", *ind.out_of) : std::string();
    const std::string decimals = std::to_string(ind.decimals);
    const std::string_view fields[] = {ind.code,
                                       ind.name,
                                       ind.unit,
                                       to_string(ind.type),
                                       decimals,
                                       out_of,
                                       to_string(ind.aggregate),
                                       to_string(ind.areas),
                                       data.areas[row.area].code};
    hash.update(std::string_view(&kRowSeparator, 1));
    bool first = true;
    for (std::string_view field : fields) {
      if (!first) hash.update(std::string_view(&kFieldSeparator, 1));
      first = false;
      hash.update(field);
    }
  }
  return hash.hex();
}

InputRequest make_input_request(const Dataset& data, std::string_view department,
                                const Period& sent_for) {
  InputRequest request;
  request.unit = data.unit.code;
  request.department = std::string(department);
  request.sent_for = sent_for;
  request.asked = next_period(sent_for);
  request.plan_period = Period::of_year(request.asked.year + 1);

  const std::vector<bool> planned = planned_indicators(data);
  const Coverage coverage(data);
  for (std::uint32_t i = 0; i < data.indicators.size(); ++i) {
    const Indicator& ind = data.indicators[i];
    if (ind.department != department) continue;
    if (ind.aggregate == Aggregate::none) {
      request.rows.push_back({i, data.unit_area, planned[i]});
      continue;
    }
    for (std::uint32_t area : coverage.of(ind.areas)) request.rows.push_back({i, area, planned[i]});
  }
  request.fingerprint = input_fingerprint(data, request.rows);
  return request;
}

}  // namespace baocao

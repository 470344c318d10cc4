#include "compute/coverage.hpp"

namespace baocao {

bool covers(AreaScope scope, AreaType type) {
  switch (scope) {
    case AreaScope::all:
      return type != AreaType::unit;
    case AreaScope::wards:
      return type == AreaType::ward;
    case AreaScope::communes:
      return type == AreaType::commune;
  }
  return false;
}

bool counts_for_unit(const Dataset& data, const Indicator& indicator, std::uint32_t area) {
  if (area == data.unit_area) return true;
  if (indicator.aggregate == Aggregate::none || area >= data.areas.size()) return false;
  return covers(indicator.areas, data.areas[area].type);
}

Coverage::Coverage(const Dataset& data) {
  for (std::uint32_t a = 0; a < data.areas.size(); ++a) {
    if (a == data.unit_area) continue;
    for (AreaScope scope : {AreaScope::all, AreaScope::wards, AreaScope::communes})
      if (covers(scope, data.areas[a].type)) areas_[static_cast<int>(scope)].push_back(a);
  }
}

}  // namespace baocao

#pragma once
// Which areas an indicator's values come from: the unit, and the wards/communes its `areas`
// scope covers (and its `aggregate` combines).

#include <cstdint>
#include <vector>

#include "core/dataset.hpp"

namespace baocao {

bool covers(AreaScope scope, AreaType type);

// Whether an observation at `area` can give the unit's figure of `indicator`: it is at the
// unit, or at a covered ward/commune of an indicator that combines its areas.
bool counts_for_unit(const Dataset& data, const Indicator& indicator, std::uint32_t area);

// The covered areas of each scope, in areas.csv order.
class Coverage {
 public:
  explicit Coverage(const Dataset& data);
  const std::vector<std::uint32_t>& of(AreaScope scope) const {
    return areas_[static_cast<int>(scope)];
  }

 private:
  std::vector<std::uint32_t> areas_[3];
};

}  // namespace baocao

#pragma once
// The observations of values.csv that a batch of returned workbooks meets, by key. Only the
// batch's keys are looked up, in one pass: indexing every row of a province's values.csv would
// cost more than the batch.

#include <cstdint>
#include <map>
#include <tuple>

#include "core/dataset.hpp"

namespace baocao::collect {

// indicator, area, Period::key(), basis: what makes a row of values.csv unique.
using ObservationKey = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, Basis>;

inline ObservationKey key_of(std::uint32_t indicator, std::uint32_t area, const Period& period,
                             Basis basis) {
  return {indicator, area, period.key(), basis};
}

// The index into data.observations of each key of `wanted` (a map or set of ObservationKey)
// that values.csv has.
template <typename Keys>
std::map<ObservationKey, std::uint32_t> find_observations(const Dataset& data, const Keys& wanted) {
  std::map<ObservationKey, std::uint32_t> found;
  for (std::uint32_t i = 0; i < data.observations.size(); ++i) {
    const Observation& o = data.observations[i];
    ObservationKey k = key_of(o.indicator, o.area, o.period, o.basis);
    if (wanted.count(k) > 0) found[k] = i;
  }
  return found;
}

}  // namespace baocao::collect

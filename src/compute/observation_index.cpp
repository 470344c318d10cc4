#include "compute/observation_index.hpp"

#include <algorithm>

namespace baocao {
namespace {

// Stable counting sort of `ids` by key(id) < buckets: linear in ids and buckets.
template <typename Key>
std::vector<std::uint32_t> counting_sort(const std::vector<std::uint32_t>& ids, std::size_t buckets,
                                         Key key) {
  std::vector<std::uint32_t> start(buckets + 1, 0);
  for (std::uint32_t id : ids) ++start[key(id) + 1];
  for (std::size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
  std::vector<std::uint32_t> sorted(ids.size());
  for (std::uint32_t id : ids) sorted[start[key(id)]++] = id;
  return sorted;
}

}  // namespace

const Observation* Cell::find(const Period& period, Basis basis) const {
  for (std::uint32_t id : ids_) {
    const Observation& o = data_->observations[id];
    if (o.basis == basis && o.period == period) return &o;
  }
  return nullptr;
}

ObservationIndex::ObservationIndex(const Dataset& data,
                                   const std::function<bool(const Period&)>& keep)
    : data_(data) {
  const auto& obs = data.observations;
  std::vector<std::uint32_t> kept;
  for (std::uint32_t i = 0; i < obs.size(); ++i)
    if (obs[i].indicator < data.indicators.size() && obs[i].area < data.areas.size() &&
        keep(obs[i].period))
      kept.push_back(i);
  // Two stable passes (area, then indicator) sort by (indicator, area), file order within.
  kept = counting_sort(kept, data.areas.size(), [&](std::uint32_t id) { return obs[id].area; });
  ids_ = counting_sort(kept, data.indicators.size(),
                       [&](std::uint32_t id) { return obs[id].indicator; });

  first_.assign(data.indicators.size() + 1, 0);
  std::uint32_t next_indicator = 0;
  for (std::uint32_t pos = 0; pos < ids_.size(); ++pos) {
    const Observation& o = obs[ids_[pos]];
    bool new_indicator =
        groups_.empty() || obs[ids_[groups_.back().begin]].indicator != o.indicator;
    if (new_indicator || groups_.back().area != o.area) {
      while (next_indicator <= o.indicator)
        first_[next_indicator++] = static_cast<std::uint32_t>(groups_.size());
      groups_.push_back({o.area, pos});
    }
  }
  while (next_indicator <= data.indicators.size())
    first_[next_indicator++] = static_cast<std::uint32_t>(groups_.size());
}

Cell ObservationIndex::cell(std::uint32_t indicator, std::uint32_t area) const {
  if (indicator >= data_.indicators.size()) return {};
  auto begin = groups_.begin() + first_[indicator];
  auto end = groups_.begin() + first_[indicator + 1];
  auto it = std::lower_bound(begin, end, area,
                             [](const Group& g, std::uint32_t a) { return g.area < a; });
  if (it == end || it->area != area) return {data_, {}};
  std::uint32_t stop =
      it + 1 == groups_.end() ? static_cast<std::uint32_t>(ids_.size()) : (it + 1)->begin;
  return {data_, std::span<const std::uint32_t>(ids_).subspan(it->begin, stop - it->begin)};
}

}  // namespace baocao

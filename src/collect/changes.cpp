#include "collect/changes.hpp"

#include <map>

#include <fmt/format.h>

#include "collect/observation_index.hpp"
#include "core/i18n.hpp"

namespace baocao::collect {

std::size_t CollectPlan::count(Change change) const {
  std::size_t n = 0;
  for (const auto& r : rows)
    if (r.change == change) ++n;
  return n;
}

bool CollectPlan::writes(bool replace) const {
  return count(Change::added) > 0 || count(Change::changed) > 0 ||
         (replace && count(Change::conflict) > 0);
}

CollectPlan plan_changes(const Dataset& data, const std::vector<ReturnedWorkbook>& workbooks,
                         Diagnostics& diagnostics) {
  // Only the keys the batch gives are looked up: index those, not all of values.csv.
  std::map<ObservationKey, const CollectedRow*> wanted;
  for (const auto& w : workbooks)
    for (const auto& row : w.rows) {
      auto [it, fresh] =
          wanted.emplace(key_of(row.indicator, row.area, row.period, row.basis), &row);
      if (!fresh)
        diagnostics.error(row.where, 0, 0,
                          trf("indicator `{}` at `{}`, {} {}, is also given by {}",
                              data.indicators[row.indicator].code, data.areas[row.area].code,
                              row.period.to_string(), to_string(row.basis), it->second->where),
                          tr("collect one of the two workbooks"));
    }
  const auto existing = find_observations(data, wanted);

  CollectPlan plan;
  for (const auto& w : workbooks)
    for (const auto& row : w.rows) {
      PlannedRow p{
          row, Change::added, std::nullopt, 0,
          fmt::format("{} {} {} {}", data.indicators[row.indicator].code, data.areas[row.area].code,
                      row.period.to_string(), to_string(row.basis))};
      auto it = existing.find(key_of(row.indicator, row.area, row.period, row.basis));
      if (it != existing.end()) {
        const Observation& o = data.observations[it->second];
        p.existing = it->second;
        p.existing_value = o.value;
        if (o.value == row.value)
          p.change = Change::unchanged;
        else if (collected_from(data.texts.at(o.source), w.department))
          p.change = Change::changed;
        else
          p.change = Change::conflict;
      }
      plan.rows.push_back(std::move(p));
    }
  return plan;
}

}  // namespace baocao::collect

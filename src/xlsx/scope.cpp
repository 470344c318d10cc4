#include "xlsx/scope.hpp"

#include <algorithm>

namespace baocao::xlsx {
namespace {

bool in(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// Groups in the summary's order; a group the summary does not list goes last, as first seen.
std::vector<std::string> groups_of(const Summary& summary,
                                   const std::vector<const SummaryRow*>& rows) {
  std::vector<std::string> used;
  for (const SummaryRow* r : rows)
    if (!in(used, r->indicator.group)) used.push_back(r->indicator.group);
  std::vector<std::string> ordered;
  for (const std::string& g : summary.groups)
    if (in(used, g)) ordered.push_back(g);
  for (const std::string& g : used)
    if (!in(ordered, g)) ordered.push_back(g);
  return ordered;
}

template <typename Keep>
Scope make_scope(const Dataset& data, const Summary& summary, Keep keep) {
  Scope scope;
  scope.indicator_in_scope.reserve(data.indicators.size());
  for (const Indicator& indicator : data.indicators)
    scope.indicator_in_scope.push_back(keep(indicator) ? 1 : 0);
  for (const SummaryRow& row : summary.rows) {
    if (!keep(row.indicator)) continue;
    scope.rows.push_back(&row);
    if (row.indicator.key) scope.key_rows.push_back(&row);
    if (has_area_result(row)) scope.has_area_values = true;
  }
  scope.groups = groups_of(summary, scope.rows);
  for (const Observation& o : data.observations)
    if (scope.includes(o)) ++scope.observation_count;
  return scope;
}

}  // namespace

bool has_area_result(const SummaryRow& row) {
  return std::any_of(row.areas.begin(), row.areas.end(),
                     [](const AreaFigure& a) { return a.result.has_value(); });
}

std::vector<const SummaryRow*> Scope::rows_of_group(const std::string& group) const {
  std::vector<const SummaryRow*> out;
  for (const SummaryRow* r : rows)
    if (r->indicator.group == group) out.push_back(r);
  return out;
}

Scope master_scope(const Dataset& data, const Summary& summary) {
  return make_scope(data, summary, [](const Indicator&) { return true; });
}

Scope department_scope(const Dataset& data, const Summary& summary, const Department& dept) {
  Scope scope = make_scope(
      data, summary, [&](const Indicator& indicator) { return indicator.department == dept.code; });
  scope.department = &dept;
  if (scope.key_rows.empty()) scope.key_rows = scope.rows;
  return scope;
}

}  // namespace baocao::xlsx

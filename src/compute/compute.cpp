#include "compute/compute.hpp"

#include <algorithm>

#include "compute/coverage.hpp"
#include "compute/observation_index.hpp"
#include "compute/row_builder.hpp"

namespace baocao {
namespace {

bool is_result(Basis basis) {
  return basis == Basis::actual || basis == Basis::estimate;
}

// An observation that can give the unit's result for its period.
bool is_unit_result(const Dataset& data, const Observation& o) {
  return is_result(o.basis) && !o.period.is_span() && o.indicator < data.indicators.size() &&
         counts_for_unit(data, data.indicators[o.indicator], o.area);
}

std::string values_file(const Dataset& data) {
  for (const auto& f : data.files) {
    std::string_view path = f.path;
    if (path.size() >= 10 && path.substr(path.size() - 10) == "values.csv") return f.path;
  }
  return "values.csv";
}

// The periods a summary for `period` reads; the rest of a large dataset is not indexed.
struct Relevant {
  Period period;
  Period previous;
  Period term;
  int first_year;

  bool operator()(const Period& p) const {
    if (p == period || p == previous) return true;
    if (p.kind == PeriodKind::year) return p.year >= first_year && p.year <= period.year + 1;
    return p.is_span() && (p.end_year == period.year || p == term);
  }
};

}  // namespace

std::optional<Period> default_period(const Dataset& data) {
  std::optional<int> latest;
  for (const auto& o : data.observations)
    if (o.period.kind == PeriodKind::year && (!latest || o.period.year > *latest) &&
        is_unit_result(data, o))
      latest = o.period.year;
  if (!latest) return std::nullopt;
  return Period::of_year(*latest);
}

std::vector<Period> result_periods(const Dataset& data) {
  std::vector<std::uint32_t> keys;  // few distinct periods: a sorted vector is enough
  std::uint32_t last_seen = 0;
  for (const auto& o : data.observations) {
    std::uint32_t key = o.period.key();
    if ((!keys.empty() && key == last_seen) || !is_unit_result(data, o)) continue;
    last_seen = key;
    auto it = std::lower_bound(keys.begin(), keys.end(), key);
    if (it == keys.end() || *it != key) keys.insert(it, key);
  }
  std::vector<Period> periods;
  periods.reserve(keys.size());
  for (std::uint32_t key : keys) periods.push_back(Period::from_key(key));
  return periods;
}

Summary compute_summary(const Dataset& data, const Period& period) {
  Summary summary;
  summary.period = period;
  summary.previous_period = period.year_earlier();
  summary.next_year = period.year + 1;
  summary.term = data.unit.term;
  summary.term_base_year = data.unit.term_base_year;

  int base = data.unit.term_base_year > 0 ? data.unit.term_base_year : period.year;
  Relevant relevant{period, summary.previous_period, data.unit.term,
                    std::min(base, period.year - 1)};
  ObservationIndex index(data, relevant);
  Coverage coverage(data);
  RowContext context{data, index, period, summary.previous_period, values_file(data)};

  summary.rows.reserve(data.indicators.size());
  for (std::uint32_t i = 0; i < data.indicators.size(); ++i) {
    const Indicator& indicator = data.indicators[i];
    RowBuilder builder(context, i, coverage.of(indicator.areas), summary.diagnostics);
    summary.rows.push_back(builder.build());
    if (std::find(summary.groups.begin(), summary.groups.end(), indicator.group) ==
        summary.groups.end())
      summary.groups.push_back(indicator.group);
  }
  return summary;
}

}  // namespace baocao

#include "collect/plausibility.hpp"

#include <cmath>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "collect/observation_index.hpp"
#include "core/i18n.hpp"

namespace baocao::collect {
namespace {

bool is_checked(const Indicator& indicator) {
  return indicator.type == IndicatorType::amount || indicator.type == IndicatorType::count;
}

// The bases a row is compared with, in order of preference.
std::vector<Basis> reference_bases(Basis basis) {
  if (basis == Basis::plan) return {Basis::plan, Basis::actual, Basis::estimate};
  return {Basis::actual, Basis::estimate};
}

// The reference as a whole noun phrase, which the sentence takes as one unit in both languages.
std::string figure_name(Basis basis) {
  switch (basis) {
    case Basis::estimate:
      return tr("the estimate");
    case Basis::plan:
      return tr("the plan");
    default:
      return tr("the actual figure");
  }
}

struct Reference {
  double value = 0;
  Period period;
  Basis basis = Basis::actual;
};

}  // namespace

void warn_implausible(const Dataset& data, const std::vector<ReturnedWorkbook>& workbooks,
                      Diagnostics& diagnostics) {
  std::set<ObservationKey> wanted;
  for (const auto& w : workbooks)
    for (const auto& row : w.rows)
      if (is_checked(data.indicators[row.indicator]))
        for (Basis b : reference_bases(row.basis))
          wanted.insert(key_of(row.indicator, row.area, row.period.year_earlier(), b));
  if (wanted.empty()) return;
  const auto found = find_observations(data, wanted);

  for (const auto& w : workbooks)
    for (const auto& row : w.rows) {
      const Indicator& indicator = data.indicators[row.indicator];
      if (!is_checked(indicator) || row.value == 0) continue;
      std::optional<Reference> reference;
      Period before = row.period.year_earlier();
      for (Basis b : reference_bases(row.basis)) {
        auto it = found.find(key_of(row.indicator, row.area, before, b));
        if (it != found.end()) {
          reference = Reference{data.observations[it->second].value, before, b};
          break;
        }
      }
      if (!reference || reference->value == 0 || (reference->value < 0) != (row.value < 0))
        continue;
      double factor = row.value / reference->value;
      if (factor < kImplausibleFactor && factor > 1 / kImplausibleFactor) continue;
      std::string unit = indicator.unit.empty() ? std::string{} : " " + indicator.unit;
      std::string value = fmt::format("{}{}", row.value, unit);
      std::string earlier = fmt::format("{}{}", reference->value, unit);
      std::string named = figure_name(reference->basis);
      std::string year = reference->period.to_string();
      diagnostics.warning(
          row.where, 0, 0,
          factor >= kImplausibleFactor
              ? trf("value {} is {:.0f} times {} for {}, {}: a decimal point or the unit may "
                    "have slipped",
                    value, std::round(factor), named, year, earlier)
              : trf("value {} is a {:.0f}th of {} for {}, {}: a decimal point or the unit may "
                    "have slipped",
                    value, std::round(1 / factor), named, year, earlier),
          trf("check the figure of indicator `{}` and correct the workbook; if it is right, "
              "leave it: this is a warning, and --apply writes it",
              indicator.code));
    }
}

}  // namespace baocao::collect

#pragma once
// The figures of one indicator for the report period, following the contract's table
// "What the pipeline computes".

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compute/observation_index.hpp"
#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "core/diagnostic.hpp"

namespace baocao {

// What every row shares: the report period and where to point warnings.
struct RowContext {
  const Dataset& data;
  const ObservationIndex& index;
  Period period;
  Period previous_period;
  std::string values_file;  // warnings name it
};

class RowBuilder {
 public:
  RowBuilder(const RowContext& context, std::uint32_t indicator,
             const std::vector<std::uint32_t>& covered, Diagnostics& warnings);
  SummaryRow build();

 private:
  // A figure as read or combined: `line` is its values.csv line and `note` its note (an index
  // into Dataset::texts), both 0 when combined from areas.
  struct Value {
    double value = 0;
    bool is_estimate = false;
    std::uint32_t line = 0;
    std::uint32_t note = 0;
  };
  using Lookup = std::function<std::optional<Value>(const Cell&)>;

  static Lookup result_of(const Period& period);
  static Lookup basis_of(const Period& period, Basis basis);

  // Which figure a lookup reads, for the warnings about it: each has its own sentences in the
  // message catalogue, so that no noun phrase is glued into them.
  enum class Wanted : std::uint8_t {
    result,       // the result for `period`
    plan,         // the plan for `period`
    base_actual,  // the actual for `period`, the term's base year
  };
  struct Named {
    Wanted what;
    Period period;
  };
  // A figure computed from two others that may leave the range of a double.
  enum class Computed : std::uint8_t { pct_plan, change, avg_growth };

  // The unit's own figure, else its covered areas' combined by `aggregate` (sum, mean): a
  // figure some areas lack is left empty, with a warning naming them when `named` is given.
  std::optional<Value> figure(const Lookup& lookup, const std::optional<Named>& named,
                              bool* from_areas = nullptr);

  void fill_figures(SummaryRow& row);
  void fill_plan(SummaryRow& row);
  void fill_status(SummaryRow& row);
  void fill_change(SummaryRow& row);
  void fill_growth(SummaryRow& row);
  void fill_trend(SummaryRow& row);
  void fill_range(SummaryRow& row);
  void fill_carried(SummaryRow& row);
  void fill_areas(SummaryRow& row);

  // Records the note of the values.csv row `figure` was read from (0: none).
  void add_note(SummaryRow& row, FigureId figure, std::uint32_t note) const;

  void warn(std::uint32_t line, const std::string& message, const std::string& hint);
  void warn_missing(const Named& named, const std::vector<std::uint32_t>& missing);
  void warn_inexact_sum(const Named& named, double value);
  void warn_overflow(std::uint32_t line, Computed figure);

  const RowContext& context_;
  std::uint32_t indicator_index_;
  const Indicator& indicator_;
  const std::vector<std::uint32_t>& covered_;
  Diagnostics& warnings_;
  Cell unit_;
  std::vector<Cell> cells_;  // parallel to covered_
  std::uint32_t result_line_ = 0;
  std::uint32_t plan_line_ = 0;
  std::uint32_t previous_line_ = 0;
};

}  // namespace baocao

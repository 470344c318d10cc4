#pragma once
// The summary model: every figure of the contract's "What the pipeline computes", per
// indicator and per area, for one report period. Renderers format these values; they never
// compute figures themselves.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dataset.hpp"
#include "core/diagnostic.hpp"
#include "core/period.hpp"

namespace baocao {

enum class Status : std::uint8_t { achieved, exceeded, not_achieved, not_judged };
enum class ChangeUnit : std::uint8_t { percent, points, criteria };

// How a computed figure follows from the two figures it is computed from, so that a workbook
// can write the matching formula without knowing the rules:
//   ratio          a ÷ b × 100       (% of plan: result ÷ plan)
//   inverse_ratio  b ÷ a × 100       (% of plan for `down`: plan ÷ result)
//   growth         (a ÷ b − 1) × 100 (change of an amount or count: result ÷ previous − 1)
//   difference     a − b             (change of a rate in points, of a score in criteria)
// where a is the result and b the plan or previous value.
enum class Derivation : std::uint8_t { ratio, inverse_ratio, growth, difference };

std::string_view to_string(Status);      // "achieved", "exceeded", "not-achieved", "not-judged"
std::string_view to_string(ChangeUnit);  // "%", "pp", "criteria"
std::string_view to_string(Derivation);  // "ratio", "inverse-ratio", "growth", "difference"

struct ComputedFigure {
  std::optional<double> value;  // in percent for ratio/growth, in the indicator's unit otherwise
  Derivation derivation = Derivation::ratio;
};

struct ValueRange {
  double low = 0;
  double high = 0;
};

struct SpanValue {
  Period span;  // "2021-2023"
  double value = 0;
  bool is_estimate = false;
};

struct YearValue {
  int year = 0;
  double value = 0;
  bool is_estimate = false;
};

// One ward's or commune's figures for an indicator that applies to it.
struct AreaFigure {
  std::uint32_t area = 0;  // index into Dataset::areas
  std::optional<double> result;
  bool is_estimate = false;
  std::optional<double> plan;
  std::optional<double> previous;
  std::optional<double> next_plan;  // the plan of the year after P's year (the input sheet's)
};

// The figures of a SummaryRow that outputs show, each with its row in the catalogue of
// compute/figures.hpp, which says how every output names, reads and formats it.
enum class FigureId : std::uint8_t {
  result,
  plan,
  pct_plan,
  previous,
  change,
  avg_growth,
  status,
  next_plan,
  term_target,
  span,
};

struct SummaryRow {
  std::uint32_t indicator_index = 0;
  Indicator indicator;  // a copy, so renderers need nothing else to label the row

  std::optional<double> result;  // actual, else estimate; empty for a range
  bool is_estimate = false;
  bool from_areas = false;          // combined from wards/communes by `aggregate`
  std::optional<ValueRange> range;  // aggregate = range: min–max for display only

  std::optional<double> plan;
  Period plan_period;  // P, or P's year for a sub-year P with no plan of its own
  ComputedFigure pct_plan;

  std::optional<double> previous;
  bool previous_is_estimate = false;
  ComputedFigure change;
  ChangeUnit change_unit = ChangeUnit::percent;

  std::optional<double> avg_growth;  // %/year over the term, from term_base_year
  std::optional<Status> status;      // empty when an input is missing
  std::optional<double> next_plan;   // the plan of the year after P's year
  std::optional<double> term_target;
  std::optional<SpanValue> span;  // a span period ending in P's year
  std::vector<YearValue> trend;   // results from term_base_year to P's year, where known
  std::vector<AreaFigure> areas;  // areas.csv order, wards/communes the indicator covers
};

struct Summary {
  Period period;           // P
  Period previous_period;  // the same kind of period a year earlier
  int next_year = 0;       // the year after P's year
  Period term;
  int term_base_year = 0;
  std::vector<SummaryRow> rows;     // indicators.csv order
  std::vector<std::string> groups;  // first-seen order
  Diagnostics diagnostics;          // warnings: zero divisors, missing areas, …

  const SummaryRow* find(std::string_view code) const;
};

}  // namespace baocao

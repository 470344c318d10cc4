#pragma once
// The contract's formulas, one function each, free of any lookup. A division by zero (or a
// result that is not a finite number) gives an empty value; the caller warns.

#include <optional>

#include "compute/summary.hpp"
#include "core/dataset.hpp"

namespace baocao::rules {

// up/none: result ÷ plan × 100 (ratio); down: plan ÷ result × 100 (inverse ratio), so that
// 100% or more always means achieved.
ComputedFigure percent_of_plan(double result, double plan, Direction direction);
// The number divided by in percent_of_plan: a zero here makes the figure empty.
double percent_of_plan_divisor(double result, double plan, Direction direction);

// amount/count: (result ÷ previous − 1) × 100 (growth); rate/score: result − previous.
ComputedFigure change(double result, double previous, IndicatorType type);
ChangeUnit change_unit(IndicatorType type);
// Whether the change divides by the previous value.
bool change_divides(IndicatorType type);

// ((result ÷ base)^(1/years) − 1) × 100; empty unless base ≠ 0, years > 0 and the ratio > 0.
std::optional<double> average_growth(double result, double base, int years);

// Judged against a plan of the period itself, the two compared rounded to 9 decimals.
Status judge(double result, double plan, Direction direction);

}  // namespace baocao::rules

#include "compute/rules.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace baocao::rules {
namespace {

std::optional<double> finite(double v) {
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

// Equal once rounded to 9 decimal places, so that 0.1 + 0.2 equals a plan of 0.3.
bool same_to_9_decimals(double a, double b) {
  double scale = std::max(std::fabs(a), std::fabs(b));
  if (scale < 4e6) return std::round(a * 1e9) == std::round(b * 1e9);
  // From here a double's own spacing nears 1e-9, so rounding cannot absorb the error of a sum
  // of areas: allow a few units in the last place instead.
  return std::fabs(a - b) <= 4 * std::numeric_limits<double>::epsilon() * scale;
}

}  // namespace

double percent_of_plan_divisor(double result, double plan, Direction direction) {
  return direction == Direction::down ? result : plan;
}

ComputedFigure percent_of_plan(double result, double plan, Direction direction) {
  if (direction == Direction::down) {
    if (result == 0) return {std::nullopt, Derivation::inverse_ratio};
    return {finite(plan / result * 100), Derivation::inverse_ratio};
  }
  if (plan == 0) return {std::nullopt, Derivation::ratio};
  return {finite(result / plan * 100), Derivation::ratio};
}

bool change_divides(IndicatorType type) {
  return type == IndicatorType::amount || type == IndicatorType::count;
}

ChangeUnit change_unit(IndicatorType type) {
  switch (type) {
    case IndicatorType::amount:
    case IndicatorType::count:
      return ChangeUnit::percent;
    case IndicatorType::rate:
      return ChangeUnit::points;
    case IndicatorType::score:
      return ChangeUnit::criteria;
  }
  return ChangeUnit::percent;
}

ComputedFigure change(double result, double previous, IndicatorType type) {
  if (!change_divides(type)) return {finite(result - previous), Derivation::difference};
  if (previous == 0) return {std::nullopt, Derivation::growth};
  return {finite((result / previous - 1) * 100), Derivation::growth};
}

std::optional<double> average_growth(double result, double base, int years) {
  if (base == 0 || years <= 0) return std::nullopt;
  double ratio = result / base;
  if (!(ratio > 0) || !std::isfinite(ratio)) return std::nullopt;
  return finite((std::pow(ratio, 1.0 / years) - 1) * 100);
}

Status judge(double result, double plan, Direction direction) {
  if (direction == Direction::none) return Status::not_judged;
  if (same_to_9_decimals(result, plan)) return Status::achieved;
  bool better = direction == Direction::up ? result > plan : result < plan;
  return better ? Status::exceeded : Status::not_achieved;
}

}  // namespace baocao::rules

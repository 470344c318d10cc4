#include "compute/row_builder.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "compute/rules.hpp"
#include "core/i18n.hpp"

namespace baocao {
namespace {

// Neumaier's compensated sum: the unit's total of thousands of areas stays exact enough for
// the 9-decimal status comparison.
class Sum {
 public:
  void add(double v) {
    double t = sum_ + v;
    compensation_ += std::fabs(sum_) >= std::fabs(v) ? (sum_ - t) + v : (v - t) + sum_;
    sum_ = t;
  }
  double value() const { return sum_ + compensation_; }

 private:
  double sum_ = 0;
  double compensation_ = 0;
};

constexpr std::size_t kAreasNamed = 10;
// 2^53: past it a double skips whole numbers.
constexpr double kMaxExactCount = 9007199254740992.0;

std::string period_text(const Period& p) {
  return p.to_string();
}

}  // namespace

RowBuilder::RowBuilder(const RowContext& context, std::uint32_t indicator,
                       const std::vector<std::uint32_t>& covered, Diagnostics& warnings)
    : context_(context),
      indicator_index_(indicator),
      indicator_(context.data.indicators[indicator]),
      covered_(covered),
      warnings_(warnings),
      unit_(context.index.cell(indicator, context.data.unit_area)) {
  if (indicator_.aggregate == Aggregate::none) return;
  cells_.reserve(covered_.size());
  for (std::uint32_t area : covered_) cells_.push_back(context_.index.cell(indicator, area));
}

RowBuilder::Lookup RowBuilder::basis_of(const Period& period, Basis basis) {
  return [period, basis](const Cell& cell) -> std::optional<Value> {
    if (const Observation* o = cell.find(period, basis))
      return Value{o->value, basis == Basis::estimate, o->line, o->note};
    return std::nullopt;
  };
}

RowBuilder::Lookup RowBuilder::result_of(const Period& period) {
  return [period](const Cell& cell) -> std::optional<Value> {
    if (auto v = basis_of(period, Basis::actual)(cell)) return v;
    return basis_of(period, Basis::estimate)(cell);
  };
}

std::optional<RowBuilder::Value> RowBuilder::figure(const Lookup& lookup,
                                                    const std::optional<Named>& named,
                                                    bool* from_areas) {
  if (auto own = lookup(unit_)) return own;
  bool combines = indicator_.aggregate == Aggregate::sum || indicator_.aggregate == Aggregate::mean;
  if (!combines || cells_.empty()) return std::nullopt;
  Sum total;
  bool is_estimate = false;
  std::vector<std::uint32_t> missing;
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    if (auto v = lookup(cells_[i])) {
      total.add(v->value);
      is_estimate = is_estimate || v->is_estimate;
    } else {
      missing.push_back(covered_[i]);
    }
  }
  if (missing.size() == cells_.size()) return std::nullopt;  // no area has it either
  if (!missing.empty()) {
    if (named) warn_missing(*named, missing);
    return std::nullopt;
  }
  double value = total.value();
  // Each count is exact (the loader refuses one past 2^53), but their total may not be: a
  // count that cannot be held exactly is not printed as if it were.
  if (indicator_.type == IndicatorType::count && indicator_.aggregate == Aggregate::sum &&
      std::fabs(value) > kMaxExactCount) {
    if (named) warn_inexact_sum(*named, value);
    return std::nullopt;
  }
  if (from_areas) *from_areas = true;
  if (indicator_.aggregate == Aggregate::mean) value /= static_cast<double>(cells_.size());
  return Value{value, is_estimate, 0};
}

SummaryRow RowBuilder::build() {
  SummaryRow row;
  row.indicator_index = indicator_index_;
  row.indicator = indicator_;
  row.plan_period = context_.period;
  row.change_unit = rules::change_unit(indicator_.type);
  row.pct_plan.derivation =
      indicator_.direction == Direction::down ? Derivation::inverse_ratio : Derivation::ratio;
  row.change.derivation =
      rules::change_divides(indicator_.type) ? Derivation::growth : Derivation::difference;
  if (indicator_.aggregate == Aggregate::range) {
    fill_range(row);
  } else {
    fill_figures(row);
  }
  fill_carried(row);
  fill_areas(row);
  return row;
}

void RowBuilder::fill_figures(SummaryRow& row) {
  const Period& p = context_.period;
  if (auto r = figure(result_of(p), Named{Wanted::result, p}, &row.from_areas)) {
    row.result = r->value;
    row.is_estimate = r->is_estimate;
    result_line_ = r->line;
    add_note(row, FigureId::result, r->note);
  }
  fill_plan(row);
  fill_status(row);
  const Period& before = context_.previous_period;
  if (auto v = figure(result_of(before), Named{Wanted::result, before})) {
    row.previous = v->value;
    row.previous_is_estimate = v->is_estimate;
    previous_line_ = v->line;
    add_note(row, FigureId::previous, v->note);
  }
  fill_change(row);
  fill_growth(row);
  fill_trend(row);
}

void RowBuilder::fill_plan(SummaryRow& row) {
  const Period& p = context_.period;
  auto plan = figure(basis_of(p, Basis::plan), Named{Wanted::plan, p});
  if (!plan && p.is_sub_year()) {
    // "6 tháng đầu năm … đạt 53,86% kế hoạch năm": a part of the year against the year's plan.
    Period year = p.whole_year();
    plan = figure(basis_of(year, Basis::plan), Named{Wanted::plan, year});
    if (plan) row.plan_period = year;
  }
  if (!plan) return;
  row.plan = plan->value;
  plan_line_ = plan->line;
  add_note(row, FigureId::plan, plan->note);
  if (!row.result || indicator_.aggregate == Aggregate::range) return;
  row.pct_plan = rules::percent_of_plan(*row.result, *row.plan, indicator_.direction);
  if (rules::percent_of_plan_divisor(*row.result, *row.plan, indicator_.direction) != 0) {
    if (!row.pct_plan.value) warn_overflow(plan_line_, Computed::pct_plan);
    return;
  }
  if (indicator_.direction == Direction::down)
    warn(result_line_,
         trf("the result for {} is 0; for a `down` indicator % of plan is plan ÷ result, so it "
             "cannot be computed and is shown as —",
             period_text(p)),
         tr("check the value in values.csv"));
  else
    warn(plan_line_,
         trf("the plan for {} is 0, so % of plan cannot be computed and is shown as —",
             period_text(row.plan_period)),
         tr("check the plan in values.csv; a plan of 0 cannot be compared against"));
}

void RowBuilder::fill_status(SummaryRow& row) {
  if (!row.result) return;
  if (indicator_.direction == Direction::none) {
    row.status = Status::not_judged;
    return;
  }
  // Only a plan of the period itself judges it: a half year is not judged by the year's plan.
  if (!row.plan || row.plan_period != context_.period) return;
  row.status = rules::judge(*row.result, *row.plan, indicator_.direction);
}

void RowBuilder::fill_change(SummaryRow& row) {
  if (!row.result || !row.previous) return;
  row.change = rules::change(*row.result, *row.previous, indicator_.type);
  if (!row.change.value && !(rules::change_divides(indicator_.type) && *row.previous == 0))
    warn_overflow(previous_line_, Computed::change);
  if (rules::change_divides(indicator_.type) && *row.previous == 0)
    warn(previous_line_,
         trf("the result for {} is 0, so the change against it cannot be computed and is "
             "shown as —",
             period_text(context_.previous_period)),
         tr("check the value in values.csv"));
}

void RowBuilder::fill_growth(SummaryRow& row) {
  const Period& p = context_.period;
  int base_year = context_.data.unit.term_base_year;
  bool grows = indicator_.type == IndicatorType::amount || indicator_.type == IndicatorType::count;
  if (!grows || p.kind != PeriodKind::year || p.year <= base_year || !row.result) return;
  Period base_period = Period::of_year(base_year);
  auto base = figure(basis_of(base_period, Basis::actual), Named{Wanted::base_actual, base_period});
  if (!base) return;
  row.avg_growth = rules::average_growth(*row.result, base->value, p.year - base_year);
  if (row.avg_growth) return;
  bool same_sign = *row.result != 0 && base->value != 0 && (*row.result > 0) == (base->value > 0);
  if (same_sign)  // defined, yet past what a double holds
    warn_overflow(base->line, Computed::avg_growth);
  else if (base->value == 0)
    warn(base->line,
         trf("the actual for {} (the term's base year) is 0, so the average annual growth "
             "cannot be computed and is shown as —",
             base_year),
         tr("check the value in values.csv"));
  else
    warn(result_line_,
         trf("the result for {} and the actual for {} do not have the same sign, so the average "
             "annual growth is not defined and is shown as —",
             period_text(p), base_year),
         tr("check both values in values.csv"));
}

void RowBuilder::fill_trend(SummaryRow& row) {
  int first = context_.data.unit.term_base_year;
  int last = context_.period.year;
  if (first <= 0 || first > last) return;
  for (int y = first; y <= last; ++y) {
    if (auto v = figure(result_of(Period::of_year(y)), std::nullopt))
      row.trend.push_back({y, v->value, v->is_estimate});
  }
}

void RowBuilder::fill_range(SummaryRow& row) {
  const Period& p = context_.period;
  const Observation* low = unit_.find(p, Basis::low);
  const Observation* high = unit_.find(p, Basis::high);
  if (low && high) {
    row.range = ValueRange{low->value, high->value};
    // Both ends usually quote the same sentence of the source: one note for the range.
    add_note(row, FigureId::result, low->note);
    if (high->note != low->note) add_note(row, FigureId::result, high->note);
  } else {
    auto lookup = result_of(p);
    for (const Cell& cell : cells_) {
      auto v = lookup(cell);
      if (!v) continue;
      if (!row.range) row.range = ValueRange{v->value, v->value};
      row.range->low = std::min(row.range->low, v->value);
      row.range->high = std::max(row.range->high, v->value);
      row.is_estimate = row.is_estimate || v->is_estimate;
      row.from_areas = true;
    }
  }
  // A range is shown, never judged: the unit's own plan is carried, nothing is computed.
  fill_plan(row);
}

void RowBuilder::fill_carried(SummaryRow& row) {
  const Period& p = context_.period;
  Period next = Period::of_year(p.year + 1);
  if (auto v = figure(basis_of(next, Basis::plan), Named{Wanted::plan, next})) {
    row.next_plan = v->value;
    add_note(row, FigureId::next_plan, v->note);
  }
  const Period& term = context_.data.unit.term;
  if (term.is_span())
    if (const Observation* o = unit_.find(term, Basis::target)) {
      row.term_target = o->value;
      add_note(row, FigureId::term_target, o->note);
    }
  std::uint32_t span_note = 0;
  // The longest span ending in P's year ("giai đoạn 2021-2023"), its actual before an estimate.
  for (std::uint32_t id : unit_.ids()) {
    const Observation& o = unit_.at(id);
    bool is_result = o.basis == Basis::actual || o.basis == Basis::estimate;
    if (!is_result || !o.period.is_span() || o.period.end_year != p.year) continue;
    bool is_estimate = o.basis == Basis::estimate;
    bool better = !row.span || o.period.year < row.span->span.year ||
                  (o.period.year == row.span->span.year && row.span->is_estimate && !is_estimate);
    if (!better) continue;
    row.span = SpanValue{o.period, o.value, is_estimate};
    span_note = o.note;
  }
  add_note(row, FigureId::span, span_note);
}

void RowBuilder::fill_areas(SummaryRow& row) {
  if (indicator_.aggregate == Aggregate::none) return;
  auto result = result_of(context_.period);
  auto plan = basis_of(row.plan_period, Basis::plan);
  auto previous = result_of(context_.previous_period);
  auto next_plan = basis_of(Period::of_year(context_.period.year + 1), Basis::plan);
  row.areas.reserve(cells_.size());
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    AreaFigure area;
    area.area = covered_[i];
    if (auto v = result(cells_[i])) {
      area.result = v->value;
      area.is_estimate = v->is_estimate;
    }
    if (auto v = plan(cells_[i])) area.plan = v->value;
    if (auto v = previous(cells_[i])) area.previous = v->value;
    if (auto v = next_plan(cells_[i])) area.next_plan = v->value;
    row.areas.push_back(area);
  }
}

void RowBuilder::add_note(SummaryRow& row, FigureId figure, std::uint32_t note) const {
  if (note == 0) return;
  const std::string& text = context_.data.texts.at(note);
  if (text.empty()) return;
  for (FigureNote& n : row.notes)
    if (n.figure == figure) {
      n.text += "; " + text;
      return;
    }
  row.notes.push_back({figure, text});
}

// `message` is a whole sentence, set after the indicator as after a heading: it reads the same
// in both languages, whatever the sentence.
void RowBuilder::warn(std::uint32_t line, const std::string& message, const std::string& hint) {
  warnings_.warning(context_.values_file, static_cast<int>(line), 0,
                    trf("indicator {} ({}): {}", indicator_.code, indicator_.name, message), hint);
}

// A figure from two bounded values that still leaves the range of a double (a result over a
// plan near zero): shown as —, never as inf or nan.
void RowBuilder::warn_overflow(std::uint32_t line, Computed figure) {
  switch (figure) {
    case Computed::pct_plan:
      return warn(line,
                  tr("% of plan is too large to be a figure (it is beyond what a number can "
                     "hold), so it is shown as —"),
                  tr("check the result and the plan in values.csv: one of them is probably a "
                     "typing error"));
    case Computed::change:
      return warn(line,
                  tr("the change is too large to be a figure (it is beyond what a number can "
                     "hold), so it is shown as —"),
                  tr("check the result and the previous value in values.csv: one of them is "
                     "probably a typing error"));
    case Computed::avg_growth:
      return warn(line,
                  tr("the average annual growth is too large to be a figure (it is beyond what a "
                     "number can hold), so it is shown as —"),
                  trf("check the result and the actual for {} in values.csv: one of them is "
                      "probably a typing error",
                      context_.data.unit.term_base_year));
  }
}

void RowBuilder::warn_inexact_sum(const Named& named, double value) {
  const std::string period = period_text(named.period);
  std::string message;
  switch (named.what) {
    case Wanted::result:
      message =
          trf("the result for {} is the sum of its wards/communes, {:.0f}, beyond 2^53: a "
              "count that large cannot be held exactly, so it is left empty (—)",
              period, value);
      break;
    case Wanted::plan:
      message =
          trf("the plan for {} is the sum of its wards/communes, {:.0f}, beyond 2^53: a "
              "count that large cannot be held exactly, so it is left empty (—)",
              period, value);
      break;
    case Wanted::base_actual:
      message =
          trf("the actual for {} is the sum of its wards/communes, {:.0f}, beyond 2^53: a "
              "count that large cannot be held exactly, so it is left empty (—)",
              period, value);
      break;
  }
  warn(0, message, tr("check the areas' values in values.csv, or give the unit's own figure"));
}

void RowBuilder::warn_missing(const Named& named, const std::vector<std::uint32_t>& missing) {
  std::string names;
  for (std::size_t i = 0; i < missing.size() && i < kAreasNamed; ++i) {
    const Area& a = context_.data.areas[missing[i]];
    names += fmt::format("{}{} ({})", i == 0 ? "" : ", ", a.name, a.code);
  }
  if (missing.size() > kAreasNamed)
    names = trf("{} and {} more", names, missing.size() - kAreasNamed);
  const std::string period = period_text(named.period);
  const std::size_t count = missing.size(), of = cells_.size();
  const std::string_view how = to_string(indicator_.aggregate);  // `sum` or `mean`, a keyword
  std::string message;
  switch (named.what) {
    case Wanted::result:
      message =
          trf("the result for {} is missing for {} of the {} wards/communes it is combined "
              "from ({}): {}; the unit has no figure of its own, so its figure is left "
              "empty (—)",
              period, count, of, how, names);
      break;
    case Wanted::plan:
      message =
          trf("the plan for {} is missing for {} of the {} wards/communes it is combined "
              "from ({}): {}; the unit has no figure of its own, so its figure is left "
              "empty (—)",
              period, count, of, how, names);
      break;
    case Wanted::base_actual:
      message =
          trf("the actual for {} is missing for {} of the {} wards/communes it is combined "
              "from ({}): {}; the unit has no figure of its own, so its figure is left "
              "empty (—)",
              period, count, of, how, names);
      break;
  }
  const Area& unit = context_.data.areas[context_.data.unit_area];
  warn(0, message,
       trf("add the missing rows to values.csv, or give the unit's own figure (area {})",
           unit.code));
}

}  // namespace baocao

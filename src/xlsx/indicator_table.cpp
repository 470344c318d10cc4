#include "xlsx/indicator_table.hpp"

#include <optional>

#include <fmt/format.h>

#include "xlsx/labels.hpp"
#include "xlsx/text.hpp"

namespace baocao::xlsx {
namespace {

constexpr std::uint32_t kTitleRow = 0;
constexpr std::uint32_t kHeaderRow = 1;

// A computed figure as a formula over two cells of its row: a is the result, b the plan or
// previous value. The formula's kind comes from the compute stage (Derivation).
struct Derived {
  std::string formula;
  double cached = 0;
  Style style = Style::percent;
  int decimals = 2;
};

Derived derive(const ComputedFigure& figure, const std::string& a, const std::string& b,
               int decimals) {
  const double v = *figure.value;
  switch (figure.derivation) {
    case Derivation::ratio:
      return {"=" + a + "/" + b, v / 100, Style::percent, 2};
    case Derivation::inverse_ratio:
      return {"=" + b + "/" + a, v / 100, Style::percent, 2};
    case Derivation::growth:
      return {"=" + a + "/" + b + "-1", v / 100, Style::signed_percent, 2};
    case Derivation::difference:
      return {"=" + a + "-" + b, v, Style::signed_number, decimals};
  }
  return {};
}

void header(Context& cx, Sheet& s) {
  const Summary& sm = cx.summary();
  const std::string year = vietnamese_name(sm.period);
  const std::string headers[kTableColumns] = {
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Thực hiện " + vietnamese_name(sm.previous_period),
      "Kế hoạch " + year,
      "Thực hiện " + year,
      "Số ước",
      "% kế hoạch",
      "Tăng, giảm so với cùng kỳ",
      "Đơn vị tăng, giảm",
      fmt::format("Tăng bình quân/năm từ năm {}", sm.term_base_year),
      "Đánh giá",
      "Ghi chú",
  };
  s.row_height(kHeaderRow, 48);
  for (std::uint16_t c = 0; c < kTableColumns; ++c)
    s.text(kHeaderRow, c, headers[c], cx.format(Style::header));
}

void column_widths(Sheet& s) {
  const double widths[kTableColumns] = {5, 11, 44, 11, 14, 14, 14, 6, 11, 12, 9, 13, 13, 32};
  for (std::uint16_t c = 0; c < kTableColumns; ++c) s.column_width(c, c, widths[c]);
}

void value_or_missing(Context& cx, Sheet& s, std::uint32_t y, std::uint16_t col,
                      const std::optional<double>& value, int decimals, bool estimate) {
  if (value)
    s.number(y, col, *value, cx.format(estimate ? Style::estimate : Style::number, decimals));
  else
    s.text(y, col, kMissing, cx.format(Style::center));
}

std::string range_text(const SummaryRow& r) {
  const int d = r.indicator.decimals;
  std::string text = number_text(r.range->low, d) + "–" + number_text(r.range->high, d);
  if (r.indicator.out_of) text += "/" + number_text(*r.indicator.out_of, d);
  return text;
}

void write_result(Context& cx, Sheet& s, std::uint32_t y, const SummaryRow& r) {
  if (r.range && !r.result)
    s.text(y, kResult, range_text(r), cx.format(Style::center));
  else
    value_or_missing(cx, s, y, kResult, r.result, r.indicator.decimals, r.is_estimate);
  s.text(y, kEstimate, r.is_estimate ? kEstimateMark : "", cx.format(Style::center));
}

// Written only where both inputs and the compute stage's figure exist.
void write_derived(Context& cx, Sheet& s, std::uint32_t y, std::uint16_t col,
                   const ComputedFigure& figure, const std::optional<double>& a,
                   std::uint16_t b_col, const std::optional<double>& b, int decimals) {
  if (!figure.value || !a || !b) {
    s.text(y, col, kMissing, cx.format(Style::center));
    return;
  }
  Derived d = derive(figure, cell_name(y, kResult), cell_name(y, b_col), decimals);
  s.formula(y, col, d.formula, d.cached, cx.format(d.style, d.decimals));
}

void write_growth_and_status(Context& cx, Sheet& s, std::uint32_t y, const SummaryRow& r) {
  if (r.avg_growth)
    s.number(y, kAvgGrowth, *r.avg_growth / 100, cx.format(Style::signed_percent, 2));
  else
    s.text(y, kAvgGrowth, kMissing, cx.format(Style::center));
  s.text(y, kStatus, r.status ? status_label(*r.status) : kMissing, cx.format(Style::center));
}

std::string note(Context& cx, const SummaryRow& r) {
  std::vector<std::string> parts;
  if (r.previous_is_estimate) parts.emplace_back("Số cùng kỳ là số ước");
  if (r.plan && r.plan_period != cx.summary().period)
    parts.push_back("So với kế hoạch " + vietnamese_name(r.plan_period));
  if (r.range && !r.result) parts.emplace_back("Thấp nhất – cao nhất của các phường, xã");
  if (r.from_areas && r.result) {
    parts.emplace_back(r.indicator.aggregate == Aggregate::mean ? "Bình quân các phường, xã"
                                                                : "Cộng các phường, xã");
  }
  if (r.term_target)
    parts.push_back("Chỉ tiêu nhiệm kỳ: " + number_text(*r.term_target, r.indicator.decimals));
  std::string text;
  for (const std::string& p : parts) text += (text.empty() ? "" : "; ") + p;
  return text;
}

void add_formula_format(Context& cx, Sheet& s, std::uint32_t y, std::uint16_t col,
                        const std::string& formula, Style style) {
  std::string text = formula;  // libxlsxwriter's option structs take char*
  lxw_conditional_format cf{};
  cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
  cf.value_string = text.data();
  cf.format = cx.format(style);
  s.check(worksheet_conditional_format_cell(s.handle(), y, col, &cf), y, col,
          "adding a conditional format");
}

// Green or red by comparing result and plan as the indicator's direction says, as a live
// formula (rounded to 9 places as the status rule is). No colour without a judged status.
void colour_by_direction(Context& cx, Sheet& s, std::uint32_t y, const SummaryRow& r) {
  if (!r.status || *r.status == Status::not_judged || !r.result || !r.plan) return;
  if (r.indicator.direction == Direction::none) return;
  const bool up = r.indicator.direction == Direction::up;
  const std::string result = "ROUND(" + absolute_cell_name(y, kResult) + ",9)";
  const std::string plan = "ROUND(" + absolute_cell_name(y, kPlan) + ",9)";
  const std::string good = "=" + result + (up ? ">=" : "<=") + plan;
  const std::string bad = "=" + result + (up ? "<" : ">") + plan;
  for (std::uint16_t col : {kResult, kStatus}) {
    add_formula_format(cx, s, y, col, good, Style::good);
    add_formula_format(cx, s, y, col, bad, Style::bad);
  }
}

void write_row(Context& cx, Sheet& s, std::uint32_t y, int number, const SummaryRow& r) {
  const Indicator& ind = r.indicator;
  s.number(y, kNumber, number, cx.format(Style::center));
  s.text(y, kCode, ind.code, cx.format(Style::text));
  s.text(y, kName, ind.name, cx.format(Style::text_wrap));
  s.text(y, kUnit, ind.unit, cx.format(Style::center));
  value_or_missing(cx, s, y, kPrevious, r.previous, ind.decimals, r.previous_is_estimate);
  value_or_missing(cx, s, y, kPlan, r.plan, ind.decimals, false);
  write_result(cx, s, y, r);
  write_derived(cx, s, y, kPctPlan, r.pct_plan, r.result, kPlan, r.plan, ind.decimals);
  write_derived(cx, s, y, kChange, r.change, r.result, kPrevious, r.previous, ind.decimals);
  s.text(y, kChangeUnit, r.change.value ? change_unit_label(r.change_unit) : "",
         cx.format(Style::center));
  write_growth_and_status(cx, s, y, r);
  s.text(y, kNote, note(cx, r), cx.format(Style::text_wrap));
  colour_by_direction(cx, s, y, r);
}

}  // namespace

std::string roman(int n) {
  static const std::pair<int, const char*> digits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, text] : digits)
    for (; n >= value; n -= value) out += text;
  return out;
}

void write_indicator_table(Context& cx, Sheet& sheet, const std::string& title,
                           const std::vector<TableSection>& sections) {
  column_widths(sheet);
  sheet.page_setup(kHeaderRow, kHeaderRow);
  sheet.text(kTitleRow, 0, title, cx.format(Style::title));
  header(cx, sheet);
  std::uint32_t y = kHeaderRow + 1;
  for (const TableSection& section : sections) {
    if (!section.heading.empty()) {
      sheet.merged_text(y++, 0, kTableColumns - 1, section.heading, cx.format(Style::group));
    }
    int number = 0;
    for (const SummaryRow* r : section.rows) write_row(cx, sheet, y++, ++number, *r);
  }
}

}  // namespace baocao::xlsx

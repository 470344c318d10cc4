#include <fmt/format.h>

#include "xlsx/labels.hpp"
#include "xlsx/sheets.hpp"

namespace baocao::xlsx {
namespace {

enum InputColumn : std::uint16_t {
  kNumber,
  kCode,
  kName,
  kUnit,
  kLastResult,  // the report period's result, for reference
  kNextPlan,    // the next year's plan, for reference
  kFigure,      // input: the next period's figure
  kBasis,       // input: actual or estimate
  kNote,        // input
  kSource,      // input
  kInputColumns
};
constexpr std::uint32_t kHeaderRow = 2;
constexpr double kAnyNumber = 1e15;

// The basis choices. libxlsxwriter 1.1.4 overflows a 258-byte buffer on a longer joined list
// (it checks characters, not bytes): keep it far below.
constexpr const char* kBasisChoices[] = {"Thực hiện", "Ước thực hiện", nullptr};

struct Bounds {
  double low = -kAnyNumber;
  double high = kAnyNumber;
  bool whole = false;
};

Bounds bounds_of(const Indicator& ind) {
  Bounds b;
  b.whole = ind.type == IndicatorType::count;
  if (ind.type == IndicatorType::score) {
    b.low = 0;
    b.high = ind.out_of.value_or(kAnyNumber);
  } else if (ind.type == IndicatorType::rate && ind.unit == "%") {
    b.low = -100;
    b.high = 1000;
  }
  return b;
}

std::string error_message(const Bounds& b, int decimals) {
  std::string kind = b.whole ? "một số nguyên" : "một số";
  if (b.high == kAnyNumber) return "Hãy nhập " + kind + ".";
  return fmt::format("Hãy nhập {} từ {} đến {}.", kind, number_text(b.low, decimals),
                     number_text(b.high, decimals));
}

void validate_figure(Sheet& s, std::uint32_t y, const Indicator& ind) {
  const Bounds b = bounds_of(ind);
  std::string input_title = "Nhập số liệu";
  std::string input_message = "Đơn vị tính: " + ind.unit;
  std::string error_title = "Số liệu không hợp lệ";
  std::string error_text = error_message(b, ind.decimals);
  lxw_data_validation v{};
  v.validate = b.whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
  v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  v.minimum_number = b.low;
  v.maximum_number = b.high;
  v.input_title = input_title.data();
  v.input_message = input_message.data();
  v.error_title = error_title.data();
  v.error_message = error_text.data();
  s.check(worksheet_data_validation_cell(s.handle(), y, kFigure, &v), y, kFigure,
          "adding number validation");
}

void validate_basis(Sheet& s, std::uint32_t first, std::uint32_t last) {
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = const_cast<char**>(kBasisChoices);
  s.check(worksheet_data_validation_range(s.handle(), first, kBasis, last, kBasis, &v), first,
          kBasis, "adding the basis list");
}

std::string comment_text(Context& cx, const SummaryRow& r) {
  const Indicator& ind = r.indicator;
  std::string text = ind.name + "\nĐơn vị tính: " + ind.unit;
  if (ind.out_of) text += " (tối đa " + number_text(*ind.out_of, ind.decimals) + ")";
  text += "\nThực hiện " + vietnamese_name(cx.summary().period) + ": ";
  if (r.result)
    text += number_text(*r.result, ind.decimals) + (r.is_estimate ? " (ước)" : "");
  else
    text += std::string(kMissing);
  if (r.next_plan)
    text += fmt::format("\nKế hoạch năm {}: {}", cx.summary().next_year,
                        number_text(*r.next_plan, ind.decimals));
  return text;
}

void header(Context& cx, Sheet& s, const Period& next) {
  const Summary& sm = cx.summary();
  const std::string headers[kInputColumns] = {
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Thực hiện " + vietnamese_name(sm.period),
      fmt::format("Kế hoạch năm {}", sm.next_year),
      "Số liệu " + vietnamese_name(next),
      "Loại số liệu",
      "Ghi chú",
      "Nguồn số liệu",
  };
  const double widths[kInputColumns] = {5, 11, 44, 11, 15, 15, 17, 15, 30, 26};
  for (std::uint16_t c = 0; c < kInputColumns; ++c) s.column_width(c, c, widths[c]);
  s.page_setup(kHeaderRow, kHeaderRow);
  s.text(0, 0, "Nhập số liệu " + vietnamese_name(next) + " – " + cx.owner(),
         cx.format(Style::title));
  s.text(1, 0,
         "Nhập vào các ô nền vàng (các ô khác được khóa); số thập phân theo cài đặt của Excel.",
         cx.format(Style::note));
  s.row_height(kHeaderRow, 48);
  for (std::uint16_t c = 0; c < kInputColumns; ++c)
    s.text(kHeaderRow, c, headers[c], cx.format(Style::header));
}

void input_row(Context& cx, Sheet& s, std::uint32_t y, int number, const SummaryRow& r) {
  const Indicator& ind = r.indicator;
  s.number(y, kNumber, number, cx.format(Style::center));
  s.text(y, kCode, ind.code, cx.format(Style::text));
  s.text(y, kName, ind.name, cx.format(Style::text_wrap));
  s.text(y, kUnit, ind.unit, cx.format(Style::center));
  if (r.result)
    s.number(y, kLastResult, *r.result,
             cx.format(r.is_estimate ? Style::estimate : Style::number, ind.decimals));
  else
    s.text(y, kLastResult, kMissing, cx.format(Style::center));
  if (r.next_plan)
    s.number(y, kNextPlan, *r.next_plan, cx.format(Style::number, ind.decimals));
  else
    s.text(y, kNextPlan, kMissing, cx.format(Style::center));
  s.comment(y, kFigure, comment_text(cx, r));
  s.blank(y, kFigure, cx.format(Style::input_number));
  s.blank(y, kBasis, cx.format(Style::input_text));
  s.blank(y, kNote, cx.format(Style::input_text));
  s.blank(y, kSource, cx.format(Style::input_text));
  validate_figure(s, y, ind);
}

void protect(Sheet& s) {
  lxw_protection options{};
  options.format_columns = LXW_TRUE;  // users may widen columns and rows
  options.format_rows = LXW_TRUE;
  worksheet_protect(s.handle(), nullptr, &options);
}

}  // namespace

// The department's indicators with a yellow, unlocked cell for each next figure; the rest of
// the sheet is locked.
void write_input_sheet(Context& cx, Sheet& sheet) {
  const Period next = next_period(cx.summary().period);
  header(cx, sheet, next);
  std::uint32_t y = kHeaderRow + 1;
  int number = 0;
  for (const SummaryRow* r : cx.scope.rows) input_row(cx, sheet, y++, ++number, *r);
  if (y > kHeaderRow + 1) validate_basis(sheet, kHeaderRow + 1, y - 1);
  protect(sheet);
}

}  // namespace baocao::xlsx

// "Nhập số liệu": the department's sheet to fill in and send back, made to be collected (see
// docs/input-sheet.md). One row per figure of the InputRequest; the rows, their order and the
// identity come from compute, the reference figures from the summary: nothing is computed here.

#include <fmt/format.h>

#include "compute/input_request.hpp"
#include "core/i18n.hpp"
#include "xlsx/input_identity.hpp"
#include "xlsx/labels.hpp"
#include "xlsx/sheets.hpp"

namespace baocao::xlsx {
namespace {

// The columns of the contract (docs/input-sheet.md): `collect` finds each by its position.
enum InputColumn : std::uint16_t {
  kNumber,      // A
  kCode,        // B
  kName,        // C
  kAreaCode,    // D
  kAreaName,    // E
  kUnit,        // F
  kLastResult,  // G: the report period's result, for reference
  kNextPlan,    // H: the plan for the period asked, for reference
  kFigure,      // I: input, the figure asked for
  kBasis,       // J: input, actual or estimate
  kNote,        // K: input
  kSource,      // L: input
  kPlan,        // M: input where the indicator has plans, the plan of the year after
  kInputColumns
};

// Rows above the table: title, who fills it in, deadline, addressee, preparer, instructions.
constexpr std::uint32_t kFillerRow = 1;
constexpr std::uint32_t kDeadlineRow = 2;
constexpr std::uint32_t kReturnRow = 3;
constexpr std::uint32_t kPreparerRow = 4;
constexpr std::uint32_t kNoteRow = 5;
constexpr std::uint32_t kHeaderRow = 6;

constexpr std::string_view kBlankToFill = "……………………………………";

// Excel accepts any figure a department may owe strictly within ±10^15 (the bound of values.csv
// numbers): the widest bound of a validation.
constexpr double kLargest = 999'999'999'999'999;

// The basis choices. libxlsxwriter 1.1.4 overflows a 258-byte buffer on a longer joined list
// (it checks characters, not bytes): keep it far below.
constexpr const char* kBasisChoices[] = {"Thực hiện", "Ước thực hiện", nullptr};

// What a figure cell accepts: the rules of values.csv (load/value_rules), as Excel can check
// them. A percentage may lie outside −100…1000 when the note says why: there Excel warns and
// lets the figure stand.
struct Bounds {
  double low = -kLargest;
  double high = kLargest;
  bool whole = false;
  bool may_override = false;
};

Bounds bounds_of(const Indicator& ind) {
  Bounds b;
  b.whole = ind.type == IndicatorType::count;
  if ((ind.type == IndicatorType::score || ind.type == IndicatorType::rate) && ind.out_of) {
    b.low = 0;
    b.high = *ind.out_of;
  } else if (ind.type == IndicatorType::rate && ind.unit == "%") {
    b.low = -100;
    b.high = 1000;
    b.may_override = true;
  }
  return b;
}

std::string rule_text(const Bounds& b, int decimals) {
  std::string kind = b.whole ? "một số nguyên" : "một số";
  if (b.high == kLargest) return "Nhập " + kind + ".";
  std::string text = fmt::format("Nhập {} từ {} đến {}.", kind, number_text(b.low, decimals),
                                 number_text(b.high, decimals));
  if (b.may_override) text += " Ngoài khoảng này: ghi rõ lý do ở cột Ghi chú.";
  return text;
}

// One validation over a column's cells of one indicator (its rows are consecutive).
void validate_figures(Sheet& s, std::uint32_t first, std::uint32_t last, std::uint16_t col,
                      const Indicator& ind, const std::string& title) {
  const Bounds b = bounds_of(ind);
  std::string input_title = title;
  std::string rule = rule_text(b, ind.decimals);
  std::string input_message = "Đơn vị tính: " + ind.unit + ". " + rule;
  std::string error_title = "Số liệu không hợp lệ";
  lxw_data_validation v{};
  v.validate = b.whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
  v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  v.minimum_number = b.low;
  v.maximum_number = b.high;
  v.error_type =
      b.may_override ? LXW_VALIDATION_ERROR_TYPE_WARNING : LXW_VALIDATION_ERROR_TYPE_STOP;
  v.input_title = input_title.data();
  v.input_message = input_message.data();
  v.error_title = error_title.data();
  v.error_message = rule.data();
  s.check(worksheet_data_validation_range(s.handle(), first, col, last, col, &v), first, col,
          tr("adding number validation"));
}

void validate_basis(Sheet& s, std::uint32_t first, std::uint32_t last) {
  std::string title = "Loại số liệu";
  std::string message = "Chọn Thực hiện (số chính thức) hoặc Ước thực hiện (số ước tính).";
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = const_cast<char**>(kBasisChoices);
  v.input_title = title.data();
  v.input_message = message.data();
  s.check(worksheet_data_validation_range(s.handle(), first, kBasis, last, kBasis, &v), first,
          kBasis, tr("adding the basis list"));
}

// The figures a row shows for reference: the unit's from the summary row, an area's from its
// AreaFigure.
struct Reference {
  std::optional<double> result;
  bool is_estimate = false;
  std::optional<double> next_plan;
};

Reference reference_of(const SummaryRow& r, std::uint32_t area, std::uint32_t unit_area) {
  if (area == unit_area) return {r.result, r.is_estimate, r.next_plan};
  for (const AreaFigure& f : r.areas)
    if (f.area == area) return {f.result, f.is_estimate, f.next_plan};
  return {};
}

void reference_cell(Context& cx, Sheet& s, std::uint32_t y, std::uint16_t col,
                    const std::optional<double>& value, bool is_estimate, int decimals) {
  if (value)
    s.number(y, col, *value, cx.format(is_estimate ? Style::estimate : Style::number, decimals));
  else
    s.text(y, col, kMissing, cx.format(Style::center));
}

class InputSheetWriter {
 public:
  InputSheetWriter(Context& cx, Sheet& s, const InputRequest& request)
      : cx_(cx), s_(s), request_(request) {}

  InputSheetPlaces write() {
    header();
    const std::uint32_t first = kHeaderRow + 1;
    std::uint32_t y = first;
    std::size_t i = 0;
    while (i < request_.rows.size()) {
      // The rows of one indicator, validated together.
      const std::uint32_t indicator = request_.rows[i].indicator;
      const std::uint32_t start = y;
      const bool asks_plan = request_.rows[i].asks_plan;
      for (; i < request_.rows.size() && request_.rows[i].indicator == indicator; ++i)
        row(y++, static_cast<int>(i) + 1, request_.rows[i]);
      const Indicator& ind = cx_.data().indicators[indicator];
      validate_figures(s_, start, y - 1, kFigure, ind, "Số liệu " + request_.asked.to_string());
      if (asks_plan)
        validate_figures(s_, start, y - 1, kPlan, ind,
                         "Kế hoạch " + request_.plan_period.to_string());
    }
    if (y > first) validate_basis(s_, first, y - 1);
    protect();
    return {kHeaderRow,   y - 1,       kPreparerRow,     kPreparerInput,
            kPreparerRow, kPhoneInput, kInputColumns - 1};
  }

 private:
  static constexpr std::uint16_t kPreparerInput = kName;     // C
  static constexpr std::uint16_t kPhoneInput = kLastResult;  // G

  void header() {
    const Summary& sm = cx_.summary();
    const Collection& collection = cx_.input.collection;
    const double widths[kInputColumns] = {5, 11, 40, 11, 18, 11, 15, 15, 16, 15, 26, 22, 16};
    for (std::uint16_t c = 0; c < kInputColumns; ++c) s_.column_width(c, c, widths[c]);
    s_.page_setup(kHeaderRow, kHeaderRow);
    s_.text(0, 0, "Nhập số liệu " + vietnamese_name(request_.asked) + " – " + cx_.owner(),
            cx_.format(Style::title));
    s_.text(kFillerRow, 0, "Đơn vị nhập số liệu: " + cx_.owner(), cx_.format(Style::note));
    std::string deadline = collection.deadline
                               ? fmt::format("ngày {:02}/{:02}/{:04}", collection.deadline->day,
                                             collection.deadline->month, collection.deadline->year)
                               : std::string(kBlankToFill);
    s_.text(kDeadlineRow, 0, "Hạn gửi lại: " + deadline, cx_.format(Style::note));
    s_.text(kReturnRow, 0,
            "Gửi về: " +
                (collection.return_to.empty() ? std::string(kBlankToFill) : collection.return_to),
            cx_.format(Style::note));
    s_.merged_text(kPreparerRow, kNumber, kCode, "Người lập biểu:", cx_.format(Style::text));
    s_.blank(kPreparerRow, kPreparerInput, cx_.format(Style::input_text));
    s_.merged_text(kPreparerRow, kAreaCode, kUnit, "Điện thoại:", cx_.format(Style::text));
    s_.blank(kPreparerRow, kPhoneInput, cx_.format(Style::input_text));
    s_.text(kNoteRow, 0,
            fmt::format("Nhập vào các ô nền vàng (các ô khác được khóa); cột Kế hoạch {} chỉ "
                        "nhập ở các chỉ tiêu có kế hoạch. Số thập phân theo cài đặt của Excel.",
                        request_.plan_period.to_string()),
            cx_.format(Style::note));
    const std::string headers[kInputColumns] = {
        "STT",
        "Mã chỉ tiêu",
        "Chỉ tiêu",
        "Mã địa bàn",
        "Địa bàn",
        "Đơn vị tính",
        "Thực hiện " + vietnamese_name(sm.period),
        fmt::format("Kế hoạch năm {}", sm.next_year),
        "Số liệu " + vietnamese_name(request_.asked),
        "Loại số liệu",
        "Ghi chú",
        "Nguồn số liệu",
        "Kế hoạch " + vietnamese_name(request_.plan_period),
    };
    s_.row_height(kHeaderRow, 48);
    for (std::uint16_t c = 0; c < kInputColumns; ++c)
      s_.text(kHeaderRow, c, headers[c], cx_.format(Style::header));
  }

  const SummaryRow* summary_row(std::uint32_t indicator) const {
    for (const SummaryRow* r : cx_.scope.rows)
      if (r->indicator_index == indicator) return r;
    return nullptr;
  }

  void row(std::uint32_t y, int number, const OwedFigure& owed) {
    const Dataset& data = cx_.data();
    const Indicator& ind = data.indicators[owed.indicator];
    const Area& area = data.areas[owed.area];
    s_.number(y, kNumber, number, cx_.format(Style::center));
    s_.text(y, kCode, ind.code, cx_.format(Style::text));
    s_.text(y, kName, ind.name, cx_.format(Style::text_wrap));
    s_.text(y, kAreaCode, area.code, cx_.format(Style::text));
    s_.text(y, kAreaName, area.name, cx_.format(Style::text_wrap));
    s_.text(y, kUnit, ind.unit, cx_.format(Style::center));
    Reference ref;
    if (const SummaryRow* r = summary_row(owed.indicator))
      ref = reference_of(*r, owed.area, data.unit_area);
    reference_cell(cx_, s_, y, kLastResult, ref.result, ref.is_estimate, ind.decimals);
    reference_cell(cx_, s_, y, kNextPlan, ref.next_plan, false, ind.decimals);
    s_.blank(y, kFigure, cx_.format(Style::input_number));
    s_.blank(y, kBasis, cx_.format(Style::input_text));
    s_.blank(y, kNote, cx_.format(Style::input_text));
    s_.blank(y, kSource, cx_.format(Style::input_text));
    s_.blank(y, kPlan, cx_.format(owed.asks_plan ? Style::input_number : Style::no_input));
  }

  void protect() {
    lxw_protection options{};
    options.format_columns = LXW_TRUE;  // users may widen columns and rows
    options.format_rows = LXW_TRUE;
    worksheet_protect(s_.handle(), nullptr, &options);
  }

  Context& cx_;
  Sheet& s_;
  const InputRequest& request_;
};

}  // namespace

// The department's owed figures with yellow, unlocked cells to fill in; the rest of the sheet
// is locked. The workbook carries the request's identity (input_identity.cpp).
void write_input_sheet(Context& cx, Sheet& sheet) {
  const InputRequest request =
      make_input_request(cx.data(), cx.scope.department->code, cx.summary().period);
  const InputSheetPlaces places = InputSheetWriter(cx, sheet, request).write();
  write_input_identity(cx, sheet, request, places);
}

}  // namespace baocao::xlsx

#pragma once
// Vietnamese text formatting shared by every renderer (the contract's "Number display").
// Workbooks store plain numbers; only text (PDF, narrative, terminal) goes through here.
// Rounding is half away from zero on the decimal form of the number (see format/decimal.hpp).
// A value that is not a finite number is shown as "—".

#include <string>

#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "core/date.hpp"

namespace baocao::vi {

// Shown for a missing figure.
inline constexpr const char* kMissing = "—";
// Between a number and its unit in a table cell ("+1,02 điểm %"): no line breaks there.
inline constexpr const char* kNoBreakSpace = "\u00A0";

// "18.797,39": `.` thousands, `,` decimals, exactly `decimals` digits (tables).
std::string number_fixed(double value, int decimals);
// Up to `decimals` digits, trailing zeros dropped (sentences): "146,88", "94", "100,3".
std::string number(double value, int decimals);
// How many of `decimals` digits `number` shows: 2 for 146.88 with 3, 0 for 94 with 2.
int shown_decimals(double value, int decimals);
// A computed percentage, up to 2 decimals, trailing zeros dropped: "100,3%".
std::string percent(double value);
// A signed change as words: "tăng 12,83%", "giảm 0,5 điểm %", "tăng 1 tiêu chí",
// "không thay đổi" for zero.
std::string change(double value, ChangeUnit unit);
// A signed change for tables: "+12,83%", "-0,5 điểm %", "+1 tiêu chí", "0%" for zero.
std::string change_signed(double value, ChangeUnit unit);
// "đạt", "vượt", "không đạt", "không đánh giá", as sentences write a status.
std::string status_word(Status status);
// "Đạt", "Vượt", "Không đạt", "Không đánh giá", as a workbook cell shows it.
std::string status_label(Status status);
// "%", "điểm %", "tiêu chí".
std::string change_unit_label(ChangeUnit unit);
// "I", "IV", "XIV": numbers of group headings in workbooks and of level-1 headings in briefings.
std::string roman(int n);
// "ngày 05 tháng 01 năm 2024": leading zero for day < 10 and for months 1 and 2.
std::string date(const Date& d);

// A value with the indicator's unit, as in sentences: "18.797,39 tỷ đồng", "94%",
// "48/59 tiêu chuẩn" for a score.
std::string quantity(double value, const Indicator& indicator);
// A range as in "các xã đạt 9–14/19 tiêu chí": "9–14/19 tiêu chí" for a score, else
// "9–14 người".
std::string range(const ValueRange& range, const Indicator& indicator);

// Table cells: exactly `decimals` digits, the row's (format/figure_text's row_decimals); a
// score with its total ("48/59"), a range with an en dash ("9–14/19").
std::string table_quantity(double value, const Indicator& indicator, int decimals);
std::string table_range(const ValueRange& range, const Indicator& indicator, int decimals);

}  // namespace baocao::vi

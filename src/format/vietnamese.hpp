#pragma once
// Vietnamese text formatting shared by every renderer (the contract's "Number display").
// Workbooks store plain numbers; only text (PDF, narrative, terminal) goes through here.

#include <string>

#include "compute/summary.hpp"
#include "core/date.hpp"

namespace baocao::vi {

// "18.797,39": `.` thousands, `,` decimals, exactly `decimals` digits (tables).
std::string number_fixed(double value, int decimals);
// Up to `decimals` digits, trailing zeros dropped (sentences): "146,88", "94", "100,3".
std::string number(double value, int decimals);
// A computed percentage, up to 2 decimals, trailing zeros dropped: "100,3%".
std::string percent(double value);
// A signed change as words: "tăng 12,83%", "giảm 0,5 điểm %", "tăng 1 tiêu chí",
// "không thay đổi" for zero.
std::string change(double value, ChangeUnit unit);
// "đạt", "vượt", "không đạt", "không đánh giá".
std::string status_word(Status status);
// "ngày 05 tháng 01 năm 2024": leading zero for day < 10 and for months 1 and 2.
std::string date(const Date& d);

}  // namespace baocao::vi

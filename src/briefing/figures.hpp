#pragma once
// Small formatting helpers of the template stage: the document's fixed lines and the parts of
// sentences that are not plain numbers. Numbers and table cells go through format/.

#include <string>
#include <string_view>

#include "briefing/briefing.hpp"
#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "core/date.hpp"

namespace baocao::briefing {

// "Số: 05/BC-HĐND" (state; numbers below 10 get a leading 0), "Số 125-BC/TU" (party, no
// colon); a blank number leaves room to write it by hand: "Số:     /BC-HĐND", "Số    -BC/TU".
std::string number_line(Preset preset, std::string_view symbol, std::string_view number);

// "An Khê, ngày 05 tháng 01 năm 2024".
std::string place_date_line(std::string_view place, const Date& date);

// "đạt" / "ước đạt", and "thực hiện" / "ước thực hiện", as a result is reported.
std::string result_verb(bool is_estimate);
std::string carry_out_verb(bool is_estimate);

// How the plan is called: the indicator's plan word, with "năm" when a sub-year result is
// compared with the plan of its whole year ("đạt 53,86% kế hoạch năm").
std::string plan_word(const SummaryRow& row, const Period& report_period);

// Heading numbers: "I.", "1.", "a)" for the n-th heading (1-based) of levels 1, 2, 3.
std::string heading_number(int level, int n);
// Whether `text` already starts with a number of its level ("II. …", "3. …", "b) …").
bool has_heading_number(int level, std::string_view text);

// The text with its first letter in lower case, for a name used inside a sentence; kept as is
// when the second letter is upper case too (an abbreviation: "HĐND").
std::string lower_first(std::string_view text);

// A recipient as printed: "- Thường trực HĐND tỉnh;", the last one ending with ".". Dashes and
// end punctuation typed by hand are not doubled.
std::string recipient_line(std::string_view item, bool last);

// The text with letters folded for comparing keywords typed by hand: lower case, no
// diacritics, "đ" as "d", runs of spaces as one: "Biểu  đồ Cột" -> "bieu do cot".
std::string fold(std::string_view text);

}  // namespace baocao::briefing

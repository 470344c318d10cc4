#pragma once
// Briefings built by hand for the PDF tests: both presets, every Vietnamese diacritic, a table
// long enough to span pages, and both kinds of chart.

#include <string>

#include "briefing/briefing.hpp"

namespace baocao::testing {

// The sentence the acceptance criteria quote, in one paragraph of the body.
inline const std::string kOutputSentence =
    "Tổng giá trị sản xuất (giá hiện hành) đạt 18.797,39 tỷ đồng, bằng 100,3% kế hoạch, tăng "
    "12,83% so với năm 2022";
// Every vowel with every tone mark, in both cases, and đ/Đ.
inline const std::string kAllDiacritics =
    "à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ "
    "ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ È É Ẻ Ẽ Ẹ Ê "
    "Ề Ế Ể Ễ Ệ Ì Í Ỉ Ĩ Ị Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự Ỳ Ý Ỷ Ỹ Ỵ Đ";
inline const std::string kDateLine = "An Khê, ngày 05 tháng 01 năm 2024";

Briefing state_briefing();  // People's Council, Decree 30/2020, with charts
Briefing party_briefing();  // Party Committee, 36-HD/VPTW, with a table of `rows` rows
Table long_table(int rows);
Chart plan_chart();   // bars with a reference line at 100
Chart trend_chart();  // lines over the years

}  // namespace baocao::testing

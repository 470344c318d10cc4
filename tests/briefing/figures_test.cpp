#include "briefing/figures.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace baocao::briefing {
namespace {

TEST(NumberLine, StateFormatHasAColonAndPadsSmallNumbers) {
  EXPECT_EQ(number_line(Preset::state, "HĐND", "5"), "Số: 05/BC-HĐND");
  EXPECT_EQ(number_line(Preset::state, "HĐND", "05"), "Số: 05/BC-HĐND");
  EXPECT_EQ(number_line(Preset::state, "HĐND", "12"), "Số: 12/BC-HĐND");
  EXPECT_EQ(number_line(Preset::state, "HĐND", " 7 "), "Số: 07/BC-HĐND");
}

TEST(NumberLine, PartyFormatHasNoColon) {
  EXPECT_EQ(number_line(Preset::party, "TU", "125"), "Số 125-BC/TU");
  EXPECT_EQ(number_line(Preset::party, "TU", "5"), "Số 5-BC/TU");
}

TEST(NumberLine, BlankNumberLeavesRoomToWriteIt) {
  EXPECT_EQ(number_line(Preset::state, "HĐND", ""), "Số:     /BC-HĐND");
  EXPECT_EQ(number_line(Preset::party, "TU", ""), "Số    -BC/TU");
  EXPECT_EQ(number_line(Preset::party, "TU", "   "), "Số    -BC/TU");
}

TEST(PlaceDateLine, LeadingZerosForSmallDaysAndFirstMonths) {
  EXPECT_EQ(place_date_line("An Khê", {2024, 1, 5}), "An Khê, ngày 05 tháng 01 năm 2024");
  EXPECT_EQ(place_date_line("An Khê", {2023, 6, 15}), "An Khê, ngày 15 tháng 6 năm 2023");
}

TEST(Verbs, EstimatesSayUoc) {
  EXPECT_EQ(result_verb(false), "đạt");
  EXPECT_EQ(result_verb(true), "ước đạt");
  EXPECT_EQ(carry_out_verb(false), "thực hiện");
  EXPECT_EQ(carry_out_verb(true), "ước thực hiện");
}

TEST(PlanWord, SubYearAgainstTheYearsPlanSaysNam) {
  SummaryRow row;
  row.indicator.plan_word = "dự toán";
  row.plan_period = Period::of_year(2023);
  EXPECT_EQ(plan_word(row, Period::of_year(2023)), "dự toán");
  EXPECT_EQ(plan_word(row, *Period::parse("2023-H1")), "dự toán năm");
  row.plan_period = *Period::parse("2023-H1");
  EXPECT_EQ(plan_word(row, *Period::parse("2023-H1")), "dự toán");
}

TEST(Headings, NumbersPerLevel) {
  EXPECT_EQ(heading_number(1, 2), "II.");
  EXPECT_EQ(heading_number(2, 3), "3.");
  EXPECT_EQ(heading_number(3, 1), "a)");
  EXPECT_EQ(heading_number(3, 5), "đ)");  // Vietnamese order: a b c d đ e
  EXPECT_EQ(heading_number(3, 6), "e)");
  EXPECT_EQ(heading_number(3, 7), "g)");
}

TEST(Headings, NumberWrittenByHandIsRecognised) {
  EXPECT_TRUE(has_heading_number(1, "II. NHIỆM VỤ"));
  EXPECT_FALSE(has_heading_number(1, "KẾT QUẢ"));
  EXPECT_FALSE(has_heading_number(1, "VIỆC LÀM"));  // a word, not a numeral
  EXPECT_TRUE(has_heading_number(2, "12. Kinh tế"));
  EXPECT_FALSE(has_heading_number(2, "2023 là năm"));
  EXPECT_TRUE(has_heading_number(3, "đ) Y tế"));
  EXPECT_FALSE(has_heading_number(3, "Y tế"));
}

TEST(LowerFirst, KeepsAbbreviations) {
  EXPECT_EQ(lower_first("Tổng mức bán lẻ"), "tổng mức bán lẻ");
  EXPECT_EQ(lower_first("Ủy ban"), "ủy ban");
  EXPECT_EQ(lower_first("HĐND thị xã"), "HĐND thị xã");
  EXPECT_EQ(lower_first(""), "");
  EXPECT_EQ(lower_first("A"), "a");
}

TEST(Recipients, DashAndEndMarkAddedOnce) {
  EXPECT_EQ(recipient_line("Thường trực HĐND tỉnh", false), "- Thường trực HĐND tỉnh;");
  EXPECT_EQ(recipient_line("- UBND thị xã;", false), "- UBND thị xã;");
  EXPECT_EQ(recipient_line("Lưu: VT", true), "- Lưu: VT.");
  EXPECT_EQ(recipient_line("  Lưu: VT. ", true), "- Lưu: VT.");
}

TEST(Fold, CaseMarksAndSpaces) {
  EXPECT_EQ(fold("Biểu  đồ Cột"), "bieu do cot");
  EXPECT_EQ(fold("BẢNG"), "bang");
  EXPECT_EQ(fold("Đường"), "duong");
  EXPECT_EQ(fold(" chỉ tiêu chủ yếu "), "chi tieu chu yeu");
}

}  // namespace
}  // namespace baocao::briefing

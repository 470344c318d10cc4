#include "format/vietnamese.hpp"

#include <limits>

#include <gtest/gtest.h>

namespace baocao::vi {
namespace {

TEST(NumberFixed, ThousandsDotsDecimalCommaExactDigits) {
  EXPECT_EQ(number_fixed(18797.39, 2), "18.797,39");
  EXPECT_EQ(number_fixed(2744, 0), "2.744");
  EXPECT_EQ(number_fixed(94, 2), "94,00");
  EXPECT_EQ(number_fixed(8262.8, 1), "8.262,8");
  EXPECT_EQ(number_fixed(134.122, 3), "134,122");
  EXPECT_EQ(number_fixed(1234567.891, 2), "1.234.567,89");
  EXPECT_EQ(number_fixed(999.999, 2), "1.000,00");
  EXPECT_EQ(number_fixed(100, 0), "100");
  EXPECT_EQ(number_fixed(0, 2), "0,00");
  EXPECT_EQ(number_fixed(-1234.5, 1), "-1.234,5");
  EXPECT_EQ(number_fixed(2.675, 2), "2,68");
  EXPECT_EQ(number_fixed(-0.001, 2), "0,00");
  EXPECT_EQ(number_fixed(std::numeric_limits<double>::quiet_NaN(), 2), "—");
}

TEST(Number, UpToTheDecimalsTrailingZerosDropped) {
  EXPECT_EQ(number(146.88, 2), "146,88");
  EXPECT_EQ(number(94, 2), "94");
  EXPECT_EQ(number(94.0, 0), "94");
  EXPECT_EQ(number(100.30, 2), "100,3");
  EXPECT_EQ(number(46918, 0), "46.918");
  EXPECT_EQ(number(7025.4, 0), "7.025");
  EXPECT_EQ(number(1.999, 2), "2");
  EXPECT_EQ(number(-0.004, 2), "0");
  EXPECT_EQ(number(100.305, 2), "100,31");
}

TEST(Percent, UpToTwoDecimals) {
  EXPECT_EQ(percent(100.29997), "100,3%");
  EXPECT_EQ(percent(12.8297), "12,83%");
  EXPECT_EQ(percent(101.3513), "101,35%");
  EXPECT_EQ(percent(95.2799), "95,28%");
  EXPECT_EQ(percent(100.0000001), "100%");
  EXPECT_EQ(percent(1234.5), "1.234,5%");
  EXPECT_EQ(percent(std::numeric_limits<double>::infinity()), "—");
}

TEST(Change, SignedAsWordsNeverAMinusSign) {
  EXPECT_EQ(change(12.8297, ChangeUnit::percent), "tăng 12,83%");
  EXPECT_EQ(change(-3, ChangeUnit::percent), "giảm 3%");
  EXPECT_EQ(change(-0.5, ChangeUnit::points), "giảm 0,5 điểm %");
  EXPECT_EQ(change(1.02, ChangeUnit::points), "tăng 1,02 điểm %");
  EXPECT_EQ(change(1, ChangeUnit::criteria), "tăng 1 tiêu chí");
  EXPECT_EQ(change(0, ChangeUnit::percent), "không thay đổi");
  EXPECT_EQ(change(-0.004, ChangeUnit::percent), "không thay đổi");
  EXPECT_EQ(change(-0.005, ChangeUnit::percent), "giảm 0,01%");
}

TEST(ChangeSigned, ForTables) {
  EXPECT_EQ(change_signed(12.8297, ChangeUnit::percent), "+12,83%");
  EXPECT_EQ(change_signed(-0.5, ChangeUnit::points), "-0,5 điểm %");
  EXPECT_EQ(change_signed(2, ChangeUnit::criteria), "+2 tiêu chí");
  EXPECT_EQ(change_signed(-0.001, ChangeUnit::percent), "0%");
}

TEST(StatusWord, EveryStatus) {
  EXPECT_EQ(status_word(Status::achieved), "đạt");
  EXPECT_EQ(status_word(Status::exceeded), "vượt");
  EXPECT_EQ(status_word(Status::not_achieved), "không đạt");
  EXPECT_EQ(status_word(Status::not_judged), "không đánh giá");
}

// Workbook cells capitalise the words that sentences write in lower case.
TEST(StatusLabel, EveryStatusCapitalised) {
  EXPECT_EQ(status_label(Status::achieved), "Đạt");
  EXPECT_EQ(status_label(Status::exceeded), "Vượt");
  EXPECT_EQ(status_label(Status::not_achieved), "Không đạt");
  EXPECT_EQ(status_label(Status::not_judged), "Không đánh giá");
}

TEST(ChangeUnitLabel, EveryUnit) {
  EXPECT_EQ(change_unit_label(ChangeUnit::percent), "%");
  EXPECT_EQ(change_unit_label(ChangeUnit::points), "điểm %");
  EXPECT_EQ(change_unit_label(ChangeUnit::criteria), "tiêu chí");
}

TEST(Roman, GroupAndHeadingNumbers) {
  EXPECT_EQ(roman(1), "I");
  EXPECT_EQ(roman(4), "IV");
  EXPECT_EQ(roman(9), "IX");
  EXPECT_EQ(roman(14), "XIV");
  EXPECT_EQ(roman(40), "XL");
  EXPECT_EQ(roman(1994), "MCMXCIV");
}

Indicator indicator(IndicatorType type, int decimals, std::optional<double> out_of = {}) {
  Indicator i;
  i.type = type;
  i.decimals = decimals;
  i.out_of = out_of;
  return i;
}

TEST(TableCells, ExactlyTheRowsDecimals) {
  EXPECT_EQ(table_quantity(146.88, indicator(IndicatorType::amount, 3), 3), "146,880");
  EXPECT_EQ(table_quantity(146.88, indicator(IndicatorType::amount, 3), 2), "146,88");
  EXPECT_EQ(table_quantity(18797.39, indicator(IndicatorType::amount, 2), 2), "18.797,39");
  EXPECT_EQ(table_quantity(2744, indicator(IndicatorType::count, 0), 0), "2.744");
  EXPECT_EQ(table_quantity(48, indicator(IndicatorType::score, 0, 59), 0), "48/59");
  EXPECT_EQ(table_range({9, 14}, indicator(IndicatorType::score, 0, 19), 0), "9–14/19");
  EXPECT_EQ(table_range({1.5, 2}, indicator(IndicatorType::rate, 1), 1), "1,5–2,0");
  // A score's total is written as a sentence writes it, whatever the row's decimals.
  EXPECT_EQ(table_quantity(8.5, indicator(IndicatorType::score, 1, 19), 1), "8,5/19");
}

TEST(TableCells, ShownDecimalsDropTrailingZeros) {
  EXPECT_EQ(shown_decimals(146.88, 3), 2);
  EXPECT_EQ(shown_decimals(94, 2), 0);
  EXPECT_EQ(shown_decimals(429.789, 3), 3);
  EXPECT_EQ(shown_decimals(1.2345, 2), 2);  // rounded to the indicator's decimals first
  EXPECT_EQ(shown_decimals(2.999, 2), 0);   // 3,00
}

TEST(Date, LeadingZeroForSmallDaysAndTheFirstTwoMonths) {
  EXPECT_EQ(date({2024, 1, 5}), "ngày 05 tháng 01 năm 2024");
  EXPECT_EQ(date({2024, 2, 29}), "ngày 29 tháng 02 năm 2024");
  EXPECT_EQ(date({2023, 6, 9}), "ngày 09 tháng 6 năm 2023");
  EXPECT_EQ(date({2023, 12, 10}), "ngày 10 tháng 12 năm 2023");
  EXPECT_EQ(date({2023, 3, 14}), "ngày 14 tháng 3 năm 2023");
}

Indicator indicator(IndicatorType type, const std::string& unit, int decimals) {
  Indicator i;
  i.type = type;
  i.unit = unit;
  i.decimals = decimals;
  if (type == IndicatorType::score) i.out_of = 19;
  return i;
}

TEST(Quantity, WithTheIndicatorsUnit) {
  EXPECT_EQ(quantity(18797.39, indicator(IndicatorType::amount, "tỷ đồng", 2)),
            "18.797,39 tỷ đồng");
  EXPECT_EQ(quantity(94, indicator(IndicatorType::rate, "%", 2)), "94%");
  EXPECT_EQ(quantity(2744, indicator(IndicatorType::count, "đảng viên", 0)), "2.744 đảng viên");
  EXPECT_EQ(quantity(14, indicator(IndicatorType::score, "tiêu chí", 0)), "14/19 tiêu chí");
}

TEST(Range, LowToHighWithAnEnDash) {
  EXPECT_EQ(range({9, 14}, indicator(IndicatorType::score, "tiêu chí", 0)), "9–14/19 tiêu chí");
  EXPECT_EQ(range({1.5, 2}, indicator(IndicatorType::rate, "%", 1)), "1,5–2%");
}

}  // namespace
}  // namespace baocao::vi

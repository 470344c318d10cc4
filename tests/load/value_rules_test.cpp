// The per-value rules shared by values.csv and collected workbooks.

#include <gtest/gtest.h>

#include "load/value_rules.hpp"

namespace baocao {
namespace {

Indicator indicator(IndicatorType type, std::string unit, std::optional<double> out_of = {},
                    int decimals = 2) {
  Indicator i;
  i.code = "X.Y";
  i.type = type;
  i.unit = std::move(unit);
  i.out_of = out_of;
  i.decimals = decimals;
  return i;
}

std::string error_of(const Indicator& i, double v, bool note = false) {
  auto p = check_value(i, v, note);
  if (!p || !p->error) return {};
  return p->message + " | " + p->hint;
}

TEST(ValueRules, ACountIsWhole) {
  const Indicator count = indicator(IndicatorType::count, "người", {}, 0);
  EXPECT_EQ(error_of(count, 2744), "");
  EXPECT_NE(error_of(count, 2.5).find("value `2.5` of count indicator `X.Y` is not a whole number"),
            std::string::npos);
  // Typed as text the Vietnamese way, the dot groups thousands: the hint says so.
  ParsedNumber n = parse_number("2.744");
  auto p = check_value(count, "2.744", n, false);
  ASSERT_TRUE(p);
  EXPECT_NE(p->message.find("did you mean 2744?"), std::string::npos) << p->message;
  // In a number cell the dot is the cell's own decimal point.
  EXPECT_NE(error_of(count, 2.744).find("is not a whole number"), std::string::npos);
}

TEST(ValueRules, AScoreLiesWithinOutOf) {
  const Indicator score = indicator(IndicatorType::score, "tiêu chí", 19, 0);
  EXPECT_EQ(error_of(score, 19), "");
  EXPECT_EQ(error_of(score, 0), "");
  EXPECT_NE(
      error_of(score, 20).find("value `20` of score indicator `X.Y` is outside 0…19 (out_of)"),
      std::string::npos);
  EXPECT_NE(error_of(score, -1).find("outside 0…19"), std::string::npos);
}

TEST(ValueRules, AShareLiesWithinOutOfWhateverTheNote) {
  const Indicator share = indicator(IndicatorType::rate, "%", 100);
  EXPECT_EQ(error_of(share, 100), "");
  EXPECT_EQ(error_of(share, 0), "");
  const std::string e = error_of(share, 120, true);
  EXPECT_NE(e.find("value `120` of rate indicator `X.Y` is outside 0…100 (out_of)"),
            std::string::npos)
      << e;
  EXPECT_NE(e.find("cannot exceed the whole"), std::string::npos) << e;
  EXPECT_NE(error_of(share, -0.5).find("outside 0…100"), std::string::npos);
}

TEST(ValueRules, APercentageRateLiesWithinMinus100To1000UnlessNoted) {
  const Indicator growth = indicator(IndicatorType::rate, "%");
  EXPECT_EQ(error_of(growth, 120), "");
  EXPECT_EQ(error_of(growth, -100), "");
  EXPECT_NE(error_of(growth, 1500)
                .find("value `1500` of rate indicator `X.Y` is outside "
                      "−100…1000 %"),
            std::string::npos);
  EXPECT_EQ(error_of(growth, 1500, true), "");
  // A rate in another unit has no such bound.
  EXPECT_EQ(error_of(indicator(IndicatorType::rate, "‰"), 1500), "");
}

TEST(ValueRules, MoreDigitsThanDecimalsIsAWarning) {
  const Indicator amount = indicator(IndicatorType::amount, "tỷ đồng", {}, 2);
  EXPECT_FALSE(check_value(amount, 18797.39, false));
  auto p = check_value(amount, 18797.391, false);
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->error);
  EXPECT_EQ(p->kind, "more digits than decimals");
  EXPECT_NE(p->message.find("value `18797.391` has 3 digits after the decimal point"),
            std::string::npos)
      << p->message;
}

}  // namespace
}  // namespace baocao

#include "format/decimal.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <random>

#include <gtest/gtest.h>

namespace baocao {
namespace {

std::string text(double v, int decimals) {
  DecimalText t = round_decimal(v, decimals);
  return (t.negative ? "-" : "") + t.integer + (t.fraction.empty() ? "" : "." + t.fraction);
}

TEST(RoundDecimal, HalfAwayFromZeroOnTheDecimalFormAsWritten) {
  // Binary doubles just below the half: printf("%.2f") would give 2.67, 100.30, 1.00.
  EXPECT_EQ(text(2.675, 2), "2.68");
  EXPECT_EQ(text(100.305, 2), "100.31");
  EXPECT_EQ(text(1.005, 2), "1.01");
  EXPECT_EQ(text(0.125, 2), "0.13");
  EXPECT_EQ(text(-2.675, 2), "-2.68");
  EXPECT_EQ(text(2.5, 0), "3");
  EXPECT_EQ(text(-2.5, 0), "-3");
  EXPECT_EQ(text(2.4999, 0), "2");
  EXPECT_EQ(text(1.0049999, 2), "1.00");
}

TEST(RoundDecimal, CarriesIntoANewDigit) {
  EXPECT_EQ(text(9.995, 2), "10.00");
  EXPECT_EQ(text(999.5, 0), "1000");
  EXPECT_EQ(text(0.96, 1), "1.0");
  EXPECT_EQ(text(0.5, 0), "1");
}

TEST(RoundDecimal, SmallAndLargeMagnitudes) {
  EXPECT_EQ(text(0.004, 2), "0.00");
  EXPECT_EQ(text(0.006, 2), "0.01");
  EXPECT_EQ(text(0.0001, 4), "0.0001");
  EXPECT_EQ(text(1e-10, 2), "0.00");
  EXPECT_EQ(text(18797.39, 2), "18797.39");
  EXPECT_EQ(text(18797.39, 0), "18797");
  EXPECT_EQ(text(1e21, 0), "1000000000000000000000");
  EXPECT_EQ(text(123456789012.5, 1), "123456789012.5");
  EXPECT_EQ(text(0, 2), "0.00");
}

TEST(RoundDecimal, NeverNegativeZero) {
  EXPECT_EQ(text(-0.0, 2), "0.00");
  EXPECT_EQ(text(-0.001, 2), "0.00");
  EXPECT_EQ(text(-0.4, 0), "0");
  EXPECT_FALSE(round_decimal(-1e-30, 4).negative);
  EXPECT_TRUE(round_decimal(-0.005, 2).negative);  // rounds away from zero: -0.01
}

TEST(PlainNumber, ShortestFormWithoutExponent) {
  EXPECT_EQ(plain_number(18797.39), "18797.39");
  EXPECT_EQ(plain_number(1000000), "1000000");
  EXPECT_EQ(plain_number(2744), "2744");
  EXPECT_EQ(plain_number(-0.5), "-0.5");
  EXPECT_EQ(plain_number(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(plain_number(1e-7), "0.0000001");
  EXPECT_EQ(plain_number(-0.0), "0");
  EXPECT_EQ(plain_number(1.5e22), "15000000000000000000000");
  EXPECT_EQ(plain_number(std::numeric_limits<double>::quiet_NaN()), "");
  EXPECT_EQ(plain_number(std::numeric_limits<double>::infinity()), "");
}

TEST(PlainNumber, ParsesBackToTheSameDouble) {
  std::mt19937_64 random(42);
  std::uniform_real_distribution<double> mantissa(-10, 10);
  std::uniform_int_distribution<int> exponent(-12, 15);
  for (int i = 0; i < 20000; ++i) {
    double v = mantissa(random) * std::pow(10.0, exponent(random));
    std::string s = plain_number(v);
    double back = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), back);
    ASSERT_EQ(ec, std::errc{}) << s;
    ASSERT_EQ(end, s.data() + s.size()) << s;
    ASSERT_EQ(back, v) << s;
    ASSERT_EQ(s.find('e'), std::string::npos) << s;
  }
}

}  // namespace
}  // namespace baocao

#include <gtest/gtest.h>

#include "pdf/chart.hpp"

namespace baocao::pdf {
namespace {

TEST(ValueAxis, PercentOfPlanStartsAtZeroWithRoundSteps) {
  Axis axis = value_axis(0, 112.4);
  EXPECT_DOUBLE_EQ(axis.low, 0);
  EXPECT_DOUBLE_EQ(axis.step, 25);
  EXPECT_DOUBLE_EQ(axis.high, 125);
  EXPECT_EQ(axis.decimals, 0);
}

TEST(ValueAxis, LargeAmounts) {
  Axis axis = value_axis(0, 18797.39);
  EXPECT_DOUBLE_EQ(axis.step, 5000);
  EXPECT_DOUBLE_EQ(axis.high, 20000);
}

TEST(ValueAxis, NegativeChangesAndFractionalSteps) {
  Axis axis = value_axis(-3.1, 8.2);
  EXPECT_DOUBLE_EQ(axis.step, 2.5);
  EXPECT_DOUBLE_EQ(axis.low, -5);
  EXPECT_DOUBLE_EQ(axis.high, 10);
  EXPECT_EQ(axis.decimals, 1);
}

TEST(ValueAxis, AllZeroStillHasARange) {
  Axis axis = value_axis(0, 0);
  EXPECT_LT(axis.low, axis.high);
}

}  // namespace
}  // namespace baocao::pdf

#include <gtest/gtest.h>

#include <cmath>
#include <utility>

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

// Values near the contract's bound that differ in their last digits: a step below the values'
// own spacing would never move the tick loop on (a hang), or give ticks that print the same.
TEST(ValueAxis, CloseHugeValuesStillStepForward) {
  for (auto [low, high] :
       {std::pair{1e14, 1e14 + 0.01}, std::pair{-999999999999999.9, -999999999999999.8},
        std::pair{9.99e14, 9.99e14}}) {
    Axis axis = value_axis(low, high);
    EXPECT_GT(axis.low + axis.step, axis.low) << low;
    EXPECT_LE((axis.high - axis.low) / axis.step, 20) << low;
    EXPECT_LE(axis.low, low);
    EXPECT_GE(axis.high, high);
    EXPECT_TRUE(std::isfinite(axis.low) && std::isfinite(axis.high)) << low;
  }
}

}  // namespace
}  // namespace baocao::pdf

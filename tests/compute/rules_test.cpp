#include "compute/rules.hpp"

#include <gtest/gtest.h>

namespace baocao::rules {
namespace {

TEST(RulePercentOfPlan, UpAndNoneDivideResultByPlan) {
  ComputedFigure f = percent_of_plan(75, 74, Direction::up);
  EXPECT_EQ(f.derivation, Derivation::ratio);
  EXPECT_NEAR(*f.value, 101.35, 0.005);
  EXPECT_NEAR(*percent_of_plan(429.789, 451.08, Direction::none).value, 95.28, 0.005);
}

TEST(RulePercentOfPlan, DownDividesPlanByResultSoThatMoreIsBetter) {
  ComputedFigure f = percent_of_plan(7.16, 7.34, Direction::down);
  EXPECT_EQ(f.derivation, Derivation::inverse_ratio);
  EXPECT_NEAR(*f.value, 102.51, 0.005);  // the contract's example
  EXPECT_LT(*percent_of_plan(7.50, 7.34, Direction::down).value, 100);
}

TEST(RulePercentOfPlan, ZeroDivisorGivesNoValueNotInfinity) {
  EXPECT_FALSE(percent_of_plan(5, 0, Direction::up).value);
  EXPECT_FALSE(percent_of_plan(0, 5, Direction::down).value);
  EXPECT_EQ(*percent_of_plan(0, 5, Direction::up).value, 0);
  EXPECT_EQ(percent_of_plan_divisor(0, 5, Direction::down), 0);
  EXPECT_EQ(percent_of_plan_divisor(0, 5, Direction::up), 5);
}

TEST(RuleChange, GrowthForAmountsAndCountsDifferenceForRatesAndScores) {
  ComputedFigure amount = change(112.83, 100, IndicatorType::amount);
  EXPECT_EQ(amount.derivation, Derivation::growth);
  EXPECT_NEAR(*amount.value, 12.83, 1e-9);
  EXPECT_NEAR(*change(95, 100, IndicatorType::count).value, -5, 1e-9);
  ComputedFigure rate = change(93.02, 92.0, IndicatorType::rate);
  EXPECT_EQ(rate.derivation, Derivation::difference);
  EXPECT_NEAR(*rate.value, 1.02, 1e-9);
  EXPECT_EQ(*change(14, 12, IndicatorType::score).value, 2);
  EXPECT_FALSE(change(5, 0, IndicatorType::amount).value);
  EXPECT_EQ(*change(5, 0, IndicatorType::rate).value, 5);  // no division: still defined
}

TEST(RuleChange, UnitFollowsTheType) {
  EXPECT_EQ(change_unit(IndicatorType::amount), ChangeUnit::percent);
  EXPECT_EQ(change_unit(IndicatorType::count), ChangeUnit::percent);
  EXPECT_EQ(change_unit(IndicatorType::rate), ChangeUnit::points);
  EXPECT_EQ(change_unit(IndicatorType::score), ChangeUnit::criteria);
}

TEST(RuleAverageGrowth, CompoundsOverTheYears) {
  EXPECT_NEAR(*average_growth(133.1, 100, 3), 10, 1e-9);
  EXPECT_NEAR(*average_growth(81, 100, 2), -10, 1e-9);
  EXPECT_FALSE(average_growth(100, 0, 3));
  EXPECT_FALSE(average_growth(-5, 100, 3));
  EXPECT_FALSE(average_growth(0, 100, 3));
  EXPECT_FALSE(average_growth(100, 50, 0));
}

TEST(RuleJudge, ComparesWithThePlanInTheIndicatorsDirection) {
  EXPECT_EQ(judge(101, 100, Direction::up), Status::exceeded);
  EXPECT_EQ(judge(100, 100, Direction::up), Status::achieved);
  EXPECT_EQ(judge(99.99, 100, Direction::up), Status::not_achieved);
  EXPECT_EQ(judge(7.16, 7.34, Direction::down), Status::exceeded);
  EXPECT_EQ(judge(7.34, 7.34, Direction::down), Status::achieved);
  EXPECT_EQ(judge(7.5, 7.34, Direction::down), Status::not_achieved);
  EXPECT_EQ(judge(50, 100, Direction::none), Status::not_judged);
}

TEST(RuleJudge, RoundsToNineDecimalsBeforeComparing) {
  double sum = 0.1 + 0.2;  // 0.30000000000000004
  ASSERT_NE(sum, 0.3);
  EXPECT_EQ(judge(sum, 0.3, Direction::up), Status::achieved);
  EXPECT_EQ(judge(sum, 0.3, Direction::down), Status::achieved);
  EXPECT_EQ(judge(0.3000000004, 0.3, Direction::up), Status::achieved);
  EXPECT_EQ(judge(0.300000001, 0.3, Direction::up), Status::exceeded);
  EXPECT_EQ(judge(0.299999999, 0.3, Direction::up), Status::not_achieved);
  // Large totals: summing areas leaves an error in the last place, not a real difference.
  double total = 0;
  for (int i = 0; i < 10; ++i) total += 1234567.1;
  EXPECT_EQ(judge(total, 12345671.0, Direction::up), Status::achieved);
  EXPECT_EQ(judge(12345671.01, 12345671.0, Direction::up), Status::exceeded);
}

}  // namespace
}  // namespace baocao::rules

// The contract's table "What the pipeline computes", rule by rule, on hand-made datasets.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "compute/compute.hpp"
#include "compute/dataset_builder.hpp"

namespace baocao {
namespace {

using testing::DatasetBuilder;
using ::testing::HasSubstr;

Summary summarise(const DatasetBuilder& b, const char* period) {
  return compute_summary(b.build(), *Period::parse(period));
}

TEST(Result, IsTheActualElseTheEstimateFlagged) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount).indicator("E", IndicatorType::amount);
  b.estimate("A", "2023", 90).actual("A", "2023", 100);  // both: the actual wins
  b.estimate("E", "2023", 7025);
  Summary s = summarise(b, "2023");
  EXPECT_EQ(*s.find("A")->result, 100);
  EXPECT_FALSE(s.find("A")->is_estimate);
  EXPECT_EQ(*s.find("E")->result, 7025);
  EXPECT_TRUE(s.find("E")->is_estimate);
  EXPECT_FALSE(s.find("E")->from_areas);
}

TEST(Result, MissingInputsStayEmptyNeverZero) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount).plan("A", "2023", 100).actual("A", "2022", 90);
  Summary s = summarise(b, "2023");
  const SummaryRow& r = *s.find("A");
  EXPECT_FALSE(r.result);
  EXPECT_EQ(*r.plan, 100);
  EXPECT_FALSE(r.pct_plan.value);
  EXPECT_FALSE(r.change.value);
  EXPECT_FALSE(r.status);
  EXPECT_FALSE(r.avg_growth);
  EXPECT_EQ(*r.previous, 90);
  EXPECT_EQ(s.diagnostics.warning_count(), 0u);
}

TEST(PercentOfPlan, UpIndicatorAgainstItsPlan) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::count).actual("A", "2023", 75).plan("A", "2023", 74);
  Summary summary = summarise(b, "2023");
  const SummaryRow& r = *summary.find("A");
  EXPECT_NEAR(*r.pct_plan.value, 101.35, 0.005);
  EXPECT_EQ(r.pct_plan.derivation, Derivation::ratio);
  EXPECT_EQ(r.plan_period, Period::of_year(2023));
  EXPECT_EQ(r.status, Status::exceeded);
}

TEST(PercentOfPlan, DownIndicatorOnBothSidesOfThePlan) {
  DatasetBuilder b;
  b.indicator("BETTER", IndicatorType::rate, Direction::down)
      .indicator("WORSE", IndicatorType::rate, Direction::down)
      .indicator("EQUAL", IndicatorType::rate, Direction::down);
  b.actual("BETTER", "2023", 7.16).plan("BETTER", "2023", 7.34);
  b.actual("WORSE", "2023", 7.50).plan("WORSE", "2023", 7.34);
  b.actual("EQUAL", "2023", 7.34).plan("EQUAL", "2023", 7.34);
  Summary s = summarise(b, "2023");
  EXPECT_NEAR(*s.find("BETTER")->pct_plan.value, 102.51, 0.005);
  EXPECT_EQ(s.find("BETTER")->pct_plan.derivation, Derivation::inverse_ratio);
  EXPECT_EQ(s.find("BETTER")->status, Status::exceeded);
  EXPECT_NEAR(*s.find("WORSE")->pct_plan.value, 97.87, 0.005);
  EXPECT_EQ(s.find("WORSE")->status, Status::not_achieved);
  EXPECT_DOUBLE_EQ(*s.find("EQUAL")->pct_plan.value, 100);
  EXPECT_EQ(s.find("EQUAL")->status, Status::achieved);
}

TEST(PercentOfPlan, NoneIsComputedButNotJudged) {
  DatasetBuilder b;
  b.indicator("CHI", IndicatorType::amount, Direction::none);
  b.estimate("CHI", "2023", 429.789).plan("CHI", "2023", 451.08);
  Summary summary = summarise(b, "2023");
  const SummaryRow& r = *summary.find("CHI");
  EXPECT_NEAR(*r.pct_plan.value, 95.28, 0.005);
  EXPECT_EQ(r.status, Status::not_judged);
  EXPECT_TRUE(r.is_estimate);
}

TEST(PercentOfPlan, MissingPlanGivesNoPercentAndNoStatus) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount).actual("A", "2023", 10).plan("A", "2024", 12);
  Summary summary = summarise(b, "2023");
  const SummaryRow& r = *summary.find("A");
  EXPECT_FALSE(r.plan);
  EXPECT_FALSE(r.pct_plan.value);
  EXPECT_FALSE(r.status);
  EXPECT_EQ(*r.next_plan, 12);
}

TEST(PercentOfPlan, ZeroPlanWarnsAndNamesTheIndicator) {
  DatasetBuilder b;
  b.indicator("KT.ZERO", IndicatorType::amount).actual("KT.ZERO", "2023", 10);
  b.plan("KT.ZERO", "2023", 0);
  Summary s = summarise(b, "2023");
  EXPECT_FALSE(s.find("KT.ZERO")->pct_plan.value);
  EXPECT_EQ(s.find("KT.ZERO")->status, Status::exceeded);  // 10 > 0: still judged
  ASSERT_EQ(s.diagnostics.warning_count(), 1u);
  const Diagnostic& d = s.diagnostics.items()[0];
  EXPECT_EQ(d.line, 3);  // the plan's row
  EXPECT_THAT(d.message, HasSubstr("KT.ZERO"));
  EXPECT_THAT(d.message, HasSubstr("plan for 2023 is 0"));
}

TEST(PercentOfPlan, ZeroResultOfDownIndicatorWarns) {
  DatasetBuilder b;
  b.indicator("XH.HN", IndicatorType::rate, Direction::down);
  b.actual("XH.HN", "2023", 0).plan("XH.HN", "2023", 1.5);
  Summary s = summarise(b, "2023");
  EXPECT_FALSE(s.find("XH.HN")->pct_plan.value);
  EXPECT_EQ(s.find("XH.HN")->status, Status::exceeded);
  ASSERT_EQ(s.diagnostics.warning_count(), 1u);
  EXPECT_THAT(s.diagnostics.items()[0].message, HasSubstr("XH.HN"));
  EXPECT_EQ(s.diagnostics.items()[0].line, 2);
}

TEST(Status, RoundsToNineDecimals) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::rate).actual("A", "2023", 0.1 + 0.2).plan("A", "2023", 0.3);
  EXPECT_EQ(summarise(b, "2023").find("A")->status, Status::achieved);
}

TEST(Change, AmountAgainstTheSameYearBefore) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount).actual("A", "2023", 112.83).estimate("A", "2022", 100);
  Summary s = summarise(b, "2023");
  const SummaryRow& r = *s.find("A");
  EXPECT_EQ(s.previous_period, Period::of_year(2022));
  EXPECT_EQ(*r.previous, 100);
  EXPECT_TRUE(r.previous_is_estimate);
  EXPECT_NEAR(*r.change.value, 12.83, 1e-9);
  EXPECT_EQ(r.change.derivation, Derivation::growth);
  EXPECT_EQ(r.change_unit, ChangeUnit::percent);
}

TEST(Change, ZeroPreviousValueWarnsAndStaysEmpty) {
  DatasetBuilder b;
  b.indicator("XD.KNDV", IndicatorType::count).actual("XD.KNDV", "2023", 75);
  b.actual("XD.KNDV", "2022", 0);
  Summary s = summarise(b, "2023");
  EXPECT_EQ(*s.find("XD.KNDV")->previous, 0);
  EXPECT_FALSE(s.find("XD.KNDV")->change.value);
  ASSERT_EQ(s.diagnostics.warning_count(), 1u);
  const Diagnostic& d = s.diagnostics.items()[0];
  EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_EQ(d.line, 3);
  EXPECT_THAT(d.message, HasSubstr("XD.KNDV"));
  EXPECT_THAT(d.message, HasSubstr("2022 is 0"));
}

TEST(Change, RateInPointsScoreInCriteria) {
  DatasetBuilder b;
  b.indicator("XH.BHYT", IndicatorType::rate).indicator("DT.TC", IndicatorType::score);
  b.actual("XH.BHYT", "2023", 93.02).actual("XH.BHYT", "2022", 92.0);
  b.actual("DT.TC", "2023", 14).actual("DT.TC", "2022", 12);
  Summary s = summarise(b, "2023");
  EXPECT_NEAR(*s.find("XH.BHYT")->change.value, 1.02, 1e-9);
  EXPECT_EQ(s.find("XH.BHYT")->change_unit, ChangeUnit::points);
  EXPECT_EQ(s.find("XH.BHYT")->change.derivation, Derivation::difference);
  EXPECT_EQ(*s.find("DT.TC")->change.value, 2);
  EXPECT_EQ(s.find("DT.TC")->change_unit, ChangeUnit::criteria);
  EXPECT_EQ(s.find("DT.TC")->change.derivation, Derivation::difference);
}

TEST(SubYear, QuarterAgainstTheSameQuarterAYearEarlier) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount);
  b.actual("A", "2023-Q3", 120).actual("A", "2023-Q2", 500).actual("A", "2022-Q3", 100);
  b.actual("A", "2022", 1000).plan("A", "2023-Q3", 110);
  Summary s = summarise(b, "2023-Q3");
  const SummaryRow& r = *s.find("A");
  EXPECT_EQ(s.previous_period, (Period{PeriodKind::quarter, 2022, 3, 2022}));
  EXPECT_EQ(*r.previous, 100);
  EXPECT_NEAR(*r.change.value, 20, 1e-9);
  EXPECT_EQ(r.plan_period, *Period::parse("2023-Q3"));  // its own plan: judged
  EXPECT_EQ(r.status, Status::exceeded);
  EXPECT_FALSE(r.avg_growth);  // only for a year
}

TEST(SubYear, NineMonthsAgainstNineMonths) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::count);
  b.estimate("A", "2023-9M", 90).actual("A", "2022-9M", 100).actual("A", "2022", 150);
  Summary s = summarise(b, "2023-9M");
  const SummaryRow& r = *s.find("A");
  EXPECT_EQ(*r.previous, 100);
  EXPECT_NEAR(*r.change.value, -10, 1e-9);
  EXPECT_TRUE(r.is_estimate);
}

TEST(SubYear, HalfYearAgainstTheYearsPlanHasAPercentButNoStatus) {
  DatasetBuilder b;
  b.indicator("NS.THU", IndicatorType::amount).indicator("OWN", IndicatorType::amount);
  b.actual("NS.THU", "2023-H1", 72.24).plan("NS.THU", "2023", 134.13);
  b.actual("OWN", "2023-H1", 60).plan("OWN", "2023-H1", 50).plan("OWN", "2023", 130);
  Summary s = summarise(b, "2023-H1");
  const SummaryRow& r = *s.find("NS.THU");
  EXPECT_EQ(*r.plan, 134.13);
  EXPECT_EQ(r.plan_period, Period::of_year(2023));
  EXPECT_NEAR(*r.pct_plan.value, 53.86, 0.005);  // "đạt 53,86% kế hoạch năm"
  EXPECT_FALSE(r.status);
  const SummaryRow& own = *s.find("OWN");
  EXPECT_EQ(*own.plan, 50);
  EXPECT_EQ(own.plan_period, *Period::parse("2023-H1"));
  EXPECT_EQ(own.status, Status::exceeded);
  EXPECT_EQ(s.next_year, 2024);
}

TEST(SubYear, MonthsAndNextYearPlan) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount);
  b.actual("A", "2023-M07", 11).actual("A", "2022-M07", 10).plan("A", "2024", 200);
  Summary summary = summarise(b, "2023-M07");
  const SummaryRow& r = *summary.find("A");
  EXPECT_NEAR(*r.change.value, 10, 1e-9);
  EXPECT_EQ(*r.next_plan, 200);
}

TEST(AverageGrowth, OverThreeYearsFromTheTermBaseYear) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount).indicator("R", IndicatorType::rate);
  b.indicator("EST", IndicatorType::amount);
  b.actual("A", "2020", 100).actual("A", "2021", 110).actual("A", "2022", 121);
  b.estimate("A", "2023", 133.1);
  b.actual("R", "2020", 10).actual("R", "2023", 20);
  b.estimate("EST", "2020", 100).actual("EST", "2023", 200);  // the base must be an actual
  Summary s = summarise(b, "2023");
  EXPECT_NEAR(*s.find("A")->avg_growth, 10, 1e-9);
  EXPECT_FALSE(s.find("R")->avg_growth);
  EXPECT_FALSE(s.find("EST")->avg_growth);
  const auto& trend = s.find("A")->trend;
  ASSERT_EQ(trend.size(), 4u);
  EXPECT_EQ(trend[0].year, 2020);
  EXPECT_EQ(trend[3].value, 133.1);
  EXPECT_TRUE(trend[3].is_estimate);
  EXPECT_FALSE(trend[2].is_estimate);
}

TEST(AverageGrowth, NotForTheBaseYearItselfAndWarnsOnAZeroBase) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount).indicator("Z", IndicatorType::amount);
  b.actual("A", "2020", 100);
  b.actual("Z", "2020", 0).actual("Z", "2023", 5);
  EXPECT_FALSE(summarise(b, "2020").find("A")->avg_growth);
  Summary s = summarise(b, "2023");
  EXPECT_FALSE(s.find("Z")->avg_growth);
  ASSERT_EQ(s.diagnostics.warning_count(), 1u);
  EXPECT_THAT(s.diagnostics.items()[0].message, HasSubstr("indicator Z"));
}

TEST(Carried, TermTargetSpanValueAndNextPlan) {
  DatasetBuilder b;
  b.indicator("KT.TTGT", IndicatorType::rate);
  b.value("KT.TTGT", "2020-2025", Basis::target, 13);
  b.estimate("KT.TTGT", "2022-2023", 11);
  b.estimate("KT.TTGT", "2021-2023", 12.4).actual("KT.TTGT", "2021-2023", 12.5);
  b.actual("KT.TTGT", "2021-2022", 10).plan("KT.TTGT", "2024", 12.25);
  Summary s = summarise(b, "2023");
  const SummaryRow& r = *s.find("KT.TTGT");
  EXPECT_EQ(*r.term_target, 13);
  ASSERT_TRUE(r.span);
  EXPECT_EQ(r.span->span, Period::of_span(2021, 2023));
  EXPECT_EQ(r.span->value, 12.5);
  EXPECT_FALSE(r.span->is_estimate);
  EXPECT_EQ(*r.next_plan, 12.25);
  EXPECT_EQ(s.term, Period::of_span(2020, 2025));
  EXPECT_EQ(s.term_base_year, 2020);
}

TEST(Summary, RowsInIndicatorOrderGroupsFirstSeenAndFind) {
  DatasetBuilder b;
  b.indicator("B", IndicatorType::amount, Direction::up, Aggregate::none, AreaScope::all,
              "Ngân sách");
  b.indicator("A", IndicatorType::amount, Direction::up, Aggregate::none, AreaScope::all,
              "Kinh tế");
  b.indicator("C", IndicatorType::amount, Direction::up, Aggregate::none, AreaScope::all,
              "Ngân sách");
  Summary s = summarise(b, "2023");
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[1].indicator.code, "A");
  EXPECT_EQ(s.rows[1].indicator_index, 1u);
  EXPECT_EQ(s.groups, (std::vector<std::string>{"Ngân sách", "Kinh tế"}));
  EXPECT_EQ(s.find("C"), &s.rows[2]);
  EXPECT_EQ(s.find("D"), nullptr);
}

TEST(Summary, NamesOfTheEnumsAsInTheCsv) {
  EXPECT_EQ(to_string(Status::not_achieved), "not-achieved");
  EXPECT_EQ(to_string(Status::not_judged), "not-judged");
  EXPECT_EQ(to_string(Status::exceeded), "exceeded");
  EXPECT_EQ(to_string(Status::achieved), "achieved");
  EXPECT_EQ(to_string(ChangeUnit::points), "pp");
  EXPECT_EQ(to_string(ChangeUnit::percent), "%");
  EXPECT_EQ(to_string(ChangeUnit::criteria), "criteria");
  EXPECT_EQ(to_string(Derivation::inverse_ratio), "inverse-ratio");
  EXPECT_EQ(to_string(Derivation::growth), "growth");
  EXPECT_EQ(to_string(Derivation::difference), "difference");
  EXPECT_EQ(to_string(Derivation::ratio), "ratio");
}

TEST(DefaultPeriod, LatestYearWithAResultAtTheUnit) {
  DatasetBuilder b;
  b.ward("W1").indicator("A", IndicatorType::amount);
  b.indicator("S", IndicatorType::count, Direction::up, Aggregate::sum);
  b.actual("A", "2022", 1).estimate("A", "2023", 1).plan("A", "2024", 1);  // a plan: no
  b.actual("A", "2024-Q1", 1);                                             // not a year
  b.value("A", "2021-2025", Basis::actual, 1);                             // a span: no
  EXPECT_EQ(default_period(b.build()), Period::of_year(2023));
  b.actual("S", "2025", 3, "W1");  // the unit's figure combines its areas'
  EXPECT_EQ(default_period(b.build()), Period::of_year(2025));
}

TEST(DefaultPeriod, AreaRowsOfAnUncombinedIndicatorDoNotCount) {
  DatasetBuilder b;
  b.ward("W1").indicator("A", IndicatorType::amount).actual("A", "2022", 1);
  b.actual("A", "2024", 1, "W1");
  EXPECT_EQ(default_period(b.build()), Period::of_year(2022));
  DatasetBuilder empty;
  empty.indicator("A", IndicatorType::amount).plan("A", "2024", 1);
  EXPECT_FALSE(default_period(empty.build()));
}

TEST(ResultPeriods, EveryPeriodWithAResultInTimeOrder) {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount);
  b.actual("A", "2023", 1).estimate("A", "2023-Q1", 1).actual("A", "2022", 1);
  b.actual("A", "2022-Q1", 1).plan("A", "2024", 1).value("A", "2021-2023", Basis::actual, 1);
  std::vector<std::string> names;
  for (const Period& p : result_periods(b.build())) names.push_back(p.to_string());
  EXPECT_EQ(names, (std::vector<std::string>{"2022", "2022-Q1", "2023", "2023-Q1"}));
}

}  // namespace
}  // namespace baocao

// The figures the source article published, reproduced from data/ to the article's rounding.
#include <cmath>

#include <gtest/gtest.h>

#include "compute/compute.hpp"
#include "load/load.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

// Rounded to 2 decimals, as the article writes computed percentages.
double two_decimals(double v) {
  return std::round(v * 100) / 100;
}

class Golden : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    LoadResult loaded = load_dataset(testing::shipped_data().string());
    for (const auto& d : loaded.diagnostics.errors()) ADD_FAILURE() << to_string(d);
    ASSERT_TRUE(loaded.dataset);
    data_ = new Dataset(std::move(*loaded.dataset));
    auto period = default_period(*data_);
    ASSERT_TRUE(period);
    summary_ = new Summary(compute_summary(*data_, *period));
  }
  static void TearDownTestSuite() {
    delete summary_;
    delete data_;
    summary_ = nullptr;
    data_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(summary_, nullptr); }
  const SummaryRow& row(const char* code) {
    const SummaryRow* r = summary_->find(code);
    EXPECT_NE(r, nullptr) << code;
    return *r;
  }

  static Dataset* data_;
  static Summary* summary_;
};
Dataset* Golden::data_ = nullptr;
Summary* Golden::summary_ = nullptr;

TEST_F(Golden, TheReportPeriodIs2023) {
  EXPECT_EQ(summary_->period, Period::of_year(2023));
  EXPECT_EQ(summary_->rows.size(), data_->indicators.size());
  EXPECT_EQ(summary_->diagnostics.warning_count(), 0u);
}

TEST_F(Golden, OutputIs100_3PercentOfPlanAndUp12_83PercentOn2022) {
  const SummaryRow& r = row("KT.GTSX");
  EXPECT_EQ(*r.result, 18797.39);
  EXPECT_EQ(two_decimals(*r.pct_plan.value), 100.30);
  EXPECT_EQ(two_decimals(*r.change.value), 12.83);
  EXPECT_EQ(r.change_unit, ChangeUnit::percent);
  EXPECT_EQ(r.status, Status::exceeded);
}

TEST_F(Golden, RetailIs100_19PercentOfPlanAsAnEstimate) {
  const SummaryRow& r = row("KT.BLDV");
  EXPECT_EQ(two_decimals(*r.pct_plan.value), 100.19);
  EXPECT_TRUE(r.is_estimate);
  EXPECT_EQ(r.status, Status::exceeded);
}

TEST_F(Golden, SpendingIs95_28PercentOfTheEstimateNotJudged) {
  const SummaryRow& r = row("NS.CHI");
  EXPECT_EQ(two_decimals(*r.pct_plan.value), 95.28);
  EXPECT_EQ(r.status, Status::not_judged);
  EXPECT_EQ(r.indicator.plan_word, "dự toán");
}

TEST_F(Golden, NewPartyMembersAre101_35PercentOfPlan) {
  const SummaryRow& r = row("XD.KNDV");
  EXPECT_EQ(*r.result, 75);
  EXPECT_EQ(two_decimals(*r.pct_plan.value), 101.35);
}

TEST_F(Golden, HealthInsuranceRose1_02Points) {
  const SummaryRow& r = row("XH.BHYT");
  EXPECT_EQ(two_decimals(*r.change.value), 1.02);
  EXPECT_EQ(r.change_unit, ChangeUnit::points);
  EXPECT_EQ(r.change.derivation, Derivation::difference);
  EXPECT_EQ(*r.next_plan, 94);
}

TEST_F(Golden, RangeSpanAndNextYearPlans) {
  const SummaryRow& nc = row("NTM.NC");
  ASSERT_TRUE(nc.range);
  EXPECT_EQ(nc.range->low, 9);
  EXPECT_EQ(nc.range->high, 14);
  EXPECT_FALSE(nc.result);
  const SummaryRow& growth = row("KT.TTGT");
  ASSERT_TRUE(growth.span);
  EXPECT_EQ(growth.span->span, Period::of_span(2021, 2023));
  EXPECT_EQ(growth.span->value, 12.5);
  EXPECT_EQ(*growth.next_plan, 12.25);
  EXPECT_EQ(*row("NS.THU").next_plan, 146.88);
}

}  // namespace
}  // namespace baocao

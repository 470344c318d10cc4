// A figure computed from two bounded values can still overflow (a result over a plan near
// zero): it is shown as —, with a warning, never as inf or nan (issue #16, rule 4).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "compute/compute.hpp"
#include "compute/dataset_builder.hpp"

namespace baocao {
namespace {

using testing::DatasetBuilder;
using ::testing::HasSubstr;

std::string all(const Diagnostics& d) {
  std::string s;
  for (const auto& item : d.items()) s += to_string(item) + "\n";
  return s;
}

TEST(Overflow, APercentOfPlanThatOverflowsIsEmptyWithAWarning) {
  DatasetBuilder b;
  b.indicator("KT.A", IndicatorType::amount).actual("KT.A", "2023", 9e14);
  b.plan("KT.A", "2023", 1e-300);
  Summary s = compute_summary(b.build(), *Period::parse("2023"));
  EXPECT_FALSE(s.find("KT.A")->pct_plan.value);
  EXPECT_THAT(all(s.diagnostics), HasSubstr("% of plan"));
  EXPECT_THAT(all(s.diagnostics), HasSubstr("KT.A"));
}

TEST(Overflow, AChangeThatOverflowsIsEmptyWithAWarning) {
  DatasetBuilder b;
  b.indicator("KT.A", IndicatorType::amount).actual("KT.A", "2023", 9e14);
  b.actual("KT.A", "2022", 1e-300);
  Summary s = compute_summary(b.build(), *Period::parse("2023"));
  EXPECT_FALSE(s.find("KT.A")->change.value);
  EXPECT_THAT(all(s.diagnostics), HasSubstr("change"));
}

TEST(Overflow, NoComputedFigureIsInfiniteOrNan) {
  DatasetBuilder b;
  b.ward("W1").ward("W2");
  b.indicator("KT.A", IndicatorType::amount, Direction::down, Aggregate::sum);
  b.actual("KT.A", "2023", 9.9e14, "W1").actual("KT.A", "2023", 9.9e14, "W2");
  b.plan("KT.A", "2023", 1e-310).actual("KT.A", "2022", -1e-310).actual("KT.A", "2020", 1e-310);
  Summary s = compute_summary(b.build(), *Period::parse("2023"));
  const SummaryRow& row = *s.find("KT.A");
  for (const auto& v : {row.result, row.pct_plan.value, row.change.value, row.avg_growth})
    if (v) EXPECT_TRUE(std::isfinite(*v)) << *v;
}

// Each count is below 10^15, their sum over ten communes is not below 2^53: not exact.
TEST(Overflow, ACountTotalBeyond2To53IsEmptyWithAWarning) {
  DatasetBuilder b;
  b.indicator("XH.DS", IndicatorType::count, Direction::up, Aggregate::sum);
  for (int i = 0; i < 10; ++i) {
    std::string code = "C" + std::to_string(i);
    b.commune(code);
    b.actual("XH.DS", "2023", 9.99e14, code);
  }
  Summary s = compute_summary(b.build(), *Period::parse("2023"));
  EXPECT_FALSE(s.find("XH.DS")->result);
  EXPECT_THAT(all(s.diagnostics), HasSubstr("2^53"));
}

}  // namespace
}  // namespace baocao

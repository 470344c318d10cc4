// The unit's figure from its wards and communes when it has no row of its own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "compute/compute.hpp"
#include "compute/dataset_builder.hpp"
#include "compute/figures.hpp"

namespace baocao {
namespace {

using ::testing::Contains;
using testing::DatasetBuilder;
using ::testing::HasSubstr;
using ::testing::Not;

DatasetBuilder town() {
  DatasetBuilder b;
  b.ward("W1").ward("W2").commune("C1").commune("C2").commune("C3");
  return b;
}

Summary summarise(const DatasetBuilder& b, const char* period) {
  return compute_summary(b.build(), *Period::parse(period));
}

TEST(Aggregate, SumOverTheAreasItCovers) {
  DatasetBuilder b = town();
  b.indicator("DT.PVM", IndicatorType::count, Direction::up, Aggregate::sum, AreaScope::wards);
  b.actual("DT.PVM", "2023", 1, "W1").estimate("DT.PVM", "2023", 2, "W2");
  b.actual("DT.PVM", "2023", 50, "C1");  // a commune: outside the `wards` scope
  b.plan("DT.PVM", "2023", 1, "W1").plan("DT.PVM", "2023", 1, "W2");
  b.actual("DT.PVM", "2022", 1, "W1").actual("DT.PVM", "2022", 1, "W2");
  b.plan("DT.PVM", "2024", 2, "W1").plan("DT.PVM", "2024", 3, "W2");
  Summary s = summarise(b, "2023");
  const SummaryRow& r = *s.find("DT.PVM");
  EXPECT_EQ(*r.result, 3);
  EXPECT_TRUE(r.is_estimate);  // one part is an estimate
  EXPECT_TRUE(r.from_areas);
  EXPECT_EQ(*r.plan, 2);
  EXPECT_DOUBLE_EQ(*r.pct_plan.value, 150);
  EXPECT_EQ(r.status, Status::exceeded);
  EXPECT_EQ(*r.previous, 2);
  EXPECT_DOUBLE_EQ(*r.change.value, 50);
  EXPECT_EQ(*r.next_plan, 5);
  ASSERT_EQ(r.areas.size(), 2u);  // the wards, in areas.csv order
  EXPECT_EQ(r.areas[0].area, 1u);
  EXPECT_EQ(*r.areas[1].result, 2);
  EXPECT_TRUE(r.areas[1].is_estimate);
  EXPECT_EQ(*r.areas[1].plan, 1);
  EXPECT_EQ(*r.areas[1].previous, 1);
  EXPECT_EQ(*r.areas[0].next_plan, 2);  // each ward's own plan for the year after
  EXPECT_EQ(*r.areas[1].next_plan, 3);
  EXPECT_EQ(s.diagnostics.warning_count(), 0u);
}

TEST(Aggregate, MeanIsUnweightedOverAllCoveredAreas) {
  DatasetBuilder b = town();
  b.indicator("TL", IndicatorType::rate, Direction::up, Aggregate::mean, AreaScope::communes);
  b.actual("TL", "2023", 90, "C1").actual("TL", "2023", 80, "C2").actual("TL", "2023", 100, "C3");
  b.actual("TL", "2023", 10, "W1");
  Summary summary = summarise(b, "2023");
  const SummaryRow& r = *summary.find("TL");
  EXPECT_DOUBLE_EQ(*r.result, 90);
  EXPECT_FALSE(r.is_estimate);
  EXPECT_EQ(r.areas.size(), 3u);
}

TEST(Aggregate, AMissingAreaLeavesTheUnitEmptyAndIsNamed) {
  DatasetBuilder b = town();
  b.indicator("S", IndicatorType::amount, Direction::up, Aggregate::sum);
  b.indicator("M", IndicatorType::rate, Direction::up, Aggregate::mean, AreaScope::communes);
  for (const char* a : {"W1", "W2", "C1", "C3"}) b.actual("S", "2023", 5, a);
  b.actual("M", "2023", 90, "C1").actual("M", "2023", 80, "C2");
  Summary s = summarise(b, "2023");
  EXPECT_FALSE(s.find("S")->result);
  EXPECT_FALSE(s.find("S")->from_areas);
  EXPECT_FALSE(s.find("M")->result);
  ASSERT_EQ(s.diagnostics.warning_count(), 2u);
  const std::string& sum_warning = s.diagnostics.items()[0].message;
  EXPECT_THAT(sum_warning, HasSubstr("indicator S"));
  EXPECT_THAT(sum_warning, HasSubstr("xã C2 (C2)"));
  EXPECT_THAT(sum_warning, Not(HasSubstr("C1")));
  EXPECT_THAT(sum_warning, HasSubstr("1 of the 5"));
  const std::string& mean_warning = s.diagnostics.items()[1].message;
  EXPECT_THAT(mean_warning, HasSubstr("xã C3 (C3)"));
  EXPECT_THAT(mean_warning, HasSubstr("1 of the 3"));
  // The areas that have a value still show it.
  EXPECT_EQ(*s.find("S")->areas[0].result, 5);
  EXPECT_FALSE(s.find("S")->areas[3].result);
}

// Each combined figure has its own sentence (a whole message for the translators): the plan of
// the period, the plan of the next year and the term's base-year actual are each named.
TEST(Aggregate, AMissingAreaIsNamedWithTheFigureItLacks) {
  DatasetBuilder b = town();
  b.indicator("S", IndicatorType::amount, Direction::up, Aggregate::sum, AreaScope::wards);
  b.actual("S", "2023", 5).actual("S", "2022", 4);  // the unit's own results
  b.plan("S", "2023", 6, "W1");                     // W2's plan is missing
  b.plan("S", "2024", 7, "W2");                     // W1's plan for the next year is missing
  b.actual("S", "2020", 3, "W1");                   // W2's base-year actual is missing
  Summary s = summarise(b, "2023");
  const SummaryRow& r = *s.find("S");
  EXPECT_FALSE(r.plan);
  EXPECT_FALSE(r.next_plan);
  EXPECT_FALSE(r.avg_growth);
  std::vector<std::string> messages;
  for (const Diagnostic& d : s.diagnostics.items()) messages.push_back(d.message);
  ASSERT_EQ(messages.size(), 3u);
  const std::string lacking = " is missing for 1 of the 2 wards/communes it is combined from (sum)";
  EXPECT_THAT(messages, Contains(HasSubstr("the plan for 2023" + lacking + ": phường W2 (W2)")));
  EXPECT_THAT(messages, Contains(HasSubstr("the plan for 2024" + lacking + ": phường W1 (W1)")));
  EXPECT_THAT(messages, Contains(HasSubstr("the actual for 2020" + lacking + ": phường W2 (W2)")));
  for (const std::string& m : messages) EXPECT_THAT(m, HasSubstr("indicator S (")) << m;
}

TEST(Aggregate, TheUnitsOwnRowWinsAndNoAreaDataIsNoWarning) {
  DatasetBuilder b = town();
  b.indicator("S", IndicatorType::amount, Direction::up, Aggregate::sum);
  b.actual("S", "2023", 100).actual("S", "2023", 5, "W1");  // the others missing: no matter
  b.actual("S", "2022", 80);  // no area has 2022: plain missing, nothing to warn about
  Summary s = summarise(b, "2023");
  EXPECT_EQ(*s.find("S")->result, 100);
  EXPECT_FALSE(s.find("S")->from_areas);
  EXPECT_EQ(*s.find("S")->previous, 80);
  EXPECT_EQ(s.diagnostics.warning_count(), 0u);
}

TEST(Aggregate, TermAverageFromCombinedActuals) {
  DatasetBuilder b;
  b.ward("W1").ward("W2");
  b.indicator("S", IndicatorType::amount, Direction::up, Aggregate::sum);
  b.actual("S", "2020", 40, "W1").actual("S", "2020", 60, "W2");
  b.actual("S", "2023", 66.55, "W1").actual("S", "2023", 66.55, "W2");
  Summary summary = summarise(b, "2023");
  const SummaryRow& r = *summary.find("S");
  EXPECT_NEAR(*r.avg_growth, 10, 1e-9);
  ASSERT_EQ(r.trend.size(), 2u);  // 2020 and 2023; 2021 and 2022 unknown
  EXPECT_DOUBLE_EQ(r.trend[0].value, 100);
}

TEST(Aggregate, SumOfManyAreasStaysExactForTheStatus) {
  DatasetBuilder b;
  for (int i = 0; i < 1000; ++i) b.commune("C" + std::to_string(i));
  b.indicator("S", IndicatorType::amount, Direction::up, Aggregate::sum);
  for (int i = 0; i < 1000; ++i) b.actual("S", "2023", 0.1, "C" + std::to_string(i));
  b.plan("S", "2023", 100);
  Summary summary = summarise(b, "2023");
  const SummaryRow& r = *summary.find("S");
  EXPECT_NEAR(*r.result, 100, 1e-9);
  EXPECT_EQ(r.status, Status::achieved);
  EXPECT_EQ(r.areas.size(), 1000u);
}

TEST(Range, MinToMaxOverTheCommunesWithAValue) {
  DatasetBuilder b = town();
  b.indicator("NTM.NC", IndicatorType::score, Direction::up, Aggregate::range, AreaScope::communes);
  b.actual("NTM.NC", "2023", 9, "C1").estimate("NTM.NC", "2023", 14, "C3");
  b.actual("NTM.NC", "2023", 19, "W1");  // a ward: outside the scope
  b.actual("NTM.NC", "2022", 8, "C1").plan("NTM.NC", "2023", 12, "C1");
  Summary s = summarise(b, "2023");
  const SummaryRow& r = *s.find("NTM.NC");
  ASSERT_TRUE(r.range);
  EXPECT_EQ(r.range->low, 9);
  EXPECT_EQ(r.range->high, 14);
  EXPECT_TRUE(r.is_estimate);
  EXPECT_TRUE(r.from_areas);
  EXPECT_FALSE(r.result);
  EXPECT_FALSE(r.previous);
  EXPECT_FALSE(r.pct_plan.value);
  EXPECT_FALSE(r.change.value);
  EXPECT_FALSE(r.avg_growth);
  EXPECT_FALSE(r.status);
  ASSERT_EQ(r.areas.size(), 3u);
  EXPECT_FALSE(r.areas[1].result);  // C2: nothing, and no warning for a range
  EXPECT_EQ(s.diagnostics.warning_count(), 0u);
}

TEST(Range, TheUnitsLowAndHighRowsWin) {
  DatasetBuilder b = town();
  b.indicator("NTM.NC", IndicatorType::score, Direction::up, Aggregate::range, AreaScope::communes);
  b.value("NTM.NC", "2023", Basis::low, 9).value("NTM.NC", "2023", Basis::high, 14);
  b.actual("NTM.NC", "2023", 3, "C1").plan("NTM.NC", "2023", 15);
  Summary summary = summarise(b, "2023");
  const SummaryRow& r = *summary.find("NTM.NC");
  ASSERT_TRUE(r.range);
  EXPECT_EQ(r.range->low, 9);
  EXPECT_EQ(r.range->high, 14);
  EXPECT_FALSE(r.from_areas);
  EXPECT_EQ(*r.plan, 15);  // carried, never compared
  EXPECT_FALSE(r.pct_plan.value);
  EXPECT_FALSE(r.status);
}

// As a sum, a range is an estimate if any value it is made of is one: made only of estimates,
// too; of actuals only, or of the unit's own low and high rows, it is not.
TEST(Range, AnEstimateWhenMadeOfEstimates) {
  auto range_of = [](DatasetBuilder b) {
    Summary s = summarise(b, "2023");
    return *s.find("NTM.NC");
  };
  DatasetBuilder b = town();
  b.indicator("NTM.NC", IndicatorType::score, Direction::up, Aggregate::range, AreaScope::communes);
  DatasetBuilder estimates = b, actuals = b, own = b;
  estimates.estimate("NTM.NC", "2023", 9, "C1").estimate("NTM.NC", "2023", 14, "C2");
  SummaryRow r = range_of(estimates);
  ASSERT_TRUE(r.range);
  EXPECT_TRUE(r.is_estimate);
  EXPECT_TRUE(figure(FigureId::result).read(r).is_estimate);
  actuals.actual("NTM.NC", "2023", 9, "C1").actual("NTM.NC", "2023", 14, "C2");
  r = range_of(actuals);
  ASSERT_TRUE(r.range);
  EXPECT_FALSE(r.is_estimate);
  own.value("NTM.NC", "2023", Basis::low, 9).value("NTM.NC", "2023", Basis::high, 14);
  own.estimate("NTM.NC", "2023", 11, "C1");
  r = range_of(own);
  ASSERT_TRUE(r.range);
  EXPECT_FALSE(r.is_estimate);
}

// Where a figure comes from: the note of the row it was read from, none when combined.
TEST(Notes, EachFigureCarriesTheNoteOfItsRow) {
  DatasetBuilder b = town();
  b.indicator("KT.GTSX", IndicatorType::amount);
  b.actual("KT.GTSX", "2023", 18797.39);
  b.plan("KT.GTSX", "2023", 18741.17).note("Suy ra: 18.797,39 tỷ đồng bằng 100,3% kế hoạch");
  b.actual("KT.GTSX", "2022", 16659.74).note("Suy ra: tăng 12,83%");
  b.plan("KT.GTSX", "2024", 20000).note("Chỉ tiêu chủ yếu năm 2024");
  b.indicator("KT.SUM", IndicatorType::amount, Direction::up, Aggregate::sum);
  for (const char* area : {"W1", "W2", "C1", "C2", "C3"})
    b.actual("KT.SUM", "2023", 1, area).note("Báo cáo của phường, xã");
  b.indicator("NTM.NC", IndicatorType::score, Direction::up, Aggregate::range);
  b.value("NTM.NC", "2023", Basis::low, 9).note("các xã đạt 9-14/19 tiêu chí");
  b.value("NTM.NC", "2023", Basis::high, 14).note("các xã đạt 9-14/19 tiêu chí");
  Summary s = summarise(b, "2023");
  const SummaryRow& r = *s.find("KT.GTSX");
  EXPECT_EQ(r.note(FigureId::result), "");
  EXPECT_EQ(r.note(FigureId::plan), "Suy ra: 18.797,39 tỷ đồng bằng 100,3% kế hoạch");
  EXPECT_EQ(r.note(FigureId::previous), "Suy ra: tăng 12,83%");
  EXPECT_EQ(r.note(FigureId::next_plan), "Chỉ tiêu chủ yếu năm 2024");
  EXPECT_EQ(r.note(FigureId::pct_plan), "");
  EXPECT_EQ(s.find("KT.SUM")->note(FigureId::result), "");
  EXPECT_EQ(s.find("NTM.NC")->note(FigureId::result), "các xã đạt 9-14/19 tiêu chí");
}

TEST(Range, NoValueAnywhereGivesNoRange) {
  DatasetBuilder b = town();
  b.indicator("NTM.NC", IndicatorType::score, Direction::up, Aggregate::range);
  EXPECT_FALSE(summarise(b, "2023").find("NTM.NC")->range);
}

TEST(AreaBreakdown, NoneForAnIndicatorReportedForTheUnitOnly) {
  DatasetBuilder b = town();
  b.indicator("A", IndicatorType::amount).actual("A", "2023", 1);
  EXPECT_TRUE(summarise(b, "2023").find("A")->areas.empty());
}

TEST(Index, ManyIndicatorsAndAreasFindTheirOwnValues) {
  DatasetBuilder b;
  for (int a = 0; a < 300; ++a) b.commune("C" + std::to_string(a));
  for (int i = 0; i < 20; ++i)
    b.indicator("I" + std::to_string(i), IndicatorType::amount, Direction::up, Aggregate::sum);
  // Written in an order unlike the index's: by period, then area, then indicator backwards.
  for (int year : {2022, 2023})
    for (int a = 0; a < 300; ++a)
      for (int i = 19; i >= 0; --i)
        b.actual("I" + std::to_string(i), std::to_string(year), (year - 2021) * (i + 1) * 1.0,
                 "C" + std::to_string(a));
  Summary s = summarise(b, "2023");
  for (int i = 0; i < 20; ++i) {
    const SummaryRow& r = s.rows[static_cast<std::size_t>(i)];
    EXPECT_DOUBLE_EQ(*r.result, 600.0 * (i + 1));
    EXPECT_DOUBLE_EQ(*r.previous, 300.0 * (i + 1));
    EXPECT_DOUBLE_EQ(*r.change.value, 100);
  }
}

}  // namespace
}  // namespace baocao

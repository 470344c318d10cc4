#include "core/period.hpp"

#include <gtest/gtest.h>

namespace baocao {
namespace {

TEST(Period, ParsesEveryFormOfTheContract) {
  EXPECT_EQ(Period::parse("2023"), Period::of_year(2023));
  EXPECT_EQ(Period::parse("2023-Q3"), (Period{PeriodKind::quarter, 2023, 3, 2023}));
  EXPECT_EQ(Period::parse("2023-H1"), (Period{PeriodKind::half, 2023, 1, 2023}));
  EXPECT_EQ(Period::parse("2023-9M"), (Period{PeriodKind::nine_months, 2023, 0, 2023}));
  EXPECT_EQ(Period::parse("2023-M07"), (Period{PeriodKind::month, 2023, 7, 2023}));
  EXPECT_EQ(Period::parse("2021-2023"), Period::of_span(2021, 2023));
}

TEST(Period, RejectsWhatTheContractDoesNotName) {
  for (const char* bad :
       {"", "23", "2023-", "2023-Q5", "2023-Q0", "2023-H3", "2023-M13", "2023-M7", "2023-M00",
        "2023-2021", "2023-2023", "20233", "2023 ", "１９９９", "2023-q1", "3000"})
    EXPECT_FALSE(Period::parse(bad)) << bad;
}

TEST(Period, RoundTripsThroughTextAndKey) {
  for (const char* text : {"2023", "2023-Q1", "2023-H1", "2023-9M", "2023-M12", "2020-2025"}) {
    auto p = Period::parse(text);
    ASSERT_TRUE(p) << text;
    EXPECT_EQ(p->to_string(), text);
    EXPECT_EQ(Period::from_key(p->key()), *p);
  }
}

TEST(Period, YearEarlierKeepsTheKind) {
  EXPECT_EQ(Period::parse("2023-Q3")->year_earlier().to_string(), "2022-Q3");
  EXPECT_EQ(Period::parse("2023-9M")->year_earlier().to_string(), "2022-9M");
  EXPECT_EQ(Period::parse("2023-M02")->year_earlier().to_string(), "2022-M02");
}

TEST(Period, SortsByYearFirst) {
  EXPECT_LT(*Period::parse("2022-M12"), *Period::parse("2023"));
  EXPECT_LT(*Period::parse("2022"), *Period::parse("2023-Q1"));
}

TEST(Period, VietnameseNames) {
  EXPECT_EQ(vietnamese_name(*Period::parse("2023")), "năm 2023");
  EXPECT_EQ(vietnamese_name(*Period::parse("2023-Q3")), "quý III năm 2023");
  EXPECT_EQ(vietnamese_name(*Period::parse("2023-H1")), "6 tháng đầu năm 2023");
  EXPECT_EQ(vietnamese_name(*Period::parse("2023-9M")), "9 tháng năm 2023");
  EXPECT_EQ(vietnamese_name(*Period::parse("2023-M07")), "tháng 7 năm 2023");
  EXPECT_EQ(vietnamese_name(*Period::parse("2021-2023")), "giai đoạn 2021-2023");
}

TEST(NextPeriod, IsTheNextReportOfTheSameCycle) {
  auto next = [](const char* p) { return next_period(*Period::parse(p)).to_string(); };
  EXPECT_EQ(next("2023"), "2024");
  EXPECT_EQ(next("2023-Q3"), "2023-Q4");
  EXPECT_EQ(next("2023-Q4"), "2024-Q1");
  EXPECT_EQ(next("2023-M07"), "2023-M08");
  EXPECT_EQ(next("2023-M12"), "2024-M01");
  EXPECT_EQ(next("2023-H1"), "2023-9M");
  EXPECT_EQ(next("2023-9M"), "2023");
  EXPECT_EQ(next("2021-2023"), "2024");
}

}  // namespace
}  // namespace baocao

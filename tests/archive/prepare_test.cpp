// The one preparation path and its period rule (archive/prepare.hpp).
#include "archive/prepare.hpp"

#include <filesystem>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "compute/dataset_builder.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::baocao::testing::DatasetBuilder;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kValues = "dir/values.csv";

// Results for 2022, 2023 and 2023-Q1; a plan alone for 2024.
Dataset with_results() {
  DatasetBuilder b;
  b.indicator("A", IndicatorType::amount);
  b.actual("A", "2022", 1).estimate("A", "2023", 2).actual("A", "2023-Q1", 1);
  b.plan("A", "2024", 3);
  return b.build();
}

const Diagnostic& only_error(const PeriodChoice& choice) {
  EXPECT_EQ(choice.diagnostics.error_count(), 1u);
  static const Diagnostic none;
  return choice.diagnostics.items().empty() ? none : choice.diagnostics.items().front();
}

TEST(ParseReportPeriod, EveryFormOfAReportPeriodIsAccepted) {
  for (const char* text : {"2023", "2023-Q3", "2023-H1", "2023-9M", "2023-M07"}) {
    PeriodChoice parsed = parse_report_period(text);
    ASSERT_TRUE(parsed.period) << text;
    EXPECT_EQ(parsed.period->to_string(), text);
    EXPECT_EQ(parsed.status, PrepareStatus::ok);
    EXPECT_FALSE(parsed.diagnostics.has_errors());
  }
}

TEST(ParseReportPeriod, MalformedTextIsAUsageErrorNamingTheForms) {
  for (const char* text : {"2023-Q5", "23", "2023-m07", "năm 2023"}) {
    PeriodChoice parsed = parse_report_period(text);
    EXPECT_FALSE(parsed.period) << text;
    EXPECT_EQ(parsed.status, PrepareStatus::usage_error) << text;
    const Diagnostic& d = only_error(parsed);
    EXPECT_EQ(d.file, "--period");
    EXPECT_EQ(d.message, "\"" + std::string(text) + "\" is not a period");
    EXPECT_THAT(d.hint, HasSubstr("2023-Q3"));
  }
}

TEST(ParseReportPeriod, ASpanIsAUsageErrorSuggestingItsLastYear) {
  PeriodChoice parsed = parse_report_period("2021-2023");
  EXPECT_FALSE(parsed.period);
  EXPECT_EQ(parsed.status, PrepareStatus::usage_error);
  EXPECT_THAT(only_error(parsed).message, HasSubstr("span of years"));
  EXPECT_THAT(only_error(parsed).hint, HasSubstr("2023"));
}

TEST(ChooseReportPeriod, NoneAskedIsTheContractsDefault) {
  PeriodChoice choice = choose_report_period(std::nullopt, with_results(), kValues);
  EXPECT_EQ(choice.status, PrepareStatus::ok);
  EXPECT_EQ(choice.period, Period::of_year(2023));
}

TEST(ChooseReportPeriod, AnyPeriodWithAResultMayBeAsked) {
  for (const char* text : {"2022", "2023", "2023-Q1"}) {
    PeriodChoice choice = choose_report_period(Period::parse(text), with_results(), kValues);
    EXPECT_EQ(choice.status, PrepareStatus::ok) << text;
    EXPECT_EQ(choice.period, Period::parse(text)) << text;
  }
}

TEST(ChooseReportPeriod, APeriodWithoutResultsIsADataErrorNamingThoseWithResults) {
  // 2024 has a plan, which is no result; 2030 has nothing; 2023-Q2 is inside a year with results.
  for (const char* text : {"2024", "2030", "2023-Q2"}) {
    PeriodChoice choice = choose_report_period(Period::parse(text), with_results(), kValues);
    EXPECT_FALSE(choice.period) << text;
    EXPECT_EQ(choice.status, PrepareStatus::data_error) << text;
    const Diagnostic& d = only_error(choice);
    EXPECT_EQ(d.file, kValues);
    EXPECT_EQ(d.message, "there is no actual or estimate for " + std::string(text) +
                             ", so there is nothing to report for it");
    EXPECT_EQ(d.hint, "give --period one of the periods with results: 2022, 2023, 2023-Q1");
  }
}

TEST(ChooseReportPeriod, ASpanIsRefusedInTheWordsOfTheOption) {
  PeriodChoice choice = choose_report_period(Period::of_span(2021, 2023), with_results(), kValues);
  EXPECT_FALSE(choice.period);
  EXPECT_EQ(choice.status, PrepareStatus::usage_error);
  PeriodChoice parsed = parse_report_period("2021-2023");
  const Diagnostic& from_text = only_error(parsed);
  EXPECT_EQ(only_error(choice).message, from_text.message);
  EXPECT_EQ(only_error(choice).hint, from_text.hint);
}

TEST(ChooseReportPeriod, WithoutAYearOfResultsThereIsNoDefault) {
  DatasetBuilder quarters;
  quarters.indicator("A", IndicatorType::amount).actual("A", "2023-Q1", 1).plan("A", "2023", 4);
  PeriodChoice choice = choose_report_period(std::nullopt, quarters.build(), kValues);
  EXPECT_FALSE(choice.period);
  EXPECT_EQ(choice.status, PrepareStatus::data_error);
  EXPECT_EQ(only_error(choice).file, kValues);
  EXPECT_THAT(only_error(choice).message, HasSubstr("no default report period"));
  EXPECT_EQ(only_error(choice).hint, "give --period one of the periods with results: 2023-Q1");

  DatasetBuilder plans;
  plans.indicator("A", IndicatorType::amount).plan("A", "2023", 4);
  PeriodChoice none = choose_report_period(std::nullopt, plans.build(), kValues);
  EXPECT_EQ(none.status, PrepareStatus::data_error);
  EXPECT_THAT(only_error(none).hint, HasSubstr("add the actual or estimate values"));
  EXPECT_THAT(only_error(none).hint, Not(HasSubstr("--period")));
}

TEST(PrepareReport, TheShippedDataByDefaultIsTheLatestYear) {
  PreparedReport report = prepare_report(testing::shipped_data().string(), std::nullopt);
  ASSERT_EQ(report.status, PrepareStatus::ok);
  EXPECT_FALSE(report.diagnostics.has_errors());
  EXPECT_EQ(report.summary.period, Period::of_year(2023));
  EXPECT_EQ(report.summary.rows.size(), report.data.indicators.size());
}

TEST(PrepareReport, APeriodWithoutResultsStopsBeforeCompute) {
  std::string dir = testing::shipped_data().string();
  PreparedReport report = prepare_report(dir, Period::of_year(2030));
  EXPECT_EQ(report.status, PrepareStatus::data_error);
  ASSERT_EQ(report.diagnostics.error_count(), 1u);
  EXPECT_EQ(report.diagnostics.errors()[0].file,
            (std::filesystem::path(dir) / "values.csv").string());
  EXPECT_THAT(report.diagnostics.errors()[0].hint, HasSubstr("2022, 2023"));
  EXPECT_TRUE(report.summary.rows.empty());
}

TEST(PrepareReport, ADatasetThatDoesNotLoadIsADataError) {
  PreparedReport report = prepare_report("/nonexistent/baocao-data", Period::of_year(2023));
  EXPECT_EQ(report.status, PrepareStatus::data_error);
  ASSERT_TRUE(report.diagnostics.has_errors());
  EXPECT_EQ(report.diagnostics.errors()[0].file, "/nonexistent/baocao-data");
}

}  // namespace
}  // namespace baocao

// Figures of the catalogue as words and table cells, by their format kind.
#include "format/figure_text.hpp"

#include <gtest/gtest.h>

#include "format/vietnamese.hpp"

namespace baocao {
namespace {

Indicator indicator(IndicatorType type, int decimals, std::optional<double> out_of = {}) {
  Indicator i;
  i.type = type;
  i.decimals = decimals;
  i.out_of = out_of;
  i.unit = type == IndicatorType::score ? "tiêu chí" : "người";
  return i;
}

Summary year_summary() {
  Summary s;
  s.period = Period::of_year(2023);
  s.previous_period = Period::of_year(2022);
  return s;
}

TEST(FigureCell, ResultMarksEstimatesAndMissing) {
  const Figure& result = figure(FigureId::result);
  const Summary s = year_summary();
  SummaryRow row;
  row.indicator = indicator(IndicatorType::amount, 0);
  EXPECT_EQ(figure_cell(result, row, s, CellForm::document, 0), "—");
  row.result = 7025;
  EXPECT_EQ(figure_cell(result, row, s, CellForm::document, 0), "7.025");
  row.is_estimate = true;
  EXPECT_EQ(figure_cell(result, row, s, CellForm::document, 0), "7.025 (ước)");
  row.result.reset();
  row.is_estimate = false;
  row.indicator = indicator(IndicatorType::score, 0, 19);
  row.range = ValueRange{9, 14};
  EXPECT_EQ(figure_cell(result, row, s, CellForm::document, 0), "9–14/19");
  // The terminal table shows bare numbers, without a score's total.
  EXPECT_EQ(figure_cell(result, row, s, CellForm::terminal, 0), "9–14");
}

TEST(FigureCell, TerminalMarksTheWholeYearsPlanOfAPartOfAYear) {
  const Figure& plan = figure(FigureId::plan);
  Summary s = year_summary();
  s.period = *Period::parse("2023-H1");
  SummaryRow row;
  row.indicator = indicator(IndicatorType::count, 0);
  row.plan = 46918;
  row.plan_period = Period::of_year(2023);
  EXPECT_EQ(figure_cell(plan, row, s, CellForm::terminal, 0), "46.918 (năm)");
  EXPECT_EQ(figure_cell(plan, row, s, CellForm::document, 0), "46.918");
  row.plan_period = s.period;
  EXPECT_EQ(figure_cell(plan, row, s, CellForm::terminal, 0), "46.918");
}

// Both forms mark any estimate, the value a year earlier too (the terminal table used to
// mark only the result's).
TEST(FigureCell, EstimatesAreMarkedInBothForms) {
  const Figure& previous = figure(FigureId::previous);
  const Summary s = year_summary();
  SummaryRow row;
  row.indicator = indicator(IndicatorType::amount, 2);
  row.previous = 16659.74;
  EXPECT_EQ(figure_cell(previous, row, s, CellForm::terminal, 2), "16.659,74");
  row.previous_is_estimate = true;
  EXPECT_EQ(figure_cell(previous, row, s, CellForm::terminal, 2), "16.659,74 (ước)");
  EXPECT_EQ(figure_cell(previous, row, s, CellForm::document, 2), "16.659,74 (ước)");
}

TEST(FigureCell, EachFormatKind) {
  const Summary s = year_summary();
  SummaryRow row;
  row.indicator = indicator(IndicatorType::rate, 2);
  row.pct_plan.value = 100.29997;
  row.change.value = -0.5;
  row.change_unit = ChangeUnit::points;
  row.avg_growth = 11.2;
  row.status = Status::not_achieved;
  EXPECT_EQ(figure_cell(figure(FigureId::pct_plan), row, s, CellForm::document, 0), "100,3%");
  EXPECT_EQ(figure_cell(figure(FigureId::change), row, s, CellForm::document, 0),
            "-0,5\u00A0điểm\u00A0%");
  EXPECT_EQ(figure_cell(figure(FigureId::change), row, s, CellForm::terminal, 0), "-0,5 điểm %");
  EXPECT_EQ(figure_cell(figure(FigureId::avg_growth), row, s, CellForm::document, 0), "11,2%");
  // A status is written as the workbooks write it, in every table.
  EXPECT_EQ(figure_cell(figure(FigureId::status), row, s, CellForm::terminal, 0), "Không đạt");
  EXPECT_EQ(figure_cell(figure(FigureId::status), row, s, CellForm::document, 0),
            vi::status_label(Status::not_achieved));
}

TEST(RowDecimals, TheFewestThatShowEveryValueOfTheRow) {
  const std::vector<const Figure*> plan_and_result = {&figure(FigureId::plan),
                                                      &figure(FigureId::result)};
  const std::vector<const Figure*> next_plan = {&figure(FigureId::next_plan)};
  SummaryRow row;
  row.indicator = indicator(IndicatorType::amount, 3);
  row.next_plan = 146.88;
  EXPECT_EQ(row_decimals(row, next_plan), 2);
  row.result = 429.789;
  row.plan = 451.08;
  EXPECT_EQ(row_decimals(row, plan_and_result), 3);
  // Only the figures the table shows count.
  EXPECT_EQ(row_decimals(row, next_plan), 2);
  EXPECT_EQ(figure_cell(figure(FigureId::plan), row, year_summary(), CellForm::document,
                        row_decimals(row, plan_and_result)),
            "451,080");
  row.indicator = indicator(IndicatorType::rate, 2);
  row.result = 94;
  row.plan = 94.0000001;
  EXPECT_EQ(row_decimals(row, plan_and_result), 0);
  // Computed figures have their own rule and do not count.
  row.pct_plan.value = 99.99;
  EXPECT_EQ(row_decimals(row, std::vector<const Figure*>{&figure(FigureId::pct_plan)}), 0);
  // A range counts both its ends.
  row.result.reset();
  row.range = ValueRange{1.5, 2};
  EXPECT_EQ(row_decimals(row, std::vector<const Figure*>{&figure(FigureId::result)}), 1);
}

TEST(FigureWords, SentencesAndMissingFigures) {
  SummaryRow row;
  row.indicator = indicator(IndicatorType::score, 0, 19);
  row.range = ValueRange{9, 14};
  row.change.value = 1;
  row.change_unit = ChangeUnit::criteria;
  row.status = Status::exceeded;
  EXPECT_EQ(figure_words(figure(FigureId::result), row), "9–14/19 tiêu chí");
  EXPECT_EQ(figure_words(figure(FigureId::change), row), "tăng 1 tiêu chí");
  EXPECT_EQ(figure_words(figure(FigureId::status), row), "vượt");
  EXPECT_EQ(figure_words(figure(FigureId::plan), row), std::nullopt);
  EXPECT_EQ(figure_words(figure(FigureId::span), row), std::nullopt);
  row.span = SpanValue{Period::of_span(2021, 2023), 12, false};
  EXPECT_EQ(figure_words(figure(FigureId::span), row), "12/19 tiêu chí");
}

}  // namespace
}  // namespace baocao

// Figures of the catalogue as words and table cells, by their format kind.
#include "format/figure_text.hpp"

#include <gtest/gtest.h>

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
  EXPECT_EQ(figure_cell(result, row, s, CellForm::document), "—");
  row.result = 7025;
  EXPECT_EQ(figure_cell(result, row, s, CellForm::document), "7.025");
  row.is_estimate = true;
  EXPECT_EQ(figure_cell(result, row, s, CellForm::document), "7.025 (ước)");
  row.result.reset();
  row.is_estimate = false;
  row.indicator = indicator(IndicatorType::score, 0, 19);
  row.range = ValueRange{9, 14};
  EXPECT_EQ(figure_cell(result, row, s, CellForm::document), "9–14/19");
  // The terminal table shows bare numbers, without a score's total.
  EXPECT_EQ(figure_cell(result, row, s, CellForm::terminal), "9–14");
}

TEST(FigureCell, TerminalMarksTheWholeYearsPlanOfAPartOfAYear) {
  const Figure& plan = figure(FigureId::plan);
  Summary s = year_summary();
  s.period = *Period::parse("2023-H1");
  SummaryRow row;
  row.indicator = indicator(IndicatorType::count, 0);
  row.plan = 46918;
  row.plan_period = Period::of_year(2023);
  EXPECT_EQ(figure_cell(plan, row, s, CellForm::terminal), "46.918 (năm)");
  EXPECT_EQ(figure_cell(plan, row, s, CellForm::document), "46.918");
  row.plan_period = s.period;
  EXPECT_EQ(figure_cell(plan, row, s, CellForm::terminal), "46.918");
}

// Both forms mark any estimate, the value a year earlier too (the terminal table used to
// mark only the result's).
TEST(FigureCell, EstimatesAreMarkedInBothForms) {
  const Figure& previous = figure(FigureId::previous);
  const Summary s = year_summary();
  SummaryRow row;
  row.indicator = indicator(IndicatorType::amount, 2);
  row.previous = 16659.74;
  EXPECT_EQ(figure_cell(previous, row, s, CellForm::terminal), "16.659,74");
  row.previous_is_estimate = true;
  EXPECT_EQ(figure_cell(previous, row, s, CellForm::terminal), "16.659,74 (ước)");
  EXPECT_EQ(figure_cell(previous, row, s, CellForm::document), "16.659,74 (ước)");
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
  EXPECT_EQ(figure_cell(figure(FigureId::pct_plan), row, s, CellForm::document), "100,3%");
  EXPECT_EQ(figure_cell(figure(FigureId::change), row, s, CellForm::document), "-0,5 điểm %");
  EXPECT_EQ(figure_cell(figure(FigureId::avg_growth), row, s, CellForm::document), "11,2%");
  EXPECT_EQ(figure_cell(figure(FigureId::status), row, s, CellForm::terminal), "không đạt");
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

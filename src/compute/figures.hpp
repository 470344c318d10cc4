#pragma once
// The catalogue of figures: one row per figure of a SummaryRow that the outputs show. Every
// output reads this table instead of listing the figures itself: the summary JSON and CSV,
// the terminal table, the template fields and the table and chart keys of briefings, and the
// workbook's columns. A new figure is a SummaryRow field and its FigureId (summary.hpp), its
// computation in row_builder.cpp, a row here and its lines in the docs.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compute/summary.hpp"

namespace baocao {

// How a figure is written; each kind is formatted once, in format/figure_text.
enum class FigureFormat : std::uint8_t {
  quantity,  // in the indicator's unit: "18.797,39 tỷ đồng"
  percent,   // a computed percentage: "100,3%"
  growth,    // a growth rate in %/year: "11,2%" (signed in workbooks)
  change,    // a signed change in the row's change unit: "tăng 12,83%", "+12,83%"
  status,    // a judgement: "vượt", "Vượt"
};

// A figure as read from a row. Missing when none of number, range and status is set.
struct FigureValue {
  std::optional<double> number = {};
  std::optional<ValueRange> range = {};  // the result of an `aggregate = range` indicator
  std::optional<Status> status = {};
  bool is_estimate = false;
  ChangeUnit change_unit = ChangeUnit::percent;
  std::optional<Period> period = {};  // the figure's own period, when not the report period

  bool present() const { return number || range || status; }
};

// A header of a column, which may name the summary's periods ("Kế hoạch năm 2023").
using FigureHeader = std::string (*)(const Summary&);

struct Figure {
  FigureId id;
  std::string_view key;           // JSON key and CSV column: "pct_plan"
  std::string_view template_key;  // the template field and table/chart key: "pct_ke_hoach"
  // In warnings about a missing figure, translated (tr): "the plan". A noun phrase that is
  // shown whole, in parentheses after the field's name, never glued into a sentence.
  std::string_view meaning;
  FigureFormat format;
  FigureValue (*read)(const SummaryRow&);
  // Computed from the result and the `base` figure (so a workbook can write a formula).
  const ComputedFigure* (*computed)(const SummaryRow&) = nullptr;
  std::optional<FigureId> base = {};
  // Headers, nullptr where the figure has no column:
  FigureHeader title = nullptr;         // workbook column and chart series: "% kế hoạch"
  FigureHeader column = nullptr;        // briefing table column: "% KH"
  FigureHeader abbreviation = nullptr;  // terminal table: "% KH"
  std::string_view estimate_key = {};   // JSON key telling the figure is an estimate
  std::string_view period_key = {};     // JSON key of the period the figure is for, when that
                                        // may differ from the report period
  bool csv = false;                     // a summary CSV column (fixed: compared with a peer)
  bool bars = false;                    // a value bar charts can show
  int workbook_order = 0;               // 1, 2, … its place among the workbook's figure
                                        // columns; 0 when not a workbook column
};

// In JSON and CSV order.
const std::vector<Figure>& figures();
const Figure& figure(FigureId id);
const Figure* find_figure_by_template_key(std::string_view template_key);

}  // namespace baocao

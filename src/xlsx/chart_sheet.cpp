#include <algorithm>
#include <set>

#include "core/i18n.hpp"
#include "xlsx/labels.hpp"
#include "xlsx/sheets.hpp"

namespace baocao::xlsx {
namespace {

constexpr std::size_t kMaxTrendCharts = 8;
constexpr std::uint32_t kChartRows = 16;  // rows a 288-pixel chart takes, with a gap

// Rows of the "% of plan" chart: key indicators whose % of plan exists.
std::vector<const SummaryRow*> plan_rows(const Scope& scope) {
  std::vector<const SummaryRow*> rows;
  for (const SummaryRow* r : scope.key_rows)
    if (r->pct_plan.value && r->result && r->plan) rows.push_back(r);
  return rows;
}

// The main economic indicators: key amounts (money, output, income) with two years or more.
std::vector<const SummaryRow*> trend_rows(const Scope& scope) {
  std::vector<const SummaryRow*> rows;
  for (const SummaryRow* r : scope.key_rows) {
    if (rows.size() == kMaxTrendCharts) break;
    if (r->indicator.type == IndicatorType::amount && r->trend.size() >= 2) rows.push_back(r);
  }
  return rows;
}

std::string trend_label(const Indicator& ind) {
  return ind.name + " (" + ind.unit + ")";
}

std::vector<int> years_of(const std::vector<const SummaryRow*>& rows) {
  std::set<int> years;
  for (const SummaryRow* r : rows)
    for (const YearValue& y : r->trend) years.insert(y.year);
  return {years.begin(), years.end()};
}

// The data of the "% of plan" chart, from row `top`; returns the row after it.
std::uint32_t plan_table(Context& cx, Sheet& s, std::uint32_t top,
                         const std::vector<const SummaryRow*>& rows) {
  s.row_height(top, 32);
  s.text(top, 0, "Chỉ tiêu", cx.format(Style::header));
  s.text(top, 1, "Thực hiện (% kế hoạch)", cx.format(Style::header));
  s.text(top, 2, "Kế hoạch", cx.format(Style::header));
  std::uint32_t y = top + 1;
  for (const SummaryRow* r : rows) {
    s.text(y, 0, r->indicator.name, cx.format(Style::text_wrap));
    s.number(y, 1, *r->pct_plan.value / 100, cx.format(Style::percent, 2));
    s.number(y++, 2, 1.0, cx.format(Style::percent, 0));
  }
  return y;
}

std::uint32_t trend_table(Context& cx, Sheet& s, std::uint32_t top,
                          const std::vector<const SummaryRow*>& rows,
                          const std::vector<int>& years) {
  s.text(top, 0, "Diễn biến qua các năm (số in nghiêng là số ước)", cx.format(Style::note));
  s.text(top + 1, 0, "Chỉ tiêu", cx.format(Style::header));
  for (std::size_t i = 0; i < years.size(); ++i)
    s.number(top + 1, static_cast<std::uint16_t>(i + 1), years[i], cx.format(Style::header));
  std::uint32_t y = top + 2;
  for (const SummaryRow* r : rows) {
    const Indicator& ind = r->indicator;
    s.text(y, 0, trend_label(ind), cx.format(Style::text_wrap));
    for (std::size_t i = 0; i < years.size(); ++i) {
      auto col = static_cast<std::uint16_t>(i + 1);
      auto it = std::find_if(r->trend.begin(), r->trend.end(),
                             [&](const YearValue& v) { return v.year == years[i]; });
      if (it == r->trend.end())
        s.blank(y, col, cx.format(Style::text));
      else
        s.number(y, col, it->value,
                 cx.format(it->is_estimate ? Style::estimate : Style::number, ind.decimals));
    }
    ++y;
  }
  return y;
}

void insert(Sheet& s, lxw_chart* chart, std::uint32_t row, std::int32_t x_offset, double x_scale) {
  lxw_chart_options options{};
  options.x_offset = x_offset;
  options.x_scale = x_scale;
  options.y_scale = 1;
  s.check(worksheet_insert_chart_opt(s.handle(), row, 0, chart, &options), row, 0,
          tr("inserting a chart"));
}

lxw_chart_series* add_series(Context& cx, lxw_chart* chart) {
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  if (series == nullptr) cx.book.fail(tr("libxlsxwriter could not add a chart series"), "");
  return series;
}

// Each value written above its point or bar, in the format of its cell.
void label_values(lxw_chart_series* series, const std::string& format) {
  chart_series_set_labels(series);
  chart_series_set_labels_num_format(series, format.c_str());
}

// The plan as a dashed line at 100 % across the plot, as in the briefings. libxlsxwriter 1.1.4
// cannot combine a line with columns, so the line is the trendline of an invisible series of
// 1.0s: linear with its intercept fixed at 1 (so its slope is 0 even for one bar), carried
// half a category past the first and last bars to the plot's edges.
void plan_line(lxw_chart* chart, lxw_chart_series* plan) {
  lxw_chart_fill no_fill{};
  no_fill.none = LXW_TRUE;
  lxw_chart_line no_line{};
  no_line.none = LXW_TRUE;
  chart_series_set_fill(plan, &no_fill);
  chart_series_set_line(plan, &no_line);
  chart_series_set_trendline(plan, LXW_CHART_TRENDLINE_TYPE_LINEAR, 0);
  chart_series_set_trendline_intercept(plan, 1.0);
  chart_series_set_trendline_forecast(plan, 0.5, 0.5);
  chart_series_set_trendline_name(plan, "Kế hoạch (100%)");
  lxw_chart_line dashed{};
  dashed.color = 0xC00000;
  dashed.width = 1.25;
  dashed.dash_type = LXW_CHART_LINE_DASH_DASH;
  chart_series_set_trendline_line(plan, &dashed);
  chart_set_series_overlap(chart, 100);  // the invisible columns take no room beside the bars
  int16_t hidden[] = {1, -1};            // the invisible series; its line keeps its entry
  chart_legend_delete_series(chart, hidden);
}

void plan_chart(Context& cx, Sheet& s, std::uint32_t top, std::uint32_t last,
                std::uint32_t chart_row) {
  lxw_chart* chart = cx.book.add_chart(LXW_CHART_COLUMN);
  if (chart == nullptr) return;
  const char* name = s.name().c_str();
  for (std::uint16_t col = 1; col <= 2; ++col) {
    lxw_chart_series* series = add_series(cx, chart);
    if (series == nullptr) return;
    chart_series_set_categories(series, name, top + 1, 0, last, 0);
    chart_series_set_values(series, name, top + 1, col, last, col);
    chart_series_set_name_range(series, name, top, col);
    if (col == 1) label_values(series, "0.00%");
    if (col == 2) plan_line(chart, series);
  }
  const std::string title = "Thực hiện so với kế hoạch " + vietnamese_name(cx.summary().period);
  chart_title_set_name(chart, title.c_str());
  chart_axis_set_min(chart->y_axis, 0);  // bars from 0, so 95 % looks like 95 % of 100 %
  chart_axis_set_num_format(chart->y_axis, "0%");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  insert(s, chart, chart_row, 0, 2);
}

// A chart title. chart_title_set_name() reads a name starting with "=" as a formula: such a
// title is taken from the cell that holds it instead (readers without chart caches then show
// no title, which is better than a wrong one).
void set_title(lxw_chart* chart, const std::string& title, const char* sheet, std::uint32_t row,
               std::uint16_t col) {
  if (title.starts_with("="))
    chart_title_set_name_range(chart, sheet, row, col);
  else
    chart_title_set_name(chart, title.c_str());
}

// One line chart a row of the trend table.
void trend_chart(Context& cx, Sheet& s, const SummaryRow& r, std::uint32_t row,
                 std::size_t year_count, std::uint32_t header_row, std::uint32_t chart_row,
                 std::int32_t x_offset) {
  lxw_chart* chart = cx.book.add_chart(LXW_CHART_LINE);
  if (chart == nullptr) return;
  const char* name = s.name().c_str();
  auto last_col = static_cast<std::uint16_t>(year_count);
  lxw_chart_series* series = add_series(cx, chart);
  if (series == nullptr) return;
  chart_series_set_categories(series, name, header_row, 1, header_row, last_col);
  chart_series_set_values(series, name, row, 1, row, last_col);
  chart_series_set_name_range(series, name, row, 0);
  chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
  const std::string format = number_format(r.indicator.decimals);
  label_values(series, format);
  chart_series_set_labels_position(series, LXW_CHART_LABEL_POSITION_ABOVE);
  chart_axis_set_num_format(chart->y_axis, format.c_str());
  // From 0, as in the briefings, unless a value is below it.
  if (std::none_of(r.trend.begin(), r.trend.end(), [](const YearValue& v) { return v.value < 0; }))
    chart_axis_set_min(chart->y_axis, 0);
  set_title(chart, trend_label(r.indicator), name, row, 0);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  insert(s, chart, chart_row, x_offset, 1);
}

}  // namespace

bool has_charts(const Scope& scope) {
  return !plan_rows(scope).empty() || !trend_rows(scope).empty();
}

// The charts' data as small tables at the top, the native charts below them. Only written when
// has_charts(): there is something to draw.
void write_chart_sheet(Context& cx, Sheet& sheet) {
  const std::vector<const SummaryRow*> plans = plan_rows(cx.scope);
  const std::vector<const SummaryRow*> trends = trend_rows(cx.scope);
  const std::vector<int> years = years_of(trends);
  sheet.column_width(0, 0, 44);
  sheet.column_width(1, static_cast<std::uint16_t>(std::max<std::size_t>(years.size(), 2)), 14);
  sheet.page_setup(0, 0);
  sheet.text(0, 0, "Biểu đồ – " + vietnamese_name(cx.summary().period) + " – " + cx.owner(),
             cx.format(Style::title));
  const std::uint32_t plan_top = 2;
  std::uint32_t y = plans.empty() ? plan_top : plan_table(cx, sheet, plan_top, plans) + 1;
  const std::uint32_t trend_top = y;
  if (!trends.empty()) y = trend_table(cx, sheet, trend_top, trends, years) + 1;

  std::uint32_t chart_row = y + 1;
  if (!plans.empty()) {
    plan_chart(cx, sheet, plan_top, plan_top + static_cast<std::uint32_t>(plans.size()), chart_row);
    chart_row += kChartRows;
  }
  for (std::size_t i = 0; i < trends.size(); ++i) {
    const auto row = trend_top + 2 + static_cast<std::uint32_t>(i);
    const auto at = chart_row + static_cast<std::uint32_t>(i / 2) * kChartRows;
    trend_chart(cx, sheet, *trends[i], row, years.size(), trend_top + 1, at, i % 2 == 0 ? 0 : 500);
  }
}

}  // namespace baocao::xlsx

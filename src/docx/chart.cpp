// word/charts/chartN.xml: a Chart block as a native DrawingML chart (c:chartSpace), the data
// held as literals in the part itself (no embedded workbook): clustered columns or lines with
// markers, one series each, the value labels, the value axis titled with the unit, the
// reference line (100% of plan) as a dashed line series, Times New Roman and the layout's
// palette, as the PDF draws it.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "docx/chart.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

constexpr int kCategoryAxis = 1;
constexpr int kValueAxis = 2;

// DrawingML font sizes are in hundredths of a point.
int font_size(const layout::TextStyle& style) {
  return static_cast<int>(std::lround(style.size * 100.0));
}

std::string hex_color(const layout::RgbColor& color) {
  auto channel = [](double c) {
    return static_cast<int>(std::lround(std::clamp(c, 0.0, 1.0) * 255));
  };
  return fmt::format("{:02X}{:02X}{:02X}", channel(color.red), channel(color.green),
                     channel(color.blue));
}

layout::RgbColor series_color(const layout::ChartLayout& style, std::size_t i) {
  if (style.palette.empty()) return {};
  return style.palette[i % style.palette.size()];
}

std::string solid_fill(const layout::RgbColor& color) {
  return fmt::format("<a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>", hex_color(color));
}

std::string line_properties(double width_pt, const layout::RgbColor& color, bool dashed = false) {
  return fmt::format("<a:ln w=\"{}\" cap=\"rnd\">{}{}<a:round/></a:ln>", emu_from_pt(width_pt),
                     solid_fill(color), dashed ? "<a:prstDash val=\"dash\"/>" : "");
}

std::string run_properties_of(const layout::TextStyle& style, const char* element) {
  return fmt::format(
      "<a:{0} sz=\"{1}\" b=\"{2}\" i=\"{3}\"><a:solidFill><a:srgbClr val=\"000000\"/>"
      "</a:solidFill><a:latin typeface=\"{4}\"/><a:cs typeface=\"{4}\"/></a:{0}>",
      element, font_size(style), style.bold ? 1 : 0, style.italic ? 1 : 0, kFont);
}

// A text body's properties: its rotation in 60,000ths of a degree, when it is turned.
std::string body_properties(int rotation) {
  return rotation != 0 ? fmt::format("<a:bodyPr rot=\"{}\" vert=\"horz\"/>", rotation)
                       : std::string("<a:bodyPr/>");
}

// Text properties of a chart element (labels, axis, legend): its font.
std::string text_properties(const layout::TextStyle& style, int rotation = 0) {
  std::string body = body_properties(rotation);
  return fmt::format(
      "<c:txPr>{}<a:lstStyle/><a:p><a:pPr>{}</a:pPr><a:endParaRPr lang=\"vi-VN\"/>"
      "</a:p></c:txPr>",
      body, run_properties_of(style, "defRPr"));
}

// A title of its own text (the chart's or an axis's).
std::string title_xml(const layout::TextStyle& style, const std::string& text, int rotation = 0) {
  std::string body = body_properties(rotation);
  return fmt::format(
      "<c:title><c:tx><c:rich>{}<a:lstStyle/><a:p><a:pPr>{}</a:pPr><a:r>{}<a:t>{}</a:t></a:r>"
      "</a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>",
      body, run_properties_of(style, "defRPr"), run_properties_of(style, "rPr"),
      xml_escape(layout::styled(style, text)));
}

// "#,##0" or "#,##0.00": the chart's decimals (Word shows the reader's separators).
std::string number_format(int decimals) {
  int places = std::clamp(decimals, 0, 6);
  return places == 0 ? std::string("#,##0") : "#,##0." + std::string(places, '0');
}

std::string category_data(const Chart& chart) {
  std::string out =
      fmt::format("<c:cat><c:strLit><c:ptCount val=\"{}\"/>", chart.categories.size());
  for (std::size_t i = 0; i < chart.categories.size(); ++i)
    out += fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", i, xml_escape(chart.categories[i]));
  return out + "</c:strLit></c:cat>";
}

// The values, one point per category; a missing value has no point (a gap).
std::string value_data(const Chart& chart, const std::vector<std::optional<double>>& values) {
  std::string out =
      fmt::format("<c:val><c:numLit><c:formatCode>{}</c:formatCode><c:ptCount val=\"{}\"/>",
                  number_format(chart.decimals), chart.categories.size());
  for (std::size_t i = 0; i < chart.categories.size() && i < values.size(); ++i)
    if (values[i] && std::isfinite(*values[i]))
      out += fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", i, *values[i]);
  return out + "</c:numLit></c:val>";
}

std::string series_name(const std::string& name) {
  return fmt::format("<c:tx><c:v>{}</c:v></c:tx>", xml_escape(name));
}

// The value on each bar or point; `position` "outEnd" (bars), "t" or "b" (lines), "" none.
std::string data_labels(const Chart& chart, const layout::ChartLayout& style,
                        const char* position) {
  if (*position == '\0') return "<c:dLbls><c:delete val=\"1\"/></c:dLbls>";
  return fmt::format(
      "<c:dLbls><c:numFmt formatCode=\"{}\" sourceLinked=\"0\"/><c:spPr>{}<a:ln><a:noFill/></a:ln>"
      "</c:spPr>{}<c:dLblPos val=\"{}\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>"
      "<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"
      "<c:showBubbleSize val=\"0\"/></c:dLbls>",
      number_format(chart.decimals), solid_fill({1, 1, 1}), text_properties(style.value), position);
}

std::string bar_series(const Chart& chart, const layout::ChartLayout& style, std::size_t s) {
  const ChartSeries& series = chart.series[s];
  return fmt::format(
      "<c:ser><c:idx val=\"{0}\"/><c:order val=\"{0}\"/>{1}<c:spPr>{2}<a:ln><a:noFill/></a:ln>"
      "</c:spPr><c:invertIfNegative val=\"0\"/>{3}{4}{5}</c:ser>",
      s, series_name(series.name), solid_fill(series_color(style, s)),
      data_labels(chart, style, "outEnd"), category_data(chart), value_data(chart, series.values));
}

// As the PDF: two series are labelled, the first above its points, the second below; more
// would collide, so none is.
const char* line_label_position(const Chart& chart, std::size_t s) {
  if (chart.series.size() > 2) return "";
  return s == 0 ? "t" : "b";
}

std::string line_series(const Chart& chart, const layout::ChartLayout& style, std::size_t s) {
  const ChartSeries& series = chart.series[s];
  layout::RgbColor color = series_color(style, s);
  return fmt::format(
      "<c:ser><c:idx val=\"{0}\"/><c:order val=\"{0}\"/>{1}<c:spPr>{2}</c:spPr><c:marker>"
      "<c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr>{3}<a:ln><a:noFill/></a:ln></c:spPr>"
      "</c:marker>{4}{5}{6}<c:smooth val=\"0\"/></c:ser>",
      s, series_name(series.name), line_properties(style.line_pt, color), solid_fill(color),
      data_labels(chart, style, line_label_position(chart, s)), category_data(chart),
      value_data(chart, series.values));
}

// The reference (100% of plan) as a dashed line series, the last one, at the same value over
// every category: it runs from the first category's centre to the last's.
std::string reference_series(const Chart& chart, const layout::ChartLayout& style) {
  std::size_t index = chart.series.size();
  std::vector<std::optional<double>> values(chart.categories.size(), chart.reference);
  return fmt::format(
      "<c:ser><c:idx val=\"{0}\"/><c:order val=\"{0}\"/>{1}<c:spPr>{2}</c:spPr><c:marker>"
      "<c:symbol val=\"none\"/></c:marker>{3}{4}{5}<c:smooth val=\"0\"/></c:ser>",
      index, series_name(chart.reference_label), line_properties(1.0, style.reference_color, true),
      data_labels(chart, style, ""), category_data(chart), value_data(chart, values));
}

std::string axis_ids() {
  return fmt::format("<c:axId val=\"{}\"/><c:axId val=\"{}\"/>", kCategoryAxis, kValueAxis);
}

std::string line_group(const std::string& series) {
  return fmt::format(
      "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>{}"
      "<c:marker val=\"1\"/>{}</c:lineChart>",
      series, axis_ids());
}

// The plot's chart groups: the bars or lines, and the reference line.
std::string chart_groups(const Chart& chart, const layout::ChartLayout& style) {
  std::string reference = chart.reference ? reference_series(chart, style) : std::string();
  std::string series;
  if (chart.kind == ChartKind::lines) {
    for (std::size_t s = 0; s < chart.series.size(); ++s) series += line_series(chart, style, s);
    return line_group(series + reference);
  }
  for (std::size_t s = 0; s < chart.series.size(); ++s) series += bar_series(chart, style, s);
  std::string bars = fmt::format(
      "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"
      "<c:varyColors val=\"0\"/>{}<c:gapWidth val=\"40\"/>{}</c:barChart>",
      series, axis_ids());
  return chart.reference ? bars + line_group(reference) : bars;
}

bool no_negative_values(const Chart& chart) {
  for (const auto& series : chart.series)
    for (const auto& value : series.values)
      if (value && *value < 0) return false;
  return !chart.reference || *chart.reference >= 0;
}

std::string axis_line(const layout::ChartLayout& style) {
  return fmt::format("<c:spPr>{}</c:spPr>", line_properties(style.axis_pt, {0, 0, 0}));
}

std::string category_axis(const layout::ChartLayout& style) {
  return fmt::format(
      "<c:catAx><c:axId val=\"{}\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
      "<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" "
      "sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>"
      "<c:tickLblPos val=\"low\"/>{}{}<c:crossAx val=\"{}\"/><c:crosses val=\"autoZero\"/>"
      "<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>"
      "<c:noMultiLvlLbl val=\"0\"/></c:catAx>",
      kCategoryAxis, axis_line(style), text_properties(style.label), kValueAxis);
}

// The value axis from 0 (as the PDF's) unless a value is negative, titled with the unit.
std::string value_axis(const Chart& chart, const layout::ChartLayout& style) {
  std::string minimum = no_negative_values(chart) ? "<c:min val=\"0\"/>" : "";
  std::string title = chart.value_label.empty()
                          ? std::string()
                          : title_xml(style.axis, chart.value_label, -5400000);
  return fmt::format(
      "<c:valAx><c:axId val=\"{}\"/><c:scaling><c:orientation val=\"minMax\"/>{}</c:scaling>"
      "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr>{}</c:spPr>"
      "</c:majorGridlines>{}<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
      "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
      "{}{}<c:crossAx val=\"{}\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
      "</c:valAx>",
      kValueAxis, minimum, line_properties(style.gridline_pt, style.grid_color), title,
      axis_line(style), text_properties(style.axis), kCategoryAxis);
}

// Below the plot; series without a name (and an unnamed reference line) have no entry, as in
// the PDF.
std::string legend(const Chart& chart, const layout::ChartLayout& style) {
  std::string hidden;
  for (std::size_t s = 0; s < chart.series.size(); ++s)
    if (chart.series[s].name.empty())
      hidden +=
          fmt::format("<c:legendEntry><c:idx val=\"{}\"/><c:delete val=\"1\"/></c:legendEntry>", s);
  if (chart.reference && chart.reference_label.empty())
    hidden += fmt::format("<c:legendEntry><c:idx val=\"{}\"/><c:delete val=\"1\"/></c:legendEntry>",
                          chart.series.size());
  return fmt::format("<c:legend><c:legendPos val=\"b\"/>{}<c:overlay val=\"0\"/>{}</c:legend>",
                     hidden, text_properties(style.legend));
}

std::string chart_element(const Chart& chart, const layout::ChartLayout& style) {
  std::string title = chart.title.empty()
                          ? "<c:autoTitleDeleted val=\"1\"/>"
                          : title_xml(style.title, chart.title) + "<c:autoTitleDeleted val=\"0\"/>";
  return fmt::format(
      "<c:chart>{}<c:plotArea><c:layout/>{}{}{}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln>"
      "</c:spPr></c:plotArea>{}<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>",
      title, chart_groups(chart, style), category_axis(style), value_axis(chart, style),
      legend(chart, style));
}

}  // namespace

std::string chart_xml(const Chart& chart, const layout::ChartLayout& style) {
  std::string out(kXmlDeclaration);
  out +=
      "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<c:date1904 val=\"0\"/><c:lang val=\"vi-VN\"/><c:roundedCorners val=\"0\"/>";
  out += chart_element(chart, style);
  // White, no frame: the PDF draws none around its charts.
  out += fmt::format("<c:spPr>{}<a:ln><a:noFill/></a:ln></c:spPr>", solid_fill({1, 1, 1}));
  out += text_properties(style.axis);
  out += "</c:chartSpace>";
  return out;
}

}  // namespace baocao::docx

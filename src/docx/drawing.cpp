// The body's side of a chart: the inline drawing (w:drawing/wp:inline) in a centred paragraph
// that points at the chart part through its relationship.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "docx/blocks.hpp"
#include "docx/chart.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

// Lines of `text` in `style` wrapped within `width_pt`, by the average advance.
int estimated_lines(const layout::TextStyle& style, const std::string& text, double width_pt) {
  if (text.empty() || width_pt <= 0) return 0;
  return std::max(1, static_cast<int>(std::ceil(estimated_width_pt(style, text) / width_pt)));
}

// As the PDF's geometry: title, unit line, plot, category labels (up to 3 lines), legend.
double chart_height_pt(const Chart& chart, const layout::PresetLayout& layout, double width_pt) {
  const layout::ChartLayout& style = layout.chart;
  double title = estimated_lines(style.title, chart.title, width_pt * 0.9) * style.title.size *
                     layout::kSingleLine +
                 8;
  double plot = layout::pt_from_mm(style.plot_height_mm);
  double slot =
      width_pt * 0.85 / static_cast<double>(std::max<std::size_t>(chart.categories.size(), 1));
  int label_lines = 1;
  for (const auto& category : chart.categories)
    label_lines = std::max(label_lines, estimated_lines(style.label, category, slot * 0.9));
  double labels = 6 + std::min(label_lines, 3) * style.label.size * layout::kSingleLine;
  double legend = 10 + 2 * style.legend.size * layout::kSingleLine;
  return title + plot + labels + legend + 8;
}

}  // namespace

std::vector<const Chart*> body_charts(const Briefing& briefing) {
  std::vector<const Chart*> charts;
  for (const auto& block : briefing.body)
    if (const auto* chart = std::get_if<Chart>(&block)) charts.push_back(chart);
  return charts;
}

std::string chart_part_name(std::size_t number) {
  return fmt::format("word/charts/chart{}.xml", number);
}

std::string chart_relationship_id(std::size_t number) {
  return fmt::format("rIdChart{}", number);
}

ChartExtent chart_extent(const Chart& chart, const layout::PresetLayout& layout) {
  double width_pt = text_width_twips(layout) / 20.0;
  return {emu_from_pt(width_pt), emu_from_pt(chart_height_pt(chart, layout, width_pt))};
}

std::string chart_paragraph_xml(const Chart& chart, std::size_t number,
                                const layout::PresetLayout& layout, bool keep_next) {
  ChartExtent extent = chart_extent(chart, layout);
  return fmt::format(
      "<w:p><w:pPr>{}{}<w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>"
      "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{}\" cy=\"{}\"/>"
      "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
      "<wp:docPr id=\"{}\" name=\"Chart {}\" descr=\"{}\"/><wp:cNvGraphicFramePr/>"
      "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
      "<c:chart r:id=\"{}\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>",
      keep_next ? "<w:keepNext/>" : "",
      spacing(layout.chart.space_before_pt, layout.chart.space_after_pt, 1), extent.width,
      extent.height, number, number, xml_escape(chart.title), chart_relationship_id(number));
}

}  // namespace baocao::docx

// word/document.xml: the header block, the title, the body in order, the closing, and the
// section (A4, the preset's margins, the page number from page 2).

#include <algorithm>

#include <fmt/format.h>

#include "docx/blocks.hpp"
#include "docx/chart.hpp"
#include "docx/parts.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

// The rows of a table that stay with the closing, as in the PDF.
constexpr std::size_t kLastRowsTogether = 2;

// What Word keeps on the page of the next paragraph, so that the closing (signature and
// recipients) never stands alone: the body's last block, and the one before it when the
// last is the closing sentence, which also keeps its lines together.
struct Keep {
  bool next = false;
  bool lines = false;
};

std::vector<Keep> closing_keeps(const std::vector<Block>& body) {
  std::vector<Keep> keeps(body.size());
  if (body.empty()) return keeps;
  keeps.back().next = true;
  if (std::holds_alternative<Paragraph>(body.back())) {
    keeps.back().lines = true;
    if (body.size() >= 2) keeps[body.size() - 2].next = true;
  }
  return keeps;
}

std::string heading_xml(const Heading& heading, const layout::BodyLayout& body) {
  int level = std::clamp(heading.level, 1, 3);
  return fmt::format("<w:p><w:pPr><w:pStyle w:val=\"Heading{}\"/></w:pPr>{}</w:p>", level,
                     run(body.headings[level - 1], heading.text));
}

std::string paragraph_xml(const Paragraph& paragraph, const layout::BodyLayout& body, Keep keep) {
  std::string runs;
  for (const auto& text_run : paragraph.runs) {
    layout::TextStyle style = body.text;
    style.bold = style.bold || text_run.bold;
    style.italic = style.italic || text_run.italic;
    runs += run(style, text_run.text);
  }
  int indent = paragraph.first_line_indent ? twips_from_mm(body.first_line_indent_mm) : 0;
  return fmt::format(
      "<w:p><w:pPr>{}{}{}<w:ind w:firstLine=\"{}\"/><w:jc w:val=\"{}\"/></w:pPr>{}</w:p>",
      keep.next ? "<w:keepNext/>" : "", keep.lines ? "<w:keepLines/>" : "",
      spacing(0, body.paragraph_space_pt, body.line_spacing), indent,
      justification(paragraph.align), runs);
}

// A chart is drawn inline from its part; `charts` counts them to number the next one.
std::string block_xml(const Block& block, const layout::PresetLayout& layout, std::size_t& charts,
                      Keep keep) {
  if (const auto* heading = std::get_if<Heading>(&block)) return heading_xml(*heading, layout.body);
  if (const auto* paragraph = std::get_if<Paragraph>(&block))
    return paragraph_xml(*paragraph, layout.body, keep);
  if (const auto* table = std::get_if<Table>(&block))
    return table_xml(*table, layout, keep.next ? kLastRowsTogether : 0);
  if (const auto* chart = std::get_if<Chart>(&block))
    return chart_paragraph_xml(*chart, ++charts, layout, keep.next);
  return {};
}

std::string section_xml(const layout::PresetLayout& layout) {
  const layout::Margins& m = layout.margins;
  // Word places the header's top, the PDF the page number's baseline: less its ascent.
  double ascent_pt = 0.89 * layout.page_number.style.size;
  int header = twips_from_mm(layout.page_number.baseline_from_top_mm) - twips_from_pt(ascent_pt);
  return fmt::format(
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"{}\"/>"
      "<w:pgSz w:w=\"{}\" w:h=\"{}\"/><w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" "
      "w:left=\"{}\" w:header=\"{}\" w:footer=\"0\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>",
      kHeaderRelationship, twips_from_mm(layout.page_width_mm),
      twips_from_mm(layout.page_height_mm), twips_from_mm(m.top_mm), twips_from_mm(m.right_mm),
      twips_from_mm(m.bottom_mm), twips_from_mm(m.left_mm), header);
}

}  // namespace

std::string document_xml(const Briefing& briefing, const layout::PresetLayout& layout) {
  std::string out(kXmlDeclaration);
  // The drawing namespaces too: the charts' inline drawings are in the body.
  out += fmt::format(
      "<w:document {} "
      "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
      "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><w:body>",
      kWordNamespaces);
  out += header_block_xml(briefing, layout);
  out += draft_mark_xml(briefing, layout);
  out += title_xml(briefing, layout);
  std::size_t charts = 0;
  std::vector<Keep> keeps = closing_keeps(briefing.body);
  for (std::size_t i = 0; i < briefing.body.size(); ++i)
    out += block_xml(briefing.body[i], layout, charts, keeps[i]);
  out += closing_xml(briefing, layout);
  out += section_xml(layout);
  out += "</w:body></w:document>";
  return out;
}

}  // namespace baocao::docx

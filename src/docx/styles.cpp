// word/styles.xml: Times New Roman at the body size for everything; the headings as styles of
// their own, so that Word's navigation pane and table of contents find them.

#include <fmt/format.h>

#include "docx/parts.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

std::string document_defaults(const layout::PresetLayout& layout) {
  int size = half_points(layout.body.text.size);
  return fmt::format(
      "<w:docDefaults><w:rPrDefault><w:rPr>"
      "<w:rFonts w:ascii=\"{0}\" w:hAnsi=\"{0}\" w:cs=\"{0}\" w:eastAsia=\"{0}\"/>"
      "<w:sz w:val=\"{1}\"/><w:szCs w:val=\"{1}\"/><w:lang w:val=\"vi-VN\"/>"
      "</w:rPr></w:rPrDefault>"
      // Widow control as in the PDF: no paragraph leaves one line alone on a page.
      "<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after=\"0\" w:line=\"240\" "
      "w:lineRule=\"auto\"/>"
      "</w:pPr></w:pPrDefault></w:docDefaults>",
      kFont, size);
}

std::string heading_style(const layout::PresetLayout& layout, int level) {
  const layout::BodyLayout& body = layout.body;
  return fmt::format(
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading{0}\"><w:name w:val=\"heading {0}\"/>"
      "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      "<w:pPr><w:keepNext/>{1}<w:ind w:firstLine=\"{2}\"/><w:jc w:val=\"both\"/>"
      "<w:outlineLvl w:val=\"{3}\"/></w:pPr>{4}</w:style>",
      level, spacing(body.heading_space_before_pt, body.paragraph_space_pt, body.line_spacing),
      twips_from_mm(body.first_line_indent_mm), level - 1,
      run_properties(body.headings[level - 1]));
}

}  // namespace

std::string styles_xml(const layout::PresetLayout& layout) {
  std::string out(kXmlDeclaration);
  out += fmt::format("<w:styles {}>", kWordNamespaces);
  out += document_defaults(layout);
  out +=
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
      "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
  for (int level = 1; level <= 3; ++level) out += heading_style(layout, level);
  out +=
      "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
      "<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
      "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
      "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
      "</w:tblPr></w:style>";
  out += "</w:styles>";
  return out;
}

}  // namespace baocao::docx

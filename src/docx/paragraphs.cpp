#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/unicode.hpp"
#include "docx/blocks.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {

int text_width_twips(const layout::PresetLayout& layout) {
  return twips_from_mm(layout.page_width_mm - layout.margins.left_mm - layout.margins.right_mm);
}

const char* justification(Align align) {
  switch (align) {
    case Align::left:
      return "left";
    case Align::center:
      return "center";
    case Align::right:
      return "right";
    case Align::justify:
      break;
  }
  return "both";
}

std::string text_paragraph(const layout::TextStyle& style, std::string_view text,
                           const LineFormat& format) {
  return fmt::format("<w:p><w:pPr>{}{}<w:jc w:val=\"{}\"/></w:pPr>{}</w:p>",
                     format.keep_next ? "<w:keepNext/>" : "",
                     spacing(format.before_pt, format.after_pt, format.single_lines),
                     justification(format.align), run(style, text));
}

double single_lines_of(double font_size_ratio) {
  return font_size_ratio / layout::kSingleLine;
}

double estimated_width_pt(const layout::TextStyle& style, std::string_view text) {
  // Average advances of Times New Roman, in ems: capitals and lower case with spaces.
  double em = style.upper ? 0.68 : 0.46;
  if (style.bold) em *= 1.05;
  return static_cast<double>(count_code_points(text)) * style.size * em;
}

std::string rule_paragraph(const layout::Rule& rule, int width, int column) {
  int indent = std::max(0, (column - width) / 2);
  // The paragraph is an exact line of the gap, less the descent of the text above (about a
  // fifth of its size, already below that baseline), at a 1 pt font so that nothing else
  // adds height.
  double line_pt = std::max(1.0, rule.gap_pt - 2.5);
  return fmt::format(
      "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"{}\" w:space=\"0\" "
      "w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"{}\" w:line=\"{}\" "
      "w:lineRule=\"exact\"/><w:ind w:left=\"{}\" w:right=\"{}\"/><w:rPr><w:sz w:val=\"2\"/>"
      "</w:rPr></w:pPr></w:p>",
      border_eighths(rule.thickness_pt), twips_from_pt(rule.space_after_pt), twips_from_pt(line_pt),
      indent, indent);
}

std::string spacer_paragraph(double height_pt, bool keep_next) {
  return fmt::format(
      "<w:p><w:pPr>{}<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{}\" "
      "w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>",
      keep_next ? "<w:keepNext/>" : "", twips_from_pt(height_pt));
}

std::string borderless_table(const std::vector<int>& widths,
                             const std::vector<std::vector<std::string>>& rows) {
  int total = 0;
  std::string grid;
  for (int w : widths) {
    total += w;
    grid += fmt::format("<w:gridCol w:w=\"{}\"/>", w);
  }
  std::string out = fmt::format(
      "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblBorders>"
      "<w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
      "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/>"
      "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" "
      "w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
      "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>{}</w:tblGrid>",
      total, grid);
  for (const auto& cells : rows) {
    out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i)
      out += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>",
                         widths[i], cells[i].empty() ? "<w:p/>" : cells[i]);
    out += "</w:tr>";
  }
  out += "</w:tbl>";
  return out;
}

}  // namespace baocao::docx

// The top of page 1: the two-column header block (issuing body | national title or Party name),
// the draft mark (a draft only, placed above it), then the document type and the summary line.

#include <algorithm>

#include <fmt/format.h>

#include "docx/blocks.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

LineFormat header_line(const layout::HeaderLayout& header) {
  return {.align = Align::center, .single_lines = single_lines_of(header.line_spacing)};
}

int rule_width(const layout::Rule& rule, const layout::TextStyle& style,
               const std::vector<std::string>& lines, int column) {
  double widest = 0;
  for (const auto& line : lines) widest = std::max(widest, estimated_width_pt(style, line));
  return std::min(column, twips_from_pt(widest * rule.length_ratio));
}

std::string issuing_cell(const Briefing& briefing, const layout::HeaderLayout& header, int column) {
  std::string out;
  for (const auto& line : briefing.header.superior)
    out += text_paragraph(header.superior, line, header_line(header));
  for (const auto& line : briefing.header.issuing_body)
    out += text_paragraph(header.issuing_body, line, header_line(header));
  if (header.issuing_rule.length_ratio > 0)
    out += rule_paragraph(
        header.issuing_rule,
        rule_width(header.issuing_rule, header.issuing_body, briefing.header.issuing_body, column),
        column);
  if (!header.issuing_mark.empty())
    out += text_paragraph(header.issuing_mark_style, header.issuing_mark, header_line(header));
  return out;
}

std::string national_cell(const Briefing& briefing, const layout::HeaderLayout& header,
                          int column) {
  std::string out;
  for (const auto& line : header.right_lines)
    out += text_paragraph(line.style, line.text, header_line(header));
  if (header.right_rule.length_ratio > 0 && !header.right_lines.empty()) {
    const layout::FixedLine& last = header.right_lines.back();
    out += rule_paragraph(header.right_rule,
                          rule_width(header.right_rule, last.style, {last.text}, column), column);
  }
  if (!header.date_on_number_line)
    out += text_paragraph(header.place_date, briefing.header.place_date_line, header_line(header));
  return out;
}

}  // namespace

// A framed paragraph placed on the page, in the top margin at its right, as the PDF draws it: the
// frame is as wide as the box, the text centred in it and the borders on its edges. Word and
// LibreOffice take it out of the flow, so a draft pages as its final does. It comes after the
// header block, before the document type: LibreOffice drops a frame that a table follows.
std::string draft_mark_xml(const Briefing& briefing, const layout::PresetLayout& layout) {
  if (!briefing.draft.is_draft()) return {};
  const layout::DraftMarkLayout& d = layout.draft_mark;
  int width = twips_from_pt(estimated_width_pt(d.style, briefing.draft.mark) + 2 * d.padding_x_pt);
  double height_pt = d.style.size * layout::kSingleLine + 2 * d.padding_y_pt;
  int top = twips_from_mm(layout.margins.top_mm - d.gap_above_text_mm) - twips_from_pt(height_pt);
  std::string border;
  for (const char* side : {"top", "left", "bottom", "right"}) {
    bool top_or_bottom = side[0] == 't' || side[0] == 'b';
    border += fmt::format("<w:{} w:val=\"single\" w:sz=\"{}\" w:space=\"{}\" w:color=\"000000\"/>",
                          side, border_eighths(d.border_pt),
                          top_or_bottom ? static_cast<int>(d.padding_y_pt) : 0);
  }
  return fmt::format(
      "<w:p><w:pPr><w:framePr w:w=\"{}\" w:hSpace=\"0\" w:wrap=\"around\" "
      "w:vAnchor=\"page\" w:hAnchor=\"margin\" w:x=\"{}\" w:y=\"{}\"/><w:pBdr>{}</w:pBdr>{}"
      "<w:jc w:val=\"center\"/></w:pPr>{}</w:p>",
      width, text_width_twips(layout) - width, top, border, spacing(0, 0, 1),
      run(d.style, briefing.draft.mark));
}

// Two rows, so that the number line and (state format) the place and date share a baseline.
std::string header_block_xml(const Briefing& briefing, const layout::PresetLayout& layout) {
  const layout::HeaderLayout& header = layout.header;
  int left = twips_from_mm(header.left_column_mm);
  int right = text_width_twips(layout) - left;
  std::string number =
      text_paragraph(header.number, briefing.header.number_line, header_line(header));
  std::string date =
      header.date_on_number_line
          ? text_paragraph(header.place_date, briefing.header.place_date_line, header_line(header))
          : std::string();
  return borderless_table({left, right}, {{issuing_cell(briefing, header, left),
                                           national_cell(briefing, header, right)},
                                          {number, date}});
}

std::string title_xml(const Briefing& briefing, const layout::PresetLayout& layout) {
  const layout::TitleLayout& title = layout.title;
  double lines = single_lines_of(title.line_spacing);
  std::string out = text_paragraph(title.document_type, briefing.document_type,
                                   {.align = Align::center,
                                    .single_lines = lines,
                                    .before_pt = layout.header.gap_after_pt,
                                    .keep_next = true});
  // The summary wraps within its share of the text width: indented equally on both sides.
  int width = text_width_twips(layout);
  int summary = static_cast<int>(width * title.summary_width_ratio);
  int indent = (width - summary) / 2;
  bool rule = title.summary_rule.length_ratio > 0;
  out += fmt::format(
      "<w:p><w:pPr><w:keepNext/>{}<w:ind w:left=\"{}\" w:right=\"{}\"/><w:jc "
      "w:val=\"center\"/></w:pPr>{}</w:p>",
      spacing(0, rule ? 0 : title.gap_after_pt, lines), indent, indent,
      run(title.summary, briefing.summary_line));
  if (rule) {
    layout::Rule summary_rule = title.summary_rule;
    summary_rule.space_after_pt = title.gap_after_pt;
    int rule_twips =
        std::min(summary, twips_from_pt(estimated_width_pt(title.summary, briefing.summary_line) *
                                        summary_rule.length_ratio));
    out += rule_paragraph(summary_rule, rule_twips, width);
  }
  return out;
}

}  // namespace baocao::docx

// A body table: caption, a header row repeated on every page, group rows across the table.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "docx/blocks.hpp"
#include "docx/xml.hpp"
#include "layout/table.hpp"

namespace baocao::docx {
namespace {

// The PDF's widths, in twips; rounding is given to the last column so the grid adds up.
std::vector<int> column_widths(const Table& table, int total, const layout::TableLayout& t) {
  std::vector<int> widths;
  int used = 0;
  for (double pt : layout::column_widths(table, total / 20.0, t)) {
    widths.push_back(twips_from_pt(pt));
    used += widths.back();
  }
  if (!widths.empty()) widths.back() += total - used;
  return widths;
}

std::string cell(const layout::TableLayout& t, const layout::TextStyle& style,
                 std::string_view text, Align align, int width, int span = 1,
                 bool keep_next = false) {
  std::string merge = span > 1 ? fmt::format("<w:gridSpan w:val=\"{}\"/>", span) : "";
  return fmt::format(
      "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>{}<w:vAlign "
      "w:val=\"center\"/></w:tcPr>{}</w:tc>",
      width, merge,
      text_paragraph(style, text,
                     {.align = align, .single_lines = t.line_spacing, .keep_next = keep_next}));
}

std::string table_properties(const layout::TableLayout& t, int width) {
  int border = border_eighths(t.border_pt);
  std::string borders;
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
    borders += fmt::format("<w:{} w:val=\"single\" w:sz=\"{}\" w:space=\"0\" w:color=\"000000\"/>",
                           side, border);
  int x = twips_from_pt(t.padding_x_pt);
  int y = twips_from_pt(t.padding_y_pt);
  return fmt::format(
      "<w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>{}"
      "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"{}\" "
      "w:type=\"dxa\"/><w:left w:w=\"{}\" w:type=\"dxa\"/><w:bottom w:w=\"{}\" w:type=\"dxa\"/>"
      "<w:right w:w=\"{}\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr>",
      width, borders, y, x, y, x);
}

}  // namespace

std::string table_xml(const Table& table, const layout::PresetLayout& layout,
                      std::size_t keep_last_rows) {
  const layout::TableLayout& t = layout.table;
  std::string out;
  if (!table.caption.empty())
    out += text_paragraph(t.caption, table.caption,
                          {.align = Align::center,
                           .before_pt = t.space_before_pt,
                           .after_pt = t.space_before_pt,
                           .keep_next = true});
  int total = text_width_twips(layout);
  std::vector<int> widths = column_widths(table, total, t);
  out += "<w:tbl>" + table_properties(t, total) + "<w:tblGrid>";
  for (int w : widths) out += fmt::format("<w:gridCol w:w=\"{}\"/>", w);
  out += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
  // The header row stays with the first row (and the caption, kept with it, too).
  for (std::size_t i = 0; i < table.columns.size(); ++i)
    out += cell(t, t.header, table.columns[i].header, Align::center, widths[i], 1, true);
  out += "</w:tr>";
  // The last row stays with the notes, as in the PDF.
  std::size_t kept_rows = std::max<std::size_t>(keep_last_rows, table.notes.empty() ? 0 : 1);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    bool keep = r + kept_rows >= table.rows.size();
    out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    if (row.group) {
      std::string_view text = row.cells.empty() ? std::string_view() : row.cells.front();
      out += cell(t, t.group, text, Align::left, total, static_cast<int>(widths.size()), keep);
    } else {
      for (std::size_t i = 0; i < widths.size(); ++i)
        out += cell(t, t.cell, i < row.cells.size() ? row.cells[i] : std::string(),
                    table.columns[i].align, widths[i], 1, keep);
    }
    out += "</w:tr>";
  }
  out += "</w:tbl>";
  // The notes stay together, as in the PDF.
  const layout::TextStyle note = layout::note_style(t);
  for (std::size_t i = 0; i < table.notes.size(); ++i)
    out += text_paragraph(note, table.notes[i],
                          {.align = Align::left,
                           .single_lines = t.line_spacing,
                           .keep_next = i + 1 < table.notes.size() || keep_last_rows > 0});
  // Word needs a paragraph between a table and whatever follows; it carries the space after.
  out += spacer_paragraph(t.space_after_pt, keep_last_rows > 0);
  return out;
}

}  // namespace baocao::docx

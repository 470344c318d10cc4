#pragma once
// The pieces of word/document.xml, one file each: the header block, the title, body tables and
// the closing, over shared paragraph and table helpers.

#include <string>
#include <string_view>
#include <vector>

#include "briefing/briefing.hpp"
#include "layout/preset.hpp"

namespace baocao::docx {

// The text area of the page, in twips.
int text_width_twips(const layout::PresetLayout& layout);

const char* justification(Align align);  // "left", "center", "right", "both"

// A paragraph of one run of `text`, aligned, with `line` (single lines) and space in points.
struct LineFormat {
  Align align = Align::center;
  double single_lines = 1;
  double before_pt = 0;
  double after_pt = 0;
  bool keep_next = false;
};
std::string text_paragraph(const layout::TextStyle& style, std::string_view text,
                           const LineFormat& format);

// A spacing of "the font size × ratio" as single lines (layout gives header lines that way).
double single_lines_of(double font_size_ratio);

// Word's width of `text` in `style` is only known once laid out; rules "as wide as the text
// above" are sized from Times New Roman's average advance instead.
double estimated_width_pt(const layout::TextStyle& style, std::string_view text);

// An empty paragraph whose bottom border is the rule: `width` twips, centred in a column of
// `column` twips, `gap_pt` under the text above.
std::string rule_paragraph(const layout::Rule& rule, int width, int column);

// An empty paragraph `height_pt` high: a space where Word has none of its own (between a table
// and what follows, before a table).
std::string spacer_paragraph(double height_pt, bool keep_next = false);

// A table with no borders of `widths` twips and rows of cells, each cell's paragraphs as XML.
std::string borderless_table(const std::vector<int>& widths,
                             const std::vector<std::vector<std::string>>& rows);

std::string draft_mark_xml(const Briefing& briefing, const layout::PresetLayout& layout);
std::string header_block_xml(const Briefing& briefing, const layout::PresetLayout& layout);
std::string title_xml(const Briefing& briefing, const layout::PresetLayout& layout);
// `keep_last_rows`: that many last rows (and the space after the table) are kept by Word on
// the page of what follows.
std::string table_xml(const Table& table, const layout::PresetLayout& layout,
                      std::size_t keep_last_rows = 0);
std::string closing_xml(const Briefing& briefing, const layout::PresetLayout& layout);

}  // namespace baocao::docx

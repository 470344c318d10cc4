#pragma once
// The two official layouts as plain data: every size, style and position a renderer uses comes
// from here, so a revised guidance means editing one table, not the layout code. Nothing in it
// belongs to one file format: the PDF renderer (pdf/) reads it, and so can a Word writer.
// Lengths in millimetres (`_mm`) or points (`_pt`); font sizes in points.

#include <string>
#include <string_view>
#include <vector>

#include "briefing/briefing.hpp"

namespace baocao::layout {

// Points (1/72 inch), the unit both renderers draw in, from the presets' millimetres.
constexpr double pt_from_mm(double millimetres) {
  return millimetres * 72.0 / 25.4;
}

// Liberation Serif's (and Times New Roman's) single line: ascent + descent + line gap, of the
// font size. Presets give some spacings in single lines, some as a multiple of the size.
inline constexpr double kSingleLine = 1.15;

struct TextStyle {
  double size = 14;
  bool bold = false;
  bool italic = false;
  bool underline = false;
  bool upper = false;  // printed in upper case whatever the input's case
};

// A rule (short horizontal line) centred under a text.
struct Rule {
  double length_ratio = 0;  // of the text's width; 0: no rule
  double thickness_pt = 0.5;
  double gap_pt = 3;          // from the text's baseline down to the rule
  double space_after_pt = 4;  // from the rule down to the next line's top
};

struct FixedLine {
  std::string text;
  TextStyle style;
};

struct RgbColor {
  double red = 0;
  double green = 0;
  double blue = 0;
};

// The block at the top of page 1: two columns, each centred on its own axis.
struct HeaderLayout {
  double left_column_mm = 0;  // issuing body; the right column takes the rest of the text width
  double line_spacing = 1.1;  // of the font size, between header lines
  TextStyle superior;         // the superior body (Party: "ĐẢNG BỘ TỈNH GIA LAI")
  TextStyle issuing_body;
  Rule issuing_rule;         // under the issuing body, relative to its widest line
  std::string issuing_mark;  // a centred mark under the issuing body: "*" (Party), "" (state)
  TextStyle issuing_mark_style;
  TextStyle number;
  std::vector<FixedLine> right_lines;  // national title and motto, or the Party header
  Rule right_rule;                     // under the last right line, relative to its width
  TextStyle place_date;
  // true: the date shares the number's baseline (state); false: it sits right under the rule.
  bool date_on_number_line = true;
  double gap_after_pt = 20;  // from the lowest header line to the document type
};

// The draft mark (Briefing::draft.mark, "DỰ THẢO") in a thin box at the top right of page 1,
// where Decree 30's diagram reserves box 12 for it, above the national title or the Party's
// name. It sits in the top margin, so that a draft breaks its pages exactly as its final will.
struct DraftMarkLayout {
  TextStyle style;
  double border_pt = 0.5;
  double padding_x_pt = 5;       // between the text and the box's sides
  double padding_y_pt = 2;       // between the text's line and the box's top and bottom
  double gap_above_text_mm = 3;  // from the box's bottom up to the text area's top
};

struct TitleLayout {
  TextStyle document_type;
  TextStyle summary;
  double line_spacing = 1.15;         // of the font size
  double summary_width_ratio = 0.85;  // the summary wraps within this share of the text width
  Rule summary_rule;
  double gap_after_pt = 14;
};

struct BodyLayout {
  TextStyle text;
  double line_spacing = 1.15;  // in "single" lines (the font's own line spacing)
  double first_line_indent_mm = 12.7;
  double paragraph_space_pt = 6;  // after each paragraph
  TextStyle headings[3];          // levels 1, 2, 3
  double heading_space_before_pt = 6;
  // A block that does not fit where it falls may leave at most this share of the text area
  // blank: past it, a chart shrinks or a chart or table floats below the next paragraphs.
  double max_blank_ratio = 1.0 / 3.0;
};

struct TableLayout {
  TextStyle caption;
  TextStyle header;
  TextStyle cell;
  TextStyle group;
  double line_spacing = 1.0;  // in single lines
  double padding_x_pt = 3;
  double padding_y_pt = 2.5;
  double border_pt = 0.5;
  double space_before_pt = 4;
  double space_after_pt = 8;
};

struct ChartLayout {
  TextStyle title;
  TextStyle axis;   // tick labels and the unit
  TextStyle label;  // category labels
  TextStyle value;  // numbers on bars and points
  TextStyle legend;
  double plot_height_mm = 62;
  // A chart short of room may be drawn this much of its height at least, its plot shortened.
  double min_scale = 0.75;
  double space_before_pt = 6;
  double space_after_pt = 10;
  double gridline_pt = 0.3;
  double axis_pt = 0.6;
  double line_pt = 1.6;
  RgbColor grid_color;
  RgbColor reference_color;
  std::vector<RgbColor> palette;  // one per series, in order
};

struct PageNumberLayout {
  TextStyle style;
  double baseline_from_top_mm = 12;  // centred horizontally on the text area
  int first_numbered_page = 2;
};

struct SignatureLayout {
  TextStyle authority;
  TextStyle title;
  TextStyle name;
  double line_spacing = 1.15;    // of the font size
  double signing_space_mm = 24;  // between the title and the name: signature and seal
  double space_before_pt = 12;
};

struct RecipientsLayout {
  TextStyle heading;  // "Nơi nhận:"
  TextStyle list;
  std::string heading_text = "Nơi nhận:";
  double line_spacing = 1.1;  // of the font size
};

struct Margins {
  double top_mm = 20;
  double bottom_mm = 20;
  double left_mm = 30;
  double right_mm = 15;
};

struct PresetLayout {
  std::string guidance;  // the document the layout follows
  std::string guidance_version;
  double page_width_mm = 210;
  double page_height_mm = 297;
  Margins margins;
  HeaderLayout header;
  DraftMarkLayout draft_mark;
  TitleLayout title;
  BodyLayout body;
  TableLayout table;
  ChartLayout chart;
  PageNumberLayout page_number;
  SignatureLayout signature;
  RecipientsLayout recipients;
};

const PresetLayout& preset_layout(Preset preset);

// `text` as printed in `style`: upper case when the style says so, NFC in any case.
std::string styled(const TextStyle& style, std::string_view text);

}  // namespace baocao::layout

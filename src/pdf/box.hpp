#pragma once
// A block of text broken into lines for a given width, ready to be drawn line by line.

#include <string_view>
#include <vector>

#include "pdf/canvas.hpp"

namespace baocao::pdf {

struct TextBox {
  std::vector<Word> words;
  std::vector<Line> lines;
  double size = 14;
  double width = 0;
  double first_indent = 0;
  double line_height = 0;
  Align align = Align::left;

  double height() const { return static_cast<double>(lines.size()) * line_height; }
  // Widest line set with natural spaces (for rules under centred text).
  double widest_line() const;
};

TextBox lay_out(const Fonts& fonts, const std::vector<TextRun>& runs, double size, double width,
                Align align, double line_height, double first_indent = 0,
                LastLine last_line = LastLine::any);
// One string in one style (upper-cased if the style says so).
TextBox lay_out(const Fonts& fonts, const layout::TextStyle& style, std::string_view text,
                double width, Align align, double line_height, LastLine last_line = LastLine::any);

// Draws line `index` of `box` in a line box whose top is `top`; returns its baseline.
double draw_line(Canvas& canvas, const TextBox& box, std::size_t index, double x, double top);
// Draws every line from `top` down; returns the y under the last line.
double draw_box(Canvas& canvas, const TextBox& box, double x, double top);

}  // namespace baocao::pdf

#include "pdf/box.hpp"

#include <algorithm>

namespace baocao::pdf {

double TextBox::widest_line() const {
  double w = 0;
  for (const auto& line : lines) w = std::max(w, natural_width(words, line));
  return w;
}

TextBox lay_out(const Fonts& fonts, const std::vector<TextRun>& runs, double size, double width,
                Align align, double line_height, double first_indent, LastLine last_line) {
  TextBox box;
  box.size = size;
  box.width = width;
  box.first_indent = first_indent;
  box.line_height = line_height;
  box.align = align;
  box.words = split_words(runs, size, fonts);
  box.lines = break_lines(box.words, width - first_indent, width, size, fonts, last_line);
  return box;
}

TextBox lay_out(const Fonts& fonts, const layout::TextStyle& style, std::string_view text,
                double width, Align align, double line_height, LastLine last_line) {
  std::vector<TextRun> runs{{styled(style, text), style.bold, style.italic}};
  return lay_out(fonts, runs, style.size, width, align, line_height, 0, last_line);
}

double draw_line(Canvas& canvas, const TextBox& box, std::size_t index, double x, double top) {
  const Line& line = box.lines[index];
  double indent = index == 0 ? box.first_indent : 0;
  auto xs = place_words(box.words, line, x + indent, box.width - indent, box.align);
  double baseline = baseline_in(top, box.line_height, box.size);
  canvas.words(box.words, line, xs, box.size, baseline);
  return baseline;
}

double draw_box(Canvas& canvas, const TextBox& box, double x, double top) {
  for (std::size_t i = 0; i < box.lines.size(); ++i) {
    draw_line(canvas, box, i, x, top);
    top += box.line_height;
  }
  return top;
}

}  // namespace baocao::pdf

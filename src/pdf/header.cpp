#include "pdf/header.hpp"

#include <algorithm>

#include "pdf/box.hpp"

namespace baocao::pdf {
namespace {

// One column of the header: lines centred on the column's axis, flowing down from `top`.
class Column {
 public:
  Column(Canvas& canvas, double x, double width, double top, double spacing)
      : canvas_(canvas), x_(x), width_(width), y_(top), spacing_(spacing) {}

  // Draws `text` (wrapped to the column if it must be); returns the widest line's width.
  double line(const layout::TextStyle& style, std::string_view text) {
    TextBox box =
        lay_out(canvas_.fonts(), style, text, width_, Align::center, style.size * spacing_);
    for (std::size_t i = 0; i < box.lines.size(); ++i) {
      last_baseline_ = draw_line(canvas_, box, i, x_, y_);
      if (style.underline) underline(box, i, style);
      y_ += box.line_height;
    }
    return box.widest_line();
  }

  // A rule centred under the last line drawn.
  void rule(const layout::Rule& rule, double text_width) {
    if (rule.length_ratio <= 0) return;
    double length = text_width * rule.length_ratio;
    double y = last_baseline_ + rule.gap_pt;
    double centre = x_ + width_ / 2;
    canvas_.line({centre - length / 2, y}, {centre + length / 2, y}, rule.thickness_pt);
    y_ = std::max(y_, y + rule.space_after_pt);
  }

  // The top a line of `style` needs to sit on `baseline`.
  double top_for(double baseline, const layout::TextStyle& style) const {
    double step = style.size * spacing_;
    return baseline - (baseline_in(0, step, style.size));
  }
  double next_baseline(const layout::TextStyle& style) const {
    return baseline_in(y_, style.size * spacing_, style.size);
  }
  void move_to(double top) { y_ = top; }
  double bottom() const { return y_; }

 private:
  void underline(const TextBox& box, std::size_t i, const layout::TextStyle& style) {
    double w = natural_width(box.words, box.lines[i]);
    double start = x_ + (width_ - w) / 2;
    double y = last_baseline_ + 0.1 * style.size;
    canvas_.line({start, y}, {start + w, y}, 0.05 * style.size);
  }

  Canvas& canvas_;
  double x_;
  double width_;
  double y_;
  double spacing_;
  double last_baseline_ = 0;
};

}  // namespace

void draw_draft_mark(Canvas& canvas, const Briefing& briefing) {
  if (!briefing.draft.is_draft()) return;
  const layout::DraftMarkLayout& d = canvas.layout().draft_mark;
  double line = single_line(d.style.size);
  double width = styled_width(canvas.fonts(), d.style, briefing.draft.mark) + 2 * d.padding_x_pt;
  double height = line + 2 * d.padding_y_pt;
  double x = canvas.right() - width;
  double y = canvas.top() - pt_from_mm(d.gap_above_text_mm) - height;
  canvas.stroke_rect(x, y, width, height, d.border_pt);
  canvas.styled_text(d.style, x + d.padding_x_pt,
                     baseline_in(y + d.padding_y_pt, line, d.style.size), briefing.draft.mark);
}

void draw_header(Canvas& canvas, const Briefing& briefing) {
  const layout::HeaderLayout& h = canvas.layout().header;
  double left_width = pt_from_mm(h.left_column_mm);
  double top = canvas.cursor();
  Column left(canvas, canvas.left(), left_width, top, h.line_spacing);
  Column right(canvas, canvas.left() + left_width, canvas.width() - left_width, top,
               h.line_spacing);

  for (const auto& text : briefing.header.superior) left.line(h.superior, text);
  double issuing_width = 0;
  for (const auto& text : briefing.header.issuing_body)
    issuing_width = std::max(issuing_width, left.line(h.issuing_body, text));
  left.rule(h.issuing_rule, issuing_width);
  if (!h.issuing_mark.empty()) left.line(h.issuing_mark_style, h.issuing_mark);

  double right_width = 0;
  for (const auto& fixed : h.right_lines) right_width = right.line(fixed.style, fixed.text);
  right.rule(h.right_rule, right_width);

  if (h.date_on_number_line) {
    // The number and the date share one baseline, under whichever column ends lower.
    double baseline = std::max(left.next_baseline(h.number), right.next_baseline(h.place_date));
    left.move_to(left.top_for(baseline, h.number));
    right.move_to(right.top_for(baseline, h.place_date));
  }
  left.line(h.number, briefing.header.number_line);
  right.line(h.place_date, briefing.header.place_date_line);

  canvas.advance(std::max(left.bottom(), right.bottom()) - top);
  canvas.advance(h.gap_after_pt);
}

void draw_title(Canvas& canvas, const Briefing& briefing) {
  const layout::TitleLayout& t = canvas.layout().title;
  double y = canvas.cursor();
  if (!briefing.document_type.empty()) {
    TextBox type = lay_out(canvas.fonts(), t.document_type, briefing.document_type, canvas.width(),
                           Align::center, t.document_type.size * t.line_spacing);
    y = draw_box(canvas, type, canvas.left(), y);
  }
  if (!briefing.summary_line.empty()) {
    double width = canvas.width() * t.summary_width_ratio;
    TextBox summary =
        lay_out(canvas.fonts(), t.summary, briefing.summary_line, width, Align::center,
                t.summary.size * t.line_spacing, LastLine::no_lone_word);
    double x = canvas.left() + (canvas.width() - width) / 2;
    double last_baseline = 0;
    for (std::size_t i = 0; i < summary.lines.size(); ++i) {
      last_baseline = draw_line(canvas, summary, i, x, y);
      y += summary.line_height;
    }
    if (t.summary_rule.length_ratio > 0) {
      double length = summary.widest_line() * t.summary_rule.length_ratio;
      double centre = canvas.left() + canvas.width() / 2;
      double rule_y = last_baseline + t.summary_rule.gap_pt;
      canvas.line({centre - length / 2, rule_y}, {centre + length / 2, rule_y},
                  t.summary_rule.thickness_pt);
      y = std::max(y, rule_y + t.summary_rule.space_after_pt);
    }
  }
  canvas.advance(y - canvas.cursor());
  canvas.advance(t.gap_after_pt);
}

}  // namespace baocao::pdf

#include "pdf/body.hpp"

#include <algorithm>

#include "pdf/box.hpp"
#include "pdf/chart.hpp"
#include "pdf/table.hpp"

namespace baocao::pdf {
namespace {

// Widows and orphans: a paragraph never leaves a single line alone on a page.
constexpr std::size_t kMinLinesTogether = 2;

class BodyWriter {
 public:
  BodyWriter(Canvas& canvas, const std::string& where, Diagnostics& diagnostics)
      : canvas_(canvas), style_(canvas.layout().body), where_(where), diagnostics_(diagnostics) {}

  // `tail` is the room needed after this block by what must stay with its end, `next_tail`
  // the same for the next block.
  void block(const Block& block, const Block* next, double tail, double next_tail) {
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, Heading>)
            heading(b, next, next_tail);
          else if constexpr (std::is_same_v<T, Paragraph>)
            flow(paragraph_box(b), tail);
          else if constexpr (std::is_same_v<T, Table>)
            draw_table(canvas_, b, where_, diagnostics_);
          else
            draw_chart(canvas_, b);
        },
        block);
  }

 private:
  double line_height(double size) const { return single_line(size) * style_.line_spacing; }

  const layout::TextStyle& heading_style(int level) const {
    return style_.headings[std::clamp(level, 1, 3) - 1];
  }

  TextBox heading_box(const Heading& h) const {
    const layout::TextStyle& style = heading_style(h.level);
    std::vector<TextRun> runs{{styled(style, h.text), style.bold, style.italic}};
    return lay_out(canvas_.fonts(), runs, style.size, canvas_.width(), Align::justify,
                   line_height(style.size), pt_from_mm(style_.first_line_indent_mm));
  }

  TextBox paragraph_box(const Paragraph& p) const {
    double indent = p.first_line_indent ? pt_from_mm(style_.first_line_indent_mm) : 0;
    const layout::TextStyle& base = style_.text;
    std::vector<TextRun> runs = p.runs;
    return lay_out(canvas_.fonts(), runs, base.size, canvas_.width(), p.align,
                   line_height(base.size), indent);
  }

  // What must follow a heading on its page: the start of the next block (all of a paragraph
  // too short to split, and then what must stay with its end).
  double start_height(const Block* next, double next_tail) const {
    if (next == nullptr) return 0;
    return std::visit(
        [&](const auto& b) -> double {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, Heading>) {
            return style_.heading_space_before_pt + heading_box(b).height();
          } else if constexpr (std::is_same_v<T, Paragraph>) {
            TextBox box = paragraph_box(b);
            if (box.lines.size() <= 2 * kMinLinesTogether)
              return box.height() + (next_tail > 0 ? style_.paragraph_space_pt + next_tail : 0);
            return box.line_height * static_cast<double>(kMinLinesTogether);
          } else if constexpr (std::is_same_v<T, Table>) {
            return table_start_height(canvas_, b);
          } else {
            return chart_height(canvas_, b);
          }
        },
        *next);
  }

  void heading(const Heading& h, const Block* next, double next_tail) {
    canvas_.space(style_.heading_space_before_pt);
    TextBox box = heading_box(h);
    canvas_.ensure(box.height() + style_.paragraph_space_pt + start_height(next, next_tail));
    flow(box);
  }

  // Draws `box` line by line, breaking pages between lines but never leaving one line alone:
  // a short paragraph moves whole, a longer one keeps two lines at either side of a break.
  // The last lines also stay with `tail` points of what follows.
  void flow(const TextBox& box, double tail = 0) {
    std::size_t n = box.lines.size();
    double lh = box.line_height;
    std::size_t kept = std::min(n, kMinLinesTogether);
    for (std::size_t i = 0; i < n; ++i) {
      double room = canvas_.room() + 0.01;
      bool keep_whole = i == 0 && n <= 3 && room < lh * static_cast<double>(n);
      bool orphan = i == 0 && room < lh * kMinLinesTogether;
      bool widow = i >= kMinLinesTogether && i + kMinLinesTogether == n && room < 2 * lh;
      bool with_tail = tail > 0 && i + kept == n &&
                       room < lh * static_cast<double>(kept) + style_.paragraph_space_pt + tail;
      if (keep_whole || orphan || widow || with_tail || room < lh) canvas_.break_page();
      draw_line(canvas_, box, i, canvas_.left(), canvas_.cursor());
      canvas_.advance(lh);
    }
    canvas_.advance(style_.paragraph_space_pt);
  }

  Canvas& canvas_;
  const layout::BodyLayout& style_;
  const std::string& where_;
  Diagnostics& diagnostics_;
};

}  // namespace

void draw_body(Canvas& canvas, const std::vector<Block>& body, double tail_height,
               const std::string& where, Diagnostics& diagnostics) {
  BodyWriter writer(canvas, where, diagnostics);
  for (std::size_t i = 0; i < body.size(); ++i) {
    bool last = i + 1 == body.size();
    bool next_last = i + 2 == body.size();
    writer.block(body[i], last ? nullptr : &body[i + 1], last ? tail_height : 0,
                 next_last ? tail_height : 0);
    if (diagnostics.has_errors()) return;
  }
}

}  // namespace baocao::pdf

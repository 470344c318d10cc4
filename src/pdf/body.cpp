#include "pdf/body.hpp"

#include <algorithm>
#include <deque>
#include <utility>

#include "pdf/box.hpp"
#include "pdf/chart.hpp"
#include "pdf/table.hpp"

namespace baocao::pdf {
namespace {

// Widows and orphans: a paragraph never leaves a single line alone on a page.
constexpr std::size_t kMinLinesTogether = 2;
constexpr double kFitTolerance = 0.01;

bool is_paragraph(const Block* block) {
  return block != nullptr && std::holds_alternative<Paragraph>(*block);
}

class BodyWriter {
 public:
  BodyWriter(Canvas& canvas, const std::string& where, Diagnostics& diagnostics)
      : canvas_(canvas), style_(canvas.layout().body), where_(where), diagnostics_(diagnostics) {}

  // `tail` is the room needed after this block by what must stay with its end, `next_tail`
  // the same for the next block. `next_floats` is true when the next block is text that a
  // chart or table short of room may float below.
  void block(const Block& block, const Block* next, double tail, double next_tail,
             bool next_floats) {
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          // Headings, tables and charts keep their order with what floats, and so does the
          // end of the body; other paragraphs may take the place of what floats.
          if (!std::is_same_v<T, Paragraph> || tail > 0) place_floats();
          if constexpr (std::is_same_v<T, Paragraph>)
            flow(paragraph_box(b), tail);
          else if constexpr (std::is_same_v<T, Heading>)
            heading(b, next, next_tail);
          else if constexpr (std::is_same_v<T, Table>)
            table(b, &block, tail, next_floats);
          else
            chart(b, &block, tail, next_floats);
        },
        block);
  }

  // Draws what still floats (at the end of the body).
  void place_floats() {
    while (!floats_.empty()) {
      const Block* block = floats_.front();
      floats_.pop_front();
      if (const auto* table = std::get_if<Table>(block))
        draw_table(canvas_, *table, where_, diagnostics_);
      else
        draw_chart(canvas_, std::get<Chart>(*block));
    }
  }

  // The height of `block`'s start that must stay on the page of what precedes it, `tail`
  // being what must stay with `block`'s own end.
  double start_height(const Block* block, double tail) const {
    if (block == nullptr) return 0;
    return std::visit(
        [&](const auto& b) -> double {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, Heading>) {
            return style_.heading_space_before_pt + heading_box(b).height();
          } else if constexpr (std::is_same_v<T, Paragraph>) {
            TextBox box = paragraph_box(b);
            if (box.lines.size() <= 2 * kMinLinesTogether)
              return box.height() + (tail > 0 ? style_.paragraph_space_pt + tail : 0);
            return box.line_height * static_cast<double>(kMinLinesTogether);
          } else if constexpr (std::is_same_v<T, Table>) {
            return table_start_height(canvas_, b);
          } else {
            return chart_height(canvas_, b);
          }
        },
        *block);
  }

  // Whether `block`, a short paragraph, moves whole to the page of what follows it.
  bool moves_whole(const Block& block) const {
    const auto* p = std::get_if<Paragraph>(&block);
    return p != nullptr && paragraph_box(*p).lines.size() <= 2 * kMinLinesTogether;
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
                   line_height(style.size), pt_from_mm(style_.first_line_indent_mm),
                   LastLine::no_lone_word);
  }

  TextBox paragraph_box(const Paragraph& p) const {
    double indent = p.first_line_indent ? pt_from_mm(style_.first_line_indent_mm) : 0;
    const layout::TextStyle& base = style_.text;
    std::vector<TextRun> runs = p.runs;
    return lay_out(canvas_.fonts(), runs, base.size, canvas_.width(), p.align,
                   line_height(base.size), indent, LastLine::no_short_syllable);
  }

  // The blank a block pushed to the next page may leave: past it, the block shrinks or floats.
  // The blank a reader sees starts at the ink of the last line, up to a line above the cursor.
  bool too_much_blank() const {
    double seen = canvas_.room() + line_height(style_.text.size);
    return seen > (canvas_.bottom() - canvas_.top()) * style_.max_blank_ratio;
  }

  // A heading stays with the start of what follows it; a chart after it may shrink for that
  // when the page would otherwise be left too blank.
  void heading(const Heading& h, const Block* next, double next_tail) {
    canvas_.space(style_.heading_space_before_pt);
    TextBox box = heading_box(h);
    double needed = box.height() + style_.paragraph_space_pt + start_height(next, next_tail);
    const auto* chart = next != nullptr ? std::get_if<Chart>(next) : nullptr;
    if (chart != nullptr && needed > canvas_.room() + kFitTolerance && too_much_blank() &&
        needed - chart_max_shrink(canvas_, *chart) <= canvas_.room()) {
      needed -= chart_max_shrink(canvas_, *chart);
      shrink_next_chart_ = true;
    }
    canvas_.ensure(needed);
    flow(box);
  }

  // A table whose caption and first rows do not fit floats below the next paragraphs rather
  // than leave too much of the page blank.
  void table(const Table& t, const Block* block, double tail, bool next_floats) {
    bool fits = table_start_height(canvas_, t) <= canvas_.room() + kFitTolerance;
    if (!fits && !canvas_.at_page_top() && too_much_blank() && next_floats && tail == 0) {
      floats_.push_back(block);
      return;
    }
    draw_table(canvas_, t, where_, diagnostics_, tail);
  }

  // A chart short of room shrinks (to the layout's min_scale of its height at least), else
  // floats below the next paragraphs, rather than leave too much of the page blank.
  void chart(const Chart& c, const Block* block, double tail, bool next_floats) {
    double needed = chart_height(canvas_, c) + tail;
    double room = canvas_.room();
    bool may_shrink = std::exchange(shrink_next_chart_, false) || too_much_blank();
    if (needed <= room + kFitTolerance || canvas_.at_page_top() || !may_shrink) {
      draw_chart(canvas_, c, 0, tail);
      return;
    }
    double shrink = needed - room + kFitTolerance;
    if (shrink <= chart_max_shrink(canvas_, c)) {
      draw_chart(canvas_, c, shrink, tail);
    } else if (next_floats && tail == 0) {
      floats_.push_back(block);
    } else {
      draw_chart(canvas_, c, 0, tail);
    }
  }

  // A new page, with what floats placed at its top.
  void next_page() {
    canvas_.break_page();
    place_floats();
  }

  // Draws `box` line by line, breaking pages between lines but never leaving one line alone:
  // a short paragraph moves whole, a longer one keeps two lines at either side of a break.
  // The last lines (all of a paragraph too short to split) also stay with `tail` points of
  // what follows.
  void flow(const TextBox& box, double tail = 0) {
    std::size_t n = box.lines.size();
    double lh = box.line_height;
    std::size_t kept = n < 2 * kMinLinesTogether ? n : kMinLinesTogether;
    for (std::size_t i = 0; i < n; ++i) {
      double room = canvas_.room() + kFitTolerance;
      bool keep_whole = i == 0 && n <= 3 && room < lh * static_cast<double>(n);
      bool orphan = i == 0 && room < lh * kMinLinesTogether;
      bool widow = i >= kMinLinesTogether && i + kMinLinesTogether == n && room < 2 * lh;
      bool with_tail = tail > 0 && i + kept == n &&
                       room < lh * static_cast<double>(kept) + style_.paragraph_space_pt + tail;
      if (keep_whole || orphan || widow || with_tail || room < lh) next_page();
      draw_line(canvas_, box, i, canvas_.left(), canvas_.cursor());
      canvas_.advance(lh);
    }
    canvas_.advance(style_.paragraph_space_pt);
  }

  Canvas& canvas_;
  const layout::BodyLayout& style_;
  const std::string& where_;
  Diagnostics& diagnostics_;
  std::deque<const Block*> floats_;  // charts and tables waiting for the next page
  bool shrink_next_chart_ = false;   // a heading stayed on its page counting on it
};

}  // namespace

void draw_body(Canvas& canvas, const std::vector<Block>& body, double tail_height,
               const std::string& where, Diagnostics& diagnostics) {
  BodyWriter writer(canvas, where, diagnostics);
  // What must stay with each block's end: the closing with the last block; with the block
  // before, the last block too when it is a short paragraph (the closing sentence), so that
  // the closing never stands on a page with nothing of the body but that sentence.
  std::vector<double> tails(body.size() + 1, 0);
  if (!body.empty()) {
    tails[body.size() - 1] = tail_height;
    if (body.size() >= 2 && writer.moves_whole(body.back()))
      tails[body.size() - 2] = writer.start_height(&body.back(), tail_height);
  }
  for (std::size_t i = 0; i < body.size(); ++i) {
    const Block* next = i + 1 < body.size() ? &body[i + 1] : nullptr;
    // Text may take the place of a chart or table that floats, but not the body's end.
    bool next_floats = is_paragraph(next) && tails[i + 1] == 0;
    writer.block(body[i], next, tails[i], tails[i + 1], next_floats);
    if (diagnostics.has_errors()) return;
  }
  writer.place_floats();
}

}  // namespace baocao::pdf

#include "pdf/table.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "layout/table.hpp"
#include "pdf/box.hpp"

namespace baocao::pdf {
namespace {

// The rows that stay with what must follow the table (the closing).
constexpr std::size_t kLastRowsTogether = 2;
// Notes taller than this share of a page may break between them.
constexpr double kNotesTogetherShare = 1.0 / 3;

// Below this, shrinking a cell's text to fit its column gives way to breaking its words.
constexpr double kMinCellSize = 8;

struct RowBoxes {
  std::vector<TextBox> cells;  // one per column; a group row has one spanning the table
  double height = 0;
  bool group = false;
};

class TableLayouter {
 public:
  TableLayouter(const Canvas& canvas, const Table& table)
      : canvas_(canvas),
        style_(canvas.layout().table),
        widths_(layout::column_widths(table, canvas.width(), style_)) {}

  const std::vector<double>& widths() const { return widths_; }

  RowBoxes header(const Table& table) const {
    std::vector<std::string> texts;
    for (const auto& column : table.columns) texts.push_back(column.header);
    std::vector<Align> aligns(table.columns.size(), Align::center);
    return cells(texts, aligns, style_.header);
  }

  RowBoxes row(const Table& table, const TableRow& row) const {
    if (row.group) {
      RowBoxes boxes;
      boxes.group = true;
      std::string text = row.cells.empty() ? std::string() : row.cells.front();
      boxes.cells.push_back(box(text, canvas_.width(), Align::left, style_.group));
      boxes.height = boxes.cells.front().height() + 2 * style_.padding_y_pt;
      return boxes;
    }
    std::vector<std::string> texts = row.cells;
    texts.resize(table.columns.size());
    std::vector<Align> aligns;
    for (const auto& column : table.columns)
      aligns.push_back(column.align == Align::justify ? Align::left : column.align);
    return cells(texts, aligns, style_.cell);
  }

  TextBox caption(const Table& table) const {
    return box(table.caption, canvas_.width(), Align::center, style_.caption);
  }

  TextBox note(const std::string& text) const {
    layout::TextStyle style = layout::note_style(style_);
    return lay_out(canvas_.fonts(), style, text, canvas_.width() - 2 * style_.padding_x_pt,
                   Align::left, single_line(style.size) * style_.line_spacing);
  }

  std::vector<TextBox> notes(const Table& table) const {
    std::vector<TextBox> boxes;
    for (const std::string& text : table.notes) boxes.push_back(note(text));
    return boxes;
  }

  // The height of the notes that stays with the table's last row: all of them, unless they
  // would take more than a share of a page; then the first, so that they never start a page
  // without the table.
  double kept_notes_height(const std::vector<TextBox>& notes) const {
    double all = 0;
    for (const TextBox& note : notes) all += note.height();
    if (all <= (canvas_.bottom() - canvas_.top()) * kNotesTogetherShare) return all;
    return notes.empty() ? 0 : notes.front().height();
  }

 private:
  RowBoxes cells(const std::vector<std::string>& texts, const std::vector<Align>& aligns,
                 const layout::TextStyle& style) const {
    RowBoxes boxes;
    double tallest = single_line(style.size) * style_.line_spacing;
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      boxes.cells.push_back(box(texts[i], widths_[i], aligns[i], style));
      tallest = std::max(tallest, boxes.cells.back().height());
    }
    boxes.height = tallest + 2 * style_.padding_y_pt;
    return boxes;
  }

  // A cell's text, in a smaller size if one of its words is wider than the column: a number
  // broken over two lines ("18.741,1" / "7") would be misread.
  TextBox box(const std::string& text, double width, Align align, layout::TextStyle style) const {
    double inner = width - 2 * style_.padding_x_pt;
    std::vector<TextRun> runs{{styled(style, text), style.bold, style.italic}};
    double widest = 0;
    double glued = 0;  // words joined by no-break spaces ("+1,02 điểm %") break as one
    for (const auto& word : split_words(runs, style.size, canvas_.fonts())) {
      glued += word.width;
      widest = std::max(widest, glued);
      glued = word.glue_next ? glued + word.space_after : 0;
    }
    if (widest > inner && widest > 0)
      style.size = std::max(kMinCellSize, std::floor(style.size * inner / widest * 4) / 4);
    return lay_out(canvas_.fonts(), style, text, inner, align,
                   single_line(style.size) * style_.line_spacing);
  }

  const Canvas& canvas_;
  const layout::TableLayout& style_;
  std::vector<double> widths_;
};

void draw_row(Canvas& canvas, const RowBoxes& row, const std::vector<double>& widths,
              const layout::TableLayout& style) {
  double top = canvas.cursor();
  double x = canvas.left();
  canvas.stroke_rect(x, top, canvas.width(), row.height, style.border_pt);
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const TextBox& cell = row.cells[i];
    double text_top = top + (row.height - cell.height()) / 2;
    draw_box(canvas, cell, x + style.padding_x_pt, text_top);
    x += widths[i];
    if (!row.group && i + 1 < row.cells.size())
      canvas.line({x, top}, {x, top + row.height}, style.border_pt);
  }
  canvas.advance(row.height);
}

}  // namespace

double table_start_height(const Canvas& canvas, const Table& table) {
  if (table.columns.empty()) return 0;
  TableLayouter layouter(canvas, table);
  const layout::TableLayout& style = canvas.layout().table;
  double height = style.space_before_pt + layouter.header(table).height;
  if (!table.caption.empty()) height += layouter.caption(table).height();
  if (!table.rows.empty()) height += layouter.row(table, table.rows.front()).height;
  // A group row starts the table only with the first row of its group.
  std::size_t start_rows = std::min<std::size_t>(
      table.rows.size(), table.rows.size() > 1 && table.rows.front().group ? 2 : 1);
  if (start_rows == 2) height += layouter.row(table, table.rows[1]).height;
  // A table that is all start takes its notes along.
  if (start_rows == table.rows.size()) height += layouter.kept_notes_height(layouter.notes(table));
  return height;
}

void draw_table(Canvas& canvas, const Table& table, const std::string& where,
                Diagnostics& diagnostics, double tail) {
  if (table.columns.empty()) return;
  const layout::TableLayout& style = canvas.layout().table;
  TableLayouter layouter(canvas, table);
  canvas.space(style.space_before_pt);
  canvas.ensure(table_start_height(canvas, table) - style.space_before_pt);
  if (!table.caption.empty()) {
    TextBox caption = layouter.caption(table);
    canvas.advance(draw_box(canvas, caption, canvas.left() + style.padding_x_pt, canvas.cursor()) -
                   canvas.cursor());
  }
  RowBoxes header = layouter.header(table);
  draw_row(canvas, header, layouter.widths(), style);
  std::vector<TextBox> notes = layouter.notes(table);
  double notes_height = 0;
  for (const TextBox& note : notes) notes_height += note.height();
  double kept_notes = layouter.kept_notes_height(notes);
  double page_room = canvas.bottom() - canvas.top() - header.height;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    RowBoxes boxes = layouter.row(table, row);
    // A group row stays with the first row of its group, and the last rows with the notes
    // and what must follow (the closing); without a closing, the last row alone with the
    // notes. Notes too long to keep together break, and the closing then stays with their
    // end instead.
    std::size_t last_rows = tail > 0 ? kLastRowsTogether : notes.empty() ? 0 : 1;
    std::size_t first = r;  // the first row that is not a group row, from r on
    while (first + 1 < table.rows.size() && table.rows[first].group) ++first;
    std::size_t upto =
        last_rows > 0 && first + last_rows >= table.rows.size() ? table.rows.size() - 1 : first;
    double needed = boxes.height;
    for (std::size_t k = r + 1; k <= upto; ++k) needed += layouter.row(table, table.rows[k]).height;
    if (upto + 1 == table.rows.size() && last_rows > 0) {
      needed += kept_notes;
      if (tail > 0 && kept_notes >= notes_height) needed += style.space_after_pt + tail;
    }
    if (boxes.height > page_room) {
      diagnostics.error(where, 0, 0,
                        trf("a row of the table \"{}\" is taller than a page (it starts \"{}\")",
                            table.caption, row.cells.empty() ? "" : row.cells.front()),
                        tr("shorten the text of that row's cells in the template"));
      return;
    }
    if (needed > canvas.room() + 0.01) {
      canvas.new_page();
      draw_row(canvas, header, layouter.widths(), style);
    }
    draw_row(canvas, boxes, layouter.widths(), style);
  }
  // The notes stay together unless they would take more than a third of a page (the last
  // row made room for them, so they do not leave it).
  canvas.ensure(kept_notes);
  for (const TextBox& note : notes) {
    canvas.ensure(note.height());
    canvas.advance(draw_box(canvas, note, canvas.left() + style.padding_x_pt, canvas.cursor()) -
                   canvas.cursor());
  }
  canvas.advance(style.space_after_pt);
}

}  // namespace baocao::pdf

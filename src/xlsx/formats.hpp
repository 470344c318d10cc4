#pragma once
// The cell formats of a workbook, made once and shared by its sheets.

#include <xlsxwriter.h>

#include <array>
#include <string>

namespace baocao::xlsx {

class Book;

// What a cell shows. Numbers are stored plainly; the format decides digits and the % sign.
enum class Style {
  title,           // the line above a table
  note,            // a line of explanation
  header,          // a table's column heading
  group,           // a group's row inside a table
  text,            // a table cell with text
  text_wrap,       // a table cell with long text
  center,          // flags, status words, "—"
  number,          // an indicator's value, `decimals` digits
  estimate,        // an estimated value: italic
  percent,         // a computed percentage, stored as a ratio: 100,3% is 1.003
  signed_percent,  // a change in %: +12,83%
  signed_number,   // a change in points or criteria, `decimals` digits
  integer,         // counts of the workbook itself (line numbers, sizes)
  date,            // the report date
  input_number,    // unlocked cell for figures the department enters
  input_text,      // unlocked cell for notes
  no_input,        // an input column's cell that takes nothing here: grey, locked
  good,            // conditional format: achieved or exceeded
  bad,             // conditional format: not achieved
  style_count,     // how many styles there are
};

class Formats {
 public:
  explicit Formats(Book& book) : book_(book) {}
  // The format for `style` (with `decimals` digits where the style has digits); made on first
  // use. Null only when libxlsxwriter could not allocate it, which the book records.
  lxw_format* get(Style style, int decimals = 0);

 private:
  static constexpr int kMaxDecimals = 9;  // indicators have 0-4
  using Row = std::array<lxw_format*, kMaxDecimals + 1>;
  Book& book_;
  // Looked up for every cell written: an array, not a map.
  std::array<Row, static_cast<std::size_t>(Style::style_count)> made_{};
  lxw_format* make(Style style, int decimals);
};

// "#,##0.00" for 2 decimals: Excel's format codes, shown in the reader's own locale.
std::string number_format(int decimals);

}  // namespace baocao::xlsx

#pragma once
// A workbook being written: libxlsxwriter's handle with every return code checked, every
// string escaped, and the file removed again when anything failed.

#include <xlsxwriter.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "xlsx/formats.hpp"

namespace baocao::xlsx {

class Book;

// The hint of an error that only a fault of the program can cause, translated.
std::string bug_hint();

// One worksheet. Rows must be written top to bottom: in constant_memory mode libxlsxwriter
// drops a cell above the current row, so the order is enforced in both modes and a slip is
// reported rather than lost.
class Sheet {
 public:
  Sheet(Book& book, lxw_worksheet* handle, std::string name)
      : book_(book), handle_(handle), name_(std::move(name)) {}

  const std::string& name() const { return name_; }
  lxw_worksheet* handle() { return handle_; }
  Book& book() { return book_; }

  // User text is always written as a string: "=1+2" stays text.
  void text(std::uint32_t row, std::uint16_t col, std::string_view text, lxw_format* format);
  void number(std::uint32_t row, std::uint16_t col, double value, lxw_format* format);
  // A formula with its cached result, for readers that do not recalculate.
  void formula(std::uint32_t row, std::uint16_t col, const std::string& formula, double cached,
               lxw_format* format);
  void blank(std::uint32_t row, std::uint16_t col, lxw_format* format);
  void date(std::uint32_t row, std::uint16_t col, const Date& date, lxw_format* format);
  // Text across columns first..last of one row.
  void merged_text(std::uint32_t row, std::uint16_t first, std::uint16_t last,
                   std::string_view text, lxw_format* format);
  void comment(std::uint32_t row, std::uint16_t col, std::string_view text);
  void column_width(std::uint16_t first, std::uint16_t last, double width);
  void row_height(std::uint32_t row, double height);

  // Frozen header rows, A4 landscape fitted to the page width, header rows repeated on every
  // printed page, "Trang &P/&N" in the footer.
  // `frozen_columns` stay in view when scrolling right.
  void page_setup(std::uint32_t first_header_row, std::uint32_t last_header_row,
                  std::uint16_t frozen_columns = 0);
  // Prints only columns 0..last_col of rows 0..last_row, `width` character units wide in all:
  // fitted to one page wide when its 12 pt text stays at 9 pt or more, otherwise printed at
  // that scale over as many pages as it takes. After page_setup().
  void print_columns(std::uint32_t last_row, std::uint16_t last_col, double width);

  void check(lxw_error error, std::uint32_t row, std::uint16_t col, std::string_view what);

 private:
  Book& book_;
  lxw_worksheet* handle_;
  std::string name_;
  std::uint32_t current_row_ = 0;

  bool in_order(std::uint32_t row, std::uint16_t col);
  std::string checked_text(std::uint32_t row, std::uint16_t col, std::string_view text, bool& ok);
};

struct BookOptions {
  bool constant_memory = false;
  bool zip64 = false;
  std::string tmpdir;  // libxlsxwriter's temporary files; empty: its default
};

class Book {
 public:
  Book(std::string path, BookOptions options);
  ~Book();
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  // Null when the workbook already failed or the name is refused (recorded as an error).
  Sheet* add_sheet(const std::string& name);
  lxw_chart* add_chart(std::uint8_t type);
  lxw_workbook* handle() { return handle_; }
  Formats& formats() { return formats_; }
  bool constant_memory() const { return options_.constant_memory; }

  bool failed() const { return diagnostics_.has_errors(); }
  void fail(std::string message, std::string hint);
  // Records an error unless `error` is LXW_NO_ERROR; returns whether it was.
  bool check(lxw_error error, std::string_view what);

  // Writes the file; on any error, before or during, removes it. Returns all diagnostics.
  // A book destroyed without close() writes nothing.
  Diagnostics close();

 private:
  std::string path_;
  BookOptions options_;
  lxw_workbook* handle_ = nullptr;
  Formats formats_{*this};
  std::deque<Sheet> sheets_;
  Diagnostics diagnostics_;
  bool closed_ = false;
};

}  // namespace baocao::xlsx

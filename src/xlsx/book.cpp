#include "xlsx/book.hpp"

#include <cerrno>
#include <clocale>
#include <cstring>
#include <filesystem>
#include <shared_mutex>

#include <fmt/format.h>

#include "core/c_time.hpp"
#include "core/i18n.hpp"
#include "core/unicode.hpp"
#include "xlsx/text.hpp"

namespace baocao::xlsx {
namespace {

constexpr std::uint32_t kMaxRow = 1'048'575;  // 0-based: Excel's 1,048,576 rows

// Printing a table of 12 pt text: never below 9 pt on paper, so at 75 % at least, with one
// percent to spare for readers that round their zoom down.
constexpr double kLeastScale = 0.76;
constexpr int kLeastScalePercent = 75;
constexpr double kSideMargin = 0.3;                                // inches, left and right
constexpr double kPrintableWidth = 841.89 - 2 * 72 * kSideMargin;  // A4 landscape, points
// A character unit of a column width, in points, as the widest reader prints it. Excel and
// LibreOffice measure the unit with the workbook's default font, Calibri 11: 5.25 pt in Excel,
// but 7 pt in LibreOffice where Carlito is missing and DejaVu Sans stands in. Each column
// also gets libxlsxwriter's padding of 5 pixels (0.71 units).
constexpr double kUnitPoints = 7.0;
constexpr double kColumnPadding = 0.71;

// libxlsxwriter prints numbers with the C library, under the process locale: a decimal comma
// (vi_VN, de_DE) would put "1234,5" into the XML and corrupt the file.
bool locale_writes_decimal_point() {
  const std::lconv* lc = std::localeconv();
  return lc != nullptr && std::string_view(lc->decimal_point) == ".";
}

}  // namespace

std::string bug_hint() {
  return tr("this is a fault in baocao, not in the data: please report it with the dataset");
}

// ---- Sheet ----------------------------------------------------------------------------------

// `what` is a translated verb phrase ("writing a number", "ghi một số"): a whole unit in both
// languages, put where the sentence says what was being done.
void Sheet::check(lxw_error error, std::uint32_t row, std::uint16_t col, std::string_view what) {
  if (error == LXW_NO_ERROR) return;
  book_.fail(trf("libxlsxwriter failed {} in sheet '{}', cell {}: {}", what, name_,
                 cell_name(row, col), lxw_strerror(error)),
             bug_hint());
}

bool Sheet::in_order(std::uint32_t row, std::uint16_t col) {
  if (book_.failed()) return false;
  if (row > kMaxRow) {
    book_.fail(trf("sheet '{}' would need more than 1,048,576 rows", name_), bug_hint());
    return false;
  }
  if (row < current_row_) {
    book_.fail(trf("sheet '{}': cell {} written after row {}", name_, cell_name(row, col),
                   current_row_ + 1),
               bug_hint());
    return false;
  }
  current_row_ = row;
  return true;
}

std::string Sheet::checked_text(std::uint32_t row, std::uint16_t col, std::string_view text,
                                bool& ok) {
  ok = false;
  if (find_invalid_utf8(text) != std::string_view::npos) {
    book_.fail(trf("text for sheet '{}', cell {} is not valid UTF-8", name_, cell_name(row, col)),
               tr("the loader checks every input file; text from elsewhere must be UTF-8"));
    return {};
  }
  std::string escaped = escape_cell_text(text);
  if (escaped.size() > kMaxCellCodePoints && count_code_points(escaped) > kMaxCellCodePoints) {
    book_.fail(trf("text for sheet '{}', cell {} is longer than the 32,767 characters an Excel "
                   "cell holds: \"{}…\"",
                   name_, cell_name(row, col), text.substr(0, 40)),
               tr("shorten the note or source in values.csv"));
    return {};
  }
  ok = true;
  return escaped;
}

void Sheet::text(std::uint32_t row, std::uint16_t col, std::string_view text, lxw_format* format) {
  if (!in_order(row, col)) return;
  if (text.empty()) {
    if (format != nullptr) blank(row, col, format);
    return;
  }
  bool ok = false;
  std::string escaped = checked_text(row, col, text, ok);
  if (!ok) return;
  check(worksheet_write_string(handle_, row, col, escaped.c_str(), format), row, col,
        tr("writing text"));
}

void Sheet::number(std::uint32_t row, std::uint16_t col, double value, lxw_format* format) {
  if (!in_order(row, col)) return;
  check(worksheet_write_number(handle_, row, col, value, format), row, col, tr("writing a number"));
}

void Sheet::formula(std::uint32_t row, std::uint16_t col, const std::string& formula, double cached,
                    lxw_format* format) {
  if (!in_order(row, col)) return;
  check(worksheet_write_formula_num(handle_, row, col, formula.c_str(), format, cached), row, col,
        tr("writing a formula"));
}

void Sheet::blank(std::uint32_t row, std::uint16_t col, lxw_format* format) {
  if (!in_order(row, col)) return;
  check(worksheet_write_blank(handle_, row, col, format), row, col, tr("writing a cell"));
}

void Sheet::date(std::uint32_t row, std::uint16_t col, const Date& date, lxw_format* format) {
  if (!in_order(row, col)) return;
  lxw_datetime dt{date.year, date.month, date.day, 0, 0, 0.0};
  check(worksheet_write_datetime(handle_, row, col, &dt, format), row, col, tr("writing a date"));
}

void Sheet::merged_text(std::uint32_t row, std::uint16_t first, std::uint16_t last,
                        std::string_view text, lxw_format* format) {
  if (first == last) return this->text(row, first, text, format);
  if (!in_order(row, first)) return;
  bool ok = false;
  std::string escaped = checked_text(row, first, text, ok);
  if (!ok) return;
  check(worksheet_merge_range(handle_, row, first, row, last, escaped.c_str(), format), row, first,
        tr("merging cells"));
}

void Sheet::comment(std::uint32_t row, std::uint16_t col, std::string_view text) {
  if (!in_order(row, col)) return;
  bool ok = false;
  std::string escaped = checked_text(row, col, text, ok);
  if (!ok) return;
  lxw_comment_options options{};
  options.width = 300;
  options.height = 100;
  check(worksheet_write_comment_opt(handle_, row, col, escaped.c_str(), &options), row, col,
        tr("writing a comment"));
}

void Sheet::column_width(std::uint16_t first, std::uint16_t last, double width) {
  if (book_.failed()) return;
  check(worksheet_set_column(handle_, first, last, width, nullptr), 0, first,
        tr("setting a column width"));
}

void Sheet::row_height(std::uint32_t row, double height) {
  if (!in_order(row, 0)) return;
  check(worksheet_set_row(handle_, row, height, nullptr), row, 0, tr("setting a row height"));
}

void Sheet::page_setup(std::uint32_t first_header_row, std::uint32_t last_header_row,
                       std::uint16_t frozen_columns) {
  if (book_.failed()) return;
  worksheet_freeze_panes(handle_, last_header_row + 1, frozen_columns);
  worksheet_set_paper(handle_, 9);  // A4
  worksheet_set_landscape(handle_);
  worksheet_fit_to_pages(handle_, 1, 0);  // one page wide, as many pages tall as needed
  worksheet_set_margins(handle_, 0.5, 0.5, 0.6, 0.7);
  check(worksheet_repeat_rows(handle_, first_header_row, last_header_row), first_header_row, 0,
        tr("repeating header rows on printed pages"));
  check(worksheet_set_footer(handle_, "&CTrang &P/&N"), 0, 0, tr("setting the page footer"));
}

void Sheet::print_columns(std::uint32_t last_row, std::uint16_t last_col, double width) {
  if (book_.failed()) return;
  check(worksheet_print_area(handle_, 0, 0, last_row, last_col), last_row, last_col,
        tr("setting the print area"));
  worksheet_set_margins(handle_, kSideMargin, kSideMargin, 0.6, 0.7);
  const double points = (width + kColumnPadding * (last_col + 1)) * kUnitPoints;
  if (kPrintableWidth / points < kLeastScale)
    worksheet_set_print_scale(handle_, kLeastScalePercent);
}

// ---- Book -----------------------------------------------------------------------------------

Book::Book(std::string path, BookOptions options) : path_(std::move(path)), options_(options) {
  if (!locale_writes_decimal_point()) {
    fail(tr("the program's number locale writes a decimal comma: the workbook would be corrupt"),
         tr("run baocao with LC_NUMERIC=C (or LC_ALL unset)"));
    return;
  }
  lxw_workbook_options lxw_options{};
  lxw_options.constant_memory = options_.constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_options.use_zip64 = options_.zip64 ? LXW_TRUE : LXW_FALSE;
  // libxlsxwriter only reads the folder name (the field is not const in its C API).
  lxw_options.tmpdir = options_.tmpdir.empty() ? nullptr : options_.tmpdir.data();
  handle_ = workbook_new_opt(path_.c_str(), &lxw_options);
  if (handle_ == nullptr) fail(tr("libxlsxwriter could not start a workbook (out of memory?)"), "");
}

Book::~Book() {
  // Left without close() (an exception on the way): free everything, write nothing.
  if (!closed_ && handle_ != nullptr) lxw_workbook_free(handle_);
}

void Book::fail(std::string message, std::string hint) {
  diagnostics_.error(path_, 0, 0, std::move(message), std::move(hint));
}

// `what` is a translated verb phrase, as for Sheet::check.
bool Book::check(lxw_error error, std::string_view what) {
  if (error == LXW_NO_ERROR) return true;
  fail(trf("libxlsxwriter failed {}: {}", what, lxw_strerror(error)), bug_hint());
  return false;
}

Sheet* Book::add_sheet(const std::string& name) {
  if (failed()) return nullptr;
  lxw_error why = workbook_validate_sheet_name(handle_, name.c_str());
  if (!check(why, trf("adding sheet '{}'", name))) return nullptr;
  lxw_worksheet* ws = workbook_add_worksheet(handle_, name.c_str());
  if (ws == nullptr) {
    fail(trf("libxlsxwriter could not add sheet '{}' (in constant-memory mode each sheet needs a "
             "temporary file)",
             name),
         tr("check that the temporary folder (TMPDIR) exists and has free space"));
    return nullptr;
  }
  return &sheets_.emplace_back(*this, ws, name);
}

lxw_chart* Book::add_chart(std::uint8_t type) {
  if (failed()) return nullptr;
  lxw_chart* chart = workbook_add_chart(handle_, type);
  if (chart == nullptr) fail(tr("libxlsxwriter could not make a chart (out of memory?)"), "");
  return chart;
}

Diagnostics Book::close() {
  closed_ = true;
  if (handle_ == nullptr) return diagnostics_;
  if (failed()) {
    // Nothing has been written to `path_` yet: free the workbook without writing it.
    lxw_workbook_free(handle_);
    handle_ = nullptr;
    return diagnostics_;
  }
  lxw_error error = LXW_NO_ERROR;
  {
    std::shared_lock dates(c_time_buffer_mutex());  // gmtime(): see core/c_time.hpp
    errno = 0;
    error = workbook_close(handle_);
  }
  // libxlsxwriter names its own step; the system's reason (ENOSPC, EACCES…) is errno's.
  int system_error = errno;
  handle_ = nullptr;
  if (error != LXW_NO_ERROR) {
    std::string hint = error == LXW_ERROR_CREATING_XLSX_FILE
                           ? tr("check that the output folder exists and can be written to")
                           : tr("check the free space of the output and temporary folders");
    fail(system_error != 0 ? trf("cannot write the workbook: {} ({})", lxw_strerror(error),
                                 std::strerror(system_error))
                           : trf("cannot write the workbook: {}", lxw_strerror(error)),
         hint);
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
  return diagnostics_;
}

}  // namespace baocao::xlsx

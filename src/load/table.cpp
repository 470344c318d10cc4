#include "load/table.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "core/suggest.hpp"
#include "core/unicode.hpp"
#include "load/encoding.hpp"

namespace baocao {
namespace {

// A longer field is not a dataset value but the rest of a file swallowed by a stray quote, or
// binary data: refuse it before normalising it.
constexpr std::size_t kMaxFieldBytes = 1 << 20;
constexpr std::size_t kWarningsShownPerKind = 10;

// Letters, digits and punctuation of ASCII: every font draws them.
bool is_ascii_printable(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 || c >= 0x7F) return false;
  return true;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::string join_names(const std::vector<ColumnSpec>& columns, bool required_only) {
  std::string out;
  for (const auto& c : columns) {
    if (required_only && !c.required) continue;
    if (!out.empty()) out += ',';
    out += c.name;
  }
  return out;
}

std::string encoding_hint(LegacyEncoding e) {
  switch (e) {
    case LegacyEncoding::tcvn3:
      return tr(
          "the text was typed with a TCVN3 font (.VnTime, .VnArial): convert it to Unicode "
          "(Unikey: Công cụ chuyển mã, from TCVN3 (ABC) to Unicode), then save the file as "
          "UTF-8 (Excel: Save As \"CSV UTF-8 (Comma delimited)\")");
    case LegacyEncoding::vni:
      return tr(
          "the text was typed with a VNI font (VNI-Times): convert it to Unicode (Unikey: "
          "Công cụ chuyển mã, from VNI Windows to Unicode), then save the file as UTF-8 "
          "(Excel: Save As \"CSV UTF-8 (Comma delimited)\")");
    default:
      return tr(
          "save the file as UTF-8: in Excel, Save As \"CSV UTF-8 (Comma delimited)\"; in "
          "Notepad, Save As with Encoding \"UTF-8\"");
  }
}

}  // namespace

std::string_view closest_name(std::string_view typed, const std::vector<std::string_view>& names) {
  std::string lowered = lower_ascii(typed);
  std::string_view best;
  std::size_t best_distance = 3;
  for (auto name : names) {
    std::string other = lower_ascii(name);
    std::size_t d = lowered == other ? 0 : edit_distance(lowered, other);
    if (d < best_distance && d < std::max<std::size_t>(name.size(), 2)) {
      best = name;
      best_distance = d;
    }
  }
  return best;
}

CsvTable::CsvTable(std::filesystem::path path, std::string shown_path,
                   std::vector<ColumnSpec> columns, Diagnostics& diagnostics)
    : path_(std::move(path)),
      shown_path_(std::move(shown_path)),
      columns_(std::move(columns)),
      diagnostics_(diagnostics),
      field_of_(columns_.size(), -1) {}

CsvTable::~CsvTable() {
  if (file_ != nullptr) std::fclose(file_);
}

bool CsvTable::open() {
  std::error_code ec;
  auto status = std::filesystem::status(path_, ec);
  if (!std::filesystem::exists(status)) {
    diagnostics_.error(shown_path_, 0, 0, tr("file not found"),
                       tr("a dataset folder holds unit.toml, areas.csv, indicators.csv and "
                          "values.csv; check the folder given with --data"));
    return false;
  }
  if (!std::filesystem::is_regular_file(status)) {
    diagnostics_.error(shown_path_, 0, 0, tr("this is a folder or a device, not a file"),
                       tr("put the CSV file itself at this path"));
    return false;
  }
  file_ = std::fopen(path_.c_str(), "rb");
  if (file_ == nullptr) {
    diagnostics_.error(shown_path_, 0, 0, trf("cannot open the file: {}", std::strerror(errno)),
                       tr("check that the file can be read by your user"));
    return false;
  }
  char head[4] = {};
  std::size_t head_size = std::fread(head, 1, sizeof head, file_);
  if (auto name = unicode_bom_name(std::string_view(head, head_size)); !name.empty()) {
    diagnostics_.error(shown_path_, 0, 0,
                       trf("the file is {} text, not UTF-8 (it starts with the {} "
                           "byte-order mark)",
                           name, name),
                       utf8_save_hint());
    return false;
  }
  std::rewind(file_);
  // A small file gets a small buffer: a town's areas.csv needs 2 KB, not the 1 MB a national
  // values.csv is read by (the buffer is zeroed, and three files are read before anything else).
  constexpr std::uint64_t kMinChunk = 4096, kMaxChunk = 1 << 20;
  std::uint64_t chunk = std::clamp(std::filesystem::file_size(path_, ec) + 1, kMinChunk, kMaxChunk);
  if (ec) chunk = kMaxChunk;
  reader_ = std::make_unique<CsvReader>(
      [this](char* buffer, std::size_t n) -> std::size_t {
        std::size_t got = std::fread(buffer, 1, n, file_);
        if (got < n && std::ferror(file_)) read_failed_ = true;
        sha_.update(std::string_view(buffer, got));
        size_ += got;
        return got;
      },
      static_cast<std::size_t>(chunk));
  return read_header();
}

bool CsvTable::read_header() {
  std::string expected = join_names(columns_, false);
  if (!reader_->next(record_)) {
    diagnostics_.error(shown_path_, 1, 0, tr("the file is empty"),
                       trf("its first line must name the columns: {}", expected));
    return false;
  }
  if (!record_.problems.empty()) {
    report_problems();
    return false;
  }
  if (record_.dropped_fields > 0) {
    diagnostics_.error(shown_path_, 1, 0,
                       trf("the first line has {} fields: it is not the header of this "
                           "file",
                           record_.field_count()),
                       trf("the first line must name the columns: {}", expected));
    return false;
  }
  std::vector<std::string_view> known;
  for (const auto& c : columns_) known.push_back(c.name);
  header_.clear();
  for (const auto& f : record_.fields) header_.emplace_back(f.text);
  bool any_known = std::any_of(header_.begin(), header_.end(), [&](const std::string& h) {
    return std::find(known.begin(), known.end(), h) != known.end();
  });
  if (!any_known) {
    // Not a header with a typo but no header at all (data on line 1, another file, binary):
    // one message, not one per field.
    std::string_view first = header_.empty() ? std::string_view() : header_[0];
    std::string hint = trf("the first line must name the columns: {}", expected);
    if (header_.size() == 1 && first.find(';') != std::string_view::npos)
      hint =
          trf("the columns are separated by `;`: save the file as CSV with commas "
              "(Excel: \"CSV UTF-8 (Comma delimited)\"); the first line must be: {}",
              expected);
    diagnostics_.error(shown_path_, 1, 0,
                       tr("the first line is not the header of this file: no known column name"),
                       std::move(hint));
    return false;
  }
  for (std::size_t i = 0; i < record_.fields.size(); ++i) {
    const auto& f = record_.fields[i];
    int field = static_cast<int>(i + 1);
    auto it = std::find(known.begin(), known.end(), f.text);
    if (it != known.end()) {
      auto column = static_cast<std::size_t>(it - known.begin());
      if (field_of_[column] >= 0)
        diagnostics_.error(shown_path_, static_cast<int>(f.line), field,
                           trf("column `{}` appears twice in the header: fields {} and {}", f.text,
                               field_of_[column] + 1, field),
                           tr("delete one of the two columns"));
      else
        field_of_[column] = static_cast<int>(i);
      continue;
    }
    if (f.text.starts_with("x_")) continue;  // the user's own column: kept, ignored
    std::string hint;
    auto close = diagnostics_.full() ? std::string_view() : closest_name(f.text, known);
    hint =
        trf("the columns of this file are {}; a column of your own must have a name starting "
            "with x_",
            expected);
    if (!close.empty()) hint = trf("did you mean `{}`? {}", close, hint);
    diagnostics_.error(shown_path_, static_cast<int>(f.line), field,
                       f.text.empty() ? std::string(tr("a column has no name in the header"))
                                      : trf("unknown column `{}`", printable(f.text)),
                       std::move(hint));
  }
  std::vector<std::string> missing;
  for (std::size_t c = 0; c < columns_.size(); ++c)
    if (columns_[c].required && field_of_[c] < 0) missing.push_back(std::string(columns_[c].name));
  complete_ = missing.empty();
  if (!complete_) {
    diagnostics_.error(shown_path_, 1, 0,
                       trn("missing column `{}`", "missing columns `{}`", missing.size(),
                           fmt::format("{}", fmt::join(missing, "`, `"))),
                       trn("add it to the header; the required columns are {}",
                           "add them to the header; the required columns are {}", missing.size(),
                           join_names(columns_, true)));
  }
  return true;
}

std::string CsvTable::column_label(std::size_t field_index) const {
  if (field_index < header_.size() && !header_[field_index].empty())
    return fmt::format("`{}`", printable(header_[field_index]));
  return trf("field {}", field_index + 1);
}

void CsvTable::report_problems() {
  for (const auto& p : record_.problems) {
    int line = static_cast<int>(p.line), field = static_cast<int>(p.field);
    switch (p.kind) {
      case CsvProblemKind::unclosed_quote:
        diagnostics_.error(
            shown_path_, line, field,
            tr("a quote opens a field here and is never closed: the rest of the file was read as "
               "this one field"),
            tr("close the quote (a quote inside a quoted field is written twice: \"\")"));
        break;
      case CsvProblemKind::quote_in_field:
        diagnostics_.error(
            shown_path_, line, field,
            trf("{} has a quote inside a field that is not quoted", column_label(p.field - 1)),
            tr("enclose the whole field in quotes and write the inner quote "
               "twice: \"Bài \"\"Những thành tựu\"\"\""));
        break;
      case CsvProblemKind::text_after_quote:
        diagnostics_.error(shown_path_, line, field,
                           trf("{} has text after its closing quote", column_label(p.field - 1)),
                           tr("a quote inside a quoted field is written twice: \"\""));
        break;
    }
  }
}

bool CsvTable::check_field_count() {
  std::size_t have = record_.field_count(), want = header_.size();
  if (have == want) return true;
  if (have > want) {
    int line =
        want < record_.fields.size() ? static_cast<int>(record_.fields[want].line) : row_line();
    diagnostics_.error(
        shown_path_, line, static_cast<int>(want + 1),
        trf("this row has {} fields but the header has {}", have, want),
        tr("a text with a comma must be enclosed in quotes: \"Tỷ lệ xã, phường\"; a number is "
           "written with a dot, not a comma: 1.5, not 1,5"));
  } else {
    diagnostics_.error(shown_path_, row_line(), static_cast<int>(have + 1),
                       trn("this row has {} field but the header has {}",
                           "this row has {} fields but the header has {}", have, have, want),
                       tr("write every column, an empty one as nothing between two commas (,,)"));
  }
  return false;
}

// A control character would reach a document or its metadata: XML (the workbooks, the Word
// file, the PDF's XMP) cannot hold most of them, and no font draws them. Line breaks and tabs
// are layout, kept in a quoted field (a note on two lines).
void CsvTable::check_controls(std::size_t i) {
  const auto& f = record_.fields[i];
  std::size_t at = find_control_character(f.text, true);
  if (at == std::string_view::npos) {
    check_drawable_field(i);
    return;
  }
  std::string where = at == 0 ? std::string(tr("at its start"))
                              : trf("after `{}`", printable(f.text.substr(0, at), 20));
  diagnostics_.error(shown_path_, static_cast<int>(f.line), static_cast<int>(i + 1),
                     trf("{} has the control character {} {}", column_label(i),
                         control_character_name(f.text, at), where),
                     tr("delete it: a control character cannot be printed (it usually comes with "
                        "text copied from another program)"));
}

void CsvTable::check_drawable_field(std::size_t i) {
  if (drawable_ == nullptr || is_ascii_printable(record_.fields[i].text)) return;
  if (std::find(field_of_.begin(), field_of_.end(), static_cast<int>(i)) == field_of_.end())
    return;  // the user's own column: never printed
  // The text as it will be printed: NFC, so that a decomposed letter is judged as one.
  std::string text = to_nfc(record_.fields[i].text);
  std::size_t at = find_undrawable(text, *drawable_);
  if (at == std::string::npos) return;
  diagnostics_.error(
      shown_path_, static_cast<int>(record_.fields[i].line), static_cast<int>(i + 1),
      fmt::format("{}: {}", column_label(i), undrawable_message(text, at, *drawable_)),
      undrawable_hint());
}

void CsvTable::check_encoding() {
  for (std::size_t i = 0; i < record_.fields.size(); ++i) {
    const auto& f = record_.fields[i];
    std::size_t bad = is_ascii(f.text) ? std::string_view::npos : find_invalid_utf8(f.text);
    if (bad == std::string_view::npos) {
      check_controls(i);
      continue;
    }
    int line = static_cast<int>(f.line), field = static_cast<int>(i + 1);
    if (++bad_text_fields_ > 1) {
      if (bad_text_fields_ == 2) {
        second_bad_line_ = line;
        second_bad_field_ = field;
      }
      if (bad_text_lines_.size() < 5 && (bad_text_lines_.empty() || bad_text_lines_.back() != line))
        bad_text_lines_.push_back(line);
      continue;
    }
    std::string sample(f.text);
    sample += ' ';
    sample += reader_->recent_bytes();
    LegacyEncoding guess = guess_legacy_encoding(sample);
    std::string where = bad == 0 ? std::string(tr("at its start"))
                                 : trf("after `{}`", printable(f.text.substr(0, bad), 20));
    auto byte = static_cast<unsigned char>(f.text[bad]);
    std::string message =
        guess == LegacyEncoding::unknown
            ? trf("{} is not UTF-8 text: byte 0x{:02X} {} cannot be read", column_label(i), byte,
                  where)
            : trf("{} is not UTF-8 text: byte 0x{:02X} {} cannot be read; the file looks like {} "
                  "encoding",
                  column_label(i), byte, where, encoding_name(guess));
    diagnostics_.error(shown_path_, line, field, std::move(message), encoding_hint(guess));
  }
}

bool CsvTable::next_row() {
  while (reader_->next(record_)) {
    bool unreadable = false;
    for (const auto& p : record_.problems)
      unreadable = unreadable || p.kind == CsvProblemKind::unclosed_quote;
    report_problems();
    if (unreadable || record_.blank()) continue;
    if (!check_field_count()) continue;
    bool too_long = false;
    for (std::size_t i = 0; i < record_.fields.size() && !too_long; ++i) {
      const auto& f = record_.fields[i];
      if (f.text.size() <= kMaxFieldBytes) continue;
      too_long = true;
      diagnostics_.error(
          shown_path_, static_cast<int>(f.line), static_cast<int>(i + 1),
          trf("{} is {} bytes long: no dataset field is that long", column_label(i), f.text.size()),
          tr("look for a quote that opens a field and is not closed, or a file that is not CSV"));
    }
    if (too_long) continue;
    check_encoding();
    return true;
  }
  return false;
}

std::string_view CsvTable::raw(std::size_t column) const {
  int f = field_of_[column];
  return f < 0 ? std::string_view{} : record_.fields[static_cast<std::size_t>(f)].text;
}

std::string CsvTable::text(std::size_t column) const {
  return to_nfc(raw(column));
}

int CsvTable::line(std::size_t column) const {
  int f = field_of_[column];
  return f < 0 ? row_line() : static_cast<int>(record_.fields[static_cast<std::size_t>(f)].line);
}

int CsvTable::field(std::size_t column) const {
  return field_of_[column] + 1;
}

void CsvTable::error(std::size_t column, std::string message, std::string hint) {
  // A required column that is absent has been reported once, for the header: not on every row.
  if (!has(column) && columns_[column].required) return;
  diagnostics_.error(shown_path_, line(column), field(column), std::move(message), std::move(hint));
}

void CsvTable::warning(std::size_t column, std::string_view kind, std::string message,
                       std::string hint) {
  auto it = warnings_.find(kind);
  if (it == warnings_.end()) it = warnings_.emplace(std::string(kind), Counted{}).first;
  if (it->second.shown == kWarningsShownPerKind) {
    ++it->second.left_out;
    return;
  }
  ++it->second.shown;
  diagnostics_.warning(shown_path_, line(column), field(column), std::move(message),
                       std::move(hint));
}

SourceFile CsvTable::finish() {
  if (bad_text_fields_ > 1) {
    std::string lines;
    for (int l : bad_text_lines_) lines += fmt::format("{}{}", lines.empty() ? "" : ", ", l);
    diagnostics_.error(shown_path_, second_bad_line_, second_bad_field_,
                       trn("{} more field of this file is not UTF-8 text either (lines {}{})",
                           "{} more fields of this file are not UTF-8 text either (lines {}{})",
                           bad_text_fields_ - 1, bad_text_fields_ - 1, lines,
                           bad_text_fields_ - 1 > bad_text_lines_.size() ? ", …" : ""),
                       tr("convert the whole file, not only the line named above"));
  }
  for (const auto& [kind, counted] : warnings_)
    if (counted.left_out > 0)
      diagnostics_.warning(shown_path_, 0, 0,
                           trn("{} more line with the same warning ({}) not shown",
                               "{} more lines with the same warning ({}) not shown",
                               counted.left_out, counted.left_out, kind));
  if (file_ != nullptr) {
    // Hash what was not read (a file abandoned after a bad header), so size and sum are whole.
    char buffer[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file_)) > 0) {
      sha_.update(std::string_view(buffer, n));
      size_ += n;
    }
    if (std::ferror(file_)) read_failed_ = true;
    std::fclose(file_);
    file_ = nullptr;
    if (read_failed_)
      diagnostics_.error(shown_path_, 0, 0, tr("the file could not be read to its end"),
                         tr("check the disk or copy the file again"));
  }
  return {shown_path_, size_, sha_.hex()};
}

}  // namespace baocao

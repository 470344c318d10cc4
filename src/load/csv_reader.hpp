#pragma once
// A streaming RFC 4180 reader that remembers on which physical line each field starts.
// It reads its input in chunks and keeps only the current record, so a values.csv of hundreds
// of megabytes never sits in memory as a whole.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

struct CsvField {
  std::string_view text;   // unquoted, quotes undoubled; unquoted fields trimmed of spaces/tabs
  std::uint32_t line = 0;  // physical line on which the field starts
  bool quoted = false;
};

enum class CsvProblemKind : std::uint8_t {
  unclosed_quote,    // a quoted field runs to the end of the input
  quote_in_field,    // a `"` inside a field that does not start with one
  text_after_quote,  // `"abc"x`: text between a closing quote and the next comma
};

struct CsvProblem {
  CsvProblemKind kind;
  std::uint32_t line = 0;   // where the offending field starts
  std::uint32_t field = 0;  // 1-based
};

struct CsvRecord {
  std::vector<CsvField> fields;    // at most the reader's max_fields
  std::size_t dropped_fields = 0;  // fields past max_fields: counted, not kept
  std::vector<CsvProblem> problems;
  std::uint32_t line = 0;  // line of the first field

  std::size_t field_count() const { return fields.size() + dropped_fields; }

  // True for a line with nothing on it, or only commas and spaces: spreadsheets leave these.
  bool blank() const;
};

class CsvReader {
 public:
  // `read` fills up to n bytes of the buffer and returns how many it wrote (0 at the end).
  using ReadFn = std::function<std::size_t(char* buffer, std::size_t n)>;
  // A line of commas would otherwise make a record of millions of fields: past `max_fields`
  // the fields of a record are only counted.
  explicit CsvReader(ReadFn read, std::size_t chunk_size = 1 << 20, std::size_t max_fields = 10000);

  // The next record, or false at the end of the input. Views in `record` stay valid until
  // the next call.
  bool next(CsvRecord& record);

  // The bytes most recently read from the input (up to one chunk), for guessing an encoding.
  std::string_view recent_bytes() const { return {buffer_.data(), end_}; }

 private:
  bool fill();
  void end_field(CsvRecord& record, bool quoted);

  ReadFn read_;
  std::vector<char> buffer_;
  std::size_t max_fields_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  bool started_ = false;     // the byte-order mark is looked for once
  bool pending_cr_ = false;  // a CR ended the last chunk: an LF at the next one belongs to it
  std::uint32_t line_ = 1;
  std::string storage_;                                     // the current record's field bytes
  std::vector<std::pair<std::size_t, std::size_t>> spans_;  // offsets into storage_
  std::size_t field_begin_ = 0;
  std::uint32_t field_line_ = 1;
};

}  // namespace baocao

#pragma once
// One CSV file of a dataset read as a table: the header mapped to the columns the contract
// names, then the rows one at a time, every problem reported as FILE:LINE:FIELD.

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.hpp"
#include "core/diagnostic.hpp"
#include "core/repertoire.hpp"
#include "core/sha256.hpp"
#include "load/csv_reader.hpp"

namespace baocao {

struct ColumnSpec {
  std::string_view name;
  bool required = true;
};

class CsvTable {
 public:
  // `shown_path` is how messages name the file (the folder as the user gave it + the name).
  CsvTable(std::filesystem::path path, std::string shown_path, std::vector<ColumnSpec> columns,
           Diagnostics& diagnostics);
  ~CsvTable();
  CsvTable(const CsvTable&) = delete;
  CsvTable& operator=(const CsvTable&) = delete;

  // Opens the file and reads the header. False (after reporting why) when the file is missing
  // or unreadable or its first line is not a header of this file: then there are no rows.
  bool open();
  // From now on every field of a known column must be drawable by `drawable` (a file whose
  // texts reach the briefings); a character it lacks is an error at its place.
  void check_drawable(const Repertoire* drawable) { drawable_ = drawable; }
  // True when every required column is in the header (missing ones have been reported).
  bool complete() const { return complete_; }
  bool has(std::size_t column) const { return field_of_[column] >= 0; }

  // Moves to the next row that can be read: blank rows are skipped, and so are rows that are
  // not valid CSV or have the wrong number of fields (after reporting them).
  bool next_row();

  // The current row. An absent column reads as empty text.
  std::string_view raw(std::size_t column) const;
  std::string text(std::size_t column) const;  // NFC
  int line(std::size_t column) const;          // where the field starts
  int field(std::size_t column) const;         // 1-based; 0 when the column is absent
  int row_line() const { return static_cast<int>(record_.line); }
  std::string_view name(std::size_t column) const { return columns_[column].name; }

  void error(std::size_t column, std::string message, std::string hint = {});
  // Warnings of one kind are shown for the first few lines only, then counted: a rule broken
  // on every line of a big file would otherwise bury everything else.
  void warning(std::size_t column, std::string_view kind, std::string message,
               std::string hint = {});

  const std::string& shown_path() const { return shown_path_; }
  // Reads what is left of the file (for the checksum), reports the warnings that were only
  // counted, and returns the file's size and SHA-256.
  SourceFile finish();

 private:
  bool read_header();
  void report_problems();
  bool check_field_count();
  void check_encoding();
  void check_controls(std::size_t field_index);
  void check_drawable_field(std::size_t field_index);
  std::string column_label(std::size_t field_index) const;

  std::filesystem::path path_;
  std::string shown_path_;
  std::vector<ColumnSpec> columns_;
  Diagnostics& diagnostics_;
  std::FILE* file_ = nullptr;
  std::unique_ptr<CsvReader> reader_;
  Sha256 sha_;
  std::uint64_t size_ = 0;
  bool read_failed_ = false;
  CsvRecord record_;
  std::vector<std::string> header_;
  std::vector<int> field_of_;  // column -> field index, -1 when absent
  bool complete_ = false;
  const Repertoire* drawable_ = nullptr;

  // Bytes that are not UTF-8: the first place is reported in full, the rest counted.
  std::size_t bad_text_fields_ = 0;
  std::vector<int> bad_text_lines_;
  int second_bad_line_ = 0;
  int second_bad_field_ = 0;

  struct Counted {
    std::size_t shown = 0;
    std::size_t left_out = 0;
  };
  std::map<std::string, Counted, std::less<>> warnings_;
};

// Closest name in `names` to `typed`, ignoring ASCII case (edit distance at most 2), or empty.
std::string_view closest_name(std::string_view typed, const std::vector<std::string_view>& names);

}  // namespace baocao

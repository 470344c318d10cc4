#pragma once
// Template files as read from disk, and pieces of their text with where each piece starts, so
// that every message names the template file, line and column.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/repertoire.hpp"

namespace baocao::briefing {

struct Location {
  int line = 0;    // 1-based; 0 = not known
  int column = 0;  // 1-based, in characters; 0 = not known
};

// A template file: UTF-8 checked, byte-order mark removed, CRLF as LF, Unicode NFC.
struct TemplateFile {
  std::string path;  // as shown in messages: the templates folder joined with the file name
  std::string text;
  std::vector<std::size_t> line_starts;  // byte offset of each line

  Location locate(std::size_t offset) const;
};

// Reads `path`; on failure adds an error naming the file (and the line of a bad byte). A control
// character (other than a tab or a line break) is an error at its line and column, and so is a
// character that `drawable`, when given, lacks.
std::optional<TemplateFile> read_template_file(const std::string& path, Diagnostics& diagnostics,
                                               const Repertoire* drawable = nullptr);

// A piece of template text (a paragraph, a heading, a TOML string) and where it starts.
struct Piece {
  std::string text;
  std::string path;
  Location start;
  // Whether columns can be told: false for TOML strings (quotes and escapes move them).
  bool exact_columns = true;

  Location locate(std::size_t offset) const;
};

}  // namespace baocao::briefing

#include "briefing/source.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "core/unicode.hpp"
#include "load/encoding.hpp"

namespace baocao::briefing {

Location TemplateFile::locate(std::size_t offset) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  auto line = static_cast<std::size_t>(it - line_starts.begin());  // 1-based
  std::size_t start = line_starts[line - 1];
  std::string_view before(text.data() + start, std::min(offset, text.size()) - start);
  return {static_cast<int>(line), static_cast<int>(count_code_points(before)) + 1};
}

namespace {

// Control characters and characters the fonts lack, each at its line and column.
bool check_characters(const TemplateFile& file, Diagnostics& diagnostics,
                      const Repertoire* drawable) {
  bool ok = true;
  std::string_view text = file.text;
  for (std::size_t from = 0;;) {
    std::size_t at = find_control_character(text.substr(from), true);
    if (at == std::string_view::npos) break;
    at += from;
    Location where = file.locate(at);
    diagnostics.error(
        file.path, where.line, where.column,
        trf("the control character {} cannot be printed", control_character_name(text, at)),
        tr("delete it (it usually comes with text copied from another program)"));
    ok = false;
    from = at + 1;
  }
  if (drawable == nullptr) return ok;
  for (std::size_t from = 0;;) {
    std::size_t at = find_undrawable(text.substr(from), *drawable);
    if (at == std::string_view::npos) break;
    at += from;
    Location where = file.locate(at);
    diagnostics.error(file.path, where.line, where.column, undrawable_message(text, at, *drawable),
                      undrawable_hint());
    ok = false;
    from = at + 1;
    while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  }
  return ok;
}

}  // namespace

std::optional<TemplateFile> read_template_file(const std::string& path, Diagnostics& diagnostics,
                                               const Repertoire* drawable) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error(path, 0, 0, tr("cannot read the template file"),
                      tr("check that the file exists and can be read"));
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string raw = ss.str();
  if (auto name = unicode_bom_name(raw); !name.empty()) {
    diagnostics.error(path, 0, 0,
                      trf("the file is {} text, not UTF-8 (it starts with the {} "
                          "byte-order mark)",
                          name, name),
                      tr("save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"));
    return std::nullopt;
  }
  if (raw.rfind("\xEF\xBB\xBF", 0) == 0) raw.erase(0, 3);
  if (auto bad = find_invalid_utf8(raw); bad != std::string::npos) {
    auto line = 1 + std::count(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    diagnostics.error(path, static_cast<int>(line), 0, tr("the file is not valid UTF-8 text"),
                      tr("save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"));
    return std::nullopt;
  }
  TemplateFile file;
  file.path = path;
  std::string lf;
  lf.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\r') {
      if (i + 1 < raw.size() && raw[i + 1] == '\n') continue;
      lf += '\n';
    } else {
      lf += raw[i];
    }
  }
  file.text = to_nfc(lf);
  file.line_starts.push_back(0);
  for (std::size_t i = 0; i < file.text.size(); ++i)
    if (file.text[i] == '\n') file.line_starts.push_back(i + 1);
  if (!check_characters(file, diagnostics, drawable)) return std::nullopt;
  return file;
}

Location Piece::locate(std::size_t offset) const {
  offset = std::min(offset, text.size());
  std::string_view before(text.data(), offset);
  auto newlines = std::count(before.begin(), before.end(), '\n');
  if (newlines == 0) {
    int column = start.column > 0 && exact_columns
                     ? start.column + static_cast<int>(count_code_points(before))
                     : 0;
    return {start.line, column};
  }
  std::string_view last_line = before.substr(before.rfind('\n') + 1);
  int column = exact_columns ? static_cast<int>(count_code_points(last_line)) + 1 : 0;
  return {start.line > 0 ? start.line + static_cast<int>(newlines) : 0, column};
}

}  // namespace baocao::briefing

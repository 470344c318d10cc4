#include "load/toml_text.hpp"

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "core/unicode.hpp"
#include "load/encoding.hpp"

namespace baocao {
namespace {

void check_text(const toml::node& node, const std::string& text, const std::string& file,
                Diagnostics& diagnostics, const Repertoire* drawable) {
  int line = static_cast<int>(node.source().begin.line);
  if (std::size_t at = find_control_character(text, false); at != std::string::npos) {
    diagnostics.error(
        file, line, 0,
        trf("the text \"{}\" has the control character {}", printable(text),
            control_character_name(text, at)),
        tr("delete it: each text is printed on its own and a control character (a "
           "tab, a line break, \\u0007…) cannot be printed; for several printed lines "
           "where the setting allows it, write a list of texts"));
    return;
  }
  if (drawable == nullptr) return;
  std::string printed = to_nfc(text);  // as it will be printed: a letter and its marks as one
  if (std::size_t at = find_undrawable(printed, *drawable); at != std::string::npos)
    diagnostics.error(file, line, 0,
                      trf("{}; it is in the text \"{}\"",
                          undrawable_message(printed, at, *drawable), printable(printed)),
                      undrawable_hint());
}

constexpr int kMaxDotsOutsideTexts = 200;

}  // namespace

int line_with_too_many_dots(std::string_view doc) {
  int dots = 0, line = 1;
  char quote = 0;
  bool comment = false;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    char c = doc[i];
    if (c == '\n') {
      ++line;
      comment = false;
      if (quote == '\'' || quote == '"') quote = 0;  // one-line texts end here (or are errors)
      continue;
    }
    if (comment) continue;
    if (quote != 0) {
      if (c == '\\' && quote == '"')
        ++i;
      else if (c == quote)
        quote = 0;
      continue;
    }
    if (c == '#')
      comment = true;
    else if (c == '"' || c == '\'')
      quote = c;
    else if (c == '.' && ++dots > kMaxDotsOutsideTexts)
      return line;
  }
  return 0;
}

void check_toml_texts(const toml::node& root, const std::string& file, Diagnostics& diagnostics,
                      const Repertoire* drawable) {
  if (const auto* s = root.as_string()) {
    check_text(root, s->get(), file, diagnostics, drawable);
  } else if (const auto* table = root.as_table()) {
    for (const auto& [key, value] : *table) check_toml_texts(value, file, diagnostics, drawable);
  } else if (const auto* array = root.as_array()) {
    for (const auto& value : *array) check_toml_texts(value, file, diagnostics, drawable);
  }
}

}  // namespace baocao

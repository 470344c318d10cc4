#include "core/repertoire.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <utf8proc.h>

#include "core/i18n.hpp"

namespace baocao {

bool Repertoire::contains(char32_t c) const {
  return std::binary_search(code_points.begin(), code_points.end(), c);
}

std::size_t find_undrawable(std::string_view text, const Repertoire& repertoire) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) return i;
    bool layout = cp == '\n' || cp == '\t' || cp == '\r';
    if (!layout && !repertoire.contains(static_cast<char32_t>(cp))) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::string_view::npos;
}

std::string undrawable_message(std::string_view text, std::size_t offset,
                               const Repertoire& repertoire) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + offset);
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(text.size() - offset), &cp);
  if (n <= 0) return tr("a byte that is not UTF-8 cannot be printed");
  // The character itself is shown when it is visible at all.
  bool visible = cp >= 0x20 && !(cp >= 0x7F && cp < 0xA0);
  std::string shown =
      visible ? fmt::format(" \"{}\"", text.substr(offset, static_cast<std::size_t>(n))) : "";
  return trf(
      "the character U+{:04X}{} has no glyph in the font {}, so it cannot be "
      "printed",
      static_cast<std::uint32_t>(cp), shown, repertoire.font_name);
}

std::string undrawable_hint() {
  return tr(
      "replace or remove that character (the font covers every Vietnamese letter, ₫, – and "
      "→)");
}

}  // namespace baocao

#include "xlsx/text.hpp"

#include <cstdint>

namespace baocao::xlsx {
namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// The control characters libxlsxwriter rewrites as `_xHHHH_` (all but tab, LF and CR).
bool becomes_escape(char c) {
  auto u = static_cast<unsigned char>(c);
  return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

// True when text[i] is the `_` of a `_xHHHH_` Excel would decode.
bool starts_escape(std::string_view text, std::size_t i) {
  if (i + 6 >= text.size() || text[i] != '_' || text[i + 1] != 'x') return false;
  for (std::size_t k = 2; k < 6; ++k)
    if (!is_hex(text[i + k])) return false;
  return text[i + 6] == '_' || becomes_escape(text[i + 6]);
}

}  // namespace

std::string escape_cell_text(std::string_view text) {
  // Most text has neither: copy it as it is (millions of data cells go through here).
  if (text.find("_x") == std::string_view::npos && text.find('\0') == std::string_view::npos)
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\0') {
      out += "_x0000_";
    } else if (starts_escape(text, i)) {
      out += "_x005F_";
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string column_name(std::uint16_t col) {
  std::string name;
  unsigned n = col + 1u;
  while (n > 0) {
    unsigned rem = (n - 1) % 26;
    name.insert(name.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return name;
}

std::string cell_name(std::uint32_t row, std::uint16_t col) {
  return column_name(col) + std::to_string(row + 1);
}

std::string absolute_cell_name(std::uint32_t row, std::uint16_t col) {
  return "$" + column_name(col) + "$" + std::to_string(row + 1);
}

}  // namespace baocao::xlsx

#include "core/unicode.hpp"

#include <cstdlib>
#include <memory>

#include <fmt/format.h>
#include <utf8proc.h>

namespace baocao {
namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

bool is_c1_at(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
         static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}

bool is_c0_or_del(unsigned char c, bool layout) {
  if (layout && (c == '\t' || c == '\n' || c == '\r')) return false;
  return c < 0x20 || c == 0x7F;
}

}  // namespace

std::size_t find_control_character(std::string_view text, bool layout) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (is_c0_or_del(static_cast<unsigned char>(text[i]), layout) || is_c1_at(text, i)) return i;
  return std::string_view::npos;
}

std::string control_character_name(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {};
  unsigned value = static_cast<unsigned char>(text[offset]);
  if (is_c1_at(text, offset)) value = static_cast<unsigned char>(text[offset + 1]);
  return fmt::format("U+{:04X}", value);
}

std::string terminal_safe(std::string_view text) {
  std::size_t first_bad = find_control_character(text, false);
  if (first_bad == std::string_view::npos && find_invalid_utf8(text) == std::string_view::npos)
    return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (is_c1_at(text, i)) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned char>(text[i + 1]));
      i += 2;
      continue;
    }
    if (is_c0_or_del(c, false)) {
      out += fmt::format("\\x{:02X}", c);
      ++i;
      continue;
    }
    std::size_t n = 1;
    if (c >= 0x80) {
      std::size_t bad = find_invalid_utf8(text.substr(i, 4));
      // The sequence at i is valid when the first invalid byte (if any) lies past it.
      n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (bad == 0 || (bad != std::string_view::npos && bad < n) || i + n > text.size()) {
        out += fmt::format("\\x{:02X}", c);
        ++i;
        continue;
      }
    }
    out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

std::size_t find_invalid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n < 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::string_view::npos;
}

std::string to_nfc(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                        static_cast<utf8proc_ssize_t>(text.size()), &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::size_t count_utf16_units(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++n;
    if (c >= 0xF0) ++n;  // a four-byte sequence is a surrogate pair
  }
  return n;
}

std::string to_upper(std::string_view text) {
  std::string nfc = to_nfc(text);
  std::string out;
  out.reserve(nfc.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(nfc.data());
  std::size_t i = 0;
  while (i < nfc.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(nfc.size() - i), &cp);
    if (n <= 0) break;
    utf8proc_uint8_t buf[4];
    auto m = utf8proc_encode_char(utf8proc_toupper(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(m));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace baocao

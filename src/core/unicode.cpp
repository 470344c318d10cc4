#include "core/unicode.hpp"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace baocao {
namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

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

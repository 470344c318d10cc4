#include "xlsx/sheet_names.hpp"

#include "core/unicode.hpp"

namespace baocao::xlsx {
namespace {

bool forbidden(char c) {
  switch (c) {
    case '[':
    case ']':
    case ':':
    case '*':
    case '?':
    case '/':
    case '\\':
      return true;
    default:
      return static_cast<unsigned char>(c) < 0x20;
  }
}

std::string replace_forbidden(std::string_view text) {
  std::string out;
  for (char c : text) out += forbidden(c) ? '-' : c;
  return out;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\'')) s.remove_suffix(1);
  return std::string(s);
}

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Bytes the name takes in 'name'!: apostrophes are doubled.
std::size_t quoted_bytes(std::string_view name) {
  std::size_t n = name.size() + 2;
  for (char c : name) n += c == '\'' ? 1 : 0;
  return n;
}

// The longest prefix, on a character boundary, within both limits less `reserve` code points.
std::string shorten(std::string_view name, std::size_t reserve_points, std::size_t reserve_bytes) {
  std::string out(name);
  while (!out.empty() && (count_utf16_units(out) + reserve_points > kMaxSheetNameUnits ||
                          quoted_bytes(out) + reserve_bytes > kMaxQuotedSheetBytes)) {
    while (!out.empty() && is_continuation(out.back())) out.pop_back();
    if (!out.empty()) out.pop_back();  // the lead byte: a whole character is gone
  }
  return trim(out);
}

std::string clean(std::string_view wanted) {
  if (find_invalid_utf8(wanted) != std::string_view::npos) return {};
  return shorten(trim(replace_forbidden(to_nfc(wanted))), 0, 0);
}

}  // namespace

bool SheetNames::is_free(const std::string& name) const {
  std::string key = to_upper(name);
  return key != "HISTORY" && !taken_.contains(key);
}

std::string SheetNames::claim(std::string_view wanted, std::string_view fallback) {
  std::string base = clean(wanted);
  if (base.empty()) base = clean(fallback);
  std::string name = base;
  for (int n = 2; !is_free(name); ++n) {
    std::string suffix = " (" + std::to_string(n) + ")";
    name = shorten(base, suffix.size(), suffix.size()) + suffix;
  }
  taken_.insert(to_upper(name));
  return name;
}

}  // namespace baocao::xlsx

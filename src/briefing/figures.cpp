#include "briefing/figures.hpp"

#include <cstdlib>
#include <memory>

#include <fmt/format.h>
#include <utf8proc.h>

#include "format/vietnamese.hpp"

namespace baocao::briefing {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The code point at the start of `s` and its length in bytes; {-1, 0} at the end.
std::pair<utf8proc_int32_t, std::size_t> first_code_point(std::string_view s) {
  if (s.empty()) return {-1, 0};
  utf8proc_int32_t cp = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                            static_cast<utf8proc_ssize_t>(s.size()), &cp);
  if (n <= 0) return {-1, 0};
  return {cp, static_cast<std::size_t>(n)};
}

std::string encode(utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

}  // namespace

std::string number_line(Preset preset, std::string_view symbol, std::string_view number) {
  number = trim(number);
  if (preset == Preset::party) {
    if (number.empty()) return fmt::format("Số    -BC/{}", symbol);
    return fmt::format("Số {}-BC/{}", number, symbol);
  }
  if (number.empty()) return fmt::format("Số:     /BC-{}", symbol);
  std::string shown(number);
  if (all_digits(shown) && shown.size() == 1) shown = "0" + shown;
  return fmt::format("Số: {}/BC-{}", shown, symbol);
}

std::string place_date_line(std::string_view place, const Date& date) {
  return fmt::format("{}, {}", place, vi::date(date));
}

std::string result_verb(bool is_estimate) {
  return is_estimate ? "ước đạt" : "đạt";
}

std::string carry_out_verb(bool is_estimate) {
  return is_estimate ? "ước thực hiện" : "thực hiện";
}

std::string plan_word(const SummaryRow& row, const Period& report_period) {
  std::string word = row.indicator.plan_word;
  if (report_period.is_sub_year() && row.plan_period.kind == PeriodKind::year) word += " năm";
  return word;
}

namespace {
// The letters of level-3 headings, in the order of Vietnamese documents (no f, j, w, z).
constexpr const char* kLetters[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
constexpr int kLetterCount = static_cast<int>(std::size(kLetters));
}  // namespace

std::string heading_number(int level, int n) {
  if (level == 1) return vi::roman(n) + ".";
  if (level == 2) return fmt::format("{}.", n);
  if (n >= 1 && n <= kLetterCount) return std::string(kLetters[n - 1]) + ")";
  return fmt::format("{})", n);
}

bool has_heading_number(int level, std::string_view text) {
  std::size_t i = 0;
  if (level == 1) {
    while (i < text.size() && std::string_view("IVXLCDM").find(text[i]) != std::string_view::npos)
      ++i;
    return i > 0 && i + 1 < text.size() && text[i] == '.' && text[i + 1] == ' ';
  }
  if (level == 2) {
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i > 0 && i + 1 < text.size() && text[i] == '.' && text[i + 1] == ' ';
  }
  for (const char* letter : kLetters) {
    std::string prefix = std::string(letter) + ") ";
    if (text.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

std::string lower_first(std::string_view text) {
  auto [first, n1] = first_code_point(text);
  if (first < 0) return std::string(text);
  auto [second, n2] = first_code_point(text.substr(n1));
  (void)n2;
  if (second >= 0 && utf8proc_isupper(second)) return std::string(text);
  return encode(utf8proc_tolower(first)) + std::string(text.substr(n1));
}

std::string recipient_line(std::string_view item, bool last) {
  item = trim(item);
  if (!item.empty() && (item.front() == '-' || item.front() == '+')) item = trim(item.substr(1));
  while (!item.empty() && (item.back() == ';' || item.back() == '.' || item.back() == ','))
    item = trim(item.substr(0, item.size() - 1));
  return fmt::format("- {}{}", item, last ? "." : ";");
}

std::string fold(std::string_view text) {
  utf8proc_uint8_t* mapped = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                        static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                       UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  if (n < 0) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
  std::string_view folded(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  std::string out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 2, "đ") == 0) {  // U+0111 has no decomposition
      out += 'd';
      ++i;
    } else if (folded[i] == ' ' || folded[i] == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += folded[i];
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace baocao::briefing

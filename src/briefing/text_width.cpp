#include "briefing/text_width.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace baocao::briefing {
namespace {

// Times-Roman advance widths of printable ASCII (32…126), in thousandths of an em.
constexpr std::array<std::uint16_t, 95> kAscii = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // ' '…'/'
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // '0'…'?'
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // '@'…'O'
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // 'P'…'_'
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // '`'…'o'
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};      // 'p'…'~'

// Bold faces are a little wider; digits are not, but letters dominate the estimate's error.
constexpr double kBold = 1.06;

// Decodes the code point at `i` and moves past it; a stray byte counts as one code point.
char32_t next(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  int extra = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  char32_t c = extra == 0 ? b : b & (0x3F >> extra);
  ++i;
  for (int k = 0; k < extra && i < s.size(); ++k, ++i) c = (c << 6) | (byte(i) & 0x3F);
  return c;
}

bool is_no_break_space(char32_t c) {
  return c == U'\u00A0';
}

// Thousandths of an em. Vietnamese letters (NFC) are a Latin letter with marks: as wide as
// an upper-case or a lower-case letter, told apart by where they sit in their blocks.
double advance(char32_t c) {
  if (c >= 32 && c < 127) return kAscii[c - 32];
  if (c >= 0x300 && c < 0x370) return 0;  // combining marks
  if (is_no_break_space(c)) return 250;
  if (c == U'\u2013') return 500;                           // en dash
  if (c == U'\u2014') return 1000;                          // em dash
  bool upper = (c >= 0xC0 && c <= 0xDE) ||                  // Latin-1: À…Þ
               (c >= 0x100 && c < 0x250 && c % 2 == 0) ||   // Latin Extended: Ă ă, Đ đ …
               (c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0);  // Vietnamese: Ạ ạ, Ấ ấ …
  if (c == 0x1AF) upper = true;                             // Ư (its pair ư is even)
  if (c == 0x1B0) upper = false;
  return upper ? 722 : 480;
}

}  // namespace

double text_width_em(std::string_view utf8, bool bold) {
  double total = 0;
  for (std::size_t i = 0; i < utf8.size();) total += advance(next(utf8, i));
  return total / 1000 * (bold ? kBold : 1);
}

double widest_word_em(std::string_view utf8, bool bold) {
  double widest = 0, word = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = next(utf8, i);
    if (c == U' ' || c == U'\n' || c == U'\t') {
      widest = std::max(widest, word);
      word = 0;
      continue;
    }
    word += advance(c);
  }
  return std::max(widest, word) / 1000 * (bold ? kBold : 1);
}

}  // namespace baocao::briefing

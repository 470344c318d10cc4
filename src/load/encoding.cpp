#include "load/encoding.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao {
namespace {

// What a byte above 0x7F is in each encoding, as far as Vietnamese text goes.
enum Class : std::uint8_t {
  other = 0,   // not used for Vietnamese: evidence against the encoding
  neutral,     // punctuation the encoding shares with Windows-1252 (smart quotes, dashes)
  letter,      // a letter on its own (TCVN3: every letter; VNI: ơ ư đ and the toned i's)
  toned,       // TCVN3: a vowel carrying a tone mark
  mark_tone,   // Windows-1258: a combining tone mark; VNI: a tone byte after a vowel
  mark_shape,  // VNI: circumflex/breve (with or without a tone) after a vowel
};

using Table = std::array<Class, 256>;

constexpr Table make_table(
    std::initializer_list<std::pair<Class, std::initializer_list<int>>> rows) {
  Table t{};
  for (int b : {0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xA0}) t[b] = neutral;
  for (const auto& [cls, bytes] : rows)
    for (int b : bytes) t[b] = cls;
  return t;
}

constexpr Table kWindows1258 = make_table({
    // â ê ô ă ơ ư đ in both cases, and the precomposed vowels à á è é í ó ù ú.
    {letter,
     {0xC2, 0xCA, 0xD4, 0xC3, 0xD5, 0xDD, 0xD0, 0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xFD, 0xF0, 0xC0,
      0xC1, 0xC8, 0xC9, 0xCD, 0xD3, 0xD9, 0xDA, 0xE0, 0xE1, 0xE8, 0xE9, 0xED, 0xF3, 0xF9, 0xFA}},
    // Combining grave, hook above, tilde, acute, dot below.
    {mark_tone, {0xCC, 0xD2, 0xDE, 0xEC, 0xF2}},
});

constexpr Table kVni = make_table({
    // ơ ư đ Ơ Ư Đ, and i with a tone (í ì ỉ ĩ ị, Í Ì Ỉ Ĩ Ị), ỵ Ỵ: one byte each.
    {letter,
     {0xF4, 0xF6, 0xF1, 0xD4, 0xD6, 0xD1, 0xED, 0xEC, 0xE6, 0xF3, 0xF2, 0xCD, 0xCC, 0xC6, 0xD3,
      0xD2, 0xEE, 0xCE}},
    // Tone bytes written after the vowel: grave, acute, hook, tilde, dot below (both cases).
    {mark_tone, {0xF8, 0xF9, 0xFB, 0xF5, 0xEF, 0xD8, 0xD9, 0xDB, 0xD5, 0xCF}},
    // Circumflex and breve, alone or with a tone, written after the vowel.
    {mark_shape, {0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4, 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB,
                  0xC2, 0xC1, 0xC0, 0xC5, 0xC3, 0xC4, 0xCA, 0xC9, 0xC8, 0xDA, 0xDC, 0xCB}},
});

constexpr Table kTcvn3 = make_table({
    // Ă Â Ê Ô Ơ Ư Đ, ă â ê ô ơ ư đ.
    {letter, {0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE}},
    // The 60 lower-case vowels with a tone: B5-B9, BB-BE, C6-CC, CE-D8, DC-DF, E1-EF, F1-FE.
    {toned,
     {0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
      0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
      0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
      0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE}},
});

bool is_ascii_vowel(unsigned char c) {
  switch (c | 0x20) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

// Windows-1258 vowels that can take a combining tone: â ê ô ă ơ ư in both cases.
bool is_1258_vowel(unsigned char c) {
  switch (c) {
    case 0xC2:
    case 0xCA:
    case 0xD4:
    case 0xC3:
    case 0xD5:
    case 0xDD:
    case 0xE2:
    case 0xEA:
    case 0xF4:
    case 0xE3:
    case 0xF5:
    case 0xFD:
      return true;
    default:
      return false;
  }
}

bool is_ascii_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}

// In both Windows-1258 and VNI the bytes C0-DF are capitals: not in the middle of a word.
bool capital_inside_word(unsigned char prev, unsigned char b) {
  return b >= 0xC0 && b <= 0xDF && is_ascii_lower(prev);
}

// Evidence for each encoding from byte `b` after byte `prev`: a clear Vietnamese pattern counts
// 2, a plausible letter 1, a byte the encoding would not produce in Vietnamese text -1 or -2.
int score_windows1258(unsigned char prev, unsigned char b) {
  switch (kWindows1258[b]) {
    case letter:
      return capital_inside_word(prev, b) ? -1 : 1;
    case mark_tone:
      return is_ascii_vowel(prev) || is_1258_vowel(prev) ? 2 : -2;
    case neutral:
      return 0;
    default:
      return -1;
  }
}

int score_vni(unsigned char prev, unsigned char b) {
  if (kVni[b] != other && kVni[b] != neutral && capital_inside_word(prev, b)) return -1;
  switch (kVni[b]) {
    case letter:
      return 1;
    case mark_tone:  // also after ơ / ư, which are single bytes
      return is_ascii_vowel(prev) || prev == 0xF4 || prev == 0xF6 || prev == 0xD4 || prev == 0xD6
                 ? 2
                 : -2;
    case mark_shape:
      return is_ascii_vowel(prev) ? 2 : -2;
    case neutral:
      return 0;
    default:
      return -1;
  }
}

int score_tcvn3(unsigned char prev, unsigned char b) {
  switch (kTcvn3[b]) {
    case letter:
      return 1;
    case toned:
      // A syllable has one tone, and after a or e the tone is on the a or e itself ("ái",
      // "éo"): a toned vowel after another, or after a/e, is not Vietnamese.
      if (kTcvn3[prev] == toned || (prev | 0x20) == 'a' || (prev | 0x20) == 'e') return -2;
      return 1;
    case neutral:
      return 0;
    default:
      return -1;
  }
}

// Length of the valid UTF-8 sequence starting at `i`, or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80                 ? 1
                  : b >= 0xC2 && b <= 0xDF ? 2
                  : b >= 0xE0 && b <= 0xEF ? 3
                  : b >= 0xF0 && b <= 0xF4 ? 4
                                           : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  auto b1 = static_cast<unsigned char>(n > 1 ? s[i + 1] : 0);
  if (n == 3 && ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F))) return 0;
  if (n == 4 && ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F))) return 0;
  return n;
}

}  // namespace

std::string_view encoding_name(LegacyEncoding e) {
  switch (e) {
    case LegacyEncoding::windows1258:
      return "Windows-1258";
    case LegacyEncoding::tcvn3:
      return "TCVN3 (ABC)";
    case LegacyEncoding::vni:
      return "VNI";
    case LegacyEncoding::unknown:
      break;
  }
  return {};
}

std::string_view unicode_bom_name(std::string_view head) {
  // UTF-32 LE's mark begins with UTF-16 LE's: test it first.
  if (head.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32 LE";
  if (head.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32 BE";
  if (head.starts_with("\xFF\xFE")) return "UTF-16 LE";
  if (head.starts_with("\xFE\xFF")) return "UTF-16 BE";
  return {};
}

std::string utf8_save_hint() {
  return tr(
      "save it as UTF-8: in Excel, Save As \"CSV UTF-8 (Comma delimited)\" (not \"Unicode "
      "Text\"); in Notepad, Save As with Encoding \"UTF-8\" (not \"Unicode\")");
}

LegacyEncoding guess_legacy_encoding(std::string_view bytes) {
  int w = 0, t = 0, v = 0;
  unsigned char prev = ' ';
  for (std::size_t i = 0; i < bytes.size();) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if (b >= 0x80) {
      if (std::size_t n = utf8_length(bytes, i); n > 1) {  // UTF-8 text among the legacy bytes
        i += n;
        prev = ' ';
        continue;
      }
      w += score_windows1258(prev, b);
      t += score_tcvn3(prev, b);
      v += score_vni(prev, b);
    }
    prev = b;
    ++i;
  }
  int best = std::max({w, t, v});
  int runner_up = best == w ? std::max(t, v) : best == t ? std::max(w, v) : std::max(w, t);
  if (best <= 0 || best == runner_up) return LegacyEncoding::unknown;
  return best == w   ? LegacyEncoding::windows1258
         : best == t ? LegacyEncoding::tcvn3
                     : LegacyEncoding::vni;
}

std::string printable(std::string_view text, std::size_t max_code_points) {
  std::string out;
  std::size_t shown = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (shown == max_code_points) {
      out += "…";
      break;
    }
    auto b = static_cast<unsigned char>(text[i]);
    std::size_t n = utf8_length(text, i);
    if (n == 0 || b < 0x20 || b == 0x7F) {
      out += fmt::format("\\x{:02X}", b);
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
    ++shown;
  }
  return out;
}

}  // namespace baocao

#include "load/number.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>
#include <vector>

#include "core/i18n.hpp"

namespace baocao {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

struct Syntax {
  int fraction_digits = 0;
  bool dot_groups_thousands = false;
};

// [+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?
std::optional<Syntax> check_syntax(std::string_view s) {
  std::size_t i = 0, n = s.size();
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t int_begin = i;
  while (i < n && is_digit(s[i])) ++i;
  std::size_t int_digits = i - int_begin;
  std::size_t frac_digits = 0, frac_needed = 0;
  bool dot = false;
  if (i < n && s[i] == '.') {
    dot = true;
    std::size_t frac_begin = ++i;
    while (i < n && is_digit(s[i])) ++i;
    frac_digits = i - frac_begin;
    std::size_t last = i;
    while (last > frac_begin && s[last - 1] == '0') --last;  // 146.880 needs two digits
    frac_needed = last - frac_begin;
  }
  if (int_digits + frac_digits == 0) return std::nullopt;
  long exponent = 0;
  bool has_exponent = false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    has_exponent = true;
    ++i;
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    std::size_t exp_begin = i;
    for (; i < n && is_digit(s[i]); ++i)
      if (exponent < 100000) exponent = exponent * 10 + (s[i] - '0');
    if (i == exp_begin) return std::nullopt;
    if (negative) exponent = -exponent;
  }
  if (i != n) return std::nullopt;
  Syntax out;
  long digits = static_cast<long>(frac_needed) - exponent;
  out.fraction_digits = static_cast<int>(digits < 0 ? 0 : digits > 1000 ? 1000 : digits);
  out.dot_groups_thousands =
      dot && !has_exponent && int_digits >= 1 && int_digits <= 3 && frac_digits == 3;
  return out;
}

std::string_view strip_sign(std::string_view s, std::string& sign) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    if (s[0] == '-') sign = "-";
    s.remove_prefix(1);
  }
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (;;) {
    auto k = s.find(sep);
    parts.push_back(s.substr(0, k));
    if (k == std::string_view::npos) return parts;
    s.remove_prefix(k + 1);
  }
}

// "2.744.000" with sep '.': the digits without separators, when the groups are those of a
// thousands separator (1-3 digits, then groups of exactly 3).
std::optional<std::string> ungroup(std::string_view s, char sep) {
  auto groups = split(s, sep);
  std::string digits;
  for (std::size_t k = 0; k < groups.size(); ++k) {
    auto g = groups[k];
    bool ok = k == 0 ? !g.empty() && g.size() <= 3 : g.size() == 3;
    for (char c : g) ok = ok && is_digit(c);
    if (!ok) return std::nullopt;
    digits += g;
  }
  return digits;
}

// Digits alone, with an optional sign: "9007199254740993", not "9.007e15".
bool is_whole_text(std::string_view s) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_digit(c)) return false;
  return !s.empty();
}

std::string join_reasons(const std::vector<std::string>& reasons) {
  // "thousands separators, spaces and a % sign": one list, said as "has LIST".
  std::string list;
  for (std::size_t k = 0; k < reasons.size(); ++k) {
    if (k > 0) list += k + 1 == reasons.size() ? tr(" and ") : ", ";
    list += reasons[k];
  }
  return trf("has {}", list);
}

// For text that is not a number: the number it may mean when written with a decimal comma,
// thousands separators, spaces or a % sign, or nothing when no such reading exists.
void guess_meaning(std::string_view text, ParsedNumber& out) {
  std::string cleaned;
  std::vector<std::string> reasons;
  bool spaces = false, percent = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string_view rest = text.substr(i);
    if (c == ' ' || c == '\t') {
      spaces = true;
    } else if (rest.starts_with("\xC2\xA0") || rest.starts_with("\xE2\x80\xAF") ||
               rest.starts_with("\xE2\x80\x89")) {  // no-break, narrow no-break, thin space
      spaces = true;
      i += rest[0] == '\xC2' ? 1 : 2;
    } else if (c == '%' && (i == 0 || i + 1 == text.size())) {
      percent = true;
    } else {
      cleaned += c;
    }
  }
  std::string sign;
  std::string_view body = strip_sign(cleaned, sign);
  for (char c : body)
    if (!is_digit(c) && c != '.' && c != ',') return;
  auto dots = std::count(body.begin(), body.end(), '.');
  auto commas = std::count(body.begin(), body.end(), ',');
  std::string meant;
  if (dots > 0 && commas > 0) {
    // The separator written last is the decimal one: 18.797,39 or 18,797.39.
    char decimal = body.find_last_of(".,") == body.find_last_of('.') ? '.' : ',';
    char thousands = decimal == '.' ? ',' : '.';
    auto k = body.rfind(decimal);
    if (std::count(body.begin(), body.end(), decimal) != 1) return;
    auto whole = ungroup(body.substr(0, k), thousands);
    auto fraction = body.substr(k + 1);
    if (!whole || !(fraction.empty() || all_digits(fraction))) return;
    meant = *whole + (fraction.empty() ? "" : "." + std::string(fraction));
    reasons.push_back(tr("thousands separators"));
    if (decimal == ',') reasons.push_back(tr("a decimal comma"));
  } else if (commas == 1) {
    auto k = body.find(',');
    auto whole = body.substr(0, k), fraction = body.substr(k + 1);
    if (!all_digits(fraction) || !(whole.empty() || all_digits(whole))) return;
    meant = std::string(whole.empty() ? "0" : whole) + "." + std::string(fraction);
    if (fraction.size() == 3 && !whole.empty() && whole.size() <= 3)
      out.meant_otherwise = sign + std::string(whole) + std::string(fraction);
    reasons.push_back(tr("a decimal comma"));
  } else if (commas > 1 || dots > 1) {
    auto digits = ungroup(body, commas > 1 ? ',' : '.');
    if (!digits) return;
    meant = *digits;
    reasons.push_back(tr("thousands separators"));
  } else {
    meant = std::string(body);
  }
  if (spaces) reasons.push_back(tr("spaces"));
  if (percent) reasons.push_back(tr("a % sign"));
  meant = sign + meant;
  if (reasons.empty() || !check_syntax(meant)) {
    out.meant_otherwise.clear();
    return;
  }
  out.problem = join_reasons(reasons);
  out.meant = meant;
}

}  // namespace

ParsedNumber parse_number(std::string_view text) {
  ParsedNumber out;
  if (text.empty()) {
    out.problem = tr("is empty");
    return out;
  }
  if (auto syntax = check_syntax(text)) {
    std::string_view digits = text[0] == '+' ? text.substr(1) : text;
    double v = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec == std::errc::result_out_of_range || (ec == std::errc{} && !std::isfinite(v))) {
      out.problem = tr("is too large or too small to be a figure");
      return out;
    }
    if (ec != std::errc{} || ptr != digits.data() + digits.size()) {
      out.problem = tr("is not a number");
      return out;
    }
    // Every figure is bounded, so that no sum, ratio or chart coordinate made from it can
    // overflow, and a whole number is exact in a double. 2^53 is above the bound; a whole
    // number past it is named as such, since its last digits would silently change.
    if (std::fabs(v) >= kMaxExactInteger && is_whole_text(digits)) {
      out.problem =
          tr("is a whole number beyond 2^53 (9007199254740992): it cannot be held exactly");
      return out;
    }
    if (std::fabs(v) >= kFigureBound) {
      out.problem = tr("is too large: a figure must be below 10^15 (1000000000000000) in size");
      return out;
    }
    out.value = v;
    out.fraction_digits = syntax->fraction_digits;
    out.dot_groups_thousands = syntax->dot_groups_thousands;
    return out;
  }
  std::string lower;
  for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  std::string sign;
  std::string_view bare = strip_sign(lower, sign);
  if (bare == "nan" || bare == "inf" || bare == "infinity" || bare == "#n/a" ||
      bare.starts_with("#div/0") || bare == "#value!" || bare == "#num!") {
    out.problem = tr("is not a figure");
    return out;
  }
  if (bare.starts_with("0x")) {
    out.problem = tr("is a hexadecimal number");
    return out;
  }
  guess_meaning(text, out);
  if (out.problem.empty()) out.problem = tr("is not a number");
  return out;
}

}  // namespace baocao

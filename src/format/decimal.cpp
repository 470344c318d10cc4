#include "format/decimal.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace baocao {
namespace {

// value = ±0.d₁d₂…dₙ × 10^point: the decimal point sits after `point` digits.
struct Digits {
  bool negative = false;
  std::string digits;
  int point = 0;
};

Digits shortest_digits(double value) {
  if (!std::isfinite(value)) return {false, "0", 1};  // callers show such values as missing
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string_view text(buf, static_cast<std::size_t>(end - buf));  // "-1.2345e+03"
  Digits d;
  if (!text.empty() && text.front() == '-') {
    d.negative = true;
    text.remove_prefix(1);
  }
  std::size_t e = text.find('e');
  for (char c : text.substr(0, e))
    if (c != '.') d.digits.push_back(c);
  d.point = std::atoi(std::string(text.substr(e + 1)).c_str()) + 1;
  return d;
}

void round_to(Digits& d, int decimals) {
  long keep = static_cast<long>(d.point) + decimals;
  if (keep >= static_cast<long>(d.digits.size())) return;
  if (keep < 0) {
    d.digits = "0";
    d.point = 1;
    return;
  }
  bool up = d.digits[static_cast<std::size_t>(keep)] >= '5';
  d.digits.resize(static_cast<std::size_t>(keep));
  if (!up) return;
  for (auto it = d.digits.rbegin(); it != d.digits.rend(); ++it) {
    if (*it != '9') {
      ++*it;
      return;
    }
    *it = '0';
  }
  d.digits.insert(d.digits.begin(), '1');  // 9.995 -> 10.00: one more integer digit
  ++d.point;
}

char digit_at(const Digits& d, long i) {
  return i >= 0 && i < static_cast<long>(d.digits.size()) ? d.digits[static_cast<std::size_t>(i)]
                                                          : '0';
}

DecimalText layout(const Digits& d, int decimals) {
  DecimalText t;
  for (long i = 0; i < d.point; ++i) t.integer.push_back(digit_at(d, i));
  if (t.integer.empty()) t.integer = "0";
  // Leading zeros of the integer part come only from an all-zero rounding: strip them.
  std::size_t nonzero = t.integer.find_first_not_of('0');
  t.integer.erase(0, std::min(nonzero, t.integer.size() - 1));
  for (long i = d.point; i < static_cast<long>(d.point) + decimals; ++i)
    t.fraction.push_back(digit_at(d, i));
  bool zero = t.integer == "0" && t.fraction.find_first_not_of('0') == std::string::npos;
  t.negative = d.negative && !zero;
  return t;
}

}  // namespace

DecimalText round_decimal(double value, int decimals) {
  decimals = std::clamp(decimals, 0, 20);
  Digits d = shortest_digits(value);
  round_to(d, decimals);
  return layout(d, decimals);
}

std::string plain_number(double value) {
  if (!std::isfinite(value)) return {};
  Digits d = shortest_digits(value);
  int decimals = std::max(0, static_cast<int>(d.digits.size()) - d.point);
  DecimalText t = layout(d, decimals);
  std::string out = t.negative ? "-" : "";
  out += t.integer;
  if (!t.fraction.empty()) out += "." + t.fraction;
  return out;
}

}  // namespace baocao

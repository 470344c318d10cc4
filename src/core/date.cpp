#include "core/date.hpp"

#include <charconv>

#include <fmt/format.h>

namespace baocao {
namespace {

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

std::optional<int> digits(std::string_view s) {
  int v = 0;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{}) return std::nullopt;
  return v;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = digits(text.substr(0, 4));
  auto m = digits(text.substr(5, 2));
  auto d = digits(text.substr(8, 2));
  if (!y || !m || !d || *y < 1900 || *m < 1 || *m > 12) return std::nullopt;
  if (*d < 1 || *d > days_in_month(*y, *m)) return std::nullopt;
  return Date{*y, *m, *d};
}

std::string Date::to_iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

}  // namespace baocao

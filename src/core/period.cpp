#include "core/period.hpp"

#include <charconv>

#include <fmt/format.h>

namespace baocao {
namespace {

std::optional<int> parse_year(std::string_view s) {
  if (s.size() != 4) return std::nullopt;
  int y = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
  if (ec != std::errc{} || ptr != s.data() + s.size() || y < 1900 || y > 2999) return std::nullopt;
  return y;
}

std::optional<int> parse_two_digits(std::string_view s) {
  if (s.size() != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return std::nullopt;
  return (s[0] - '0') * 10 + (s[1] - '0');
}

}  // namespace

std::optional<Period> Period::parse(std::string_view text) {
  auto year = parse_year(text.substr(0, 4));
  if (!year) return std::nullopt;
  if (text.size() == 4) return of_year(*year);
  if (text.size() < 6 || text[4] != '-') return std::nullopt;
  std::string_view rest = text.substr(5);
  if (auto last = parse_year(rest)) {
    if (*last <= *year) return std::nullopt;
    return of_span(*year, *last);
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4')
    return Period{PeriodKind::quarter, *year, rest[1] - '0', *year};
  if (rest == "H1") return Period{PeriodKind::half, *year, 1, *year};
  if (rest == "9M") return Period{PeriodKind::nine_months, *year, 0, *year};
  if (rest.size() == 3 && rest[0] == 'M') {
    auto m = parse_two_digits(rest.substr(1));
    if (m && *m >= 1 && *m <= 12) return Period{PeriodKind::month, *year, *m, *year};
  }
  return std::nullopt;
}

std::string Period::to_string() const {
  switch (kind) {
    case PeriodKind::year:
      return fmt::format("{}", year);
    case PeriodKind::quarter:
      return fmt::format("{}-Q{}", year, index);
    case PeriodKind::half:
      return fmt::format("{}-H{}", year, index);
    case PeriodKind::nine_months:
      return fmt::format("{}-9M", year);
    case PeriodKind::month:
      return fmt::format("{}-M{:02}", year, index);
    case PeriodKind::span:
      return fmt::format("{}-{}", year, end_year);
  }
  return {};
}

int Period::first_month() const {
  switch (kind) {
    case PeriodKind::quarter:
      return 3 * (index - 1) + 1;
    case PeriodKind::month:
      return index;
    default:
      return 1;
  }
}

Period Period::year_earlier() const {
  Period p = *this;
  --p.year;
  --p.end_year;
  return p;
}

std::uint32_t Period::key() const {
  // year (12 bits above 1900 offset is enough up to 2999: 11 bits), end_year, kind, index.
  auto y = static_cast<std::uint32_t>(year - 1900) & 0x7FF;
  auto e = static_cast<std::uint32_t>(end_year - 1900) & 0x7FF;
  return (y << 21) | (static_cast<std::uint32_t>(kind) << 18) | (e << 7) |
         (static_cast<std::uint32_t>(index) & 0x7F);
}

Period Period::from_key(std::uint32_t k) {
  return Period{static_cast<PeriodKind>((k >> 18) & 0x7),
                static_cast<int>((k >> 21) & 0x7FF) + 1900, static_cast<int>(k & 0x7F),
                static_cast<int>((k >> 7) & 0x7FF) + 1900};
}

Period next_period(const Period& p) {
  switch (p.kind) {
    case PeriodKind::year:
      return Period::of_year(p.year + 1);
    case PeriodKind::quarter:
      return p.index < 4 ? Period{PeriodKind::quarter, p.year, p.index + 1, p.year}
                         : Period{PeriodKind::quarter, p.year + 1, 1, p.year + 1};
    case PeriodKind::month:
      return p.index < 12 ? Period{PeriodKind::month, p.year, p.index + 1, p.year}
                          : Period{PeriodKind::month, p.year + 1, 1, p.year + 1};
    case PeriodKind::half:
      return Period{PeriodKind::nine_months, p.year, 0, p.year};
    case PeriodKind::nine_months:
      return Period::of_year(p.year);
    case PeriodKind::span:
      return Period::of_year(p.end_year + 1);
  }
  return p;
}

std::string vietnamese_name(const Period& p) {
  static constexpr const char* kRoman[] = {"", "I", "II", "III", "IV"};
  switch (p.kind) {
    case PeriodKind::year:
      return fmt::format("năm {}", p.year);
    case PeriodKind::quarter:
      return fmt::format("quý {} năm {}", kRoman[p.index], p.year);
    case PeriodKind::half:
      return fmt::format("6 tháng đầu năm {}", p.year);
    case PeriodKind::nine_months:
      return fmt::format("9 tháng năm {}", p.year);
    case PeriodKind::month:
      return fmt::format("tháng {} năm {}", p.index, p.year);
    case PeriodKind::span:
      return fmt::format("giai đoạn {}-{}", p.year, p.end_year);
  }
  return {};
}

}  // namespace baocao

#pragma once
// A reporting period as written in values.csv: "2023", "2023-Q3", "2023-H1", "2023-9M",
// "2023-M07", or a span of years "2021-2023".

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao {

enum class PeriodKind : std::uint8_t { year, quarter, half, nine_months, month, span };

// Six bytes: one is kept in every Observation, of which a national dataset has millions.
struct Period {
  PeriodKind kind = PeriodKind::year;
  std::uint8_t index = 0;     // quarter 1-4, half 1, month 1-12; 0 otherwise
  std::int16_t year = 0;      // the year; for a span, its first year
  std::int16_t end_year = 0;  // a span's last year; equals `year` otherwise

  constexpr Period() = default;
  // Years are 1900-2999 (parse checks them), so the narrowing below loses nothing.
  constexpr Period(PeriodKind k, int y, int i, int e)
      : kind(k),
        index(static_cast<std::uint8_t>(i)),
        year(static_cast<std::int16_t>(y)),
        end_year(static_cast<std::int16_t>(e)) {}

  static Period of_year(int y) { return {PeriodKind::year, y, 0, y}; }
  static Period of_span(int first, int last) { return {PeriodKind::span, first, 0, last}; }

  // Strict: only the forms above, years 1900-2999, a span's first year before its last.
  static std::optional<Period> parse(std::string_view text);

  std::string to_string() const;
  bool is_span() const { return kind == PeriodKind::span; }
  bool is_sub_year() const { return kind != PeriodKind::year && kind != PeriodKind::span; }
  // The same kind of period a year earlier: 2022-Q3 for 2023-Q3. A span moves by one year too.
  Period year_earlier() const;
  // The month the period begins with: 1 for a year, a half year, nine months or a span, the
  // quarter's or the month's own otherwise.
  int first_month() const;
  // The whole year a period belongs to (a span: its last year).
  Period whole_year() const { return of_year(is_span() ? end_year : year); }

  // A compact key for hashing and sorting: kind, years and index packed in 32 bits.
  std::uint32_t key() const;
  static Period from_key(std::uint32_t key);

  friend bool operator==(const Period&, const Period&) = default;
  friend auto operator<=>(const Period& a, const Period& b) { return a.key() <=> b.key(); }
};

// The next period a department reports after `p`: 2024 after 2023, 2023-Q4 after 2023-Q3,
// 2023-9M after 2023-H1, the year after 2023-9M, the year after a span's last year.
Period next_period(const Period& p);

// How the period is named in Vietnamese sentences: "năm 2023", "quý III năm 2023",
// "6 tháng đầu năm 2023", "9 tháng năm 2023", "tháng 7 năm 2023", "giai đoạn 2021-2023".
std::string vietnamese_name(const Period& p);

}  // namespace baocao

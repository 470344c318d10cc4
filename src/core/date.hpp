#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace baocao {

// A calendar date, used for the report date. Never read from the clock inside the library:
// the CLI passes today in, tests pass a fixed date.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // "YYYY-MM-DD", a real calendar date.
  static std::optional<Date> parse(std::string_view text);
  std::string to_iso() const;  // "2024-01-05"
  friend bool operator==(const Date&, const Date&) = default;
};

}  // namespace baocao

#pragma once
// Numbers as the data contract writes them: a dot before the decimals, no thousands separator,
// an optional sign and exponent. Anything else is refused with the number it may have meant.

#include <optional>
#include <string>
#include <string_view>

namespace baocao {

struct ParsedNumber {
  std::optional<double> value;  // set when the text is a number in the contract's syntax
  // Digits after the decimal point that the value needs: "146.880" has 2, "1.2E+3" has 0.
  int fraction_digits = 0;
  // One dot followed by exactly three digits ("2.744"): for a count, a Vietnamese thousands
  // separator rather than a decimal point.
  bool dot_groups_thousands = false;

  // When `value` is empty: what is wrong, as a phrase after the quoted text ("is empty",
  // "has thousands separators and a decimal comma"), and the number the text may mean
  // ("18797.39"), with a second reading when the text is ambiguous ("1,234": 1.234 or 1234).
  std::string problem;
  std::string meant;
  std::string meant_otherwise;
};

// The contract's bound: |x| < 10^15, as the input sheet validates (15 significant digits are
// what a spreadsheet keeps). A value at or past it is refused.
inline constexpr double kFigureBound = 1e15;
// 2^53: the first whole number past which a double skips whole numbers.
inline constexpr double kMaxExactInteger = 9007199254740992.0;

ParsedNumber parse_number(std::string_view text);

}  // namespace baocao

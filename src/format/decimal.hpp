#pragma once
// Decimal text of a double, rounded the way a person rounds the number they read: half away
// from zero on the shortest decimal form that reads back as the same double. So 2.675 (stored
// as 2.67499999…) rounds to 2.68 and 100.305 to 100.31, as in a hand-checked report.

#include <string>

namespace baocao {

struct DecimalText {
  bool negative = false;  // never set for a value that rounds to zero: no "-0"
  std::string integer;    // "18797", at least one digit
  std::string fraction;   // exactly the digits asked for
};

// `value` must be finite; `decimals` is clamped to 0…20.
DecimalText round_decimal(double value, int decimals);

// The shortest decimal form that parses back to the same double, with `.` decimals and
// no exponent: "18797.39", "1000000", "-0.5", "0". For CSV and other machine-read text.
std::string plain_number(double value);

}  // namespace baocao

#pragma once
// Sheet names that libxlsxwriter 1.1.4 and Excel both accept.

#include <set>
#include <string>
#include <string_view>

#include "core/unicode.hpp"

namespace baocao::xlsx {

// Hands out unique sheet names. Excel compares names without case, also for non-ASCII letters
// ("TỔNG HỢP" clashes with "Tổng hợp"), reserves "History", and allows 31 UTF-16 units (an
// emoji counts two).
// libxlsxwriter cuts defined names (print titles: 'Sheet'!$2:$2, filters) at 127 bytes, in the
// middle of a character: names are kept short in bytes too, so those stay whole.
class SheetNames {
 public:
  // `wanted` made valid (NFC, no []:*?/\, no apostrophe at either end, short) and unique by a
  // " (2)", " (3)"… suffix; `fallback` when nothing of `wanted` is left.
  std::string claim(std::string_view wanted, std::string_view fallback);

 private:
  std::set<std::string> taken_;  // upper case
  bool is_free(const std::string& name) const;
};

// The longest a sheet name may be, in bytes once quoted in a formula (in UTF-16 units it is
// kMaxSheetNameUnits, core/unicode.hpp).
inline constexpr std::size_t kMaxQuotedSheetBytes = 90;

}  // namespace baocao::xlsx

#pragma once
// Text as it must reach libxlsxwriter 1.1.4, which writes strings as given.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace baocao::xlsx {

// Excel decodes `_xHHHH_` in cell and comment text as the character U+HHHH, and libxlsxwriter
// does not escape it: "_x0041_" would read back as "A". The escape of `_` itself is `_x005F_`,
// so "_x0041_" is written "_x005F_x0041_". libxlsxwriter turns control characters into
// `_xHHHH_` after us, so a control character also ends a sequence; NUL (which would cut the C
// string) is escaped here.
std::string escape_cell_text(std::string_view text);

// Excel's limit for a cell, counted in code points as libxlsxwriter counts it.
inline constexpr std::size_t kMaxCellCodePoints = 32767;

// "C5" for row 4, column 2 (0-based), for formulas and messages.
std::string cell_name(std::uint32_t row, std::uint16_t col);
// "$C$5": the same cell, absolute.
std::string absolute_cell_name(std::uint32_t row, std::uint16_t col);
// "C" for column 2.
std::string column_name(std::uint16_t col);

}  // namespace baocao::xlsx

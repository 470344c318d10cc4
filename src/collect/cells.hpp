#pragma once
// Cells as a returned workbook holds them: references ("B7", "'Nhập số liệu'!$A$5:$M$40")
// and values, whatever the program that saved the file (Excel, LibreOffice, WPS).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::collect {

struct CellRef {
  std::uint32_t row = 0;     // 1-based
  std::uint32_t column = 0;  // 1-based: A = 1
  friend bool operator==(const CellRef&, const CellRef&) = default;
  friend auto operator<=>(const CellRef&, const CellRef&) = default;
};

// "B7", "$B$7"; nullopt for anything else (Excel's limits: 16384 columns, 1048576 rows).
std::optional<CellRef> parse_cell_ref(std::string_view text);
// "B7".
std::string cell_name(CellRef ref);
std::string column_name(std::uint32_t column);

// A rectangle on a named sheet, as a defined name refers to it.
struct AreaRef {
  std::string sheet;
  CellRef first, last;
  bool contains(CellRef ref) const {
    return ref.row >= first.row && ref.row <= last.row && ref.column >= first.column &&
           ref.column <= last.column;
  }
};
// "'Nhập số liệu'!$A$5:$M$40", "Sheet1!A5:M40", "'It''s'!$B$2" (a single cell).
std::optional<AreaRef> parse_area_ref(std::string_view text);

enum class CellKind : std::uint8_t { number, text, boolean, error, date };

struct Cell {
  CellRef at;
  CellKind kind = CellKind::text;
  double number = 0;  // number, boolean (0/1), date (the serial as stored)
  std::string text;   // text, error ("#DIV/0!"), a date's ISO text (t="d"), a number as written
};

}  // namespace baocao::collect

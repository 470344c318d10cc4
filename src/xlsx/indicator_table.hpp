#pragma once
// The table of indicators shared by "Tổng hợp" and the group sheets: one row per indicator,
// with % of plan and change as formulas over the cells beside them.

#include <string>
#include <vector>

#include "xlsx/sheets.hpp"

namespace baocao::xlsx {

// A run of rows under a group heading ("I. Kinh tế"); no heading when `heading` is empty.
struct TableSection {
  std::string heading;
  std::vector<const SummaryRow*> rows;
};

// The columns: STT, Chỉ tiêu, Đơn vị tính, then the catalogue's workbook figures
// (compute/figures.hpp) in their workbook order: the same period a year earlier, the plan,
// the result with its "Ước" mark, % of plan and the change (formulas) with the change's unit,
// average growth, status, next year's plan; then Ghi chú and, last, Mã chỉ tiêu.
// Writes the title in row 0, the header in row 1 and the sections below; frozen past the name,
// printed without the code column.
void write_indicator_table(Context& cx, Sheet& sheet, const std::string& title,
                           const std::vector<TableSection>& sections);

}  // namespace baocao::xlsx

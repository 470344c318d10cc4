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

enum TableColumn : std::uint16_t {
  kNumber,      // STT
  kCode,        // Mã chỉ tiêu
  kName,        // Chỉ tiêu
  kUnit,        // Đơn vị tính
  kPrevious,    // the same period a year earlier
  kPlan,        // plan of the period
  kResult,      // actual, else estimate
  kEstimate,    // "Ước" when the result is an estimate
  kPctPlan,     // % of plan: formula
  kChange,      // change vs a year earlier: formula
  kChangeUnit,  // %, điểm %, tiêu chí
  kAvgGrowth,   // average annual growth over the term
  kStatus,      // Đạt, Vượt, Không đạt, Không đánh giá
  kNote,        // what a reader must know about the row
  kTableColumns
};

// Writes the title in row 0, the header in row 1 and the sections below.
void write_indicator_table(Context& cx, Sheet& sheet, const std::string& title,
                           const std::vector<TableSection>& sections);

// "I", "II", … for group headings.
std::string roman(int n);

}  // namespace baocao::xlsx

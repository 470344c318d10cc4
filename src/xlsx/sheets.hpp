#pragma once
// The parts of a workbook, one file each, in the order their sheets appear.

#include <cstddef>
#include <string>
#include <vector>

#include "xlsx/book.hpp"
#include "xlsx/scope.hpp"
#include "xlsx/workbook.hpp"

namespace baocao::xlsx {

// Indicator columns of one "Địa bàn" sheet: Excel's 16,384 columns less the 4 fixed ones.
inline constexpr std::size_t kAreaColumnsPerSheet = 16384 - 4;

struct Context {
  const WorkbookInput& input;
  const Scope& scope;
  Book& book;

  const Dataset& data() const { return input.data; }
  const Summary& summary() const { return input.summary; }
  lxw_format* format(Style style, int decimals = 0) { return book.formats().get(style, decimals); }
  // "thị xã An Khê", or the department's name in a department workbook.
  std::string owner() const;
};

void write_summary_sheet(Context& cx, Sheet& sheet);                          // "Tổng hợp"
void write_group_sheet(Context& cx, Sheet& sheet, const std::string& group);  // one a group
// "Địa bàn", "Địa bàn (2)"…: part i holds the indicators i × kAreaColumnsPerSheet onwards.
void write_area_sheet(Context& cx, Sheet& sheet, std::size_t part);
void write_chart_sheet(Context& cx, Sheet& sheet);  // "Biểu đồ"
// Whether the scope has anything to draw: only then is there a "Biểu đồ" sheet.
bool has_charts(const Scope& scope);
// "Dữ liệu", "Dữ liệu (2)"…: `sheets` holds ceil(observations / rows_per_sheet) sheets.
void write_data_sheets(Context& cx, const std::vector<Sheet*>& sheets, std::size_t rows_per_sheet);
void write_input_sheet(Context& cx, Sheet& sheet);  // "Nhập số liệu"
void write_info_sheet(Context& cx, Sheet& sheet);   // "Thông tin"
void write_properties(Context& cx);

}  // namespace baocao::xlsx

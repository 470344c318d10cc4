#include <fmt/format.h>

#include "xlsx/labels.hpp"
#include "xlsx/sheets.hpp"

namespace baocao::xlsx {
namespace {

constexpr std::uint32_t kHeaderRow = 2;
constexpr std::uint16_t kFirstIndicatorColumn = 4;
static_assert(kAreaColumnsPerSheet == 16384 - kFirstIndicatorColumn);

// One column: an indicator with a result for some area, and its figure for each area (null
// where it does not apply). An indicator without any is left out: a column of dashes says nothing.
struct AreaColumn {
  const SummaryRow* row = nullptr;
  std::vector<const AreaFigure*> by_area;
};

// The columns of sheet `part`: the indicators with area figures, kAreaColumnsPerSheet a sheet.
std::vector<AreaColumn> columns_of(Context& cx, std::size_t part) {
  std::vector<AreaColumn> columns;
  std::size_t seen = 0;
  for (const SummaryRow* r : cx.scope.rows) {
    if (!has_area_result(*r) || seen++ / kAreaColumnsPerSheet != part) continue;
    AreaColumn column{r, std::vector<const AreaFigure*>(cx.data().areas.size(), nullptr)};
    for (const AreaFigure& f : r->areas)
      if (f.area < column.by_area.size()) column.by_area[f.area] = &f;
    columns.push_back(std::move(column));
  }
  return columns;
}

// Areas with a figure for some indicator, in areas.csv order.
std::vector<std::uint32_t> areas_of(Context& cx, const std::vector<AreaColumn>& columns) {
  std::vector<std::uint32_t> areas;
  for (std::uint32_t a = 0; a < cx.data().areas.size(); ++a) {
    for (const AreaColumn& c : columns) {
      if (c.by_area[a] != nullptr) {
        areas.push_back(a);
        break;
      }
    }
  }
  return areas;
}

void header(Context& cx, Sheet& s, const std::vector<AreaColumn>& columns) {
  s.row_height(kHeaderRow, 64);
  const char* fixed[kFirstIndicatorColumn] = {"STT", "Mã địa bàn", "Phường, xã", "Loại"};
  for (std::uint16_t c = 0; c < kFirstIndicatorColumn; ++c)
    s.text(kHeaderRow, c, fixed[c], cx.format(Style::header));
  std::uint16_t c = kFirstIndicatorColumn;
  for (const AreaColumn& column : columns) {
    const Indicator& ind = column.row->indicator;
    s.text(kHeaderRow, c++, ind.name + " (" + ind.unit + ")", cx.format(Style::header));
  }
}

void area_row(Context& cx, Sheet& s, std::uint32_t y, int number, std::uint32_t area,
              const std::vector<AreaColumn>& columns) {
  const Area& a = cx.data().areas[area];
  s.number(y, 0, number, cx.format(Style::center));
  s.text(y, 1, a.code, cx.format(Style::text));
  s.text(y, 2, a.name, cx.format(Style::text));
  s.text(y, 3, area_type_label(a.type), cx.format(Style::center));
  std::uint16_t c = kFirstIndicatorColumn;
  for (const AreaColumn& column : columns) {
    const AreaFigure* f = column.by_area[area];
    const int d = column.row->indicator.decimals;
    if (f == nullptr)
      s.blank(y, c, cx.format(Style::text));
    else if (f->result)
      s.number(y, c, *f->result, cx.format(f->is_estimate ? Style::estimate : Style::number, d));
    else
      s.text(y, c, kMissing, cx.format(Style::center));
    ++c;
  }
}

}  // namespace

// Wards and communes as rows, one column per indicator with area figures: the results. Past
// Excel's last column, the indicators continue on the next part's sheet.
void write_area_sheet(Context& cx, Sheet& sheet, std::size_t part) {
  const std::vector<AreaColumn> columns = columns_of(cx, part);
  const std::vector<std::uint32_t> areas = areas_of(cx, columns);
  sheet.column_width(0, 0, 5);
  sheet.column_width(1, 1, 11);
  sheet.column_width(2, 2, 24);
  sheet.column_width(3, 3, 8);
  if (!columns.empty())
    sheet.column_width(kFirstIndicatorColumn,
                       static_cast<std::uint16_t>(kFirstIndicatorColumn + columns.size() - 1), 16);
  sheet.page_setup(kHeaderRow, kHeaderRow, 3);
  sheet.text(
      0, 0,
      "Kết quả theo phường, xã – " + vietnamese_name(cx.summary().period) + " – " + cx.owner(),
      cx.format(Style::title));
  sheet.text(1, 0,
             "Số in nghiêng là số ước thực hiện; “—”: chưa có số liệu; ô trống: chỉ tiêu không "
             "áp dụng cho địa bàn.",
             cx.format(Style::note));
  header(cx, sheet, columns);
  std::uint32_t y = kHeaderRow + 1;
  int number = 0;
  for (std::uint32_t area : areas) area_row(cx, sheet, y++, ++number, area, columns);
}

}  // namespace baocao::xlsx

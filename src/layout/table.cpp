#include "layout/table.hpp"

#include <algorithm>

namespace baocao::layout {
namespace {

// The name column's least share of the table, so that a long name wraps into a few lines;
// and the most it takes from the others for a long word of its own.
constexpr double kLeastFillShare = 0.25;
constexpr double kMostFillShare = 0.6;
// The share the name keeps when the other columns are set on one line, or they wrap.
constexpr double kComfortableFillShare = 0.4;

// Widths are estimated (briefing/text_width): a little to spare, so a cell that should fit
// on a line does.
constexpr double kMargin = 1.05;

// Points for `ems` of the cell text, with the cell's padding.
double points(double ems, const TableLayout& style) {
  return std::max(ems, 0.0) * style.cell.size * kMargin + 2 * style.padding_x_pt;
}

}  // namespace

std::vector<double> column_widths(const Table& table, double total_pt, const TableLayout& style) {
  std::vector<double> widths;
  if (table.columns.empty()) return widths;
  double natural = 0;
  for (const TableColumn& column : table.columns)
    if (!column.fill) natural += points(std::max(column.natural, column.width), style);
  const bool one_line = total_pt - natural >= total_pt * kComfortableFillShare;
  double fixed = 0, fill_least = 0;
  std::size_t fills = 0;
  for (const TableColumn& column : table.columns) {
    double need = points(
        one_line && !column.fill ? std::max(column.natural, column.width) : column.width, style);
    widths.push_back(need);
    if (column.fill) {
      fill_least += need;
      ++fills;
    } else {
      fixed += need;
    }
  }
  if (fills == 0) {
    // Nothing takes the rest: every column grows in proportion.
    double scale = fixed > 0 ? total_pt / fixed : 0;
    for (double& w : widths)
      w = fixed > 0 ? w * scale : total_pt / static_cast<double>(widths.size());
    return widths;
  }
  double least =
      std::min(std::max(fill_least, total_pt * kLeastFillShare), total_pt * kMostFillShare);
  double fill_room = std::max(total_pt - fixed, least);
  double scale = fixed > 0 ? std::max(total_pt - fill_room, 0.0) / fixed : 0;
  scale = std::min(scale, 1.0);
  double rest = total_pt;
  for (std::size_t i = 0; i < widths.size(); ++i)
    if (!table.columns[i].fill) rest -= widths[i] *= scale;
  for (std::size_t i = 0; i < widths.size(); ++i)
    if (table.columns[i].fill)
      widths[i] =
          fill_least > 0 ? rest * widths[i] / fill_least : rest / static_cast<double>(fills);
  return widths;
}

TextStyle note_style(const TableLayout& style) {
  TextStyle note = style.cell;
  note.bold = false;
  note.italic = true;
  return note;
}

}  // namespace baocao::layout

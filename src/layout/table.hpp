#pragma once
// A body table's column widths and the style of its notes, shared by the PDF and the Word
// writer so that both set a table alike.

#include <vector>

#include "briefing/briefing.hpp"
#include "layout/preset.hpp"

namespace baocao::layout {

// Widths in points that add up to `total_pt`: each column what its content needs, plus
// padding — on one line (`natural`) when that leaves the indicator's name 40% of the table,
// else in two (`width`) — and the name the rest. When the others leave the name less than a
// quarter of the table (or less than its longest word), they all give up room in proportion.
std::vector<double> column_widths(const Table& table, double total_pt, const TableLayout& style);

// The notes under a table ("(1) Suy ra: …"): the cells' size, italic.
TextStyle note_style(const TableLayout& style);

}  // namespace baocao::layout

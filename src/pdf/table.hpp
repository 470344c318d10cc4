#pragma once
// Tables: bordered cells, wrapped text, the header row repeated on every page the table spans.

#include "briefing/briefing.hpp"
#include "core/diagnostic.hpp"
#include "pdf/canvas.hpp"

namespace baocao::pdf {

// What must fit on a page for the table to start there: caption, header row and first row.
double table_start_height(const Canvas& canvas, const Table& table);

// Draws `table` at the cursor, moving to new pages as needed. A row taller than a whole page
// is reported in `diagnostics` (`where` names the briefing) and the rest of the table dropped.
// The last rows (two, or all of a shorter table) stay with `tail` points of what follows.
void draw_table(Canvas& canvas, const Table& table, const std::string& where,
                Diagnostics& diagnostics, double tail = 0);

}  // namespace baocao::pdf

#pragma once
// Page 1's top: the two-column header block, then the document type and summary line.

#include "briefing/briefing.hpp"
#include "pdf/canvas.hpp"

namespace baocao::pdf {

void draw_header(Canvas& canvas, const Briefing& briefing);
void draw_title(Canvas& canvas, const Briefing& briefing);

}  // namespace baocao::pdf

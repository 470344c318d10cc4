#pragma once
// Page 1's top: the draft mark (a draft only, in the top margin), the two-column header block,
// then the document type and summary line.

#include "briefing/briefing.hpp"
#include "pdf/canvas.hpp"

namespace baocao::pdf {

// Draws nothing for a final; the flow's cursor is left where it is either way.
void draw_draft_mark(Canvas& canvas, const Briefing& briefing);
void draw_header(Canvas& canvas, const Briefing& briefing);
void draw_title(Canvas& canvas, const Briefing& briefing);

}  // namespace baocao::pdf

#pragma once
// The end of the document: the signature block (right half) and "Nơi nhận" (left half), side
// by side from the same first line, kept together on one page.

#include "briefing/briefing.hpp"
#include "pdf/canvas.hpp"

namespace baocao::pdf {

void draw_closing(Canvas& canvas, const Briefing& briefing);
// The room the closing needs below the body, its space before included.
double closing_height(const Canvas& canvas, const Briefing& briefing);

}  // namespace baocao::pdf

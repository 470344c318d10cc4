#pragma once
// The body: headings, paragraphs, tables and charts flowing over pages.

#include <string>
#include <vector>

#include "briefing/briefing.hpp"
#include "core/diagnostic.hpp"
#include "pdf/canvas.hpp"

namespace baocao::pdf {

// `tail_height` is the room what follows the body needs (the signature): the last paragraph's
// last lines go to a new page with it rather than leave it alone on a page without text.
void draw_body(Canvas& canvas, const std::vector<Block>& body, double tail_height,
               const std::string& where, Diagnostics& diagnostics);

}  // namespace baocao::pdf

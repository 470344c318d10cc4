#pragma once
// Word briefings (.docx, written with libzip): the same Briefing and the same official layout
// (layout/preset.hpp) as the PDF; charts as native Word charts.

#include <string>
#include <vector>

#include "briefing/briefing.hpp"
#include "core/diagnostic.hpp"
#include "docx/package.hpp"

namespace baocao {

// The parts of the Word file, in the order they are written.
std::vector<docx::PackagePart> briefing_docx_parts(const Briefing& briefing);

// Writes one complete .docx to `path` (the caller renames it into place). The same briefing
// gives the same bytes. A libzip failure comes back as an error naming `path`.
Diagnostics write_briefing_docx(const Briefing& briefing, const std::string& path);

}  // namespace baocao

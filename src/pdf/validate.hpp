#pragma once
// Checks made before anything is drawn, so that a briefing that cannot be printed fails with a
// message that says why, and no file is written.

#include <string>

#include "briefing/briefing.hpp"
#include "core/diagnostic.hpp"
#include "layout/preset.hpp"
#include "pdf/fonts.hpp"

namespace baocao::pdf {

// The model's shape: a real report date, table rows that fit their columns, chart series with
// one value per category.
Diagnostics check_structure(const Briefing& briefing, const std::string& where);

// Every character of every text the document prints has a glyph in every face.
Diagnostics check_glyphs(const Briefing& briefing, const layout::PresetLayout& layout,
                         const Fonts& fonts, const std::string& where);

}  // namespace baocao::pdf

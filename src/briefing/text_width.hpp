#pragma once
// The width of a text in Times New Roman (Liberation Serif has the same metrics), estimated
// from the font's advance widths without the font itself: enough to give each table column
// the room its content needs, the same in the PDF and the Word file (which has no fonts to
// measure with). Exact for digits and punctuation, within a few percent for words.

#include <string_view>

namespace baocao::briefing {

// In ems (multiples of the font size), on one line.
double text_width_em(std::string_view utf8, bool bold = false);

// The widest run between breakable spaces (a no-break space joins its neighbours), in ems.
double widest_word_em(std::string_view utf8, bool bold = false);

}  // namespace baocao::briefing

#pragma once
// The small pieces every part of a Word file is made of: escaped text, units, runs.

#include <string>
#include <string_view>

#include "core/xml_escape.hpp"
#include "layout/preset.hpp"

namespace baocao::docx {

using baocao::xml_escape;  // core/xml_escape.hpp

// WordprocessingML units: twentieths of a point (twips) and half-points (font sizes).
int twips_from_mm(double mm);
int twips_from_pt(double pt);
int half_points(double pt);

// The standalone XML declaration every part starts with.
inline constexpr std::string_view kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// The namespaces of the main document and header parts.
inline constexpr std::string_view kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// <w:rPr> for a style at its own size; the text is upper-cased here when the style says so,
// as the PDF does, so that both files read the same.
std::string run_properties(const layout::TextStyle& style);
std::string styled_text(const layout::TextStyle& style, std::string_view text);

// One run of `text` in `style` (bold/italic may be added by the Briefing's runs).
std::string run(const layout::TextStyle& style, std::string_view text);

}  // namespace baocao::docx

namespace baocao::docx {

// The preset gives some line spacings in "single lines" (the font's own line height) and some
// as a multiple of the font size. Times New Roman's single line is 1.15 of its size, so a
// spacing of the font size is converted to single lines with that factor.
inline constexpr double kSingleLineOfFontSize = 1.15;

// <w:spacing> with space before and after in points and the line in single lines ("auto").
std::string spacing(double before_pt, double after_pt, double single_lines);

}  // namespace baocao::docx

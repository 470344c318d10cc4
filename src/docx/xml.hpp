#pragma once
// The small pieces every part of a Word file is made of: escaped text, units, runs.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/xml_escape.hpp"
#include "layout/preset.hpp"

namespace baocao::docx {

// The typeface Decree 30 names; Word users have it (the PDF embeds Liberation Serif, its metrics).
inline constexpr const char* kFont = "Times New Roman";

// WordprocessingML units: twentieths of a point (twips), half-points (font sizes), eighths of a
// point (borders, at least 2); DrawingML's English Metric Units (12,700 a point).
int twips_from_mm(double mm);
int twips_from_pt(double pt);
int half_points(double pt);
int border_eighths(double pt);
std::int64_t emu_from_pt(double pt);

// The standalone XML declaration every part starts with.
inline constexpr std::string_view kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// The namespaces of the main document and header parts.
inline constexpr std::string_view kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// <w:rPr> for a style at its own size.
std::string run_properties(const layout::TextStyle& style);

// One run of `text` in `style`, upper-cased when the style says so, as the PDF prints it
// (layout::styled), so that both files read the same.
std::string run(const layout::TextStyle& style, std::string_view text);

// <w:spacing> with space before and after in points and the line in single lines ("auto").
std::string spacing(double before_pt, double after_pt, double single_lines);

}  // namespace baocao::docx

#pragma once
// A PDF as reviewable text, for the reference tests: what each page draws and the XMP packet.

#include <filesystem>
#include <map>
#include <string>

namespace baocao::testing {

// Through `qpdf --qdf --object-streams=disable` (streams decompressed): a "==== page N ===="
// line and the page's content (see content_dump), then "==== XMP metadata ====" and the packet.
std::string pdf_dump(const std::filesystem::path& pdf);

// Glyph code → its text (UTF-8), from a font's ToUnicode CMap (bfchar and bfrange entries).
using GlyphText = std::map<unsigned, std::string>;
GlyphText parse_to_unicode(const std::string& cmap);

// A content stream with one operator and its operands a line, and one text object (BT … ET)
// a line; a text object's glyphs are followed by their text as a comment, decoded with the
// map of the font it selects (`fonts`: resource name without the slash, e.g. "Ft8").
std::string content_dump(const std::string& content, const std::map<std::string, GlyphText>& fonts);

}  // namespace baocao::testing

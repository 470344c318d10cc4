#pragma once
// PDF briefings (PoDoFo 0.9.8): lays out a Briefing in its preset's official format.

#include <optional>
#include <string>

#include "briefing/briefing.hpp"
#include "core/diagnostic.hpp"
#include "core/repertoire.hpp"

namespace baocao {

struct PdfOptions {
  std::string font_dir;     // Liberation Serif .ttf files; empty: the built-in default
  std::string icc_profile;  // sRGB ICC for the PDF/A OutputIntent; empty: the default
};

// The characters the fonts can draw in every face, to check texts before anything is laid out;
// nullopt when the fonts cannot be read (write_briefing_pdf then says so).
std::optional<Repertoire> briefing_repertoire(const PdfOptions& options = {});

// Writes one complete PDF to `path` (the caller renames it into place). A character with no
// glyph in the font, or a PoDoFo failure, comes back as an error.
Diagnostics write_briefing_pdf(const Briefing& briefing, const std::string& path,
                               const PdfOptions& options = {});

}  // namespace baocao

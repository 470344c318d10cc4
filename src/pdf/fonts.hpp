#pragma once
// The four Liberation Serif faces, embedded as subsets with Identity-H so that every
// Vietnamese letter prints and extracts back exactly.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "core/repertoire.hpp"
#include "pdf/text.hpp"

namespace PoDoFo {
class PdfFont;
class PdfMemDocument;
}  // namespace PoDoFo

namespace baocao::pdf {

inline constexpr const char* kFontFamily = "Liberation Serif";

// The file of each face under `dir`, in Face order.
std::array<std::string, 4> font_files(const std::string& dir);

// The code points with a glyph in every one of `files` (read with FreeType, which PoDoFo
// uses too), or nullopt when a file cannot be read.
std::optional<Repertoire> font_repertoire(const std::array<std::string, 4>& files);

// Missing or unreadable font files, as errors with a hint on how to get them.
Diagnostics check_font_files(const std::array<std::string, 4>& files);

class Fonts final : public TextMeasure {
 public:
  // Loads the faces into `document`; PoDoFo errors propagate as PdfError.
  Fonts(PoDoFo::PdfMemDocument& document, const std::array<std::string, 4>& files);

  PoDoFo::PdfFont* font(Face face, double size) const;  // with its size set
  double width(Face face, double size, std::string_view text) const override;
  bool has_glyph(Face face, char32_t code_point) const;

 private:
  std::array<PoDoFo::PdfFont*, 4> faces_{};
};

}  // namespace baocao::pdf

#include "pdf/fonts.hpp"
#include "core/i18n.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include <fmt/format.h>
#include <podofo/podofo.h>

namespace baocao::pdf {
namespace {

constexpr std::array<const char*, 4> kFaceFiles = {
    "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf"};

bool is_bold(Face face) {
  return face == Face::bold || face == Face::bold_italic;
}
bool is_italic(Face face) {
  return face == Face::italic || face == Face::bold_italic;
}

}  // namespace

std::array<std::string, 4> font_files(const std::string& dir) {
  std::array<std::string, 4> files;
  for (std::size_t i = 0; i < files.size(); ++i)
    files[i] = (std::filesystem::path(dir) / kFaceFiles[i]).string();
  return files;
}

std::optional<Repertoire> font_repertoire(const std::array<std::string, 4>& files) {
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) return std::nullopt;
  std::optional<Repertoire> out;
  std::vector<char32_t> common;
  bool first = true, ok = true;
  for (const std::string& file : files) {
    FT_Face face = nullptr;
    if (FT_New_Face(library, file.c_str(), 0, &face) != 0) {
      ok = false;
      break;
    }
    std::vector<char32_t> points;
    if (FT_Select_Charmap(face, FT_ENCODING_UNICODE) == 0) {
      FT_UInt glyph = 0;
      for (FT_ULong c = FT_Get_First_Char(face, &glyph); glyph != 0;
           c = FT_Get_Next_Char(face, c, &glyph))
        points.push_back(static_cast<char32_t>(c));
    }
    FT_Done_Face(face);
    std::sort(points.begin(), points.end());
    if (first) {
      common = std::move(points);
      first = false;
    } else {
      std::vector<char32_t> both;
      std::set_intersection(common.begin(), common.end(), points.begin(), points.end(),
                            std::back_inserter(both));
      common = std::move(both);
    }
  }
  FT_Done_FreeType(library);
  if (!ok) return std::nullopt;
  out.emplace();
  out->code_points = std::move(common);
  out->font_name = kFontFamily;
  return out;
}

Diagnostics check_font_files(const std::array<std::string, 4>& files) {
  Diagnostics diagnostics;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
      diagnostics.error(
          file, 0, 0,
          trf("the font file cannot be read ({} is needed for the PDF briefings)", kFontFamily),
          tr("install the Debian package fonts-liberation2, or set BAOCAO_FONT_DIR "
             "to the folder that holds the LiberationSerif-*.ttf files"));
  }
  return diagnostics;
}

Fonts::Fonts(PoDoFo::PdfMemDocument& document, const std::array<std::string, 4>& files) {
  for (std::size_t i = 0; i < faces_.size(); ++i) {
    auto face = static_cast<Face>(i);
    // The font cache keys on (name, bold, italic, encoding), never on the file: one name per
    // face keeps a second document's fonts from aliasing.
    std::string name = fmt::format("LiberationSerif-{}", i);
    try {
      faces_[i] = document.CreateFontSubset(
          name.c_str(), is_bold(face), is_italic(face), false,
          PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(), files[i].c_str());
    } catch (PoDoFo::PdfError& error) {
      error.AddToCallstack(__FILE__, __LINE__, trf("cannot load the font file {}", files[i]));
      throw;
    }
    if (faces_[i] == nullptr)
      PODOFO_RAISE_ERROR_INFO(PoDoFo::ePdfError_InvalidHandle,
                              trf("cannot load the font file {}", files[i]).c_str());
  }
}

PoDoFo::PdfFont* Fonts::font(Face face, double size) const {
  PoDoFo::PdfFont* f = faces_[static_cast<std::size_t>(face)];
  f->SetFontSize(static_cast<float>(size));
  return f;
}

double Fonts::width(Face face, double size, std::string_view text) const {
  if (text.empty()) return 0;
  PoDoFo::PdfString s(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.data()),
                      static_cast<PoDoFo::pdf_long>(text.size()));
  return font(face, size)->GetFontMetrics()->StringWidth(s);
}

bool Fonts::has_glyph(Face face, char32_t code_point) const {
  const auto* metrics = faces_[static_cast<std::size_t>(face)]->GetFontMetrics();
  return metrics->GetGlyphId(static_cast<long>(code_point)) != 0;
}

}  // namespace baocao::pdf

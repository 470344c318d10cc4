#include "pdf/render.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>

#include <fmt/format.h>
#include <podofo/podofo.h>

#include "baocao/version.hpp"
#include "core/c_time.hpp"
#include "core/i18n.hpp"
#include "layout/preset.hpp"
#include "pdf/body.hpp"
#include "pdf/canvas.hpp"
#include "pdf/closing.hpp"
#include "pdf/fonts.hpp"
#include "pdf/header.hpp"
#include "pdf/metadata.hpp"
#include "pdf/validate.hpp"

static_assert(PODOFO_VERSION_MAJOR == 0 && PODOFO_VERSION_MINOR == 9,
              "the PDF renderer is written against PoDoFo 0.9.x (0.10 changed the API)");

namespace baocao {
namespace {

// The option, else where the Debian package puts it. The environment (BAOCAO_FONT_DIR,
// BAOCAO_ICC_PROFILE) reaches here only as options, read by the CLI.
std::string resolve(const std::string& option, const char* fallback) {
  return option.empty() ? fallback : option;
}

void quiet_podofo() {
  static std::once_flag once;
  // PoDoFo logs to stderr by default; its errors reach the user as diagnostics instead.
  std::call_once(once, [] {
    PoDoFo::PdfError::EnableLogging(false);
    PoDoFo::PdfError::EnableDebug(false);
  });
}

bool read_bytes(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return static_cast<bool>(in) || in.eof();
}

std::string podofo_message(const PoDoFo::PdfError& error) {
  std::string message = PoDoFo::PdfError::ErrorMessage(error.GetError());
  if (message.empty()) message = PoDoFo::PdfError::ErrorName(error.GetError());
  for (const auto& info : error.GetCallstack())
    if (!info.GetInformation().empty()) message += " (" + info.GetInformation() + ")";
  return message;
}

// A new document stamps its Info dictionary with the clock through localtime(), whose buffer
// the C library shares between threads (see core/c_time.hpp): created under an exclusive lock.
// The stamp is then replaced by the report date (write_archive_metadata).
std::unique_ptr<PoDoFo::PdfMemDocument> new_document() {
  std::unique_lock dates(c_time_buffer_mutex());
  return std::make_unique<PoDoFo::PdfMemDocument>();
}

// Lays the briefing out and serialises it; empty when `diagnostics` got an error.
std::string typeset(const Briefing& briefing, const std::array<std::string, 4>& font_files,
                    const std::string& icc_profile, const std::string& where,
                    Diagnostics& diagnostics) {
  const layout::PresetLayout& layout = layout::preset_layout(briefing.preset);
  auto owned_document = new_document();
  PoDoFo::PdfMemDocument& document = *owned_document;
  pdf::Fonts fonts(document, font_files);
  diagnostics.append(pdf::check_glyphs(briefing, layout, fonts, where));
  if (diagnostics.has_errors()) return {};
  {
    pdf::Canvas canvas(document, fonts, layout);
    pdf::draw_draft_mark(canvas, briefing);
    pdf::draw_header(canvas, briefing);
    pdf::draw_title(canvas, briefing);
    pdf::draw_body(canvas, briefing.body, pdf::closing_height(canvas, briefing), where,
                   diagnostics);
    if (diagnostics.has_errors()) return {};
    pdf::draw_closing(canvas, briefing);
    canvas.finish();
  }
  pdf::write_archive_metadata(document, briefing, icc_profile);
  document.SetPdfVersion(PoDoFo::ePdfVersion_1_7);
  PoDoFo::PdfRefCountedBuffer buffer;
  PoDoFo::PdfOutputDevice device(&buffer);
  document.Write(&device);
  return std::string(buffer.GetBuffer(), device.GetLength());
}

void write_output(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  int error = 0;
  {
    errno = 0;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (out) return;
    error = errno;  // the system's reason (ENOSPC, EACCES…), as the stream keeps none
  }
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
  diagnostics.error(path, 0, 0,
                    error != 0 ? trf("the PDF could not be written: {}", std::strerror(error))
                               : std::string(tr("the PDF could not be written")),
                    tr("check that the output folder exists, is writable and the disk is not "
                       "full"));
}

}  // namespace

std::optional<Repertoire> briefing_repertoire(const PdfOptions& options) {
  return pdf::font_repertoire(pdf::font_files(resolve(options.font_dir, kDefaultFontDir)));
}

Diagnostics write_briefing_pdf(const Briefing& briefing, const std::string& path,
                               const PdfOptions& options) {
  quiet_podofo();
  Diagnostics diagnostics;
  // Messages about the content point at the template that made it.
  std::string where = briefing.name.empty() ? path : briefing.name;

  diagnostics.append(pdf::check_structure(briefing, where));
  auto font_files = pdf::font_files(resolve(options.font_dir, kDefaultFontDir));
  diagnostics.append(pdf::check_font_files(font_files));
  std::string icc_path = resolve(options.icc_profile, kDefaultIccProfile);
  std::string icc_profile;
  if (!read_bytes(icc_path, icc_profile) || icc_profile.empty())
    diagnostics.error(icc_path, 0, 0,
                      tr("the sRGB colour profile cannot be read (the archive-grade PDF needs "
                         "it)"),
                      tr("install the Debian package icc-profiles-free, or set "
                         "BAOCAO_ICC_PROFILE to an sRGB .icc file"));
  if (diagnostics.has_errors()) return diagnostics;

  std::string bytes;
  try {
    bytes = typeset(briefing, font_files, icc_profile, where, diagnostics);
  } catch (const PoDoFo::PdfError& error) {
    // PoDoFo's own text (podofo_message) stays English, quoted in the sentence.
    diagnostics.error(path, 0, 0, trf("the PDF library failed: {}", podofo_message(error)),
                      tr("check the font files and free disk space; if it persists, report it "
                         "with the dataset"));
  } catch (const std::exception& error) {
    diagnostics.error(path, 0, 0, trf("the PDF could not be made: {}", error.what()));
  }
  if (diagnostics.has_errors()) return diagnostics;
  write_output(path, bytes, diagnostics);
  return diagnostics;
}

}  // namespace baocao

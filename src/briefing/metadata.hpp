#pragma once
// templates/<name>/template.toml: what a briefing is (preset, issuing body, document type,
// summary line, recipients, document info) and which file holds its body.

#include <optional>
#include <string>
#include <vector>

#include "briefing/briefing.hpp"
#include "briefing/source.hpp"
#include "core/diagnostic.hpp"

namespace baocao::briefing {

struct TemplateMetadata {
  Preset preset = Preset::state;
  // The key of the body of unit.toml that issues the briefing and signs it ("ubnd"); by default
  // the preset's: "party" for the Party format, "council" for the state format.
  std::string issuer = "council";
  int issuer_line = 0;  // where `issuer` is written, or `preset` when it is the default
  bool issuer_written = false;
  Piece document_type;
  Piece summary_line;
  std::string body_file = "body.md";
  std::vector<Piece> recipients;  // as written; numbered and punctuated when rendered
  std::optional<Piece> title;
  std::optional<Piece> subject;
  std::optional<Piece> keywords;
};

// Adds every error of the file to `diagnostics`. Returns nothing only when the file cannot be
// read as TOML; otherwise what could be read, so that the rest of the template is checked too.
std::optional<TemplateMetadata> read_metadata(const std::string& path, Diagnostics& diagnostics,
                                              const Repertoire* drawable = nullptr);

}  // namespace baocao::briefing

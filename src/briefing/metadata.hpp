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

// Which receiving body of unit.toml issues the briefing and signs it.
enum class Issuer { party, council };

struct TemplateMetadata {
  Preset preset = Preset::state;
  Issuer issuer = Issuer::council;
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
std::optional<TemplateMetadata> read_metadata(const std::string& path, Diagnostics& diagnostics);

}  // namespace baocao::briefing

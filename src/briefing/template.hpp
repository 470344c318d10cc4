#pragma once
// The template stage: templates/<name>/ -> a Briefing for one period.

#include <optional>
#include <string>
#include <vector>

#include "briefing/briefing.hpp"
#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/repertoire.hpp"

namespace baocao {

struct BriefingRequest {
  const Dataset& data;
  const Summary& summary;
  Date report_date;
  std::string number;  // the document number; empty: left blank as in a draft
  // The briefings' fonts' characters: when given, a template character they lack is an error
  // at its place.
  const Repertoire* drawable = nullptr;
};

// A template's name becomes part of file names (bao-cao-NAME-2023-Q3.pdf): at most this many
// bytes, as a department's code.
inline constexpr std::size_t kMaxTemplateName = 32;

struct BriefingResult {
  std::optional<Briefing> briefing;  // present when there are no errors
  Diagnostics diagnostics;           // TEMPLATE_FILE:LINE errors; warnings for dropped sentences
};

// The template names found in `templates_dir` (sub-folders holding a template), sorted.
std::vector<std::string> list_templates(const std::string& templates_dir);

BriefingResult build_briefing(const std::string& templates_dir, const std::string& name,
                              const BriefingRequest& request);

// The briefing as plain text, to check its wording without a PDF viewer.
std::string render_text(const Briefing& briefing);

}  // namespace baocao

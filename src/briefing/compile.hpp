#pragma once
// One piece of template text through kainjow mustache: its tags checked against the model
// before anything is rendered (mustache itself renders an unknown name as nothing, silently),
// then rendered with HTML escaping off, tidied, and stripped of sentences whose figures are
// missing.

#include <optional>
#include <string>
#include <vector>

#include "briefing/model.hpp"
#include "briefing/source.hpp"
#include "briefing/styled.hpp"
#include "core/diagnostic.hpp"

namespace baocao::briefing {

struct MissingUse {
  MissingFigure figure;
  Location where;  // the placeholder in the template
};

struct CompiledText {
  Piece origin;
  std::string source;  // the text given to mustache: missing figures replaced by markers
  std::vector<MissingUse> missing;
};

// Adds every error of the piece to `diagnostics`; returns nothing when there is one.
std::optional<CompiledText> compile_text(const Piece& piece, const TemplateModel& model,
                                         Diagnostics& diagnostics);

// The rendered text. A sentence holding a missing figure is left out, with a warning naming
// the placeholder's file and line and the figure.
StyledText render_piece(const CompiledText& compiled, const TemplateModel& model,
                        Diagnostics& diagnostics);

// The same as plain text (headings, captions, the summary line).
std::string render_plain(const CompiledText& compiled, const TemplateModel& model,
                         Diagnostics& diagnostics);

// The closest of `candidates` to `name` when it is close enough to be a typing mistake.
std::optional<std::string> closest(std::string_view name,
                                   const std::vector<std::string>& candidates);

}  // namespace baocao::briefing

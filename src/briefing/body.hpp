#pragma once
// The body file of a template, line by line: headings ("# …", "## …", "### …"), paragraphs
// (lines up to a blank line), directives on a line of their own ("[[bảng: …]]") and comment
// lines ("{{! … }}").

#include <variant>
#include <vector>

#include "briefing/source.hpp"
#include "core/diagnostic.hpp"

namespace baocao::briefing {

struct BodyHeading {
  int level = 1;
  Piece text;  // without the #'s
};

struct BodyParagraph {
  Piece text;  // its lines as written, line breaks included
};

struct BodyDirective {
  Piece text;  // between [[ and ]]
};

using BodyBlock = std::variant<BodyHeading, BodyParagraph, BodyDirective>;

std::vector<BodyBlock> parse_body(const TemplateFile& file, Diagnostics& diagnostics);

}  // namespace baocao::briefing

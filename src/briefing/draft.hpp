#pragma once
// Drafts and finals (document-formats.md): a briefing that lacks its document number or its
// signer's name is a draft and carries the draft mark. Decided here, once, from the request
// and unit.toml; the renderers only read Briefing::draft. What is missing is also said in
// words, for the build's closing summary and for the refusal of `build --final`.

#include <string>
#include <string_view>

#include "briefing/briefing.hpp"

namespace baocao {

// The words of the mark: upper case, as the guidance prints it.
inline constexpr std::string_view kDraftMark = "DỰ THẢO";

// The status of a briefing numbered `number` and signed by `signer_name` (blank: not given).
DraftStatus draft_status(std::string_view number, std::string_view signer_name);

// What is missing and how to give it, for the briefing of template `name` whose issuer is the
// body `issuer` of `unit_toml`: "the document number (--number hdnd=N)", "the signer's name
// (signer_name = \"…\" in [bodies.council] of data/unit.toml)".
std::string describe_missing(FinalPart part, std::string_view name, std::string_view issuer,
                             std::string_view unit_toml);

// Every missing part of `briefing`: "the document number (…) and the signer's name (…)";
// empty for a final.
std::string describe_missing(const Briefing& briefing, std::string_view unit_toml);

}  // namespace baocao

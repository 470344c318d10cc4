#include "briefing/draft.hpp"

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao {
namespace {

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

}  // namespace

DraftStatus draft_status(std::string_view number, std::string_view signer_name) {
  DraftStatus status;
  if (blank(number)) status.missing.push_back(FinalPart::number);
  if (blank(signer_name)) status.missing.push_back(FinalPart::signer_name);
  if (status.is_draft()) status.mark = std::string(kDraftMark);
  return status;
}

std::string describe_missing(FinalPart part, std::string_view name, std::string_view issuer,
                             std::string_view unit_toml) {
  switch (part) {
    case FinalPart::number:
      return trf("the document number (--number {}=N)", name);
    case FinalPart::signer_name:
      return trf("the signer's name (signer_name = \"…\" in [bodies.{}] of {})", issuer, unit_toml);
  }
  return {};
}

std::string describe_missing(const Briefing& briefing, std::string_view unit_toml) {
  std::string out;
  for (FinalPart part : briefing.draft.missing)
    out += (out.empty() ? "" : tr(" and ")) +
           describe_missing(part, briefing.name, briefing.issuer, unit_toml);
  return out;
}

}  // namespace baocao

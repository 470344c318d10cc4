// The end of the briefing: recipients on the left, the signature block on the right, each in
// half of the text width, as the PDF lays them out.

#include <fmt/format.h>

#include "docx/blocks.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

std::string recipients_cell(const Briefing& briefing, const layout::RecipientsLayout& r) {
  if (briefing.recipients.empty()) return {};
  LineFormat format{.align = Align::left, .single_lines = single_lines_of(r.line_spacing)};
  std::string out = text_paragraph(r.heading, r.heading_text, format);
  for (const auto& recipient : briefing.recipients)
    out += text_paragraph(r.list, recipient, format);
  return out;
}

std::string signature_cell(const Signature& signature, const layout::SignatureLayout& s) {
  LineFormat format{.align = Align::center, .single_lines = single_lines_of(s.line_spacing)};
  std::string out;
  if (!signature.authority.empty()) out += text_paragraph(s.authority, signature.authority, format);
  if (!signature.title.empty()) out += text_paragraph(s.title, signature.title, format);
  // The space for signature and seal; with no name yet, its (empty) line keeps its height.
  LineFormat name = format;
  name.before_pt = layout::pt_from_mm(s.signing_space_mm);
  out += text_paragraph(s.name, signature.name, name);
  return out;
}

}  // namespace

std::string closing_xml(const Briefing& briefing, const layout::PresetLayout& layout) {
  int half = text_width_twips(layout) / 2;
  // The space before the block, as an empty paragraph: a table has no space of its own.
  std::string out = spacer_paragraph(layout.signature.space_before_pt, true);
  out += borderless_table({half, half}, {{recipients_cell(briefing, layout.recipients),
                                          signature_cell(briefing.signature, layout.signature)}});
  // Word ends a body with a paragraph, never a table.
  return out + spacer_paragraph(1);
}

}  // namespace baocao::docx

// word/header1.xml: the page number, centred. The section has a different first page with no
// header of its own, so the number shows from page 2, as the guidance asks.

#include <fmt/format.h>

#include "docx/parts.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {

std::string page_header_xml(const layout::PresetLayout& layout) {
  std::string props = run_properties(layout.page_number.style);
  // A complex field with a cached "2", the first page it shows on, until Word updates it.
  return fmt::format(
      "{0}<w:hdr {1}><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
      "<w:r>{2}<w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r>{2}<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
      "<w:r>{2}<w:fldChar w:fldCharType=\"separate\"/></w:r>"
      "<w:r>{2}<w:t>2</w:t></w:r>"
      "<w:r>{2}<w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>",
      kXmlDeclaration, kWordNamespaces, props);
}

}  // namespace baocao::docx

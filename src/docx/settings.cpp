#include <fmt/format.h>

#include "docx/parts.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {

// Compatibility mode 15 (Word 2013 and later): no layout quirks of older versions.
std::string settings_xml() {
  return fmt::format(
      "{}<w:settings {}><w:defaultTabStop w:val=\"720\"/>"
      "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
      "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
      "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
      "<w:themeFontLang w:val=\"vi-VN\"/></w:settings>",
      kXmlDeclaration, kWordNamespaces);
}

}  // namespace baocao::docx

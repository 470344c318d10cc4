#pragma once
// Text for XML written by hand (the PDF's XMP packet, the parts of a Word file).

#include <string>
#include <string_view>

namespace baocao {

// Text for an element or a double-quoted attribute: & < > " escaped, NFC. Control characters
// other than tab and newline cannot appear in XML 1.0 at all and are dropped.
std::string xml_escape(std::string_view text);

}  // namespace baocao

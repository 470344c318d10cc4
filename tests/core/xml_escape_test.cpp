#include "core/xml_escape.hpp"

#include <gtest/gtest.h>

namespace baocao {
namespace {

TEST(XmlEscape, EscapesMarkupCharactersAndKeepsVietnamese) {
  EXPECT_EQ(xml_escape("a < b & c > \"d\""), "a &lt; b &amp; c &gt; &quot;d&quot;");
  EXPECT_EQ(xml_escape("Độc lập - Tự do - Hạnh phúc"), "Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(xml_escape("&amp;"), "&amp;amp;");  // text, not markup: escaped again
}

TEST(XmlEscape, DropsControlCharactersXmlCannotHold) {
  EXPECT_EQ(xml_escape(std::string("a\x01"
                                   "b\x1f"
                                   "c\td\n")),
            "abc\td\n");
}

TEST(XmlEscape, WritesDecomposedTextAsNfc) {
  // "ệ" as e + combining circumflex + combining dot below.
  EXPECT_EQ(xml_escape("Vi\x65\xCC\x82\xCC\xA3t"), "Việt");
}

}  // namespace
}  // namespace baocao

#include "docx/xml.hpp"

#include <gtest/gtest.h>

#include "docx/parts.hpp"

namespace baocao::docx {
namespace {

TEST(DocxXml, ConvertsMillimetresAndPointsToTwips) {
  EXPECT_EQ(twips_from_mm(25.4), 1440);
  EXPECT_EQ(twips_from_mm(210), 11906);  // A4 as Word writes it
  EXPECT_EQ(twips_from_mm(297), 16838);
  EXPECT_EQ(twips_from_mm(30), 1701);
  EXPECT_EQ(twips_from_mm(15), 850);
  EXPECT_EQ(twips_from_pt(6), 120);
  EXPECT_EQ(half_points(14), 28);
  EXPECT_EQ(half_points(13), 26);
}

TEST(DocxXml, RunsCarryTheStyleAndUpperCaseWhenTheStyleSaysSo) {
  layout::TextStyle style{.size = 13, .bold = true, .upper = true};
  std::string r = run(style, "Thị ủy An Khê & <x>");
  EXPECT_NE(r.find("<w:b/>"), std::string::npos);
  EXPECT_NE(r.find("<w:sz w:val=\"26\"/>"), std::string::npos);
  EXPECT_NE(r.find(">THỊ ỦY AN KHÊ &amp; &lt;X&gt;</w:t>"), std::string::npos) << r;
  EXPECT_EQ(run({.size = 14, .italic = true}, "x").find("<w:b/>"), std::string::npos);
  // The schema's order: the size before the underline.
  EXPECT_EQ(run_properties({.size = 14, .underline = true}),
            "<w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:u w:val=\"single\"/></w:rPr>");
}

TEST(DocxXml, SpacingInSingleLines) {
  EXPECT_EQ(spacing(6, 12, 1.15),
            "<w:spacing w:before=\"120\" w:after=\"240\" w:line=\"276\" w:lineRule=\"auto\"/>");
}

TEST(DocxXml, DatesAreNoonInVietnamWrittenAsUtc) {
  EXPECT_EQ(w3c_date(Date{2024, 1, 5}), "2024-01-05T05:00:00Z");
}

}  // namespace
}  // namespace baocao::docx

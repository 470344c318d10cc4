// The drawing of the fixture briefings (tests/pdf/samples.cpp), compared with the references
// in tests/pdf/refs/, as Typst keeps reference outputs: every page's content stream and the XMP
// packet, decompressed by qpdf. A moved line, a changed font size, a lost glyph or a changed
// metadata field shows up as a changed line. The build is byte-reproducible (no IDs or dates
// from the clock, font subset tags assigned in order), so nothing here is masked.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "pdf/pdf_dump.hpp"
#include "pdf/render.hpp"
#include "pdf/samples.hpp"
#include "support/reference.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

namespace fs = std::filesystem;

void expect_reference(const Briefing& briefing, const std::string& name) {
  TempDir dir;
  const fs::path pdf = dir / (name + ".pdf");
  Diagnostics d = write_briefing_pdf(briefing, pdf.string());
  ASSERT_FALSE(d.has_errors()) << to_string(d.items()[0]);
  EXPECT_TRUE(matches_reference("pdf/refs/" + name + ".txt", pdf_dump(pdf)));
}

TEST(PdfReference, StatePreset) {
  expect_reference(state_briefing(), "state");
}

TEST(PdfReference, PartyPreset) {
  expect_reference(party_briefing(), "party");
}

TEST(PdfDump, ReadsEveryFormOfToUnicodeEntry) {
  GlyphText glyphs = parse_to_unicode(
      "2 beginbfrange\n<0003> <0003> [ <0020> ]\n<0013> <0015> <0030>\nendbfrange\n"
      "1 beginbfrange\n<06C2> <06C3> [ <1ED8> <00C2> ]\nendbfrange\n"
      "2 beginbfchar\n<0024> <0041>\n<0100> <D835DC00>\nendbfchar\n");
  EXPECT_EQ(glyphs[0x0003], " ");
  EXPECT_EQ(glyphs[0x0013], "0");
  EXPECT_EQ(glyphs[0x0015], "2");
  EXPECT_EQ(glyphs[0x06C2], "Ộ");
  EXPECT_EQ(glyphs[0x06C3], "Â");
  EXPECT_EQ(glyphs[0x0024], "A");
  EXPECT_EQ(glyphs[0x0100], "𝐀");
  EXPECT_EQ(glyphs[0x0014], "1");
  EXPECT_EQ(glyphs.size(), 8u);
}

TEST(PdfDump, OneOperationOrTextObjectALineWithItsText) {
  GlyphText glyphs = {{0x24, "A"}, {0x06C2, "Ộ"}};
  std::string content =
      "q\n0.000 0.000 0.000 RG\n0.500\nw\n149.071\n753.359\nm\n205.260 753.359 l\nS\nQ\n"
      "BT\n/Ft8 13.000 Tf\n100.000 Tz\n106.929\n773.659\nTd <002406c20099> Tj\nET\n";
  EXPECT_EQ(content_dump(content, {{"Ft8", glyphs}}),
            "q\n0.000 0.000 0.000 RG\n0.500 w\n149.071 753.359 m\n205.260 753.359 l\nS\nQ\n"
            "BT /Ft8 13.000 Tf 100.000 Tz 106.929 773.659 Td <002406c20099> Tj ET % \"AỘ?\"\n");
  EXPECT_EQ(content_dump(content, {}).substr(content_dump(content, {}).rfind("BT")),
            "BT /Ft8 13.000 Tf 100.000 Tz 106.929 773.659 Td <002406c20099> Tj ET\n");
}

}  // namespace
}  // namespace baocao::testing

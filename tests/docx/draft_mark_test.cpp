// The draft mark in the Word file: a framed, boxed paragraph placed at the top right of page 1
// in the top margin, as the PDF draws it; none on a final, whose signer's name is bold.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include <fmt/format.h>

#include "briefing/draft.hpp"
#include "docx/render.hpp"
#include "docx/xml.hpp"
#include "layout/preset.hpp"
#include "pdf/samples.hpp"

namespace baocao::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string document(const Briefing& briefing) {
  for (const auto& p : briefing_docx_parts(briefing))
    if (p.name == "word/document.xml") return p.content;
  ADD_FAILURE() << "no word/document.xml";
  return {};
}

int attribute(const std::string& element, const std::string& name) {
  std::smatch m;
  if (!std::regex_search(element, m, std::regex("w:" + name + "=\"(-?\\d+)\""))) {
    ADD_FAILURE() << name << " not in " << element;
    return 0;
  }
  return std::stoi(m[1]);
}

class DocxDraftMark : public ::testing::TestWithParam<Preset> {
 protected:
  Briefing sample() const {
    return GetParam() == Preset::state ? state_briefing() : party_briefing();
  }
};

// After the header block's table (LibreOffice drops a frame a table follows), before the title.
TEST_P(DocxDraftMark, AFramedBoldBoxedParagraphRightAfterTheHeaderBlock) {
  Briefing b = sample();
  b.draft = draft_status("", "");
  const layout::PresetLayout& l = layout::preset_layout(b.preset);
  std::string doc = document(b);
  auto header = doc.find("</w:tbl>");
  ASSERT_NE(header, std::string::npos);
  auto end = doc.find("</w:p>", header);
  std::string mark = doc.substr(header, end - header);
  EXPECT_EQ(mark.rfind("</w:tbl><w:p><w:pPr><w:framePr ", 0), 0u) << mark;
  EXPECT_LT(end, doc.find(">BÁO CÁO<"));
  EXPECT_EQ(doc.find("DỰ THẢO"), doc.find("DỰ THẢO", header)) << "not before the header";
  EXPECT_THAT(mark, HasSubstr("<w:t xml:space=\"preserve\">DỰ THẢO</w:t>"));
  EXPECT_THAT(mark, HasSubstr("<w:b/>"));
  EXPECT_THAT(mark, HasSubstr("<w:sz w:val=\"28\"/>"));  // 14 pt
  for (const char* side : {"top", "left", "bottom", "right"})
    EXPECT_THAT(mark, HasSubstr(fmt::format("<w:{} w:val=\"single\" w:sz=\"4\"", side)));
  // On the page, in the top margin, its right side on the right margin.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(mark, m, std::regex("<w:framePr [^>]*/>")));
  std::string frame = m[0];
  EXPECT_THAT(frame, HasSubstr("w:vAnchor=\"page\""));
  EXPECT_THAT(frame, HasSubstr("w:hAnchor=\"margin\""));
  int text_width = docx::twips_from_mm(l.page_width_mm - l.margins.left_mm - l.margins.right_mm);
  EXPECT_EQ(attribute(frame, "x") + attribute(frame, "w"), text_width);
  int height = docx::twips_from_pt(l.draft_mark.style.size * layout::kSingleLine);
  EXPECT_GT(attribute(frame, "y"), docx::twips_from_mm(5));
  EXPECT_LT(attribute(frame, "y") + height, docx::twips_from_mm(l.margins.top_mm));
  EXPECT_EQ(doc.find("DỰ THẢO", end), std::string::npos) << "once";
}

TEST_P(DocxDraftMark, AFinalHasNoMarkAndItsSignersNameBold) {
  Briefing b = sample();
  ASSERT_FALSE(b.draft.is_draft());
  std::string doc = document(b);
  EXPECT_THAT(doc, Not(HasSubstr("DỰ THẢO")));
  EXPECT_THAT(doc, Not(HasSubstr("<w:framePr")));
  auto name = doc.find(">" + b.signature.name + "</w:t>");
  ASSERT_NE(name, std::string::npos);
  auto run = doc.rfind("<w:r>", name);
  EXPECT_THAT(doc.substr(run, name - run), HasSubstr("<w:b/>"));
}

INSTANTIATE_TEST_SUITE_P(BothPresets, DocxDraftMark,
                         ::testing::Values(Preset::state, Preset::party), [](const auto& p) {
                           return p.param == Preset::state ? std::string("state")
                                                           : std::string("party");
                         });

}  // namespace
}  // namespace baocao::testing

// The preset data against the ranges of the two official formats (document-formats spec).
#include <gtest/gtest.h>

#include "layout/preset.hpp"

namespace baocao::layout {
namespace {

void expect_in(double value, double low, double high, const char* what) {
  EXPECT_GE(value, low) << what;
  EXPECT_LE(value, high) << what;
}

// The draft mark: bold upper case, 13–14 pt, in a thin box that fits in the top margin above
// the text area (so a draft pages as its final does), clear of the page's edge.
void expect_draft_mark(const PresetLayout& p) {
  const DraftMarkLayout& d = p.draft_mark;
  expect_in(d.style.size, 13, 14, "draft mark");
  EXPECT_TRUE(d.style.bold && d.style.upper);
  EXPECT_FALSE(d.style.italic);
  expect_in(d.border_pt, 0.25, 0.75, "thin box");
  double box_pt = d.style.size * kSingleLine + 2 * d.padding_y_pt + d.border_pt;
  double above_mm = p.margins.top_mm - d.gap_above_text_mm;
  EXPECT_GT(d.gap_above_text_mm, 0);
  EXPECT_GE(pt_from_mm(above_mm) - box_pt, pt_from_mm(5)) << "the box's top is too near the edge";
}

TEST(StatePreset, FollowsDecree30) {
  const PresetLayout& p = preset_layout(Preset::state);
  EXPECT_NE(p.guidance.find("30/2020/NĐ-CP"), std::string::npos);
  EXPECT_FALSE(p.guidance_version.empty());
  EXPECT_DOUBLE_EQ(p.page_width_mm, 210);
  EXPECT_DOUBLE_EQ(p.page_height_mm, 297);
  expect_in(p.margins.top_mm, 20, 25, "top margin");
  expect_in(p.margins.bottom_mm, 20, 25, "bottom margin");
  expect_in(p.margins.left_mm, 30, 35, "left margin");
  expect_in(p.margins.right_mm, 15, 20, "right margin");

  ASSERT_EQ(p.header.right_lines.size(), 2u);
  const auto& title = p.header.right_lines[0];
  const auto& motto = p.header.right_lines[1];
  EXPECT_EQ(title.text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect_in(title.style.size, 12, 13, "national title");
  EXPECT_TRUE(title.style.bold);
  EXPECT_EQ(motto.text, "Độc lập - Tự do - Hạnh phúc");
  expect_in(motto.style.size, 13, 14, "motto");
  EXPECT_TRUE(motto.style.bold);
  EXPECT_DOUBLE_EQ(p.header.right_rule.length_ratio, 1.0);  // as long as the motto
  expect_in(p.header.issuing_body.size, 12, 13, "issuing body");
  EXPECT_TRUE(p.header.issuing_body.bold);
  expect_in(p.header.issuing_rule.length_ratio, 1.0 / 3, 0.5, "rule under the issuing body");
  EXPECT_TRUE(p.header.issuing_mark.empty());
  EXPECT_DOUBLE_EQ(p.header.number.size, 13);
  expect_in(p.header.place_date.size, 13, 14, "place and date");
  EXPECT_TRUE(p.header.place_date.italic);
  EXPECT_TRUE(p.header.date_on_number_line);

  expect_in(p.title.document_type.size, 13, 14, "document type");
  expect_in(p.title.summary.size, 13, 14, "summary line");
  expect_in(p.title.summary_rule.length_ratio, 1.0 / 3, 0.5, "rule under the summary");
  expect_in(p.body.text.size, 13, 14, "body");
  expect_in(p.body.first_line_indent_mm, 10, 12.7, "first-line indent");
  EXPECT_GE(p.body.paragraph_space_pt, 6);
  expect_in(p.body.line_spacing, 1, 1.5, "line spacing");
  EXPECT_TRUE(p.body.headings[0].bold && p.body.headings[0].upper);
  EXPECT_TRUE(p.body.headings[1].bold);
  EXPECT_FALSE(p.body.headings[2].bold);
  expect_in(p.page_number.style.size, 13, 14, "page number");
  EXPECT_EQ(p.page_number.first_numbered_page, 2);
  EXPECT_LT(p.page_number.baseline_from_top_mm, p.margins.top_mm);
  EXPECT_TRUE(p.signature.authority.bold && p.signature.title.bold);
  EXPECT_DOUBLE_EQ(p.recipients.heading.size, 12);
  EXPECT_TRUE(p.recipients.heading.bold && p.recipients.heading.italic);
  EXPECT_DOUBLE_EQ(p.recipients.list.size, 11);
  expect_draft_mark(p);
}

TEST(PartyPreset, Follows36HdVptw) {
  const PresetLayout& p = preset_layout(Preset::party);
  EXPECT_NE(p.guidance.find("36-HD/VPTW"), std::string::npos);
  EXPECT_FALSE(p.guidance_version.empty());
  EXPECT_DOUBLE_EQ(p.margins.top_mm, 20);
  EXPECT_DOUBLE_EQ(p.margins.bottom_mm, 20);
  EXPECT_DOUBLE_EQ(p.margins.left_mm, 30);
  EXPECT_DOUBLE_EQ(p.margins.right_mm, 15);
  ASSERT_EQ(p.header.right_lines.size(), 1u);
  EXPECT_EQ(p.header.right_lines[0].text, "ĐẢNG CỘNG SẢN VIỆT NAM");
  EXPECT_DOUBLE_EQ(p.header.right_lines[0].style.size, 15);
  EXPECT_TRUE(p.header.right_lines[0].style.bold);
  EXPECT_DOUBLE_EQ(p.header.right_rule.length_ratio, 1.0);
  EXPECT_DOUBLE_EQ(p.header.superior.size, 14);
  EXPECT_FALSE(p.header.superior.bold);
  EXPECT_DOUBLE_EQ(p.header.issuing_body.size, 14);
  EXPECT_TRUE(p.header.issuing_body.bold);
  EXPECT_EQ(p.header.issuing_mark, "*");
  EXPECT_DOUBLE_EQ(p.header.number.size, 14);
  EXPECT_FALSE(p.header.number.bold || p.header.number.italic);
  EXPECT_DOUBLE_EQ(p.header.place_date.size, 14);
  EXPECT_TRUE(p.header.place_date.italic);
  expect_in(p.title.document_type.size, 15, 16, "document type");
  expect_in(p.title.summary.size, 14, 15, "summary line");
  expect_in(p.body.text.size, 14, 15, "body");
  EXPECT_DOUBLE_EQ(p.page_number.style.size, 14);
  expect_in(p.page_number.baseline_from_top_mm, 8, 14, "page number about 10 mm from the top");
  EXPECT_TRUE(p.signature.authority.bold);
  EXPECT_FALSE(p.signature.title.bold);
  EXPECT_TRUE(p.signature.name.bold);
  EXPECT_DOUBLE_EQ(p.recipients.heading.size, 14);
  EXPECT_TRUE(p.recipients.heading.underline);
  EXPECT_DOUBLE_EQ(p.recipients.list.size, 12);
  expect_draft_mark(p);
}

TEST(BothPresets, PageRules) {
  // docs/document-formats.md, "Pages": at most a third of the text area left blank by a
  // block pushed on, and a chart shrunk to no less than 75 % of its height.
  for (Preset preset : {Preset::state, Preset::party}) {
    const PresetLayout& p = preset_layout(preset);
    EXPECT_DOUBLE_EQ(p.body.max_blank_ratio, 1.0 / 3);
    EXPECT_DOUBLE_EQ(p.chart.min_scale, 0.75);
  }
}

}  // namespace
}  // namespace baocao::layout

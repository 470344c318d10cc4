#include "briefing/styled.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "briefing/tags.hpp"

namespace baocao::briefing {
namespace {

TEST(Tidy, SpacesAndLineBreaks) {
  EXPECT_EQ(tidy("  Tổng giá trị\n  sản xuất   đạt\t18.797,39 tỷ đồng  "),
            "Tổng giá trị sản xuất đạt 18.797,39 tỷ đồng");
  EXPECT_EQ(tidy("đạt 7.025 tỷ đồng\n, bằng 100,19% kế hoạch ."),
            "đạt 7.025 tỷ đồng, bằng 100,19% kế hoạch.");
  EXPECT_EQ(tidy("( giá hiện hành )"), "(giá hiện hành)");
}

TEST(Tidy, NumbersAreNotTouched) {
  EXPECT_EQ(tidy("đạt 18.797,39 tỷ đồng, 1,5 điểm %."), "đạt 18.797,39 tỷ đồng, 1,5 điểm %.");
}

TEST(Tidy, PunctuationLeftByMissingClauses) {
  EXPECT_EQ(tidy("các chỉ tiêu: a 1; b 2; ."), "các chỉ tiêu: a 1; b 2.");
  EXPECT_EQ(tidy("các chỉ tiêu: ; b 2."), "các chỉ tiêu: b 2.");
  EXPECT_EQ(tidy("các chỉ tiêu: , b 2."), "các chỉ tiêu: b 2.");
  EXPECT_EQ(tidy("a 1; b 2;"), "a 1; b 2.");
  EXPECT_EQ(tidy("; a 1."), "a 1.");
  EXPECT_EQ(tidy("như sau:"), "như sau:");  // a lead-in keeps its colon
}

TEST(Emphasis, BoldItalicAndEscapedAsterisk) {
  StyledText t = parse_emphasis("a **b** *c* \\*d");
  EXPECT_EQ(t.text, "a b c *d");
  auto runs = to_runs(t);
  ASSERT_EQ(runs.size(), 5u);
  EXPECT_EQ(runs[0].text, "a ");
  EXPECT_FALSE(runs[0].bold);
  EXPECT_EQ(runs[1].text, "b");
  EXPECT_TRUE(runs[1].bold);
  EXPECT_FALSE(runs[1].italic);
  EXPECT_EQ(runs[2].text, " ");
  EXPECT_EQ(runs[3].text, "c");
  EXPECT_TRUE(runs[3].italic);
  EXPECT_EQ(runs[4].text, " *d");
}

TEST(Emphasis, BoldItalicTogether) {
  auto runs = to_runs(parse_emphasis("***Lưu ý:*** hết"));
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].text, "Lưu ý:");
  EXPECT_TRUE(runs[0].bold);
  EXPECT_TRUE(runs[0].italic);
  EXPECT_EQ(runs[1].text, " hết");
}

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : split_sentences(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Sentences, SplitAtEndMarksFollowedBySpace) {
  EXPECT_THAT(sentences("Thu đạt 18.797,39 tỷ đồng. Chi đạt 429,789 tỷ đồng! Đạt? Hết"),
              ::testing::ElementsAre("Thu đạt 18.797,39 tỷ đồng.", "Chi đạt 429,789 tỷ đồng!",
                                     "Đạt?", "Hết"));
  EXPECT_THAT(sentences("Một (a). Hai “b.” Ba… Bốn."),
              ::testing::ElementsAre("Một (a).", "Hai “b.”", "Ba…", "Bốn."));
  EXPECT_THAT(sentences("Một; hai, ba."), ::testing::ElementsAre("Một; hai, ba."));
  EXPECT_TRUE(sentences("").empty());
}

TEST(Sentences, JoinKeepsStyles) {
  StyledText t = parse_emphasis("**A.** B. **C.**");
  auto spans = split_sentences(t.text);
  ASSERT_EQ(spans.size(), 3u);
  StyledText kept = join(t, {spans[0], spans[2]});
  EXPECT_EQ(kept.text, "A. C.");
  auto runs = to_runs(kept);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_TRUE(runs[0].bold);
}

TEST(Tags, KindsNamesAndPlaces) {
  auto scan =
      scan_tags("a {{#KT.GTSX}}{{ ket_qua }}{{/KT.GTSX}} {{^x}}{{! c }}{{{y}}}{{&z}}{{> p}}");
  ASSERT_FALSE(scan.unclosed_at);
  ASSERT_EQ(scan.tags.size(), 8u);
  EXPECT_EQ(scan.tags[0].kind, TagKind::section);
  EXPECT_EQ(scan.tags[0].name, "KT.GTSX");
  EXPECT_EQ(scan.tags[0].offset, 2u);
  EXPECT_EQ(scan.tags[0].length, 12u);
  EXPECT_EQ(scan.tags[1].kind, TagKind::variable);
  EXPECT_EQ(scan.tags[1].name, "ket_qua");
  EXPECT_EQ(scan.tags[2].kind, TagKind::close);
  EXPECT_EQ(scan.tags[3].kind, TagKind::inverted);
  EXPECT_EQ(scan.tags[4].kind, TagKind::comment);
  EXPECT_EQ(scan.tags[5].kind, TagKind::variable);
  EXPECT_EQ(scan.tags[5].name, "y");
  EXPECT_EQ(scan.tags[5].length, 7u);
  EXPECT_EQ(scan.tags[6].kind, TagKind::variable);
  EXPECT_EQ(scan.tags[6].name, "z");
  EXPECT_EQ(scan.tags[7].kind, TagKind::partial);
  EXPECT_EQ(scan.tags[7].name, "p");
  EXPECT_EQ(tag_text(scan.tags[0]), "{{#KT.GTSX}}");
}

TEST(Tags, UnclosedTag) {
  auto scan = scan_tags("ab {{x}} cd {{y");
  ASSERT_TRUE(scan.unclosed_at);
  EXPECT_EQ(*scan.unclosed_at, 12u);
}

}  // namespace
}  // namespace baocao::briefing

// Line breaking and word placement, with a measure where every character is 10 units wide at
// size 10 (5 for a space), and bold characters 12: the expected positions are easy to count.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf/text.hpp"

namespace baocao::pdf {
namespace {

using ::testing::ElementsAre;

class FixedMeasure : public TextMeasure {
 public:
  double width(Face face, double size, std::string_view text) const override {
    double total = 0;
    for (char32_t c : code_points(text)) {
      double w = c == U' ' ? 5 : (face == Face::bold || face == Face::bold_italic ? 12 : 10);
      total += w * size / 10;
    }
    return total;
  }
};

std::vector<std::string> line_texts(const std::vector<Word>& words,
                                    const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines) {
    std::string s;
    for (std::size_t i = line.begin; i < line.end; ++i) {
      if (i > line.begin) s += ' ';
      for (const auto& piece : words[i].pieces) s += piece.text;
    }
    out.push_back(s);
  }
  return out;
}

TEST(SplitWords, MeasuresWordsAndTheSpaceAfterThem) {
  FixedMeasure m;
  auto words = split_words({{"Tổng  giá trị"}}, 10, m);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[0].pieces[0].text, "Tổng");
  EXPECT_DOUBLE_EQ(words[0].width, 40);
  EXPECT_DOUBLE_EQ(words[0].space_after, 10);  // two spaces keep a wider gap
  EXPECT_DOUBLE_EQ(words[1].space_after, 5);
  EXPECT_DOUBLE_EQ(words[2].space_after, 0);
}

TEST(SplitWords, NormalisesDecomposedTextToNfc) {
  FixedMeasure m;
  // "ệ" as e + combining circumflex + combining dot below.
  auto words = split_words({{"Vi\u0065\u0302\u0323t"}}, 10, m);
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].pieces[0].text, "Việt");
  EXPECT_DOUBLE_EQ(words[0].width, 40);
}

TEST(SplitWords, KeepsStyleChangesInsideOneWord) {
  FixedMeasure m;
  auto words = split_words({{"đạt", true}, {", tăng"}}, 10, m);
  ASSERT_EQ(words.size(), 2u);
  ASSERT_EQ(words[0].pieces.size(), 2u);
  EXPECT_EQ(words[0].pieces[0].face, Face::bold);
  EXPECT_EQ(words[0].pieces[1].text, ",");
  EXPECT_DOUBLE_EQ(words[0].width, 36 + 10);
}

TEST(BreakLines, FillsLinesGreedilyWithANarrowerFirstLine) {
  FixedMeasure m;
  auto words = split_words({{"aa bb cc dd ee ff gg"}}, 10, m);
  // Widths: each word 20, space 5. First line 50 wide: "aa bb" (45); then 80: "cc dd ee" (70).
  auto lines = break_lines(words, 50, 80, 10, m);
  EXPECT_THAT(line_texts(words, lines), ElementsAre("aa bb", "cc dd ee", "ff gg"));
  EXPECT_FALSE(lines[0].last);
  EXPECT_TRUE(lines[2].last);
}

TEST(BreakLines, NewlineForcesABreak) {
  FixedMeasure m;
  auto words = split_words({{"aa\nbb cc"}}, 10, m);
  auto lines = break_lines(words, 200, 200, 10, m);
  EXPECT_THAT(line_texts(words, lines), ElementsAre("aa", "bb cc"));
  EXPECT_TRUE(lines[0].last);  // not stretched when justified
}

TEST(BreakLines, NeverEndsALineWithALoneDash) {
  FixedMeasure m;
  auto words = split_words({{"kinh tế - xã hội"}}, 10, m);
  // "kinh tế -" (80) fits in 100 but "xã" does not; the dash must not end the line, and it
  // stays with the word before it.
  auto lines = break_lines(words, 100, 100, 10, m);
  EXPECT_THAT(line_texts(words, lines), ElementsAre("kinh", "tế - xã hội"));
}

TEST(BreakLines, NeverBreaksAtANoBreakSpace) {
  FixedMeasure m;
  auto words = split_words({{"tăng +1,02\u00A0điểm\u00A0%"}}, 10, m);
  // Drawn as separate words with an ordinary gap (so text extraction reads a space).
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[1].space_after, 5);
  // "tăng +1,02 điểm" (140) fits in 150 but "%" does not: the number goes down with its unit.
  auto lines = break_lines(words, 150, 150, 10, m);
  EXPECT_THAT(line_texts(words, lines), ElementsAre("tăng", "+1,02 điểm %"));
}

TEST(BreakLines, SplitsAWordWiderThanTheLine) {
  FixedMeasure m;
  auto words = split_words({{"abcdefghij xy"}}, 10, m);
  auto lines = break_lines(words, 40, 40, 10, m);
  EXPECT_THAT(line_texts(words, lines), ElementsAre("abcd", "efgh", "ij", "xy"));
}

TEST(BreakLines, HeadingsNeverEndWithALoneWord) {
  FixedMeasure m;
  auto words = split_words({{"aa bb cc dd"}}, 10, m);
  // Greedy: "aa bb cc" (70) then "dd" alone; the word before it goes down too.
  auto lines = break_lines(words, 75, 75, 10, m, LastLine::no_lone_word);
  EXPECT_THAT(line_texts(words, lines), ElementsAre("aa bb", "cc dd"));
  // Each part ended by a newline is its own paragraph: a one-word part stays as it is.
  auto parts = split_words({{"aa bb cc dd\nee"}}, 10, m);
  EXPECT_THAT(line_texts(parts, break_lines(parts, 75, 75, 10, m, LastLine::no_lone_word)),
              ElementsAre("aa bb", "cc dd", "ee"));
  // What fits on one line is not touched.
  auto short_words = split_words({{"aa bb"}}, 10, m);
  EXPECT_THAT(
      line_texts(short_words, break_lines(short_words, 75, 75, 10, m, LastLine::no_lone_word)),
      ElementsAre("aa bb"));
}

TEST(BreakLines, ShortLastSyllableTakenUpByATighterLineAbove) {
  FixedMeasure m;
  auto words = split_words({{"aa bb cc d"}}, 10, m);
  // "aa bb cc d" is 85 with natural spaces; in 83 its three spaces shrink to 13/15 of theirs.
  auto lines = break_lines(words, 83, 83, 10, m, LastLine::no_short_syllable);
  ASSERT_THAT(line_texts(words, lines), ElementsAre("aa bb cc d"));
  EXPECT_TRUE(lines[0].last);
  // The tightened line is set within its width all the same.
  auto xs = place_words(words, lines[0], 0, 83, Align::justify);
  EXPECT_DOUBLE_EQ(xs.back() + words.back().width, 83);
  // In 80 the spaces would shrink to 2/3 of theirs: too tight, and the line above cannot
  // give a word without spaces more than twice their width; the syllable stays alone.
  EXPECT_THAT(line_texts(words, break_lines(words, 80, 80, 10, m, LastLine::no_short_syllable)),
              ElementsAre("aa bb cc", "d"));
}

TEST(BreakLines, ShortLastSyllableGetsAWordFromALooserLineAbove) {
  FixedMeasure m;
  auto words = split_words({{"a b c d e f g hh"}}, 10, m);
  // Greedy: "a b c d e f g" fills 100 exactly, "hh" alone. Without "g" the line's five
  // spaces stretch to 8 (1.6 times theirs).
  auto lines = break_lines(words, 100, 100, 10, m, LastLine::no_short_syllable);
  EXPECT_THAT(line_texts(words, lines), ElementsAre("a b c d e f", "g hh"));
  EXPECT_FALSE(lines[0].last);
  EXPECT_TRUE(lines[1].last);
}

TEST(BreakLines, LongLastWordOrOtherRulesLeftAlone) {
  FixedMeasure m;
  // A last word wider than 2.5 em is not a short syllable.
  auto words = split_words({{"a b c d e f g hhh"}}, 10, m);
  EXPECT_THAT(line_texts(words, break_lines(words, 100, 100, 10, m, LastLine::no_short_syllable)),
              ElementsAre("a b c d e f g", "hhh"));
  // Without a rule, greedy breaking as before.
  auto plain = split_words({{"a b c d e f g hh"}}, 10, m);
  EXPECT_THAT(line_texts(plain, break_lines(plain, 100, 100, 10, m)),
              ElementsAre("a b c d e f g", "hh"));
}

TEST(PlaceWords, JustifiedLineReachesBothEdges) {
  FixedMeasure m;
  auto words = split_words({{"aa bb cc dd"}}, 10, m);
  auto lines = break_lines(words, 75, 75, 10, m);  // "aa bb cc" then "dd"
  ASSERT_EQ(lines.size(), 2u);
  auto xs = place_words(words, lines[0], 100, 75, Align::justify);
  // 60 of ink, 15 left for two gaps of 7.5.
  EXPECT_THAT(xs, ElementsAre(100, 127.5, 155));
  EXPECT_DOUBLE_EQ(xs.back() + words[2].width, 175);
  // The last line keeps natural spacing, flush left.
  EXPECT_THAT(place_words(words, lines[1], 100, 75, Align::justify), ElementsAre(100));
}

TEST(PlaceWords, CentresAndRightAligns) {
  FixedMeasure m;
  auto words = split_words({{"aa bb"}}, 10, m);
  auto lines = break_lines(words, 100, 100, 10, m);
  EXPECT_THAT(place_words(words, lines[0], 0, 100, Align::center), ElementsAre(27.5, 52.5));
  EXPECT_THAT(place_words(words, lines[0], 0, 100, Align::right), ElementsAre(55, 80));
  EXPECT_DOUBLE_EQ(natural_width(words, lines[0]), 45);
}

}  // namespace
}  // namespace baocao::pdf

#include <gtest/gtest.h>

#include "load/number.hpp"

namespace baocao {
namespace {

TEST(Number, TheContractsSyntaxIsAccepted) {
  struct Case {
    const char* text;
    double value;
    int fraction_digits;
  };
  for (const Case& c : {Case{"18797.39", 18797.39, 2}, Case{"2744", 2744, 0}, Case{"-0.5", -0.5, 1},
                        Case{"+3", 3, 0}, Case{".5", 0.5, 1}, Case{"5.", 5, 0},
                        Case{"1.2E+3", 1200, 0}, Case{"1.25e-1", 0.125, 3},
                        Case{"146.880", 146.88, 2}, Case{"007", 7, 0}, Case{"0", 0, 0}}) {
    ParsedNumber n = parse_number(c.text);
    ASSERT_TRUE(n.value) << c.text << ": " << n.problem;
    EXPECT_DOUBLE_EQ(*n.value, c.value) << c.text;
    EXPECT_EQ(n.fraction_digits, c.fraction_digits) << c.text;
  }
}

TEST(Number, OneDotAndThreeDigitsLooksLikeAThousandsSeparator) {
  EXPECT_TRUE(parse_number("2.744").dot_groups_thousands);
  EXPECT_TRUE(parse_number("-2.000").dot_groups_thousands);
  EXPECT_FALSE(parse_number("2.74").dot_groups_thousands);
  EXPECT_FALSE(parse_number("2744.000").dot_groups_thousands);
  EXPECT_FALSE(parse_number("2.744e0").dot_groups_thousands);
}

TEST(Number, VietnameseWritingIsRefusedWithTheNumberItMayMean) {
  struct Case {
    const char* text;
    const char* meant;
    const char* otherwise;
    const char* problem;
  };
  for (const Case& c : {
           Case{"18.797,39", "18797.39", "", "has thousands separators and a decimal comma"},
           Case{"1,5", "1.5", "", "has a decimal comma"},
           Case{"-1,5", "-1.5", "", "has a decimal comma"},
           Case{"2.744.000", "2744000", "", "has thousands separators"},
           Case{"1,234,567.8", "1234567.8", "", "has thousands separators"},
           Case{"1,234", "1.234", "1234", "has a decimal comma"},
           Case{"1 234", "1234", "", "has spaces"},
           Case{"1\xC2\xA0"
                "234,5",
                "1234.5", "", "has a decimal comma and spaces"},
           Case{"93,02%", "93.02", "", "has a decimal comma and a % sign"},
           Case{"12.5%", "12.5", "", "has a % sign"},
       }) {
    ParsedNumber n = parse_number(c.text);
    EXPECT_FALSE(n.value) << c.text;
    EXPECT_EQ(n.meant, c.meant) << c.text;
    EXPECT_EQ(n.meant_otherwise, c.otherwise) << c.text;
    EXPECT_EQ(n.problem, c.problem) << c.text;
  }
}

TEST(Number, NonNumbersAreRefusedWithoutAGuess) {
  struct Case {
    const char* text;
    const char* problem;
  };
  for (const Case& c :
       {Case{"", "is empty"}, Case{"NaN", "is not a figure"}, Case{"nan", "is not a figure"},
        Case{"inf", "is not a figure"}, Case{"-Infinity", "is not a figure"},
        Case{"#DIV/0!", "is not a figure"}, Case{"0x1F", "is a hexadecimal number"},
        Case{"abc", "is not a number"}, Case{"1.2.3", "is not a number"},
        Case{"1,2,3", "is not a number"}, Case{".", "is not a number"},
        Case{"-", "is not a number"}, Case{"1e", "is not a number"}, Case{"e5", "is not a number"},
        Case{"1e999", "is too large or too small to be a figure"},
        Case{"12..5", "is not a number"}}) {
    ParsedNumber n = parse_number(c.text);
    EXPECT_FALSE(n.value) << c.text;
    EXPECT_EQ(n.problem, c.problem) << c.text;
    EXPECT_EQ(n.meant, "") << c.text;
  }
}

}  // namespace
}  // namespace baocao

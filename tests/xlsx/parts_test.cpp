// The small parts of the workbook writer: escaping, sheet names, formats.

#include <gtest/gtest.h>

#include "core/unicode.hpp"
#include "xlsx/formats.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/text.hpp"

namespace baocao::xlsx {
namespace {

TEST(EscapeCellText, EscapesTheUnderscoreOfAHexSequenceOnly) {
  EXPECT_EQ(escape_cell_text("_x0041_"), "_x005F_x0041_");
  EXPECT_EQ(escape_cell_text("a_x00e9_b_X0041_"), "a_x005F_x00e9_b_X0041_");
  EXPECT_EQ(escape_cell_text("_x004_ _xG041_ _x0041"), "_x004_ _xG041_ _x0041");
  // libxlsxwriter turns the control character into "_x0001_": it ends a sequence too.
  EXPECT_EQ(escape_cell_text("_x0041\x01"), "_x005F_x0041\x01");
  EXPECT_EQ(escape_cell_text(std::string_view("a\0b", 3)), "a_x0000_b");
  EXPECT_EQ(escape_cell_text("=1+2"), "=1+2");
  EXPECT_EQ(escape_cell_text("Tỷ lệ hộ nghèo"), "Tỷ lệ hộ nghèo");
}

TEST(CellNames, AreExcelReferences) {
  EXPECT_EQ(cell_name(0, 0), "A1");
  EXPECT_EQ(cell_name(3, 6), "G4");
  EXPECT_EQ(column_name(25), "Z");
  EXPECT_EQ(column_name(26), "AA");
  EXPECT_EQ(column_name(16383), "XFD");
  EXPECT_EQ(absolute_cell_name(7, 5), "$F$8");
}

TEST(SheetNames, AreUniqueWithoutCaseAlsoForVietnameseLetters) {
  SheetNames names;
  EXPECT_EQ(names.claim("Tổng hợp", "x"), "Tổng hợp");
  EXPECT_EQ(names.claim("TỔNG HỢP", "x"), "TỔNG HỢP (2)");
  EXPECT_EQ(names.claim("tổng hợp", "x"), "tổng hợp (3)");
  EXPECT_EQ(names.claim("History", "x"), "History (2)");
  EXPECT_EQ(names.claim("HISTORY", "x"), "HISTORY (3)");
}

TEST(SheetNames, DropForbiddenCharactersAndUseTheFallbackWhenEmpty) {
  SheetNames names;
  EXPECT_EQ(names.claim("Kinh tế [2023]: a/b*c?d\\e", "x"), "Kinh tế -2023-- a-b-c-d-e");
  EXPECT_EQ(names.claim("'Ngân sách'", "x"), "Ngân sách");
  EXPECT_EQ(names.claim("", "Nhóm 3"), "Nhóm 3");
  EXPECT_EQ(names.claim("  ''  ", "Nhóm 4"), "Nhóm 4");
  EXPECT_EQ(names.claim("bad \xC3\x28", "Nhóm 5"), "Nhóm 5");
}

TEST(SheetNames, AreNfcAndShortInCodePointsAndBytes) {
  SheetNames names;
  const std::string nfd = "Kinh te\xcc\x82\xcc\x81";  // "Kinh tế" with combining marks
  EXPECT_EQ(names.claim(nfd, "x"), "Kinh tế");
  // 40 three-byte letters: 31 code points would still be 93 bytes, over the byte budget.
  std::string wide;
  for (int i = 0; i < 40; ++i) wide += "ệ";
  const std::string name = names.claim(wide, "x");
  EXPECT_LE(count_utf16_units(name), kMaxSheetNameUnits);
  EXPECT_LE(name.size() + 2, kMaxQuotedSheetBytes);
  EXPECT_EQ(find_invalid_utf8(name), std::string::npos);
  const std::string again = names.claim(wide, "x");
  EXPECT_TRUE(again.ends_with(" (2)"));
  EXPECT_LE(count_utf16_units(again), kMaxSheetNameUnits);
  EXPECT_LE(again.size() + 2, kMaxQuotedSheetBytes);
}

// Excel counts a sheet name in UTF-16 units: an emoji outside the BMP is two of the 31.
TEST(SheetNames, CountAsExcelDoesInUtf16Units) {
  SheetNames names;
  std::string emoji;
  for (int i = 0; i < 20; ++i) emoji += "\xF0\x9F\x93\x88";  // 20 code points, 40 units
  const std::string name = names.claim(emoji, "x");
  std::size_t units = 0;
  for (unsigned char c : name) units += (c & 0xC0) == 0x80 ? 0 : c >= 0xF0 ? 2 : 1;
  EXPECT_LE(units, 31u);
  EXPECT_FALSE(name.empty());
}

TEST(NumberFormats, FollowTheIndicatorsDecimals) {
  EXPECT_EQ(number_format(0), "#,##0");
  EXPECT_EQ(number_format(2), "#,##0.00");
  EXPECT_EQ(number_format(4), "#,##0.0000");
}

}  // namespace
}  // namespace baocao::xlsx

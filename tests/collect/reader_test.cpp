// The reader's parts on hand-made packages: what Excel, LibreOffice and WPS write differently,
// and hostile files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "collect/cells.hpp"
#include "collect/parts.hpp"
#include "collect/xlsx_reader.hpp"
#include "collect/xml_stream.hpp"
#include "collect/zips.hpp"

namespace baocao::collect {
namespace {
using ::testing::HasSubstr;
using testing::make_workbook;
using testing::make_zip;

TEST(CellRefs, ParseAndName) {
  EXPECT_EQ(parse_cell_ref("B7"), (CellRef{7, 2}));
  EXPECT_EQ(parse_cell_ref("$AA$10"), (CellRef{10, 27}));
  EXPECT_EQ(parse_cell_ref("XFD1048576"), (CellRef{1048576, 16384}));
  for (const char* bad : {"", "7B", "A0", "XFE1", "A1048577", "B7:", "b7", "A 1"})
    EXPECT_FALSE(parse_cell_ref(bad)) << bad;
  EXPECT_EQ(cell_name({7, 2}), "B7");
  EXPECT_EQ(cell_name({3, 703}), "AAA3");
}

TEST(CellRefs, AreasOfDefinedNames) {
  auto a = parse_area_ref("'Nhập số liệu'!$A$7:$M$40");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->sheet, "Nhập số liệu");
  EXPECT_EQ(a->first, (CellRef{7, 1}));
  EXPECT_EQ(a->last, (CellRef{40, 13}));
  auto quoted = parse_area_ref("'It''s'!B2");
  ASSERT_TRUE(quoted);
  EXPECT_EQ(quoted->sheet, "It's");
  EXPECT_EQ(quoted->first, quoted->last);
  EXPECT_EQ(parse_area_ref("Sheet1!A5:M9")->sheet, "Sheet1");
  for (const char* bad : {"A1:B2", "'open!A1", "Sheet1!B2:A1", "Sheet1!#REF!", "!A1"})
    EXPECT_FALSE(parse_area_ref(bad)) << bad;
}

TEST(Parts, ResolvesRelationshipTargets) {
  EXPECT_EQ(resolve_part_name("xl/", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
  EXPECT_EQ(resolve_part_name("xl/", "/xl/sharedStrings.xml"), "xl/sharedStrings.xml");
  EXPECT_EQ(resolve_part_name("xl/", "../docProps/custom.xml"), "docProps/custom.xml");
  EXPECT_EQ(resolve_part_name("", "./xl/workbook.xml"), "xl/workbook.xml");
}

TEST(Parts, DateFormats) {
  for (const char* date : {"dd/mm/yyyy", "d-mmm-yy", "h:mm", "[h]:mm:ss", "yyyy\\-mm"})
    EXPECT_TRUE(is_date_format(date)) << date;
  for (const char* number :
       {"0.00", "#,##0", "General", "[Red]0.00", "\"ngày\" 0", "0%", "0.0E+00"})
    EXPECT_FALSE(is_date_format(number)) << number;
  EXPECT_TRUE(is_builtin_date_format(14));
  EXPECT_FALSE(is_builtin_date_format(4));
}

TEST(XmlStream, LocalNamesAndNoDocumentType) {
  struct Names : XmlHandler {
    std::string seen;
    void start(std::string_view name, const XmlAttributes& a) override {
      seen += std::string(name) + "(" + std::string(a.get("id")) + ")";
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
  } names;
  PackageError error;
  ASSERT_TRUE(parse_xml("<x:a xmlns:x='u' xmlns:r='v'><x:b r:id='7'/></x:a>", names, error));
  EXPECT_EQ(names.seen, "a()b(7)");
  Names laughs;
  EXPECT_FALSE(parse_xml("<!DOCTYPE a [<!ENTITY l 'lol'><!ENTITY l2 '&l;&l;&l;'>]><a>&l2;</a>",
                         laughs, error));
  EXPECT_THAT(error.message, HasSubstr("declares a document type"));
  EXPECT_FALSE(parse_xml("<a><b></a>", laughs, error));
  EXPECT_THAT(error.message, HasSubstr("not well-formed XML (line 1"));
}

constexpr const char* kCustom =
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
    "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"baocao.unit\">"
    "<vt:lpwstr>ANKHE</vt:lpwstr></property>"
    "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"baocao.asked\">"
    "<vt:lpwstr>2024</vt:lpwstr></property></Properties>";

TEST(Reader, EveryKindOfCellAsWritersStoreThem) {
  // Shared strings (with a rich run and a phonetic guide), inline strings, a formula's cached
  // string, booleans, errors, numbers with and without a date style, and rows and cells
  // without `r` that follow the previous one.
  std::string styles =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/></cellXfs>"
      "</styleSheet>";
  std::string sheet =
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c>"
      "<c r=\"D2\" t=\"inlineStr\"><is><t>Mã</t><rPh><t>x</t></rPh></is></c></row>"
      "<row><c r=\"A3\" t=\"str\"><f>B3</f><v>tính</v></c><c t=\"b\"><v>1</v></c>"
      "<c t=\"e\"><v>#DIV/0!</v></c><c s=\"1\"><v>45292</v></c><c s=\"2\"><v>18797.39</v></c>"
      "<c r=\"F3\" s=\"2\"/></row>"
      "<row r=\"9\"><c r=\"B9\"><v>5</v></c><c r=\"Z9\"><v>1</v></c></row>";
  std::string bytes = make_workbook(
      sheet, "'Nhập số liệu'!$A$2:$E$4",
      {"<t>Thực hiện</t>", "<r><t>Ước </t></r><r><t>thực hiện</t></r><rPh><t>y</t></rPh>"}, kCustom,
      styles);
  ReadOutcome read = read_input_workbook(bytes);
  ASSERT_TRUE(read.workbook) << read.error.message;
  const InputWorkbook& w = *read.workbook;
  EXPECT_EQ(w.properties.at("baocao.unit"), "ANKHE");
  EXPECT_EQ(w.properties.at("baocao.asked"), "2024");
  ASSERT_EQ(w.sheets.size(), 1u);
  EXPECT_EQ(w.sheets[0].part, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(w.input);
  std::vector<std::string> seen;
  for (const Cell& c : w.cells)
    seen.push_back(cell_name(c.at) + "=" + std::to_string(static_cast<int>(c.kind)) + ":" + c.text);
  EXPECT_THAT(seen, ::testing::ElementsAre("A2=1:Thực hiện", "B2=1:Ước thực hiện", "D2=1:Mã",
                                           "A3=1:tính", "B3=2:TRUE", "C3=3:#DIV/0!", "D3=4:45292",
                                           "E3=0:18797.39", "B9=0:5"));
  EXPECT_EQ(w.cells[7].number, 18797.39);
  EXPECT_EQ(w.cells[8].number, 5);
  EXPECT_EQ(w.cells_outside, 1u);  // Z9
}

TEST(Reader, NoInputNameIsNotAnError) {
  std::string bytes = make_workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "#REF!");
  ReadOutcome read = read_input_workbook(bytes);
  ASSERT_TRUE(read.workbook);
  EXPECT_FALSE(read.workbook->input);
}

TEST(Reader, ASharedStringOutOfRangeIsAnError) {
  std::string bytes =
      make_workbook("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>", "'Nhập số liệu'!A1:M9");
  ReadOutcome read = read_input_workbook(bytes);
  EXPECT_FALSE(read.workbook);
  EXPECT_THAT(read.error.message, HasSubstr("cell A2 refers to a shared string"));
}

TEST(Reader, FilesThatAreNotWorkbooks) {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  EXPECT_THAT(read_input_workbook(ole + std::string(600, '\0')).error.message,
              HasSubstr("Excel 97–2003 workbook (.xls)"));
  std::string ods = make_zip(
      {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<a/>"}});
  EXPECT_THAT(read_input_workbook(ods).error.message, HasSubstr("OpenDocument spreadsheet (.ods)"));
  EXPECT_THAT(read_input_workbook("code,area\nKT.GTSX,ANKHE\n").error.message,
              HasSubstr("the file is text (a CSV"));
  EXPECT_THAT(read_input_workbook("").error.message, HasSubstr("the file is empty"));
  std::string other = make_zip({{"readme.txt", "hello"}});
  EXPECT_THAT(read_input_workbook(other).error.message, HasSubstr("zip archive but not an .xlsx"));
  std::string good = make_workbook("", "'Nhập số liệu'!A1:M9");
  EXPECT_THAT(read_input_workbook(good.substr(0, good.size() / 2)).error.message,
              HasSubstr("damaged zip package"));
}

TEST(Reader, AnEncryptedPartIsRefused) {
  std::string bytes = make_zip({{"xl/workbook.xml", "<workbook/>", true}});
  EXPECT_THAT(read_input_workbook(bytes).error.message,
              HasSubstr("part xl/workbook.xml is encrypted"));
}

TEST(Reader, AZipBombStopsAtTheLimits) {
  std::string sheet_data(2 << 20, ' ');
  std::string bytes = make_workbook(sheet_data, "'Nhập số liệu'!A1:M9");
  ASSERT_LT(bytes.size(), 64u << 10);  // deflate makes 2 MiB of spaces a few kilobytes
  ReadLimits part_limit;
  part_limit.part_bytes = 1 << 20;
  ReadOutcome read = read_input_workbook(bytes, part_limit);
  EXPECT_FALSE(read.workbook);
  EXPECT_THAT(read.error.message,
              HasSubstr("part xl/worksheets/sheet1.xml expands to more than 1 MiB"));
  EXPECT_THAT(read.error.message, HasSubstr("zip bomb"));
  ReadLimits total_limit;
  total_limit.total_bytes = 1 << 20;
  EXPECT_THAT(read_input_workbook(bytes, total_limit).error.message, HasSubstr("zip bomb"));
  EXPECT_TRUE(read_input_workbook(bytes).workbook);  // within the default limits
}

TEST(Reader, CellsPastTheLimitAreAnError) {
  std::string rows;
  for (int r = 1; r <= 30; ++r) rows += "<row><c><v>1</v></c><c><v>2</v></c></row>";
  std::string bytes = make_workbook(rows, "'Nhập số liệu'!A1:M9");
  ReadLimits limits;
  limits.cells = 50;
  EXPECT_THAT(read_input_workbook(bytes, limits).error.message,
              HasSubstr("more than 50 cells in the table's columns"));
  limits.cells = 60;
  EXPECT_TRUE(read_input_workbook(bytes, limits).workbook);
}

TEST(Reader, AFileLargerThanTheLimitIsNotRead) {
  ReadLimits small;
  small.file_bytes = 1000;
  EXPECT_THAT(read_input_workbook(std::string(2000, 'x'), small).error.message,
              HasSubstr("larger than"));
}

}  // namespace
}  // namespace baocao::collect

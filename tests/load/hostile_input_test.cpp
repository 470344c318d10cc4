// Input written to break the documents (issue #16): figures too large for them, control
// characters, UTF-16 files, codes too long for a file name, group names too long for a sheet.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "load/base_dataset.hpp"
#include "load/load.hpp"
#include "load/number.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using testing::base_files;
using ::testing::HasSubstr;
using testing::TempDir;
using testing::with_line;
using Files = std::map<std::string, std::string>;

LoadResult load(const TempDir& tmp, const Files& files) {
  testing::write_dataset(tmp / "data", files);
  return load_dataset((tmp / "data").string());
}

std::string all(const Diagnostics& d) {
  std::string s;
  for (const auto& item : d.items()) s += to_string(item) + "\n";
  return s;
}

TEST(HostileNumbers, FiguresFrom10To15AreRefused) {
  for (const char* text : {"1e15", "-1e15", "1000000000000000", "1e300", "-2.5E+16"}) {
    ParsedNumber n = parse_number(text);
    EXPECT_FALSE(n.value) << text;
    EXPECT_THAT(n.problem, HasSubstr("10^15")) << text;
  }
  for (const char* text : {"999999999999999", "-999999999999999.9", "1e14", "1e-300"}) {
    ParsedNumber n = parse_number(text);
    EXPECT_TRUE(n.value) << text << ": " << n.problem;
  }
}

TEST(HostileNumbers, AWholeNumberBeyond2To53IsNotExactlyRepresentable) {
  ParsedNumber n = parse_number("9007199254740993");
  EXPECT_FALSE(n.value);
  EXPECT_THAT(n.problem, HasSubstr("exactly"));
}

TEST(HostileNumbers, TooLargeAValueIsRefusedAtItsPlace) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] = with_line(files["values.csv"], 4, "KT.GTSX,TAYSON,2023,actual,2e15,,");
  files["values.csv"] =
      with_line(files["values.csv"], 9, "XD.TSDV,ANKHE,2023,actual,9007199254740993,,");
  LoadResult r = load(tmp, files);
  EXPECT_FALSE(r.dataset);
  std::string text = all(r.diagnostics);
  EXPECT_THAT(text, HasSubstr("data/values.csv:4:5: error: value `2e15`"));
  EXPECT_THAT(text, HasSubstr("data/values.csv:9:5: error: value `9007199254740993`"));
}

TEST(HostileText, ControlCharactersInCsvTextAreRefusedAtTheirPlace) {
  TempDir tmp;
  Files files = base_files();
  files["areas.csv"] = with_line(files["areas.csv"], 3, "TAYSON,phường Tây\x07Sơn,ward,ANKHE");
  files["values.csv"] =
      with_line(files["values.csv"], 4, "KT.GTSX,TAYSON,2023,actual,1200.5,\"ghi\x1b[31mchú\",");
  files["indicators.csv"] =
      with_line(files["indicators.csv"], 3,
                "XH.HN,Tỷ lệ\x7Fhộ nghèo,%,Văn hóa - Xã hội,rate,down,2,TCKH,,none,yes,,");
  LoadResult r = load(tmp, files);
  EXPECT_FALSE(r.dataset);
  std::string text = all(r.diagnostics);
  EXPECT_THAT(text, HasSubstr("data/areas.csv:3:2: error:"));
  EXPECT_THAT(text, HasSubstr("data/values.csv:4:6: error:"));
  EXPECT_THAT(text, HasSubstr("data/indicators.csv:3:2: error:"));
  EXPECT_THAT(text, HasSubstr("control character"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("\x1b")));  // never echoed raw
}

TEST(HostileText, LineBreaksInANoteStayAllowed) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] =
      with_line(files["values.csv"], 4, "KT.GTSX,TAYSON,2023,actual,1200.5,\"hai\ndòng\",");
  LoadResult r = load(tmp, files);
  EXPECT_TRUE(r.dataset) << all(r.diagnostics);
}

TEST(HostileText, ControlCharactersInUnitTomlAreRefusedAtTheirLine) {
  TempDir tmp;
  Files files = base_files();
  files["unit.toml"] = with_line(files["unit.toml"], 2, "name = \"thị xã\\u0007An Khê\"");
  files["unit.toml"] = with_line(files["unit.toml"], 25, "name = \"Phòng\\u001bTài chính\"");
  LoadResult r = load(tmp, files);
  EXPECT_FALSE(r.dataset);
  std::string text = all(r.diagnostics);
  EXPECT_THAT(text, HasSubstr("data/unit.toml:2: error:"));
  EXPECT_THAT(text, HasSubstr("data/unit.toml:25: error:"));
  EXPECT_THAT(text, HasSubstr("control character"));
}

std::string utf16(const std::string& ascii, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    if (little_endian) {
      out += c;
      out += '\0';
    } else {
      out += '\0';
      out += c;
    }
  }
  return out;
}

TEST(HostileEncoding, Utf16FilesAreNamed) {
  TempDir tmp;
  Files files = base_files();
  files["areas.csv"] = utf16("code,name,type,parent\nANKHE,An Khe,unit,\n", true);
  files["unit.toml"] = utf16("code = \"ANKHE\"\n", false);
  LoadResult r = load(tmp, files);
  EXPECT_FALSE(r.dataset);
  std::string text = all(r.diagnostics);
  EXPECT_THAT(text, HasSubstr("data/areas.csv: error: the file is UTF-16 LE"));
  EXPECT_THAT(text, HasSubstr("data/unit.toml: error: the file is UTF-16 BE"));
  EXPECT_THAT(text, HasSubstr("UTF-8"));
}

TEST(HostileLimits, ADepartmentCodeTooLongForAFileNameIsRefused) {
  TempDir tmp;
  Files files = base_files();
  const std::string code(40, 'T');
  files["unit.toml"] = with_line(files["unit.toml"], 24, "code = \"" + code + "\"");
  files["indicators.csv"] = with_line(files["indicators.csv"], 2,
                                      "KT.GTSX,Tổng giá trị sản xuất,tỷ đồng,Kinh tế,amount,up,2," +
                                          code + ",,sum,yes,kế hoạch,all");
  LoadResult r = load(tmp, files);
  EXPECT_FALSE(r.dataset);
  EXPECT_THAT(all(r.diagnostics), HasSubstr("data/unit.toml:24: error:"));
  EXPECT_THAT(all(r.diagnostics), HasSubstr("32"));
}

TEST(HostileLimits, AGroupNameLongerThanASheetNameIsWarnedAbout) {
  TempDir tmp;
  Files files = base_files();
  // 30 code points, 32 UTF-16 units: the two emoji outside the BMP count twice in Excel.
  const std::string group = "Nhóm chỉ tiêu kinh tế \xF0\x9F\x93\x88 xã hội \xF0\x9F\x93\x89";
  files["indicators.csv"] = with_line(files["indicators.csv"], 2,
                                      "KT.GTSX,Tổng giá trị sản xuất,tỷ đồng," + group +
                                          ",amount,up,2,TCKH,,sum,yes,kế "
                                          "hoạch,all");
  LoadResult r = load(tmp, files);
  ASSERT_TRUE(r.dataset) << all(r.diagnostics);
  EXPECT_THAT(all(r.diagnostics), HasSubstr("data/indicators.csv:2:4: warning:"));
  EXPECT_THAT(all(r.diagnostics), HasSubstr("31"));
}

}  // namespace
}  // namespace baocao

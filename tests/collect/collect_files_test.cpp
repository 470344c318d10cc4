// Files that are not department workbooks, given to `baocao collect`: each a clear error naming
// the file, never a crash or a read of unbounded size; values.csv untouched.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include <fmt/format.h>

#include "collect/workbooks.hpp"
#include "collect/zips.hpp"

namespace baocao::testing {
namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;

class CollectFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_dir(shipped_data(), dir_ / "data");
    original_ = read_file(dir_ / "data" / "values.csv");
  }
  void expect_refused(const std::string& name, const std::string& bytes,
                      const std::string& reason) {
    fs::path file = dir_ / name;
    write_file(file, bytes);
    auto r =
        collect(fmt::format("'{}' --data '{}' --apply", file.string(), (dir_ / "data").string()));
    EXPECT_EQ(r.exit_code, 1) << name;
    EXPECT_THAT(r.err, HasSubstr(file.string() + ": error: " + reason)) << name;
    EXPECT_THAT(r.err, HasSubstr("hint: ")) << name;
    EXPECT_EQ(read_file(dir_ / "data" / "values.csv"), original_) << name;
  }
  TempDir dir_;
  std::string original_;
};

TEST_F(CollectFiles, AnXlsIsRefused) {
  expect_refused("TCKH-2023.xlsx",
                 std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(4096, '\0'),
                 "the file is an Excel 97–2003 workbook (.xls)");
}

TEST_F(CollectFiles, AnOdsIsRefused) {
  // As LibreOffice writes it: the mimetype entry first.
  expect_refused("TCKH-2023.xlsx",
                 make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                           {"content.xml", "<office:document-content/>"}}),
                 "the file is an OpenDocument spreadsheet (.ods)");
}

TEST_F(CollectFiles, ACsvRenamedIsRefused) {
  expect_refused("TCKH-2023.xlsx", "code,area,period,basis,value\nNS.THU,ANKHE,2024,actual,1\n",
                 "the file is text (a CSV or another text file named .xlsx)");
}

TEST_F(CollectFiles, ACorruptZipIsRefused) {
  std::string good = make_workbook("", "'Nhập số liệu'!A1:M9");
  expect_refused("TCKH-2023.xlsx", good.substr(0, good.size() - 40), "the file is a damaged zip");
  std::string flipped = good;
  flipped[flipped.size() / 3] = static_cast<char>(flipped[flipped.size() / 3] ^ 0x55);
  fs::path file = dir_ / "flipped.xlsx";
  write_file(file, flipped);
  auto r = collect(fmt::format("'{}' --data '{}'", file.string(), (dir_ / "data").string()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(file.string() + ": error: "));
}

TEST_F(CollectFiles, AnEncryptedZipIsRefused) {
  expect_refused("TCKH-2023.xlsx",
                 make_zip({{"[Content_Types].xml", "<Types/>", true},
                           {"xl/workbook.xml", "<workbook/>", true}}),
                 "part xl/workbook.xml is encrypted");
}

TEST_F(CollectFiles, AZipBombIsRefusedAtTheDefaultLimit) {
  // 200 MiB of spaces in the sheet compress to a few hundred kilobytes.
  std::string bomb =
      make_workbook(std::string(std::size_t{200} << 20, ' '), "'Nhập số liệu'!A1:M9");
  ASSERT_LT(bomb.size(), std::size_t{1} << 20);
  expect_refused("TCKH-2023.xlsx", bomb,
                 "part xl/worksheets/sheet1.xml expands to more than 128 MiB");
}

TEST_F(CollectFiles, AMissingPathAndAnEmptyFolder) {
  fs::create_directory(dir_ / "empty");
  auto r = collect(fmt::format("'{}' '{}' --data '{}'", (dir_ / "nope.xlsx").string(),
                               (dir_ / "empty").string(), (dir_ / "data").string()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("nope.xlsx: error: no such file or folder"));
  EXPECT_THAT(r.err, HasSubstr("empty: error: the folder holds no .xlsx workbook"));
}

}  // namespace
}  // namespace baocao::testing

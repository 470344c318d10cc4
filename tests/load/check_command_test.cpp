// `baocao check` through the built executable: exit codes and what it prints.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "load/base_dataset.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using testing::base_files;
using testing::exe;
using ::testing::HasSubstr;
using testing::run;
using ::testing::StartsWith;
using testing::TempDir;
using testing::with_line;

std::string check_in(const TempDir& tmp, const std::string& args = "--data data") {
  return "cd '" + tmp.path().string() + "' && '" + exe() + "' check " + args;
}

TEST(CheckCommand, AValidDatasetIsSummarisedWithExitZero) {
  TempDir tmp;
  testing::write_dataset(tmp / "data", base_files());
  auto r = run(check_in(tmp));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, StartsWith("Dữ liệu hợp lệ (valid dataset): data — thị xã An Khê, Gia Lai\n"));
  EXPECT_THAT(r.out, HasSubstr("4 chỉ tiêu (indicators) in 4 nhóm (groups)"));
  EXPECT_THAT(r.out, HasSubstr("3 địa bàn (areas): the unit ANKHE, 1 ward, 1 commune"));
  EXPECT_THAT(r.out, HasSubstr("8 giá trị (values)"));
  EXPECT_THAT(r.out, HasSubstr("kỳ (periods): 2023\n"));
  EXPECT_THAT(r.out, HasSubstr("actual           5 values: 2023"));
  EXPECT_THAT(r.out, HasSubstr("low              1 value : 2023"));
  EXPECT_THAT(
      r.out,
      HasSubstr("NTM.NC     Số tiêu chí nông thôn mới nâng cao (tiêu chí): 3 values (2023)"));
  EXPECT_THAT(r.out, HasSubstr("  Xây dựng Đảng\n    XD.TSDV"));
}

TEST(CheckCommand, ErrorsArePrintedLocatedWithHintsThenWarningsAndExitOne) {
  TempDir tmp;
  auto files = base_files();
  files["values.csv"] = with_line(files["values.csv"], 4, "KT.GTSX,TAYSON,2023,actual,1200.555,,");
  files["values.csv"] = with_line(files["values.csv"], 9, "XD.TSDV,ANKHE,2023,actual,2.744,,");
  files["values.csv"] =
      with_line(files["values.csv"], 2, "KT.GTSX,ANKHE,2023,actual,\"18.797,39\",,");
  testing::write_dataset(tmp / "data", files);
  auto r = run(check_in(tmp));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  const std::string expected =
      "data/values.csv:2:5: error: value `18.797,39` has thousands separators and a decimal "
      "comma (it may mean 18797.39)\n"
      "  hint: write it as 18797.39: numbers use a dot before the decimals and no thousands "
      "separator\n"
      "data/values.csv:9:5: error: value `2.744` of count indicator `XD.TSDV` has a decimal "
      "point: did you mean 2744?\n"
      "  hint: a count is a whole number written without a thousands separator: write 2744\n"
      "data/values.csv:4:5: warning: value `1200.555` has 3 digits after the decimal point but "
      "indicator `KT.GTSX` shows 2 (decimals)\n";
  EXPECT_THAT(r.err, StartsWith(expected));
  EXPECT_THAT(r.err, HasSubstr("2 error(s)"));
}

TEST(CheckCommand, AMissingFolderIsADataError) {
  TempDir tmp;
  auto r = run(check_in(tmp, "--data nope"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, StartsWith("nope: error: dataset folder not found\n"));
}

TEST(CheckCommand, UsageErrorsExitTwo) {
  TempDir tmp;
  EXPECT_EQ(run(check_in(tmp, "--bogus")).exit_code, 2);
  EXPECT_EQ(run(check_in(tmp, "--data")).exit_code, 2);
  EXPECT_EQ(run(check_in(tmp, "extra")).exit_code, 2);
  EXPECT_EQ(run("'" + exe() + "'").exit_code, 2);
}

TEST(CheckCommand, HelpAndVersion) {
  auto help = run("'" + exe() + "' check --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.out, HasSubstr("--data"));
  auto version = run("'" + exe() + "' --version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_THAT(version.out, StartsWith("baocao "));
}

// The shipped An Khê dataset is valid and every indicator of it is listed.
TEST(CheckCommand, TheShippedDatasetIsValidAndEveryIndicatorIsListed) {
  auto r = run("cd '" + testing::source_dir().string() + "' && '" + exe() + "' check --data data");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream indicators(testing::read_file(testing::shipped_data() / "indicators.csv"));
  std::string line;
  std::getline(indicators, line);  // header
  int count = 0;
  while (std::getline(indicators, line)) {
    if (line.empty()) continue;
    std::string code = line.substr(0, line.find(','));
    EXPECT_THAT(r.out, HasSubstr("    " + code + " ")) << code;
    ++count;
  }
  EXPECT_GE(count, 20);
  EXPECT_THAT(r.out, HasSubstr(std::to_string(count) + " chỉ tiêu (indicators)"));
  EXPECT_THAT(r.out, HasSubstr("thị xã An Khê, Gia Lai"));
}

}  // namespace
}  // namespace baocao

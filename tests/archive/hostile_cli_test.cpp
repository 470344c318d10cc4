// The command line against hostile options (issue #16, rules 5 and 9): document
// numbers, report dates, characters the fonts cannot draw, through the executable.
#include <filesystem>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::baocao::testing::shell_quoted;

namespace fs = std::filesystem;
using ::baocao::testing::CommandResult;
using ::baocao::testing::TempDir;
using ::testing::HasSubstr;

// `baocao COMMAND` on `data` (the shipped data by default) from `cwd`, templates shipped.
CommandResult baocao(const fs::path& cwd, const std::string& command, const std::string& args,
                     const fs::path& data = testing::shipped_data(), const std::string& env = "") {
  std::string templates = command == "summary" || command == "check"
                              ? ""
                              : " --templates " + shell_quoted(testing::shipped_templates());
  return testing::run("cd " + shell_quoted(cwd) + " && " + env + " " +
                      shell_quoted(testing::exe()) + " " + command + " --data " +
                      shell_quoted(data) + templates + " " + args);
}

TEST(DocumentNumber, OnlyAShortNumberIsTaken) {
  TempDir cwd;
  for (std::string bad : {"hdnd='05; rm -rf'", "hdnd='$(id)'", "hdnd=0123456789012345678901234",
                          "hdnd=' 05'", "hdnd=số5", "hdnd='05\\n'"}) {
    CommandResult r = baocao(cwd.path(), "build", "--date 2024-01-05 --number " + bad);
    EXPECT_EQ(r.exit_code, 2) << bad << "\n" << r.err;
    EXPECT_THAT(r.err, HasSubstr("--number")) << bad;
    r = baocao(cwd.path(), "render-text", "--date 2024-01-05 --number " + bad);
    EXPECT_EQ(r.exit_code, 2) << bad << "\n" << r.err;
  }
  EXPECT_FALSE(fs::exists(cwd.path() / "output"));
  for (std::string good : {"hdnd=05", "hdnd=12a", "hdnd=05/2024", "hdnd=125-BC"}) {
    CommandResult r = baocao(cwd.path(), "render-text", "--date 2024-01-05 --number " + good);
    EXPECT_EQ(r.exit_code, 0) << good << "\n" << r.err;
  }
}

TEST(DocumentNumber, GivenTwiceForATemplateIsAUsageError) {
  TempDir cwd;
  CommandResult r =
      baocao(cwd.path(), "build", "--date 2024-01-05 --number hdnd=05 --number hdnd=06");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("hdnd"));
  EXPECT_FALSE(fs::exists(cwd.path() / "output"));
  r = baocao(cwd.path(), "render-text", "--date 2024-01-05 --number 05 --number 06");
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

TEST(ReportDate, ADateBeforeThePeriodBeginsIsRefused) {
  TempDir cwd;
  for (std::string command : {"build", "render-text"}) {
    CommandResult r = baocao(cwd.path(), command, "--period 2023 --date 2022-12-31");
    EXPECT_EQ(r.exit_code, 2) << command << "\n" << r.err;
    EXPECT_THAT(r.err, HasSubstr("--date")) << command;
    EXPECT_THAT(r.err, HasSubstr("2023-01-01")) << command;
  }
  EXPECT_FALSE(fs::exists(cwd.path() / "output"));
  // The first day of the period is fine.
  EXPECT_EQ(baocao(cwd.path(), "render-text", "--period 2023 --date 2023-01-01").exit_code, 0);
}

TEST(Fonts, ACharacterTheFontsCannotDrawIsADataErrorWithItsPlace) {
  TempDir cwd;
  fs::path data = cwd.path() / "data";
  testing::copy_dir(testing::shipped_data(), data);
  std::string indicators = testing::read_file(data / "indicators.csv");
  auto at = indicators.find("Tổng giá trị sản xuất (giá hiện hành)");
  ASSERT_NE(at, std::string::npos);
  indicators.insert(at, "漢 ");  // line 2, field 2
  testing::write_file(data / "indicators.csv", indicators);

  CommandResult r = baocao(cwd.path(), "check", "", data);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.err, HasSubstr("indicators.csv:2:2: error:"));
  EXPECT_THAT(r.err, HasSubstr("U+6F22"));

  r = baocao(cwd.path(), "build", "--date 2024-01-05", data);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr("indicators.csv:2:2: error:"));
  EXPECT_FALSE(fs::exists(cwd.path() / "output"));
}

TEST(Fonts, ACharacterInATemplateTheFontsCannotDrawIsATemplateError) {
  TempDir cwd;
  fs::path templates = cwd.path() / "templates";
  testing::copy_dir(testing::shipped_templates(), templates);
  std::string body = testing::read_file(templates / "hdnd" / "body.md");
  body = "😀" + body;
  testing::write_file(templates / "hdnd" / "body.md", body);
  CommandResult r = testing::run("cd " + shell_quoted(cwd.path()) + " && " +
                                 shell_quoted(testing::exe()) + " build --date 2024-01-05 --data " +
                                 shell_quoted(testing::shipped_data()) + " --templates templates");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.err, HasSubstr("hdnd/body.md:1:1: error:"));
  EXPECT_THAT(r.err, HasSubstr("U+1F600"));
  EXPECT_FALSE(fs::exists(cwd.path() / "output"));
}

}  // namespace
}  // namespace baocao

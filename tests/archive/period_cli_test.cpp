// `build`, `summary` and `render-text` through the executable: one period rule, one wording.
#include <filesystem>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using ::baocao::testing::CommandResult;
using ::baocao::testing::TempDir;
using ::testing::HasSubstr;

std::string shell_quoted(const fs::path& p) {
  return "'" + p.string() + "'";
}

bool is_empty_folder(const fs::path& dir) {
  return fs::is_directory(dir) && fs::directory_iterator(dir) == fs::directory_iterator();
}

// Each command on the shipped data with `period_args`, run from the empty folder `cwd` so that
// anything a command writes by default (build's output/) would land there.
std::vector<CommandResult> run_all(const fs::path& cwd, const std::string& period_args) {
  const std::string inputs = " --data " + shell_quoted(testing::shipped_data()) + " ";
  const std::string templates = " --templates " + shell_quoted(testing::shipped_templates()) + " ";
  std::vector<CommandResult> results;
  for (const std::string& command :
       {"build" + inputs + templates + "--date 2024-01-05", "summary" + inputs,
        "render-text" + inputs + templates + "--date 2024-01-05"})
    results.push_back(testing::run("cd " + shell_quoted(cwd) + " && " +
                                   shell_quoted(testing::exe()) + " " + command + " " +
                                   period_args));
  return results;
}

TEST(PeriodRule, APeriodWithoutResultsIsRefusedAlikeAndNothingIsWritten) {
  TempDir cwd;
  std::vector<CommandResult> results = run_all(cwd.path(), "--period 2030");
  for (const CommandResult& r : results) {
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, results[0].err);
  }
  const std::string values = (testing::shipped_data() / "values.csv").string();
  EXPECT_EQ(results[0].err, values +
                                ": error: there is no actual or estimate for 2030, so there is "
                                "nothing to report for it\n"
                                "  hint: give --period one of the periods with results: 2022, "
                                "2023\n"
                                "1 error(s); nothing was written.\n");
  EXPECT_TRUE(is_empty_folder(cwd.path())) << "no output folder, not even an empty bundle";
}

TEST(PeriodRule, MalformedPeriodsAndSpansAreUsageErrorsInTheSameWords) {
  TempDir cwd;
  for (const char* period : {"2023-Q5", "2021-2023"}) {
    std::vector<CommandResult> results = run_all(cwd.path(), std::string("--period ") + period);
    for (const CommandResult& r : results) {
      EXPECT_EQ(r.exit_code, 2) << period << ": " << r.err;
      EXPECT_EQ(r.out, "");
      EXPECT_EQ(r.err, results[0].err) << period;
    }
    EXPECT_THAT(results[0].err, HasSubstr("--period: error: "));
  }
  EXPECT_TRUE(is_empty_folder(cwd.path()));
}

TEST(PeriodRule, APeriodWithResultsOrNoneIsAcceptedByAll) {
  TempDir cwd;
  std::vector<CommandResult> results = run_all(cwd.path(), "--period 2022");
  for (const CommandResult& r : results) EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(cwd / "output" / "2022" / "manifest.json"));

  std::vector<CommandResult> defaults = run_all(cwd.path(), "");
  for (const CommandResult& r : defaults) EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(cwd / "output" / "2023" / "manifest.json"));
  EXPECT_THAT(defaults[1].out, HasSubstr("NĂM 2023"));
  EXPECT_THAT(defaults[2].out, HasSubstr("năm 2023"));
}

}  // namespace
}  // namespace baocao

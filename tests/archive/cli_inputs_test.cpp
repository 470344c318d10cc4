// What the commands take from outside the library, through the executable: --period (one rule
// and one wording for build, summary and render-text) and the environment variables the README
// documents (read by the CLI and passed on as options; the library itself reads none).
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

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

// `baocao build` of the shipped data into `out`, with `environment` ("NAME=value ...") set.
CommandResult build(const std::string& environment, const fs::path& out, const std::string& only) {
  return testing::run(environment + " " + shell_quoted(testing::exe()) + " build --data " +
                      shell_quoted(testing::shipped_data()) + " --templates " +
                      shell_quoted(testing::shipped_templates()) + " --out " + shell_quoted(out) +
                      " --date 2024-01-05 --quiet --only " + only);
}

// Counts the files created in a folder while it is watched (they may be gone by then).
class CreationWatch {
 public:
  explicit CreationWatch(const fs::path& dir) : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (fd_ >= 0) watch_ = inotify_add_watch(fd_, dir.c_str(), IN_CREATE);
  }
  ~CreationWatch() {
    if (fd_ >= 0) ::close(fd_);
  }
  CreationWatch(const CreationWatch&) = delete;
  CreationWatch& operator=(const CreationWatch&) = delete;
  bool watching() const { return fd_ >= 0 && watch_ >= 0; }

  // Creations since the last call; a queue overflow counts as one.
  int created() {
    alignas(inotify_event) char buffer[4096];
    int count = 0;
    for (ssize_t n; (n = ::read(fd_, buffer, sizeof buffer)) > 0;) {
      for (char* at = buffer; at < buffer + n;) {
        auto* event = reinterpret_cast<inotify_event*>(at);
        if (event->mask & (IN_CREATE | IN_Q_OVERFLOW)) ++count;
        at += sizeof(inotify_event) + event->len;
      }
    }
    return count;
  }

 private:
  int fd_;
  int watch_ = -1;
};

TEST(Environment, FontsAndColourProfileComeFromTheBaocaoVariables) {
  TempDir tmp;
  CommandResult fonts =
      build("BAOCAO_FONT_DIR=" + shell_quoted(tmp / "no-fonts"), tmp / "a", "pdf");
  EXPECT_EQ(fonts.exit_code, 3) << fonts.err;
  EXPECT_THAT(fonts.err, HasSubstr((tmp / "no-fonts" / "LiberationSerif-Regular.ttf").string()));

  CommandResult icc =
      build("BAOCAO_ICC_PROFILE=" + shell_quoted(tmp / "none.icc"), tmp / "b", "pdf");
  EXPECT_EQ(icc.exit_code, 3) << icc.err;
  EXPECT_THAT(icc.err, HasSubstr((tmp / "none.icc").string()));

  // Unset or empty: the defaults, which are installed.
  CommandResult defaults = build("BAOCAO_FONT_DIR= BAOCAO_ICC_PROFILE=", tmp / "c", "pdf");
  EXPECT_EQ(defaults.exit_code, 0) << defaults.err;
}

// With TMPDIR set, the workbooks' temporary parts go there rather than into a memory folder
// (/dev/shm): libxlsxwriter creates them in TMPDIR only when the build gave it no folder.
TEST(Environment, TheUsersTmpdirHoldsTheWorkbooksParts) {
  TempDir tmp;
  fs::create_directory(tmp / "scratch");
  CreationWatch watch(tmp / "scratch");
  ASSERT_TRUE(watch.watching());
  CommandResult r = build("TMPDIR=" + shell_quoted(tmp / "scratch"), tmp / "out", "xlsx");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GT(watch.created(), 0);
  EXPECT_TRUE(fs::is_empty(tmp / "scratch"));  // each part was removed once zipped
}

}  // namespace
}  // namespace baocao

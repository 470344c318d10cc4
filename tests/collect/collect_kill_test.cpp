// `collect --apply` killed with SIGKILL at spread moments: values.csv is always the old file or
// the new one, and the history folder holds the old one whenever the new one is in place.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "collect/workbooks.hpp"

namespace baocao::testing {
namespace {
namespace fs = std::filesystem;

// Starts `baocao collect FILE --data DATA --apply`, with its output thrown away.
pid_t start_apply(const fs::path& file, const fs::path& data) {
  pid_t pid = fork();
  if (pid == 0) {
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execl(exe().c_str(), "baocao", "collect", file.c_str(), "--data", data.c_str(), "--apply",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

TEST(CollectKill, ValuesCsvIsOldOrNewAtEveryMoment) {
  TempDir dir;
  fs::path data = dir / "data";
  copy_dir(shipped_data(), data);
  const std::string old_bytes = read_file(data / "values.csv");
  fs::path sent = dir / "sent.xlsx";
  fs::path file = dir / "TCKH-2023.xlsx";
  make_contract_workbook(load_ok(data), "TCKH", "2023", sent);
  fill_workbook(sent, file, R"([
    {"code": "NS.THU", "area": "ANKHE", "I": 512.5, "J": "Thực hiện", "M": 530},
    {"code": "NS.CHI", "area": "ANKHE", "I": 610.25, "J": "Ước thực hiện"}])");

  // A whole run, to know how long one takes and what it writes.
  auto begin = std::chrono::steady_clock::now();
  int status = 0;
  waitpid(start_apply(file, data), &status, 0);
  auto whole = std::chrono::steady_clock::now() - begin;
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  const std::string new_bytes = read_file(data / "values.csv");
  ASSERT_NE(new_bytes, old_bytes);

  int saw_old = 0, saw_new = 0;
  constexpr int kMoments = 24;
  for (int i = 0; i < kMoments; ++i) {
    write_file(data / "values.csv", old_bytes);
    fs::remove_all(data / ".history");
    // Spread over one and a half runs; the last run is left to finish, whatever the load.
    auto delay = whole * 3 * i / (2 * kMoments);
    pid_t pid = start_apply(file, data);
    if (i + 1 < kMoments) {
      std::this_thread::sleep_for(delay);
      kill(pid, SIGKILL);
    }
    waitpid(pid, &status, 0);
    std::string now = read_file(data / "values.csv");
    ASSERT_TRUE(now == old_bytes || now == new_bytes) << "killed after " << i << "/" << kMoments;
    if (now == new_bytes) {
      ++saw_new;
      EXPECT_EQ(read_file(data / ".history" / "values.csv.1"), old_bytes);
    } else {
      ++saw_old;
    }
  }
  EXPECT_GT(saw_old, 0);
  EXPECT_GT(saw_new, 0);

  // The history restores the previous file, and a collect after a killed one still works.
  fs::copy_file(data / ".history" / "values.csv.1", data / "values.csv",
                fs::copy_options::overwrite_existing);
  EXPECT_EQ(read_file(data / "values.csv"), old_bytes);
  auto r = collect("'" + file.string() + "' --data '" + data.string() + "' --apply");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(data / "values.csv"), new_bytes);
}

}  // namespace
}  // namespace baocao::testing

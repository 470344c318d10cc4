#include "archive/scratch.hpp"

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "archive/outputs.hpp"

namespace baocao {
namespace {

constexpr std::uint64_t kMB = 1 << 20;

TEST(ScratchDir, AMemoryFolderWithRoomIsUsed) {
  EXPECT_EQ(choose_scratch_dir("", {"/dev/shm", 512 * kMB}, 100 * kMB), "/dev/shm");
}

TEST(ScratchDir, TheUsersTmpdirAlwaysWins) {
  EXPECT_EQ(choose_scratch_dir("/var/tmp", {"/dev/shm", 512 * kMB}, 100 * kMB), "");
}

TEST(ScratchDir, TooLittleRoomOrNoFolderFallsBackToTheDefault) {
  // Docker's /dev/shm is 64 MB: a town needs about 67.
  EXPECT_EQ(choose_scratch_dir("", {"/dev/shm", 64 * kMB}, 67 * kMB), "");
  EXPECT_EQ(choose_scratch_dir("", {"", 0}, 1), "");
}

TEST(ScratchDir, OnThisMachineTheAnswerIsAWritableFolderOrNothing) {
  std::string dir = memory_scratch_dir(kMB, "");
  if (!dir.empty()) EXPECT_TRUE(std::filesystem::is_directory(dir)) << dir;
  EXPECT_EQ(memory_scratch_dir(UINT64_MAX, ""), "");  // no folder has that much room
  EXPECT_EQ(memory_scratch_dir(kMB, "/somewhere"), "");
  EXPECT_EQ(workbook_scratch_dir(10, "/somewhere"), "");
}

TEST(ScratchDir, TheTmpdirOptionKeepsTheBuildsWorkbooksOutOfTheMemoryFolder) {
  Dataset data;
  Summary summary;
  BuildOptions options;
  options.tmpdir = "/var/tmp";
  EXPECT_EQ(workbook_input(data, summary, options, 100).scratch_dir, "");
  options.tmpdir.clear();
  EXPECT_EQ(workbook_input(data, summary, options, 100).scratch_dir, workbook_scratch_dir(100, ""));
}

// A fake writer that fails whenever its parts go to a scratch folder (as when /dev/shm fills up).
struct FakeWriter {
  std::vector<std::string> scratch_dirs;  // what each call was given
  Diagnostics operator()(const WorkbookInput& in) {
    scratch_dirs.push_back(in.scratch_dir);
    Diagnostics d;
    if (!in.scratch_dir.empty()) d.error("x.xlsx", 0, 0, "cannot write the workbook", "");
    return d;
  }
};

TEST(ScratchDir, AFailedWriteInTheScratchFolderIsDoneAgainOnDisk) {
  Dataset data;
  Summary summary;
  FakeWriter writer;
  WorkbookInput in{data, summary, Date{2024, 1, 5}, false, "/dev/shm", {}};
  Diagnostics d =
      write_with_scratch_fallback(in, [&](const WorkbookInput& i) { return writer(i); });
  EXPECT_FALSE(d.has_errors());
  EXPECT_EQ(writer.scratch_dirs, (std::vector<std::string>{"/dev/shm", ""}));
}

TEST(ScratchDir, AFailureOnDiskIsNotRetried) {
  Dataset data;
  Summary summary;
  int calls = 0;
  WorkbookInput in{data, summary, Date{2024, 1, 5}, false, "", {}};
  Diagnostics d = write_with_scratch_fallback(in, [&](const WorkbookInput&) {
    ++calls;
    Diagnostics failed;
    failed.error("x.xlsx", 0, 0, "cannot write the workbook", "");
    return failed;
  });
  EXPECT_TRUE(d.has_errors());
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace baocao

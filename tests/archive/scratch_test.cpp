#include "archive/scratch.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace baocao {
namespace {

constexpr std::uint64_t kMB = 1 << 20;

TEST(ScratchDir, AMemoryFolderWithRoomIsUsed) {
  EXPECT_EQ(choose_scratch_dir(nullptr, {"/dev/shm", 512 * kMB}, 100 * kMB), "/dev/shm");
  EXPECT_EQ(choose_scratch_dir("", {"/dev/shm", 512 * kMB}, 100 * kMB), "/dev/shm");
}

TEST(ScratchDir, TheUsersTmpdirAlwaysWins) {
  EXPECT_EQ(choose_scratch_dir("/var/tmp", {"/dev/shm", 512 * kMB}, 100 * kMB), "");
}

TEST(ScratchDir, TooLittleRoomOrNoFolderFallsBackToTheDefault) {
  // Docker's /dev/shm is 64 MB: a town needs about 67.
  EXPECT_EQ(choose_scratch_dir(nullptr, {"/dev/shm", 64 * kMB}, 67 * kMB), "");
  EXPECT_EQ(choose_scratch_dir(nullptr, {"", 0}, 1), "");
}

TEST(ScratchDir, OnThisMachineTheAnswerIsAWritableFolderOrNothing) {
  const char* saved = std::getenv("TMPDIR");
  std::string saved_value = saved != nullptr ? saved : "";
  ::unsetenv("TMPDIR");
  std::string dir = memory_scratch_dir(kMB);
  if (!dir.empty()) EXPECT_TRUE(std::filesystem::is_directory(dir)) << dir;
  EXPECT_EQ(memory_scratch_dir(UINT64_MAX), "");  // no folder has that much room
  ::setenv("TMPDIR", "/somewhere", 1);
  EXPECT_EQ(memory_scratch_dir(kMB), "");
  if (saved != nullptr)
    ::setenv("TMPDIR", saved_value.c_str(), 1);
  else
    ::unsetenv("TMPDIR");
}

}  // namespace
}  // namespace baocao

#include "archive/atomic_file.hpp"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/sha256.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::read_file;
using ::baocao::testing::TempDir;
using ::baocao::testing::write_file;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    names.push_back(fs::relative(e.path(), dir).generic_string());
  std::sort(names.begin(), names.end());
  return names;
}

// A writer that leaves half a file behind and then reports an error, as a renderer failing in
// the middle would.
Diagnostics half_written(const std::string& path) {
  write_file(path, "PK\x03\x04 half of a zip");
  Diagnostics d;
  d.error(path, 0, 0, "disk full while writing " + path);
  return d;
}

long dead_pid() {
  pid_t child = fork();
  if (child == 0) _exit(0);
  waitpid(child, nullptr, 0);
  return child;
}

std::string fmt_dead(long pid, const std::string& name) {
  return name + ".tmp-" + std::to_string(pid) + "-7";
}

TEST(AtomicFile, WritesTheFinalFileAndNothingElse) {
  TempDir dir;
  Diagnostics d;
  ASSERT_TRUE(write_file_atomically((dir / "a.json").string(), "{}\n", d));
  EXPECT_FALSE(d.has_errors());
  EXPECT_EQ(read_file(dir / "a.json"), "{}\n");
  EXPECT_THAT(entries(dir.path()), ::testing::ElementsAre("a.json"));
}

TEST(AtomicFile, FailingWriterLeavesNoFinalFileAndNoTemporary) {
  TempDir dir;
  Diagnostics d;
  std::string final_path = (dir / "tong-hop-2023.xlsx").string();
  auto staged = stage_file(final_path, half_written, d);
  EXPECT_FALSE(staged);
  EXPECT_TRUE(entries(dir.path()).empty());
  ASSERT_EQ(d.errors().size(), 1u);
  // The user is told about the file they know, not the temporary name.
  EXPECT_EQ(d.errors()[0].file, final_path);
  EXPECT_THAT(d.errors()[0].message, HasSubstr("disk full while writing " + final_path));
  EXPECT_THAT(d.errors()[0].message, Not(HasSubstr(".tmp-")));
}

TEST(AtomicFile, ThrowingWriterLeavesNoFile) {
  TempDir dir;
  Diagnostics d;
  auto staged = stage_file((dir / "a.pdf").string(),
                           [](const std::string& path) -> Diagnostics {
                             write_file(path, "%PDF-1.7 trunc");
                             throw std::runtime_error("font missing");
                           },
                           d);
  EXPECT_FALSE(staged);
  EXPECT_TRUE(entries(dir.path()).empty());
  ASSERT_TRUE(d.has_errors());
  EXPECT_THAT(d.errors()[0].message, HasSubstr("font missing"));
}

TEST(AtomicFile, FailingWriterKeepsThePreviousFile) {
  TempDir dir;
  write_file(dir / "a.xlsx", "previous complete file");
  Diagnostics d;
  EXPECT_FALSE(stage_file((dir / "a.xlsx").string(), half_written, d));
  EXPECT_EQ(read_file(dir / "a.xlsx"), "previous complete file");
  EXPECT_THAT(entries(dir.path()), ::testing::ElementsAre("a.xlsx"));
}

TEST(AtomicFile, WriterThatWritesNothingIsAnError) {
  TempDir dir;
  Diagnostics d;
  EXPECT_FALSE(
      stage_file((dir / "a.pdf").string(), [](const std::string&) { return Diagnostics{}; }, d));
  ASSERT_TRUE(d.has_errors());
  EXPECT_THAT(d.errors()[0].message, HasSubstr("No such file"));
  EXPECT_TRUE(entries(dir.path()).empty());
}

TEST(AtomicFile, StagedFileIsInvisibleUntilCommitAndRemovedWhenDropped) {
  TempDir dir;
  Diagnostics d;
  {
    auto staged = stage_bytes((dir / "a.pdf").string(), "%PDF-1.7\n%%EOF\n", d);
    ASSERT_TRUE(staged);
    EXPECT_FALSE(fs::exists(dir / "a.pdf"));
    EXPECT_TRUE(fs::exists(staged->temp_path()));
    EXPECT_EQ(fs::path(staged->temp_path()).parent_path(), dir.path());
  }
  EXPECT_TRUE(entries(dir.path()).empty());
}

TEST(AtomicFile, CommitReplacesAReadOnlyFileAndReportsTheDigest) {
  TempDir dir;
  write_file(dir / "a.pdf", "old");
  fs::permissions(dir / "a.pdf", fs::perms::owner_read);
  Diagnostics d;
  const std::string content = "new content";
  auto staged = stage_bytes((dir / "a.pdf").string(), content, d);
  ASSERT_TRUE(staged);
  EXPECT_EQ(staged->digest().size, content.size());
  EXPECT_EQ(staged->digest().sha256, sha256_hex(content));
  std::string error;
  ASSERT_TRUE(staged->commit(&error)) << error;
  EXPECT_EQ(read_file(dir / "a.pdf"), content);
  EXPECT_THAT(entries(dir.path()), ::testing::ElementsAre("a.pdf"));
  EXPECT_EQ(digest_file((dir / "a.pdf").string()), staged->digest());
}

TEST(AtomicFile, ReportsAFolderThatCannotHoldFiles) {
  TempDir dir;
  write_file(dir / "file.txt", "x");
  Diagnostics d;
  EXPECT_FALSE(write_file_atomically((dir / "file.txt" / "a.json").string(), "{}", d));
  ASSERT_TRUE(d.has_errors());
  EXPECT_THAT(d.errors()[0].message, HasSubstr("Not a directory"));
  EXPECT_FALSE(d.errors()[0].hint.empty());
}

TEST(AtomicFile, TemporaryNamesAreRecognised) {
  std::string temp = temporary_path_for("/x/y/bao-cao-hdnd-2023.pdf");
  fs::path p(temp);
  EXPECT_EQ(p.parent_path(), "/x/y");
  std::string name = p.filename().string();
  EXPECT_EQ(name.rfind(".bao-cao-hdnd-2023.pdf.tmp-" + std::to_string(getpid()) + "-", 0), 0u)
      << name;
  EXPECT_TRUE(is_temporary_name(name));
  EXPECT_NE(temporary_path_for("/x/a"), temporary_path_for("/x/a"));
  EXPECT_TRUE(is_temporary_name(".a.tmp-12-3"));
  for (const char* not_temp : {"a.pdf", "a.tmp-12-3", ".a.tmp-", ".a.tmp-12", ".a.tmp-12-",
                               ".a.tmp--3", ".a.tmp-x-3", ".a.tmp-12-3x", ".tmp-1-2", ".hidden"})
    EXPECT_FALSE(is_temporary_name(not_temp)) << not_temp;
}

TEST(AtomicFile, CleanupRemovesOnlyTemporariesNoWriterOwns) {
  TempDir dir;
  const long dead = dead_pid();
  const long alive = static_cast<long>(getppid());
  const std::string self = std::to_string(getpid());
  write_file(dir / fmt_dead(dead, ".tong-hop-2023.xlsx"), "half");
  write_file(dir / "phong-ban" / fmt_dead(dead, ".TCKH-2023.xlsx"), "half");
  write_file(dir / (".a.pdf.tmp-" + self + "-999999"), "ours, abandoned");
  write_file(dir / (".b.pdf.tmp-" + std::to_string(alive) + "-1"), "another running writer");
  write_file(dir / "tong-hop-2023.xlsx", "final");
  write_file(dir / ".hidden", "user file");
  Diagnostics d;
  auto live = stage_bytes((dir / "c.pdf").string(), "being written", d);
  ASSERT_TRUE(live);

  auto removed = remove_stale_temporaries(dir.path().string());

  EXPECT_EQ(removed.size(), 3u);
  auto left = entries(dir.path());
  EXPECT_THAT(left, ::testing::Contains("tong-hop-2023.xlsx"));
  EXPECT_THAT(left, ::testing::Contains(".hidden"));
  EXPECT_THAT(left, ::testing::Contains(".b.pdf.tmp-" + std::to_string(alive) + "-1"));
  EXPECT_THAT(left, ::testing::Contains(fs::path(live->temp_path()).filename().string()));
  EXPECT_THAT(left, ::testing::Contains("phong-ban"));
  EXPECT_EQ(left.size(), 5u);
}

}  // namespace
}  // namespace baocao

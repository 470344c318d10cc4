#include "archive/bundle.hpp"

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::TempDir;
using ::baocao::testing::write_file;
using ::testing::HasSubstr;

TEST(BundleFolder, OnlyOneWriterAtATime) {
  TempDir dir;
  Diagnostics d;
  auto first = lock_folder(dir.path().string(), d);
  ASSERT_TRUE(first);
  auto second = lock_folder(dir.path().string(), d);
  EXPECT_FALSE(second);
  ASSERT_TRUE(d.has_errors());
  EXPECT_THAT(d.errors()[0].message, HasSubstr("another baocao command"));
  first.reset();
  Diagnostics after;
  EXPECT_TRUE(lock_folder(dir.path().string(), after));
}

TEST(BundleFolder, CreatesTheFolderAndLeavesNothingInIt) {
  TempDir dir;
  Diagnostics d;
  fs::path bundle = dir / "output" / "2023";
  ASSERT_TRUE(prepare_folder(bundle.string(), d));
  EXPECT_TRUE(fs::is_directory(bundle));
  EXPECT_TRUE(fs::is_empty(bundle));
}

TEST(BundleFolder, SaysWhichFileStandsInTheWay) {
  TempDir dir;
  write_file(dir / "file.txt", "x");
  Diagnostics d;
  EXPECT_FALSE(prepare_folder((dir / "file.txt" / "sub" / "2023").string(), d));
  ASSERT_EQ(d.errors().size(), 1u);
  EXPECT_EQ(d.errors()[0].file, (dir / "file.txt" / "sub" / "2023").string());
  EXPECT_THAT(d.errors()[0].message,
              HasSubstr("'" + (dir / "file.txt").string() + "' is a file, not a folder"));
  EXPECT_THAT(d.errors()[0].hint, HasSubstr("--out"));
}

}  // namespace
}  // namespace baocao

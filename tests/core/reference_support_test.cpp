// The reference-output helper of tests/support/: what its failures say and what an update
// writes. (It is shared by the reference tests of briefing, xlsx and pdf.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "support/reference.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

using ::testing::HasSubstr;

TEST(FirstDifference, NamesTheLineAndBothSides) {
  EXPECT_FALSE(first_difference("a\nb\n", "a\nb\n"));
  auto d = first_difference("a\nb\nc\n", "a\nB\nc\n");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->line, 2u);
  EXPECT_EQ(d->expected, "b");
  EXPECT_EQ(d->actual, "B");
}

TEST(FirstDifference, AShorterOutputEndsEarly) {
  auto d = first_difference("a\nb\n", "a\n");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->line, 2u);
  EXPECT_EQ(d->expected, "b");
  EXPECT_FALSE(d->actual);
  auto longer = first_difference("a\n", "a\nb\n");
  ASSERT_TRUE(longer);
  EXPECT_FALSE(longer->expected);
  EXPECT_EQ(longer->actual, "b");
}

TEST(FirstDifference, OnlyTheLastNewlineDiffers) {
  auto d = first_difference("a\nb\n", "a\nb");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->line, 2u);
  EXPECT_NE(d->expected, d->actual);
}

TEST(CompareWithReference, FailsWithTheLineAndTheHint) {
  TempDir dir;
  write_file(dir / "ref.txt", "one\ntwo\nthree\n");
  EXPECT_TRUE(
      compare_with_reference(dir / "ref.txt", "tests/x/ref.txt", "one\ntwo\nthree\n", false));
  auto r = compare_with_reference(dir / "ref.txt", "tests/x/ref.txt", "one\nTWO\nthree\n", false);
  ASSERT_FALSE(r);
  std::string message = r.message();
  EXPECT_THAT(message, HasSubstr("tests/x/ref.txt, first at line 2"));
  EXPECT_THAT(message, HasSubstr("expected: \"two\""));
  EXPECT_THAT(message, HasSubstr("actual:   \"TWO\""));
  EXPECT_THAT(message, HasSubstr("run the tests with BAOCAO_UPDATE_REFS=1 and review the diff "
                                 "of tests/x/ref.txt"));
  EXPECT_EQ(read_file(dir / "ref.txt"), "one\ntwo\nthree\n");  // never written without update
}

TEST(CompareWithReference, ShowsALongLineAroundTheDifference) {
  TempDir dir;
  std::string line(1000, 'x');
  write_file(dir / "ref.txt", line + "\n");
  std::string changed = line;
  changed[600] = 'Y';
  auto r = compare_with_reference(dir / "ref.txt", "ref", changed + "\n", false);
  ASSERT_FALSE(r);
  EXPECT_THAT(std::string(r.message()), HasSubstr("byte 601"));
  EXPECT_THAT(std::string(r.message()), HasSubstr("xY"));
  EXPECT_LT(std::string(r.message()).size(), 600u);
}

TEST(CompareWithReference, AMissingReferenceFailsUnlessUpdating) {
  TempDir dir;
  auto missing = compare_with_reference(dir / "new" / "ref.txt", "tests/new/ref.txt", "x\n", false);
  ASSERT_FALSE(missing);
  EXPECT_THAT(std::string(missing.message()), HasSubstr("tests/new/ref.txt does not exist"));
  EXPECT_THAT(std::string(missing.message()), HasSubstr("BAOCAO_UPDATE_REFS=1"));
  EXPECT_FALSE(std::filesystem::exists(dir / "new" / "ref.txt"));

  EXPECT_TRUE(compare_with_reference(dir / "new" / "ref.txt", "tests/new/ref.txt", "x\n", true));
  EXPECT_EQ(read_file(dir / "new" / "ref.txt"), "x\n");
  EXPECT_TRUE(compare_with_reference(dir / "new" / "ref.txt", "tests/new/ref.txt", "y\n", true));
  EXPECT_EQ(read_file(dir / "new" / "ref.txt"), "y\n");
  EXPECT_TRUE(compare_with_reference(dir / "new" / "ref.txt", "tests/new/ref.txt", "y\n", false));
}

TEST(CheckStaleReferences, NamesFilesOfOutputsThatAreGoneAndRemovesThemOnUpdate) {
  TempDir dir;
  write_file(dir / "refs" / "hdnd.txt", "a\n");
  write_file(dir / "refs" / "old.txt", "b\n");
  EXPECT_TRUE(check_stale_references(dir / "refs", "tests/r", {"hdnd.txt", "old.txt"}, false));
  auto r = check_stale_references(dir / "refs", "tests/r", {"hdnd.txt"}, false);
  ASSERT_FALSE(r);
  EXPECT_THAT(std::string(r.message()), HasSubstr("no longer exist: old.txt"));
  EXPECT_THAT(std::string(r.message()), HasSubstr("BAOCAO_UPDATE_REFS=1"));
  EXPECT_TRUE(std::filesystem::exists(dir / "refs" / "old.txt"));
  EXPECT_TRUE(check_stale_references(dir / "refs", "tests/r", {"hdnd.txt"}, true));
  EXPECT_FALSE(std::filesystem::exists(dir / "refs" / "old.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "refs" / "hdnd.txt"));
}

}  // namespace
}  // namespace baocao::testing

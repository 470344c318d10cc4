// An I/O error names the file and the system's reason (issue #16, rule 9): /dev/full takes the
// file and refuses its bytes with ENOSPC, as a full disk does. The file is a link to it, so
// that removing the failed file removes the link, never the device.
#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf/render.hpp"
#include "samples.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::testing::HasSubstr;

TEST(IoError, AFullDiskIsNamedWithTheFile) {
  testing::TempDir dir;
  const std::string path = (dir / "full").string();
  std::filesystem::create_symlink("/dev/full", path);
  Diagnostics d = write_briefing_pdf(testing::state_briefing(), path);
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.errors()[0].file, path);
  EXPECT_THAT(d.errors()[0].message, HasSubstr("No space left on device"));
}

}  // namespace
}  // namespace baocao

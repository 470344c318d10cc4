// An I/O error names the file and the system's reason (issue #16, rule 9), on a full disk.
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
  const std::string path = testing::file_on_full_disk(dir, "full");
  Diagnostics d = write_briefing_pdf(testing::state_briefing(), path);
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.errors()[0].file, path);
  EXPECT_THAT(d.errors()[0].message, HasSubstr("No space left on device"));
}

}  // namespace
}  // namespace baocao

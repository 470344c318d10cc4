// How each workbook of a bundle is written: streamed or in memory, decided workbook by workbook.
#include "archive/outputs.hpp"

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "archive/build.hpp"
#include "load/load.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::run;
using ::baocao::testing::shipped_data;
using ::baocao::testing::shipped_templates;
using ::baocao::testing::TempDir;

TEST(Outputs, AWorkbookStreamsAboveTheThresholdAndOnlyThen) {
  Dataset data;
  Summary summary;
  BuildOptions options;
  options.constant_memory_rows = 100;
  EXPECT_FALSE(workbook_input(data, summary, options, 100).constant_memory);
  EXPECT_TRUE(workbook_input(data, summary, options, 101).constant_memory);
  // A streamed workbook's parts can be gigabytes: never in the memory scratch folder.
  EXPECT_EQ(workbook_input(data, summary, options, 101).scratch_dir, "");
}

TEST(Outputs, DepartmentsComeLargestFirstWithTheirValues) {
  LoadResult loaded = load_dataset(shipped_data().string());
  ASSERT_TRUE(loaded.dataset);
  auto departments = departments_by_size(*loaded.dataset);
  ASSERT_FALSE(departments.empty());
  std::size_t total = 0;
  for (std::size_t i = 0; i < departments.size(); ++i) {
    total += departments[i].second;
    if (i > 0) EXPECT_GE(departments[i - 1].second, departments[i].second) << i;
  }
  EXPECT_EQ(total, loaded.dataset->observations.size());
}

// End to end: with a threshold between the master's rows (all 39 of data/) and the largest
// department's, the master streams (inline strings) while the departments share their strings.
TEST(Outputs, TheMasterCanStreamWhileTheDepartmentsDoNot) {
  TempDir tmp;
  BuildOptions options;
  options.data_dir = shipped_data().string();
  options.templates_dir = shipped_templates().string();
  options.out_dir = (tmp / "out").string();
  options.report_date = Date{2024, 1, 5};
  options.only = OutputSelection::workbooks;
  options.jobs = 2;
  LoadResult loaded = load_dataset(options.data_dir);
  ASSERT_TRUE(loaded.dataset);
  const std::size_t largest_department = departments_by_size(*loaded.dataset).front().second;
  ASSERT_LT(largest_department + 1, loaded.dataset->observations.size());
  options.constant_memory_rows = largest_department;

  SilentReporter quiet;
  BuildResult result = run_build(options, quiet);
  ASSERT_EQ(result.status, BuildStatus::ok);
  const fs::path bundle = tmp / "out" / "2023";
  auto data_sheets = [](const fs::path& xlsx) {
    return run("unzip -p '" + xlsx.string() + "' 'xl/worksheets/*.xml'").out;
  };
  EXPECT_NE(data_sheets(bundle / "tong-hop-2023.xlsx").find("t=\"inlineStr\""), std::string::npos);
  std::size_t departments = 0;
  for (const auto& entry : fs::directory_iterator(bundle / "phong-ban")) {
    ++departments;
    EXPECT_EQ(data_sheets(entry.path()).find("t=\"inlineStr\""), std::string::npos) << entry.path();
  }
  EXPECT_GT(departments, 1u);
}

}  // namespace
}  // namespace baocao

// Excel's limits shown, never silently cut (issue #16, rule 6): past 16,384 columns the
// "Địa bàn" sheet continues on "Địa bàn (2)", as the data rows continue on "Dữ liệu (2)".
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.hpp"
#include "xlsx/fixture.hpp"
#include "xlsx/quiet.hpp"
#include "xlsx/workbook.hpp"
#include "xlsx/workbook_files.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using namespace baocao::testing;

TEST(ExcelLimits, AreaColumnsPastExcelsLastContinueOnAnotherSheet) {
  WorkbookFixture fx = make_workbook_fixture();
  const SummaryRow* with_areas = nullptr;
  for (const SummaryRow& r : fx.summary.rows)
    if (!r.areas.empty()) with_areas = &r;
  ASSERT_NE(with_areas, nullptr);
  SummaryRow copy = *with_areas;
  copy.indicator.key = false;  // no chart of sixteen thousand bars
  std::size_t area_rows = 0;
  for (const SummaryRow& r : fx.summary.rows) area_rows += r.areas.empty() ? 0 : 1;
  const std::size_t extra = 16384 - area_rows;  // 4 fixed columns: 4 + extra + area_rows > 16384
  for (std::size_t i = 0; i < extra; ++i) fx.summary.rows.push_back(copy);
  area_rows += extra;

  TempDir dir;
  const fs::path path = dir / "wide.xlsx";
  WorkbookInput input{fx.data, fx.summary, fx.report_date, false, {}, {}};
  Diagnostics d = write_master_workbook(input, path.string());
  ASSERT_FALSE(d.has_errors()) << to_string(d.items()[0]);
  const std::vector<std::string> names = sheet_names(path);
  auto first = std::find(names.begin(), names.end(), "Địa bàn");
  ASSERT_NE(first, names.end());
  ASSERT_NE(first + 1, names.end());
  EXPECT_EQ(*(first + 1), "Địa bàn (2)");
  // Every indicator with area figures has its column: its header cell on one of the sheets.
  std::size_t headers = 0;
  for (auto it = first; it != names.end() && it->starts_with("Địa bàn"); ++it) {
    const std::string sheet =
        zip_part(path, "xl/worksheets/sheet" + std::to_string(it - names.begin() + 1) + ".xml");
    const std::size_t at = sheet.find("<row r=\"3\"");
    ASSERT_NE(at, std::string::npos);
    const std::string header_row = sheet.substr(at, sheet.find("</row>", at) - at);
    headers += count_of(header_row, "<c ") - 4;
  }
  EXPECT_EQ(headers, area_rows);
}

TEST(IoError, AFullDiskIsNamedWithTheFileAndTheSystemsReason) {
  WorkbookFixture fx = make_workbook_fixture();
  TempDir dir;
  const std::string path = testing::file_on_full_disk(dir, "full.xlsx");
  WorkbookInput input{fx.data, fx.summary, fx.report_date, false, {}, {}};
  // As the CLI does at start-up: the filter swaps the process's stderr, so it is installed
  // once, on one thread, never from inside the (possibly parallel) writers.
  xlsx::quiet_libxlsxwriter();
  ::testing::internal::CaptureStderr();
  Diagnostics d = write_master_workbook(input, path);
  const std::string printed = ::testing::internal::GetCapturedStderr();
  // libxlsxwriter's own "[ERROR]…" line is not shown raw: the diagnostic says it all.
  EXPECT_THAT(printed, ::testing::Not(::testing::HasSubstr("[ERROR]")));
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.errors()[0].file, path);
  EXPECT_THAT(d.errors()[0].message, ::testing::HasSubstr("No space left on device"));
}

}  // namespace
}  // namespace baocao

// The XML of the fixture's workbooks, compared with the references in tests/xlsx/refs/, as
// libxlsxwriter compares its output with files Excel made: any change to a cell, formula,
// format, validation or chart shows up as a changed line.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/reference.hpp"
#include "support/test_support.hpp"
#include "xlsx/fixture.hpp"
#include "xlsx/workbook.hpp"
#include "xlsx/workbook_files.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using namespace baocao::testing;

// The parts that hold what a reader sees; the rest (content types, relationships, theme) is
// libxlsxwriter's boilerplate.
bool reviewed_part(const std::string& name) {
  return name == "xl/workbook.xml" || name == "xl/sharedStrings.xml" || name == "xl/styles.xml" ||
         name == "docProps/core.xml" || name.starts_with("xl/worksheets/sheet") ||
         name.starts_with("xl/charts/chart");
}

// One element a line (split at "><"), so a reference diff shows the changed element only.
std::string one_element_a_line(const std::string& xml) {
  std::string out;
  out.reserve(xml.size() + xml.size() / 16);
  for (std::size_t i = 0; i < xml.size(); ++i) {
    out += xml[i];
    if (xml[i] == '>' && i + 1 < xml.size() && xml[i + 1] == '<') out += '\n';
  }
  if (!out.ends_with('\n')) out += '\n';
  return out;
}

// The reviewed parts in the zip's order, each under a "==== part ====" line.
std::string workbook_dump(const fs::path& xlsx) {
  std::string dump;
  for (const std::string& part : zip_part_names(xlsx))
    if (reviewed_part(part))
      dump += "==== " + part + " ====\n" + one_element_a_line(zip_part(xlsx, part));
  return dump;
}

class WorkbookReference : public ::testing::Test {
 protected:
  WorkbookFixture fx = make_workbook_fixture();
  TempDir dir;
  WorkbookInput input{fx.data, fx.summary, fx.report_date, false, {}, {}};
};

TEST_F(WorkbookReference, Master) {
  const fs::path file = dir / "tong-hop-2023.xlsx";
  Diagnostics d = write_master_workbook(input, file.string());
  ASSERT_FALSE(d.has_errors()) << to_string(d.items()[0]);
  EXPECT_TRUE(matches_reference("xlsx/refs/master.xml.txt", workbook_dump(file)));
}

// A department's workbook has what the master has not: the protected input sheet.
TEST_F(WorkbookReference, DepartmentInConstantMemoryMode) {
  const fs::path file = dir / "TCKH-2023.xlsx";
  input.constant_memory = true;
  Diagnostics d = write_department_workbook(input, "TCKH", file.string());
  ASSERT_FALSE(d.has_errors()) << to_string(d.items()[0]);
  EXPECT_TRUE(matches_reference("xlsx/refs/department-TCKH.xml.txt", workbook_dump(file)));
}

}  // namespace
}  // namespace baocao

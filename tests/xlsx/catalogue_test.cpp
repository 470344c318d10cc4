// The columns of the indicator table follow the catalogue (compute/figures.hpp): every figure
// with a workbook place has its column, in that order, so a new row there is covered here.

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "compute/figures.hpp"
#include "support/test_support.hpp"
#include "xlsx/fixture.hpp"
#include "xlsx/workbook.hpp"
#include "xlsx/workbook_files.hpp"

namespace baocao {
namespace {

using namespace baocao::testing;

// The texts of row 2 (the header) of "Tổng hợp", in column order. Constant-memory mode
// writes strings inline, so they can be read from the sheet itself.
std::vector<std::string> header_texts(const std::string& sheet) {
  std::size_t at = sheet.find("<row r=\"2\"");
  std::size_t end = sheet.find("</row>", at);
  std::vector<std::string> texts;
  for (std::size_t t = sheet.find("<t>", at); t < end; t = sheet.find("<t>", t)) {
    t += 3;
    texts.push_back(sheet.substr(t, sheet.find("</t>", t) - t));
  }
  return texts;
}

TEST(WorkbookColumns, EveryWorkbookFigureHasItsColumnInItsOrder) {
  WorkbookFixture fx = make_workbook_fixture();
  TempDir dir;
  const auto path = dir / "tong-hop-2023.xlsx";
  Diagnostics d =
      write_master_workbook({fx.data, fx.summary, fx.report_date, true, {}, {}}, path.string());
  ASSERT_FALSE(d.has_errors());
  const std::vector<std::string> header = header_texts(zip_part(path, "xl/worksheets/sheet1.xml"));
  ASSERT_FALSE(header.empty());

  std::vector<const Figure*> shown;
  for (const Figure& f : figures())
    if (f.workbook_order > 0) shown.push_back(&f);
  std::sort(shown.begin(), shown.end(),
            [](const Figure* a, const Figure* b) { return a->workbook_order < b->workbook_order; });
  ASSERT_FALSE(shown.empty());
  auto previous = header.begin();
  for (const Figure* f : shown) {
    auto at = std::find(header.begin(), header.end(), f->title(fx.summary));
    ASSERT_NE(at, header.end()) << f->key << ": " << f->title(fx.summary);
    EXPECT_GT(at, previous) << f->key << " is out of the catalogue's workbook order";
    previous = at;
  }
  for (const Figure& f : figures())
    if (f.workbook_order == 0 && f.title)
      EXPECT_EQ(std::find(header.begin(), header.end(), f.title(fx.summary)), header.end())
          << f.key;
}

}  // namespace
}  // namespace baocao

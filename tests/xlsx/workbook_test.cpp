// The workbooks as files: sheets, formulas, escaping, isolation of departments, determinism
// and failures, read from the unzipped XML.

#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "compute/input_request.hpp"
#include "support/test_support.hpp"
#include "xlsx/detail.hpp"
#include "xlsx/fixture.hpp"
#include "xlsx/workbook.hpp"
#include "xlsx/workbook_files.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using namespace baocao::testing;

// The XML of one cell, e.g. <c r="G4" s="5"><f>…</f><v>…</v></c>.
std::string cell_xml(const std::string& sheet, const std::string& ref) {
  std::size_t at = sheet.find("<c r=\"" + ref + "\"");
  if (at == std::string::npos) return {};
  std::size_t open_end = sheet.find('>', at);
  if (sheet[open_end - 1] == '/') return sheet.substr(at, open_end + 1 - at);
  std::size_t end = sheet.find("</c>", at);
  return sheet.substr(at, end + 4 - at);
}

std::string between(const std::string& xml, const std::string& open, const std::string& close) {
  std::size_t at = xml.find(open);
  if (at == std::string::npos) return {};
  at += open.size();
  return xml.substr(at, xml.find(close, at) - at);
}

// Short failure messages: the XML searched is often thousands of characters long.
::testing::AssertionResult contains(const std::string& xml, const std::string& part) {
  if (xml.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "missing: " << part << " (in " << xml.size() << " bytes)";
}

::testing::AssertionResult lacks(const std::string& xml, const std::string& part) {
  std::size_t at = xml.find(part);
  if (at == std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "found: " << part << " in …" << xml.substr(at < 80 ? 0 : at - 80, 200) << "…";
}

double cached_value(const std::string& cell) {
  return std::strtod(between(cell, "<v>", "</v>").c_str(), nullptr);
}

class Workbooks : public ::testing::TestWithParam<bool> {
 protected:
  WorkbookFixture fx = make_workbook_fixture();
  TempDir dir;

  WorkbookInput input() const { return {fx.data, fx.summary, fx.report_date, GetParam(), {}, {}}; }
  fs::path master(const std::string& name = "tong-hop-2023.xlsx") {
    fs::path path = dir / name;
    Diagnostics d = write_master_workbook(input(), path.string());
    EXPECT_FALSE(d.has_errors()) << (d.items().empty() ? "" : to_string(d.items()[0]));
    return path;
  }
  fs::path department(const std::string& code) {
    fs::path path = dir / (code + "-2023.xlsx");
    Diagnostics d = write_department_workbook(input(), code, path.string());
    EXPECT_FALSE(d.has_errors()) << (d.items().empty() ? "" : to_string(d.items()[0]));
    return path;
  }
};

TEST_P(Workbooks, MasterHasEverySheetInOrder) {
  EXPECT_THAT(sheet_names(master()),
              ElementsAre("Tổng hợp", "Kinh tế", "Ngân sách", "Văn hóa - Xã hội",
                          "Đô thị - Nông thôn mới", "Địa bàn", "Biểu đồ", "Dữ liệu", "Thông tin"));
}

TEST_P(Workbooks, DepartmentHasItsGroupsAndAnInputSheet) {
  EXPECT_THAT(sheet_names(department("TCKH")),
              ElementsAre("Tổng hợp", "Kinh tế", "Ngân sách", "Đô thị - Nông thôn mới", "Địa bàn",
                          "Biểu đồ", "Dữ liệu", "Nhập số liệu", "Thông tin"));
  EXPECT_THAT(sheet_names(department("VHXH")),
              ElementsAre("Tổng hợp", "Văn hóa - Xã hội", "Đô thị - Nông thôn mới", "Địa bàn",
                          "Biểu đồ", "Dữ liệu", "Nhập số liệu", "Thông tin"));
}

// Rows: 1 title, 2 header, 3 "I. Kinh tế", 4 KT.GTSX, 5 "II. Ngân sách", 6 NS.THU,
// 7 "III. Văn hóa - Xã hội", 8 XH.NGHEO, 9 XH.BHYT, 10 "IV. Đô thị…", 11 NTM.XA, 12 DT.VANMINH.
TEST_P(Workbooks, PercentOfPlanAndChangeAreFormulasOfTheComputeStagesKind) {
  const std::string sheet = zip_part(master(), "xl/worksheets/sheet1.xml");
  struct Expected {
    std::string ref, formula;
    double cached;
  };
  const std::vector<Expected> expected = {
      {"I4", "G4/F4", 18797.39 / 18741.16},
      {"J4", "G4/E4-1", 18797.39 / 16660 - 1},
      {"I6", "G6/F6", 250.5 / 200},
      {"J6", "G6/E6-1", 250.5 / 230 - 1},
      {"I8", "F8/G8", 7.34 / 7.16},
      {"J8", "G8-E8", 7.16 - 8.18},
      {"J9", "G9-E9", 93.5 - 92.1},
      {"I12", "G12/F12", 8.0 / 9},
      {"J12", "G12-E12", 1},
  };
  for (const Expected& e : expected) {
    const std::string cell = cell_xml(sheet, e.ref);
    EXPECT_EQ(between(cell, "<f>", "</f>"), e.formula) << e.ref << ": " << cell;
    EXPECT_NEAR(cached_value(cell), e.cached, 1e-12 * std::abs(e.cached)) << e.ref;
  }
  EXPECT_EQ(count_of(sheet, "<f>"), expected.size());
  // No plan (XH.BHYT) and a range (NTM.XA): no formula, a dash.
  for (const char* ref : {"I9", "I11", "J11"}) {
    EXPECT_TRUE(lacks(cell_xml(sheet, ref), "<f>")) << ref;
    EXPECT_TRUE(contains(cell_xml(sheet, ref), "t=\"")) << ref;
  }
}

TEST_P(Workbooks, ResultsAreColouredByDirection) {
  const std::string sheet = zip_part(master(), "xl/worksheets/sheet1.xml");
  EXPECT_TRUE(contains(sheet, "<formula>ROUND($G$4,9)&gt;=ROUND($F$4,9)</formula>"));
  EXPECT_TRUE(contains(sheet, "<formula>ROUND($G$4,9)&lt;ROUND($F$4,9)</formula>"));
  EXPECT_TRUE(contains(sheet, "<formula>ROUND($G$8,9)&lt;=ROUND($F$8,9)</formula>"));
  EXPECT_TRUE(contains(sheet, "<formula>ROUND($G$8,9)&gt;ROUND($F$8,9)</formula>"));
  EXPECT_TRUE(contains(sheet, "<conditionalFormatting sqref=\"M12\">"));
  EXPECT_TRUE(lacks(sheet, "$G$6"));  // direction none: no colour
  EXPECT_TRUE(lacks(sheet, "$G$9"));  // no plan: no colour
}

TEST_P(Workbooks, TextThatLooksLikeAFormulaStaysText) {
  const std::string all = all_zip_parts(master());
  EXPECT_TRUE(contains(all, "<t>=1+2 là ghi chú, không phải công thức</t>"));
  EXPECT_TRUE(contains(all, "<t>+5% so với dự kiến</t>"));
  EXPECT_TRUE(contains(all, "<t>@Phòng Tài chính</t>"));
  EXPECT_TRUE(contains(all, "<t>-3% do giảm thu tiền sử dụng đất</t>"));
  EXPECT_TRUE(lacks(all, "<f>1+2"));
  EXPECT_TRUE(lacks(all, "<f>-3%"));
  EXPECT_TRUE(lacks(all, "<f>+5%"));
  EXPECT_TRUE(lacks(all, "<f>@"));
}

TEST_P(Workbooks, HexSequencesInTextAreEscaped) {
  const std::string all = all_zip_parts(master());
  EXPECT_TRUE(contains(all, "Mã _x005F_x0041_ giữ nguyên"));
  EXPECT_TRUE(lacks(all, "Mã _x0041_"));
}

TEST_P(Workbooks, DepartmentWorkbookHoldsNothingOfAnotherDepartment) {
  const std::vector<std::string> tckh = {"KT.GTSX", "NS.THU", "DT.VANMINH", "KT.HOKD"};
  const std::vector<std::string> vhxh = {"XH.NGHEO", "XH.BHYT", "NTM.XA"};
  auto name_of = [&](const std::string& code) {
    return fx.data.indicators[*fx.data.find_indicator(code)].name;
  };
  for (const auto& [dept, own, other] :
       {std::tuple{"TCKH", tckh, vhxh}, std::tuple{"VHXH", vhxh, tckh}}) {
    const fs::path file = department(dept);
    const std::string all = all_zip_parts(file);
    for (const std::string& code : own) EXPECT_TRUE(contains(all, name_of(code))) << dept;
    for (const std::string& code : other) {
      EXPECT_TRUE(lacks(all, name_of(code))) << dept << " has " << code;
      EXPECT_TRUE(lacks(all, code)) << dept << " has " << code;
    }
  }
  // Their notes and sources too.
  EXPECT_TRUE(lacks(all_zip_parts(department("TCKH")), "x0041"));
  EXPECT_TRUE(lacks(all_zip_parts(department("VHXH")), "Chi cục Thống kê"));
}

TEST_P(Workbooks, SameInputsGiveTheSameBytesInAnyTimeZone) {
  const char* old_tz = std::getenv("TZ");
  const std::string saved = old_tz ? old_tz : "";
  setenv("TZ", "UTC", 1);
  tzset();
  const std::string a = read_file(master("a.xlsx"));
  const std::string da = read_file(department("VHXH"));
  setenv("TZ", "ICT-7", 1);
  tzset();
  const std::string b = read_file(master("b.xlsx"));
  const std::string db = read_file(department("VHXH"));
  if (old_tz)
    setenv("TZ", saved.c_str(), 1);
  else
    unsetenv("TZ");
  tzset();
  EXPECT_GT(a.size(), 5000u);
  EXPECT_TRUE(a == b) << "master workbooks differ";
  EXPECT_TRUE(da == db) << "department workbooks differ";
}

TEST_P(Workbooks, PropertiesComeFromTheUnitAndTheReportDate) {
  const std::string core = zip_part(master(), "docProps/core.xml");
  EXPECT_TRUE(contains(core, "<dc:creator>thị xã An Khê</dc:creator>"));
  EXPECT_TRUE(contains(core, "<dc:title>Tổng hợp chỉ tiêu năm 2023 – thị xã An Khê</dc:title>"));
  EXPECT_TRUE(contains(core, ">2024-01-05T12:00:00Z</dcterms:created>"));
  EXPECT_TRUE(contains(core, "<cp:keywords>"));
  EXPECT_TRUE(contains(zip_part(master(), "docProps/app.xml"),
                       "<Company>thị xã An Khê, tỉnh Gia Lai</Company>"));
}

TEST_P(Workbooks, EverySheetPrintsOnA4LandscapeWithHeadersAndPageNumbers) {
  for (const fs::path& file : {master(), department("TCKH")}) {
    const std::vector<std::string> names = sheet_names(file);
    const std::string book = zip_part(file, "xl/workbook.xml");
    EXPECT_EQ(count_of(book, "_xlnm.Print_Titles"), names.size()) << file;
    for (std::size_t i = 1; i <= names.size(); ++i) {
      const std::string sheet = zip_part(file, "xl/worksheets/sheet" + std::to_string(i) + ".xml");
      const std::string where = file.filename().string() + " " + names[i - 1];
      EXPECT_TRUE(contains(sheet, "paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\""))
          << where;
      EXPECT_TRUE(contains(sheet, "<pageSetUpPr fitToPage=\"1\"/>")) << where;
      EXPECT_TRUE(contains(sheet, "<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>")) << where;
      EXPECT_TRUE(contains(sheet, "state=\"frozen\"")) << where;
    }
  }
}

TEST_P(Workbooks, ChartsHaveCachesOnlyOutsideConstantMemory) {
  const fs::path file = master();
  std::vector<std::string> charts;
  for (const std::string& part : zip_part_names(file))
    if (part.starts_with("xl/charts/chart")) charts.push_back(part);
  // % of plan, and the trend of the two key amounts.
  ASSERT_EQ(charts.size(), 3u);
  const std::string plan = zip_part(file, "xl/charts/chart1.xml");
  EXPECT_TRUE(contains(plan, "<c:f>'Biểu đồ'!$B$4:$B$7</c:f>"));
  EXPECT_TRUE(contains(plan, "<c:barChart>"));
  EXPECT_TRUE(contains(zip_part(file, "xl/charts/chart2.xml"), "<c:lineChart>"));
  for (const std::string& part : charts) {
    const std::string xml = zip_part(file, part);
    if (GetParam())
      EXPECT_TRUE(lacks(xml, "Cache>")) << part;
    else
      EXPECT_TRUE(contains(xml, "<c:numCache>")) << part;
  }
}

TEST_P(Workbooks, InputSheetIsProtectedWithUnlockedValidatedCells) {
  const fs::path file = department("VHXH");
  const std::string sheet = zip_part(file, "xl/worksheets/sheet7.xml");
  EXPECT_TRUE(contains(sheet, "<sheetProtection sheet=\"1\""));
  // Two rates for the unit and a range over the one commune, rows 8 to 10: a decimal rule each
  // in I, one in M for the one rate with plans, one list of bases.
  EXPECT_EQ(count_of(sheet, "type=\"decimal\""), 4u);
  EXPECT_TRUE(contains(sheet, "sqref=\"J8:J10\""));
  EXPECT_TRUE(contains(sheet, "sqref=\"M8\""));
  EXPECT_TRUE(contains(sheet, "<formula1>0</formula1><formula2>19</formula2>"));
  EXPECT_TRUE(contains(sheet, "<formula1>-100</formula1><formula2>1000</formula2>"));
  // The unit and the bounds show when a cell is selected (no comment per row: a province's
  // sheet has thousands of rows).
  EXPECT_TRUE(contains(sheet, "prompt=\"Đơn vị tính: %. Nhập một số từ -100 đến 1.000."));
  EXPECT_TRUE(contains(sheet, "prompt=\"Đơn vị tính: tiêu chí. Nhập một số từ 0 đến 19.\""));
  EXPECT_TRUE(lacks(all_zip_parts(file), "<comment ref="));
}

// The identity collect checks: custom properties and workbook-scoped names (docs/input-sheet.md).
TEST_P(Workbooks, InputSheetCarriesItsIdentity) {
  const fs::path file = department("VHXH");
  const std::string custom = zip_part(file, "docProps/custom.xml");
  const InputRequest request = make_input_request(fx.data, "VHXH", fx.summary.period);
  for (const auto& [name, value] :
       {std::pair{"baocao.format", "1"}, std::pair{"baocao.unit", "ANKHE"},
        std::pair{"baocao.department", "VHXH"}, std::pair{"baocao.sent_for", "2023"},
        std::pair{"baocao.asked", "2024"}, std::pair{"baocao.plan_period", "2025"}})
    EXPECT_TRUE(contains(custom, fmt::format("name=\"{}\"><vt:lpwstr>{}</vt:lpwstr>", name, value)))
        << name << "\n"
        << custom;
  EXPECT_TRUE(contains(custom, "name=\"baocao.catalogue\"><vt:lpwstr>" + request.fingerprint))
      << custom;
  const std::string book = zip_part(file, "xl/workbook.xml");
  EXPECT_TRUE(contains(book, "<definedName name=\"baocao_input\">'Nhập số liệu'!$A$7:$M$10<"))
      << book;
  EXPECT_TRUE(contains(book, "<definedName name=\"baocao_preparer\">'Nhập số liệu'!$C$5<"));
  EXPECT_TRUE(contains(book, "<definedName name=\"baocao_phone\">'Nhập số liệu'!$G$5<"));
  // The master workbook asks nothing: no identity.
  const std::vector<std::string> parts = zip_part_names(master());
  EXPECT_EQ(std::count(parts.begin(), parts.end(), "docProps/custom.xml"), 0);
}

TEST_P(Workbooks, DataRowsContinueOnFurtherSheets) {
  const fs::path path = dir / "split.xlsx";
  const xlsx::Scope scope = xlsx::master_scope(fx.data, fx.summary);
  Diagnostics d = xlsx::write_workbook(input(), scope, path.string(), xlsx::Limits{4});
  ASSERT_FALSE(d.has_errors()) << to_string(d.items()[0]);
  const std::vector<std::string> names = sheet_names(path);
  const std::size_t first = 7;  // after "Biểu đồ"
  ASSERT_EQ(names.size(), first + 6 + 1);
  EXPECT_EQ(names[first], "Dữ liệu");
  EXPECT_EQ(names[first + 5], "Dữ liệu (6)");
  std::size_t rows = 0;
  for (std::size_t i = 0; i < 6; ++i) {
    const std::string sheet =
        zip_part(path, "xl/worksheets/sheet" + std::to_string(first + i + 1) + ".xml");
    const std::size_t n = count_of(sheet, "<row ") - 1;  // less the header
    EXPECT_EQ(n, i < 5 ? 4u : 1u) << names[first + i];
    EXPECT_TRUE(contains(sheet, "<autoFilter ref=\"A1:G" + std::to_string(n + 1) + "\"/>"));
    rows += n;
  }
  EXPECT_EQ(rows, fx.data.observations.size());
}

TEST_P(Workbooks, AFailureNamesTheFileAndLeavesNoWorkbook) {
  const fs::path missing = dir / "no-such-folder" / "x.xlsx";
  Diagnostics d = write_master_workbook(input(), missing.string());
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.errors()[0].file, missing.string());
  EXPECT_TRUE(contains(d.errors()[0].hint, "folder"));
  EXPECT_FALSE(fs::exists(missing));

  fx.data.observations[3].note = fx.data.texts.intern("bad \xC3\x28 byte");
  const fs::path bad = dir / "bad.xlsx";
  d = write_master_workbook(input(), bad.string());
  ASSERT_TRUE(d.has_errors());
  EXPECT_TRUE(contains(d.errors()[0].message, "not valid UTF-8"));
  EXPECT_TRUE(contains(d.errors()[0].message, "Dữ liệu"));
  EXPECT_FALSE(fs::exists(bad));
}

TEST_P(Workbooks, TemporaryPartsGoToTheScratchFolder) {
  WorkbookInput in = input();
  const fs::path scratch = dir / "scratch";
  fs::create_directories(scratch);
  in.scratch_dir = scratch.string();
  // libxlsxwriter deletes each temporary file as soon as it has made it, so only the kernel
  // sees them: watch the folder for files created in it.
  int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  ASSERT_GE(watch, 0);
  ASSERT_GE(::inotify_add_watch(watch, scratch.c_str(), IN_CREATE), 0);
  const fs::path path = dir / "scratched.xlsx";
  Diagnostics d = write_master_workbook(in, path.string());
  ASSERT_FALSE(d.has_errors()) << to_string(d.items()[0]);
  EXPECT_TRUE(fs::exists(path));
  std::size_t created = 0;
  alignas(inotify_event) char events[1 << 16];
  for (ssize_t n; (n = ::read(watch, events, sizeof events)) > 0;)
    for (char* p = events; p < events + n;) {
      auto* e = reinterpret_cast<inotify_event*>(p);
      if (e->mask & IN_CREATE) ++created;
      p += sizeof(inotify_event) + e->len;
    }
  ::close(watch);
  EXPECT_GE(created, 10u);             // a part each: sheets, styles, theme, properties…
  EXPECT_TRUE(fs::is_empty(scratch));  // and none left behind

  // A scratch folder that is not there: libxlsxwriter falls back to its own default.
  in.scratch_dir = (dir / "no-scratch").string();
  const fs::path fallback = dir / "fallback.xlsx";
  d = write_master_workbook(in, fallback.string());
  EXPECT_FALSE(d.has_errors());
  EXPECT_TRUE(fs::exists(fallback));
}

TEST_P(Workbooks, AnUnknownOrEmptyDepartmentIsAnError) {
  for (const char* code : {"KHONGCO", "NOIVU"}) {
    const fs::path path = dir / (std::string(code) + ".xlsx");
    Diagnostics d = write_department_workbook(input(), code, path.string());
    ASSERT_TRUE(d.has_errors()) << code;
    EXPECT_TRUE(contains(d.errors()[0].message, code));
    EXPECT_FALSE(fs::exists(path));
  }
}

TEST_P(Workbooks, LongAndClashingGroupNamesMakeValidSheetNames) {
  const std::string long_name =
      "Quốc phòng - An ninh, trật tự an toàn xã hội và công tác nội chính";
  for (SummaryRow& r : fx.summary.rows) {
    if (r.indicator.group == "Kinh tế") r.indicator.group = long_name;
    if (r.indicator.group == "Ngân sách") r.indicator.group = "TỔNG HỢP";
  }
  fx.summary.groups = {long_name, "TỔNG HỢP", "Văn hóa - Xã hội", "Đô thị - Nông thôn mới"};
  const std::vector<std::string> names = sheet_names(master());
  EXPECT_EQ(names[1], "Quốc phòng - An ninh, trật tự a");
  EXPECT_EQ(names[2], "TỔNG HỢP (2)");
  // The print titles of the long name are whole (libxlsxwriter cuts names at 127 bytes).
  EXPECT_TRUE(contains(zip_part(dir / "tong-hop-2023.xlsx", "xl/workbook.xml"),
                       ">'Quốc phòng - An ninh, trật tự a'!$2:$2</definedName>"));
}

INSTANTIATE_TEST_SUITE_P(BothModes, Workbooks, ::testing::Bool(),
                         [](const auto& p) { return p.param ? "ConstantMemory" : "Normal"; });

}  // namespace
}  // namespace baocao

// The workbooks read by real clients: openpyxl checks every figure against the summary that was
// fed in, and LibreOffice, made to recalculate on load, must agree with every cached value.

#include <xlsxwriter.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"
#include "xlsx/fixture.hpp"
#include "xlsx/workbook.hpp"
#include "xlsx/workbook_files.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using namespace baocao::testing;

const std::string kPython = "/usr/bin/python3";

// The spec's words, written out here rather than taken from the code under test.
std::string status_word(const std::optional<Status>& s) {
  if (!s) return {};
  static const std::map<Status, std::string> words = {{Status::achieved, "Đạt"},
                                                      {Status::exceeded, "Vượt"},
                                                      {Status::not_achieved, "Không đạt"},
                                                      {Status::not_judged, "Không đánh giá"}};
  return words.at(*s);
}

std::string derivation_name(Derivation d) {
  switch (d) {
    case Derivation::ratio:
      return "ratio";
    case Derivation::inverse_ratio:
      return "inverse-ratio";
    case Derivation::growth:
      return "growth";
    case Derivation::difference:
      return "difference";
  }
  return {};
}

std::string basis_word(Basis b) {
  static const std::map<Basis, std::string> words = {
      {Basis::actual, "Thực hiện"}, {Basis::estimate, "Ước thực hiện"},
      {Basis::plan, "Kế hoạch"},    {Basis::target, "Chỉ tiêu Nghị quyết"},
      {Basis::low, "Thấp nhất"},    {Basis::high, "Cao nhất"}};
  return words.at(b);
}

json optional(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

json figure(const ComputedFigure& f) {
  return {{"value", optional(f.value)}, {"derivation", derivation_name(f.derivation)}};
}

json bounds(const Indicator& ind) {
  if (ind.type == IndicatorType::score) return {0.0, *ind.out_of};
  if (ind.type == IndicatorType::rate && ind.out_of) return {0.0, *ind.out_of};
  if (ind.type == IndicatorType::rate && ind.unit == "%") return {-100.0, 1000.0};
  return {-999999999999999.0, 999999999999999.0};
}

// The rows the input sheet owes, by the contract's rule: an indicator for the unit alone (aggregate
// none) at the unit, any other at each ward/commune it covers; a plan cell where it has plans.
// G and H show the figures the summary gave for the row's area (— for none).
json input_rows(const Dataset& d, const Summary& summary, const std::string& department) {
  json rows = json::array();
  for (std::uint32_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& ind = d.indicators[i];
    if (ind.department != department) continue;
    const SummaryRow* r = summary.find(ind.code);
    bool has_plan = false;
    for (const Observation& o : d.observations)
      has_plan = has_plan || (o.indicator == i && o.basis == Basis::plan);
    for (std::uint32_t a = 0; a < d.areas.size(); ++a) {
      const Area& area = d.areas[a];
      const bool owed = ind.aggregate == Aggregate::none
                            ? a == d.unit_area
                            : (area.type == AreaType::ward && ind.areas != AreaScope::communes) ||
                                  (area.type == AreaType::commune && ind.areas != AreaScope::wards);
      if (!owed) continue;
      json result = nullptr, next_plan = nullptr;
      bool estimate = false;
      if (r != nullptr && a == d.unit_area) {
        result = optional(r->result), next_plan = optional(r->next_plan);
        estimate = r->is_estimate;
      }
      if (r != nullptr)
        for (const AreaFigure& f : r->areas)
          if (f.area == a) {
            result = optional(f.result), next_plan = optional(f.next_plan);
            estimate = f.is_estimate;
          }
      rows.push_back({{"code", ind.code},
                      {"result", result},
                      {"is_estimate", estimate},
                      {"next_plan", next_plan},
                      {"decimals", ind.decimals},
                      {"area", area.code},
                      {"area_name", area.name},
                      {"unit", ind.unit},
                      {"type", std::string(to_string(ind.type))},
                      {"asks_plan", has_plan},
                      {"bounds", bounds(ind)}});
    }
  }
  return rows;
}

json row_json(const SummaryRow& r) {
  const Indicator& ind = r.indicator;
  static const std::map<ChangeUnit, std::string> units = {{ChangeUnit::percent, "%"},
                                                          {ChangeUnit::points, "điểm %"},
                                                          {ChangeUnit::criteria, "tiêu chí"}};
  return {{"code", ind.code},
          {"name", ind.name},
          {"unit", ind.unit},
          {"group", ind.group},
          {"type", std::string(to_string(ind.type))},
          {"decimals", ind.decimals},
          {"previous", optional(r.previous)},
          {"previous_is_estimate", r.previous_is_estimate},
          {"plan", optional(r.plan)},
          {"result", optional(r.result)},
          {"is_estimate", r.is_estimate},
          {"range_text", r.range ? json("9–14/19") : json(nullptr)},
          {"pct_plan", figure(r.pct_plan)},
          {"change", figure(r.change)},
          {"change_unit", units.at(r.change_unit)},
          {"avg_growth", optional(r.avg_growth)},
          {"status", r.status ? json(status_word(r.status)) : json(nullptr)},
          {"on_summary", ind.key},
          {"bounds", bounds(ind)}};
}

json observation_json(const Dataset& d, const Observation& o) {
  const Indicator& ind = d.indicators[o.indicator];
  return {{"code", ind.code},
          {"name", ind.name},
          {"unit", ind.unit},
          {"area", d.areas[o.area].code},
          {"area_name", d.areas[o.area].name},
          {"period", o.period.to_string()},
          {"basis", basis_word(o.basis)},
          {"value", o.value},
          {"note", d.texts.at(o.note)},
          {"source", d.texts.at(o.source)},
          {"line", o.line},
          {"decimals", ind.decimals}};
}

// What one workbook must hold: the rows of `department` ("" for all), from the fixture.
json expectation(const WorkbookFixture& fx, const fs::path& path, const std::string& department,
                 std::vector<std::string> sheets, int charts) {
  json rows = json::array(), observations = json::array(), others = json::array();
  auto in_scope = [&](const Indicator& ind) {
    return department.empty() || ind.department == department;
  };
  for (const SummaryRow& r : fx.summary.rows) {
    if (in_scope(r.indicator))
      rows.push_back(row_json(r));
    else
      others.push_back(r.indicator.name);
  }
  for (const Observation& o : fx.data.observations)
    if (in_scope(fx.data.indicators[o.indicator]))
      observations.push_back(observation_json(fx.data, o));
  json files = json::array();
  for (const SourceFile& f : fx.data.files)
    files.push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}});
  return {{"path", path.string()},
          {"department", !department.empty()},
          {"sheets", sheets},
          {"unit", fx.data.unit.name},
          {"previous_header", "Thực hiện năm 2022"},
          {"result_header", "Thực hiện năm 2023"},
          {"rows", rows},
          {"observations", observations},
          {"other_names", others},
          {"charts", charts},
          {"files", files},
          {"input_rows", input_rows(fx.data, fx.summary, department)}};
}

std::string script() {
  return (test_dir() / "xlsx" / "openpyxl_read.py").string();
}

class ClientTest : public ::testing::Test {
 protected:
  WorkbookFixture fx = make_workbook_fixture();
  TempDir dir;
  std::vector<fs::path> written;
  json books = json::array();

  void write_all() {
    const std::vector<std::string> master_sheets = {
        "Tổng hợp", "Kinh tế", "Ngân sách", "Văn hóa - Xã hội", "Đô thị - Nông thôn mới",
        "Địa bàn",  "Biểu đồ", "Dữ liệu",   "Thông tin"};
    const std::vector<std::string> tckh_sheets = {
        "Tổng hợp", "Kinh tế",      "Ngân sách", "Đô thị - Nông thôn mới", "Địa bàn", "Biểu đồ",
        "Dữ liệu",  "Nhập số liệu", "Thông tin"};
    const std::vector<std::string> vhxh_sheets = {
        "Tổng hợp", "Văn hóa - Xã hội", "Đô thị - Nông thôn mới", "Địa bàn",
        "Biểu đồ",  "Dữ liệu",          "Nhập số liệu",           "Thông tin"};
    for (bool constant_memory : {false, true}) {
      const WorkbookInput input{fx.data, fx.summary, fx.report_date, constant_memory, {}, {}};
      const std::string suffix = constant_memory ? "-cm.xlsx" : ".xlsx";
      fs::path master = dir / ("tong-hop-2023" + suffix);
      ASSERT_FALSE(write_master_workbook(input, master.string()).has_errors());
      books.push_back(expectation(fx, master, "", master_sheets, 3));
      written.push_back(master);
      for (const auto& [dept, sheets, charts] :
           {std::tuple{"TCKH", tckh_sheets, 3}, std::tuple{"VHXH", vhxh_sheets, 1}}) {
        fs::path path = dir / (std::string(dept) + "-2023" + suffix);
        ASSERT_FALSE(write_department_workbook(input, dept, path.string()).has_errors());
        books.push_back(expectation(fx, path, dept, sheets, charts));
        written.push_back(path);
      }
    }
  }
};

TEST_F(ClientTest, OpenpyxlReadsEveryFigureAsTheSummaryGaveIt) {
  write_all();
  const fs::path expected = dir / "expected.json";
  write_file(expected, json{{"workbooks", books}}.dump(1));
  CommandResult r = run(kPython + " " + script() + " check '" + expected.string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(count_of(r.out, ": checked"), 6u) << r.out;
}

TEST_F(ClientTest, OpenpyxlCheckFailsOnAWrongFigure) {
  write_all();
  books[0]["rows"][0]["result"] = 18797.4;  // the script must notice one figure that differs
  const fs::path expected = dir / "expected.json";
  write_file(expected, json{{"workbooks", json::array({books[0]})}}.dump(1));
  CommandResult r = run(kPython + " " + script() + " check '" + expected.string() + "'");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("KT.GTSX result"), std::string::npos) << r.out;
}

// A LibreOffice profile that recalculates every formula when a file is loaded.
void write_recalc_profile(const fs::path& profile) {
  write_file(profile / "user" / "registrymodifications.xcu",
             R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
}

// A workbook whose one formula has a wrong cached value: proof that LibreOffice recalculated.
void write_wrong_cache(const fs::path& path) {
  lxw_workbook* wb = workbook_new(path.string().c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  ASSERT_EQ(worksheet_write_number(ws, 0, 0, 3, nullptr), LXW_NO_ERROR);
  ASSERT_EQ(worksheet_write_formula_num(ws, 0, 1, "=A1*2", nullptr, 7), LXW_NO_ERROR);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
}

TEST_F(ClientTest, LibreOfficeRecalculatesEveryFormulaToItsCachedValue) {
  ASSERT_EQ(run("command -v soffice").exit_code, 0) << "LibreOffice (soffice) is not installed";
  write_all();
  const fs::path wrong = dir / "wrong-cache.xlsx";
  write_wrong_cache(wrong);
  const fs::path profile = dir / "lo-profile";
  write_recalc_profile(profile);
  const fs::path out = dir / "recalculated";
  fs::create_directories(out);
  std::string files;
  for (const fs::path& p : written) files += " '" + p.string() + "'";
  CommandResult r = run("timeout 300 soffice -env:UserInstallation=file://" + profile.string() +
                        " --headless --norestore --convert-to xlsx --outdir '" + out.string() +
                        "' '" + wrong.string() + "'" + files);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;

  // The profile works: 3 × 2 is 6 whatever the file said.
  CommandResult check =
      run(kPython + " -c \"import openpyxl; print(openpyxl.load_workbook('" +
          (out / "wrong-cache.xlsx").string() + "', data_only=True).active['B1'].value)\"");
  ASSERT_EQ(check.out, "6\n") << check.err;
  // …and the comparison notices a cached value that is wrong.
  CommandResult wrong_compare = run(kPython + " " + script() + " compare '" + wrong.string() +
                                    "' '" + (out / "wrong-cache.xlsx").string() + "'");
  EXPECT_EQ(wrong_compare.exit_code, 1) << wrong_compare.out;

  for (const fs::path& p : written) {
    const fs::path again = out / p.filename();
    CommandResult c =
        run(kPython + " " + script() + " compare '" + p.string() + "' '" + again.string() + "'");
    EXPECT_EQ(c.exit_code, 0) << c.out << c.err;
    EXPECT_NE(c.out.find("formulas compared"), std::string::npos) << c.out;
    EXPECT_EQ(c.out.find(": 0 formulas"), std::string::npos) << c.out;
    // LibreOffice read our text as Excel would: "_x0041_" decoded once, "=1+2" still text.
    const std::string strings = zip_part(again, "xl/sharedStrings.xml");
    if (p.filename().string().starts_with("tong-hop")) {
      EXPECT_NE(strings.find("Mã _x005F_x0041_ giữ nguyên"), std::string::npos) << again;
      EXPECT_NE(strings.find("=1+2 là ghi chú"), std::string::npos) << again;
    }
    EXPECT_EQ(all_zip_parts(again).find("<f>1+2"), std::string::npos) << again;
  }
}

}  // namespace
}  // namespace baocao

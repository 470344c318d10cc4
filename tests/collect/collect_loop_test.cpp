// The office's whole loop, end to end with real clients: build 2023 → four department
// workbooks filled with openpyxl (one then saved again by LibreOffice, one with ward rows) →
// collect shows the changes → collect --apply → summary --period 2024 shows them → build --period
// 2024 puts them in the briefings.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "collect/workbooks.hpp"
#include "format/vietnamese.hpp"

namespace baocao::testing {
namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;

TEST(CollectLoop, BuildSendCollectBuildTheNextPeriod) {
  TempDir dir;
  fs::path data = dir / "data";
  copy_dir(shipped_data(), data);
  const std::string original = read_file(data / "values.csv");
  fs::path out = dir / "out";
  auto build =
      run(fmt::format("'{}' build --data '{}' --out '{}' --date 2024-01-05 --quiet "
                      "--only xlsx",
                      exe(), data.string(), out.string()));
  ASSERT_EQ(build.exit_code, 0) << build.err;
  fs::path sent = out / "2023" / "phong-ban";

  fs::path returned = dir / "returned";
  fs::create_directory(returned);
  fill_workbook(sent / "TCKH-2023.xlsx", returned / "TCKH-2023.xlsx", R"([
    {"code": "NS.THU", "area": "ANKHE", "I": 512.5, "J": "Thực hiện", "L": "Kho bạc", "M": 560},
    {"code": "NS.CHI", "area": "ANKHE", "I": 610.25, "J": "Ước thực hiện"}])");
  fill_workbook(sent / "LDTBXH-2023.xlsx", returned / "LDTBXH-2023.xlsx", R"([
    {"code": "XH.HN", "area": "ANKHE", "I": 1.5, "J": "Thực hiện", "K": "theo rà soát cuối năm"},
    {"code": "XH.LDVL", "area": "ANKHE", "I": "1450", "J": "thực hiện"}])");
  // A figure per ward for an indicator that sums its wards.
  fill_workbook(sent / "QLDT-2023.xlsx", returned / "QLDT-2023.xlsx", R"([
    {"code": "DT.PVM", "area": "TAYSON", "I": 1, "J": "Thực hiện"},
    {"code": "DT.PVM", "area": "ANPHU", "I": 0, "J": "Thực hiện"}])");
  fs::path cctk = dir / "CCTK-2023-openpyxl.xlsx";
  fill_workbook(sent / "CCTK-2023.xlsx", cctk, R"([
    {"code": "KT.GTSX", "area": "ANKHE", "I": 21000.5, "J": "Ước thực hiện"},
    {"code": "KT.TTGT", "area": "ANKHE", "I": 11.25, "J": "Ước thực hiện"}])");
  resave_with_libreoffice(cctk, returned / "CCTK-2023.xlsx");

  auto shown = collect(fmt::format("'{}' --data '{}'", returned.string(), data.string()));
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_THAT(shown.out, HasSubstr("9 new, 0 changed, 0 unchanged, 0 conflicting"));
  EXPECT_THAT(shown.out, HasSubstr("CCTK-2023.xlsx: department CCTK, period 2024"));
  EXPECT_THAT(shown.out, HasSubstr("not filled:"));
  EXPECT_EQ(read_file(data / "values.csv"), original);

  auto applied = collect(fmt::format("'{}' --data '{}' --apply", returned.string(), data.string()));
  ASSERT_EQ(applied.exit_code, 0) << applied.err;
  std::string now = read_file(data / "values.csv");
  ASSERT_TRUE(now.starts_with(original));
  EXPECT_THAT(now, HasSubstr("NS.THU,ANKHE,2025,plan,560,,Kho bạc; collect TCKH TCKH-2023.xlsx "
                             "sha256:"));
  EXPECT_THAT(now, HasSubstr("XH.HN,ANKHE,2024,actual,1.5,theo rà soát cuối năm,collect LDTBXH"));
  EXPECT_THAT(now, HasSubstr("DT.PVM,TAYSON,2024,actual,1,,collect QLDT QLDT-2023.xlsx sha256:"));
  EXPECT_EQ(read_file(data / ".history" / "values.csv.1"), original);

  auto again = collect(fmt::format("'{}' --data '{}' --apply", returned.string(), data.string()));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("0 new, 0 changed, 9 unchanged, 0 conflicting"));
  EXPECT_EQ(read_file(data / "values.csv"), now);

  auto summary = run(
      fmt::format("'{}' summary --data '{}' --period 2024 --format json", exe(), data.string()));
  ASSERT_EQ(summary.exit_code, 0) << summary.err;
  auto json = nlohmann::json::parse(summary.out);
  std::map<std::string, double> results;
  for (const auto& row : json.at("indicators"))
    if (row.contains("result") && row.at("result").is_number())
      results[row.at("code").get<std::string>()] = row.at("result").get<double>();
  EXPECT_EQ(results["KT.GTSX"], 21000.5);
  EXPECT_EQ(results["NS.THU"], 512.5);
  EXPECT_EQ(results["XH.LDVL"], 1450);

  auto next =
      run(fmt::format("'{}' build --data '{}' --out '{}' --date 2025-01-06 --period 2024 "
                      "--quiet --only pdf",
                      exe(), data.string(), out.string()));
  ASSERT_EQ(next.exit_code, 0) << next.err;
  auto text = run(
      fmt::format("pdftotext -layout '{}' -", (out / "2024" / "bao-cao-hdnd-2024.pdf").string()));
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_THAT(text.out, HasSubstr(vi::number(21000.5, 2)));
  EXPECT_THAT(text.out, HasSubstr(vi::number(512.5, 3)));
}

// A workbook whose input sheet was renamed and moved to the front is read through its defined
// name, and its messages name the sheet as it is now.
TEST(CollectLoop, ARenamedAndMovedInputSheetIsFound) {
  TempDir dir;
  fs::path data = dir / "data";
  copy_dir(shipped_data(), data);
  auto build =
      run(fmt::format("'{}' build --data '{}' --out '{}' --date 2024-01-05 --quiet "
                      "--only xlsx",
                      exe(), data.string(), (dir / "out").string()));
  ASSERT_EQ(build.exit_code, 0) << build.err;
  fs::path file = dir / "TCKH-2023.xlsx";
  fill_workbook(dir / "out" / "2023" / "phong-ban" / "TCKH-2023.xlsx", file, R"([
    {"rename": "Số liệu 2024"},
    {"code": "NS.THU", "area": "ANKHE", "I": 512.5, "J": "Thực hiện"},
    {"code": "NS.CHI", "area": "ANKHE", "I": "610,25", "J": "Ước thực hiện"}])");
  auto r = collect(fmt::format("'{}' --data '{}'", file.string(), data.string()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(file.string() + ":Số liệu 2024!I9: error: value `610,25`"));
  fill_workbook(dir / "out" / "2023" / "phong-ban" / "TCKH-2023.xlsx", file, R"([
    {"rename": "Số liệu 2024"},
    {"code": "NS.THU", "area": "ANKHE", "I": 512.5, "J": "Thực hiện"}])");
  r = collect(fmt::format("'{}' --data '{}' --apply", file.string(), data.string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Số liệu 2024!I8"));
  EXPECT_THAT(read_file(data / "values.csv"), HasSubstr("NS.THU,ANKHE,2024,actual,512.5,,collect"));
}

}  // namespace
}  // namespace baocao::testing

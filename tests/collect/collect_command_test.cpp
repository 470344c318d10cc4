// `baocao collect` through the executable, on the shipped dataset and workbooks made and filled
// with openpyxl following the collect contract.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include <fmt/format.h>

#include "collect/workbooks.hpp"

namespace baocao::testing {
namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

class CollectCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_dir(shipped_data(), data_dir());
    original_ = read_file(values());
  }
  fs::path data_dir() const { return dir_ / "data"; }
  fs::path values() const { return data_dir() / "values.csv"; }
  std::string data_arg() const { return fmt::format("--data '{}'", data_dir().string()); }

  // The department's workbook as sent for 2023, filled with `fills`, at dir_/NAME.
  fs::path returned(const std::string& department, const std::string& fills,
                    const std::map<std::string, std::string>& properties = {},
                    std::string name = {}) {
    if (name.empty()) name = department + "-2023.xlsx";
    fs::path sent = dir_ / ("sent-" + name);
    make_contract_workbook(load_ok(data_dir()), department, "2023", sent, properties);
    fs::path out = dir_ / name;
    fill_workbook(sent, out, fills);
    return out;
  }
  CommandResult collect_file(const fs::path& file, const std::string& options = {}) {
    return collect(fmt::format("'{}' {} {}", file.string(), data_arg(), options));
  }

  TempDir dir_;
  std::string original_;
};

constexpr const char* kTckhFills = R"([
  {"code": "NS.THU", "area": "ANKHE", "I": 512.5, "J": "Thực hiện", "K": "", "L": "Kho bạc"},
  {"code": "NS.CHI", "area": "ANKHE", "I": 610.25, "J": "Ước thực hiện"}])";

TEST_F(CollectCommand, WithoutApplyPrintsTheNewRowsAndWritesNothing) {
  fs::path file = returned("TCKH", kTckhFills);
  auto r = collect_file(file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("department TCKH, period 2024"));
  EXPECT_THAT(r.out, HasSubstr("2 new, 0 changed, 0 unchanged, 0 conflicting"));
  EXPECT_THAT(r.out, HasSubstr("Nhập số liệu!I8"));
  EXPECT_THAT(r.out, HasSubstr("--apply"));
  EXPECT_EQ(read_file(values()), original_);
  EXPECT_FALSE(fs::exists(data_dir() / ".history"));
}

TEST_F(CollectCommand, ApplyAppendsTheRowsKeepsTheOldBytesAndTheHistory) {
  fs::path file = returned("TCKH", kTckhFills);
  auto r = collect_file(file, "--apply");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string now = read_file(values());
  ASSERT_TRUE(now.starts_with(original_));
  std::string added = now.substr(original_.size());
  EXPECT_THAT(added, HasSubstr("NS.THU,ANKHE,2024,actual,512.5,,Kho bạc; collect TCKH "
                               "TCKH-2023.xlsx sha256:"));
  EXPECT_THAT(added, HasSubstr("NS.CHI,ANKHE,2024,estimate,610.25,,collect TCKH"));
  EXPECT_EQ(read_file(data_dir() / ".history" / "values.csv.1"), original_);

  // The dataset still loads (the loader ignores .history) and a second collect changes nothing.
  auto again = collect_file(file, "--apply");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("0 new, 0 changed, 2 unchanged, 0 conflicting"));
  EXPECT_THAT(again.out, HasSubstr("0 changes"));
  EXPECT_EQ(read_file(values()), now);
  EXPECT_FALSE(fs::exists(data_dir() / ".history" / "values.csv.2"));

  // The loader reads the four files only: a history entry that is no dataset file does not
  // matter.
  write_file(data_dir() / ".history" / "values.csv.7", "not,a\nvalues \"file");
  auto check = run(fmt::format("'{}' check {}", exe(), data_arg()));
  EXPECT_EQ(check.exit_code, 0) << check.err;
}

// 134122 for NS.THU, whose 2023 actual is 134.122 (tỷ đồng): the decimal point lost, a figure
// every rule accepts. Warned at its cell, with the reference; not an error, so --apply writes
// it. 0.43 for NS.CHI (2023 estimate 429.789) is the same slip the other way.
TEST_F(CollectCommand, AFigureFarFromTheYearBeforeIsWarnedAtItsCell) {
  fs::path file = returned("TCKH", R"([
    {"code": "NS.THU", "area": "ANKHE", "I": 134122, "J": "Thực hiện"},
    {"code": "NS.CHI", "area": "ANKHE", "I": 0.43, "J": "Thực hiện"}])");
  auto r = collect_file(file, "--apply");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("TCKH-2023.xlsx:Nhập số liệu!I8: warning: value 134122 tỷ đồng is "
                               "1000 times the actual figure for 2023, 134.122 tỷ đồng: a decimal "
                               "point or the unit may have slipped"));
  EXPECT_THAT(r.err, HasSubstr("TCKH-2023.xlsx:Nhập số liệu!I9: warning: value 0.43 tỷ đồng is a "
                               "1000th of the estimate for 2023, 429.789 tỷ đồng"));
  EXPECT_THAT(r.err, HasSubstr("check the figure of indicator `NS.THU`"));
  EXPECT_THAT(read_file(values()), HasSubstr("NS.THU,ANKHE,2024,actual,134122,"));
}

TEST_F(CollectCommand, AFigureNearTheYearBeforeIsNotWarned) {
  // 512.5 is 3.8 times 134.122: a big year, not a slip.
  auto r = collect_file(returned("TCKH", kTckhFills));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, Not(HasSubstr("warning")));
}

TEST_F(CollectCommand, AResentCorrectionChangesItsOwnRowInPlace) {
  fs::path first = returned("TCKH", kTckhFills);
  ASSERT_EQ(collect_file(first, "--apply").exit_code, 0);
  std::string after_first = read_file(values());
  fs::path second = returned("TCKH", R"([
    {"code": "NS.THU", "area": "ANKHE", "I": 520, "J": "Thực hiện"}])",
                             {}, "TCKH-2023-sua.xlsx");
  auto r = collect_file(second, "--apply");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("0 new, 1 changed, 0 unchanged, 0 conflicting"));
  std::string now = read_file(values());
  EXPECT_THAT(now, HasSubstr("NS.THU,ANKHE,2024,actual,520,,collect TCKH TCKH-2023-sua.xlsx"));
  EXPECT_THAT(now, Not(HasSubstr("512.5")));
  EXPECT_THAT(now, HasSubstr("610.25"));  // the row it does not give is kept
  EXPECT_TRUE(now.starts_with(original_));
  EXPECT_EQ(read_file(data_dir() / ".history" / "values.csv.2"), after_first);
}

TEST_F(CollectCommand, AConflictIsRefusedUnlessReplace) {
  // Another department's workbook collected first; then the office types a 2024 figure for
  // NS.THU itself.
  fs::path lao =
      returned("LDTBXH", R"([{"code": "XH.HN", "area": "ANKHE", "I": 4.5, "J": "Thực hiện"}])");
  ASSERT_EQ(collect_file(lao, "--apply").exit_code, 0);
  write_file(values(), read_file(values()) + "NS.THU,ANKHE,2024,actual,500,,Văn phòng\n");
  std::string before = read_file(values());
  fs::path file = returned("TCKH", kTckhFills);

  auto dry = collect_file(file);
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("1 new, 0 changed, 0 unchanged, 1 conflicting"));

  auto refused = collect_file(file, "--apply");
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_THAT(refused.err, HasSubstr("TCKH-2023.xlsx:Nhập số liệu!I8: error: 512.5 conflicts "
                                     "with values.csv line 42, which has 500"));
  EXPECT_THAT(refused.err, HasSubstr("--replace"));
  EXPECT_EQ(read_file(values()), before);

  auto replaced = collect_file(file, "--apply --replace");
  ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
  std::string now = read_file(values());
  std::string kept = before.substr(
      0, before.size() - std::string("NS.THU,ANKHE,2024,actual,500,,Văn phòng\n").size());
  EXPECT_TRUE(now.starts_with(kept + "NS.THU,ANKHE,2024,actual,512.5,,Kho bạc; collect TCKH"));
  EXPECT_THAT(now, Not(HasSubstr(",500,,Văn phòng")));
}

TEST_F(CollectCommand, KeepsCrlfLineEndingsAndQuotesLikeTheFile) {
  std::string crlf;
  for (char c : original_) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  write_file(values(), crlf);
  fs::path file = returned("TCKH", kTckhFills);
  ASSERT_EQ(collect_file(file, "--apply").exit_code, 0);
  std::string now = read_file(values());
  ASSERT_TRUE(now.starts_with(crlf));
  EXPECT_THAT(now.substr(crlf.size()), HasSubstr("610.25,,collect TCKH"));
  EXPECT_EQ(std::count(now.begin(), now.end(), '\n'), std::count(now.begin(), now.end(), '\r'));
}

TEST_F(CollectCommand, TwoCollectsAtOnceLoseNoRow) {
  fs::path tckh = returned("TCKH", kTckhFills);
  fs::path lao =
      returned("LDTBXH", R"([{"code": "XH.HN", "area": "ANKHE", "I": 4.5, "J": "Thực hiện"}])");
  auto apply = [&](const fs::path& file, const char* code) {
    return fmt::format("('{}' collect '{}' {} --apply >/dev/null 2>'{}.err'; echo $? > '{}')",
                       exe(), file.string(), data_arg(), (dir_ / code).string(),
                       (dir_ / code).string());
  };
  for (int round = 0; round < 3; ++round) {
    write_file(values(), original_);
    auto r = run(apply(tckh, "tckh") + " & " + apply(lao, "lao") + " & wait");
    ASSERT_EQ(r.exit_code, 0);
    std::string now = read_file(values());
    // Each run either wrote its rows or was told values.csv changed under it (exit 3), never
    // a success whose rows the other overwrote.
    bool tckh_ok = read_file(dir_ / "tckh") == "0\n";
    bool lao_ok = read_file(dir_ / "lao") == "0\n";
    EXPECT_EQ(now.find("NS.CHI,ANKHE,2024,estimate") != std::string::npos, tckh_ok)
        << round << read_file(dir_ / "tckh.err");
    EXPECT_EQ(now.find("XH.HN,ANKHE,2024,actual") != std::string::npos, lao_ok)
        << round << read_file(dir_ / "lao.err");
    EXPECT_TRUE(tckh_ok || lao_ok) << round;
  }
}

struct Refusal {
  const char* name;
  std::map<std::string, std::string> properties;
  const char* reason;
};

class CollectRefuses : public CollectCommand, public ::testing::WithParamInterface<Refusal> {};

TEST_P(CollectRefuses, TheWorkbookNamingFileAndReasonAndLeavesValuesAlone) {
  fs::path file = returned("TCKH", kTckhFills, GetParam().properties);
  for (const char* options : {"", "--apply", "--apply --replace"}) {
    auto r = collect_file(file, options);
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_THAT(r.err, HasSubstr(file.string() + ": error: " + GetParam().reason));
    EXPECT_EQ(read_file(values()), original_);
    EXPECT_FALSE(fs::exists(data_dir() / ".history"));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Identity, CollectRefuses,
    ::testing::Values(
        Refusal{
            "AnotherUnit", {{"baocao.unit", "PLEIKU"}}, "the workbook was made for unit `PLEIKU`"},
        Refusal{"UnknownDepartment",
                {{"baocao.department", "XYZ"}},
                "the workbook is for department `XYZ`"},
        Refusal{
            "AnotherDepartment",
            {{"baocao.department", "BTC"}},
            "the workbook says department `BTC` but its rows are indicators of department `TCKH`"},
        Refusal{
            "AnotherPeriod",
            {{"baocao.sent_for", "2022"}, {"baocao.asked", "2023"}, {"baocao.plan_period", "2024"}},
            "the workbook asks for period 2023, which is no longer being collected"},
        Refusal{"ChangedCatalogue",
                {{"baocao.catalogue", std::string(64, 'a')}},
                "the catalogue changed since the workbook was made"},
        Refusal{"NoIdentity", {{"baocao.format", ""}}, "not a baocao department workbook"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

TEST_F(CollectCommand, ARenamedCatalogueRowIsRefused) {
  fs::path file = returned("TCKH", kTckhFills);
  std::string indicators = read_file(data_dir() / "indicators.csv");
  auto at = indicators.find("Thu ngân sách trên địa bàn");
  indicators.replace(at, 6, "Tổng thu");
  write_file(data_dir() / "indicators.csv", indicators);
  auto r = collect_file(file, "--apply");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("the catalogue changed since the workbook was made"));
  EXPECT_EQ(read_file(values()), original_);
}

TEST_F(CollectCommand, EveryBadEntryIsReportedWithItsCellAndNothingApplied) {
  fs::path lao = returned("LDTBXH", R"([
    {"code": "XH.HN", "area": "ANKHE", "I": 120, "J": "Thực hiện"},
    {"code": "XH.HCN", "area": "ANKHE", "I": "18.797,39", "J": "Thực hiện"},
    {"code": "XH.LDVL", "area": "ANKHE", "I": 1520.5, "J": "Thực hiện"},
    {"code": "XH.LDDT", "area": "ANKHE", "I": 60, "J": "đã xong"},
    {"cell": "I30", "value": 5}])");
  fs::path kt = returned("KT", R"([{"code": "NTM.LANG", "area": "ANKHE", "M": 3}])");
  fs::path tckh = returned("TCKH", R"([{"code": "NS.THU", "area": "ANKHE", "I": 1},
    {"code": "NS.CHI", "area": "ANKHE", "I": {"date": "2024-03-05"}, "J": "Thực hiện"}])");
  auto r = collect(fmt::format("'{}' '{}' '{}' {} --apply", lao.string(), kt.string(),
                               tckh.string(), data_arg()));
  EXPECT_EQ(r.exit_code, 1);
  std::string at = lao.string() + ":Nhập số liệu!";
  // A percentage over its out_of, a decimal comma typed as text, a fraction for a count, an
  // unknown basis, a value below the table, a value in a locked plan cell, a figure without
  // its basis, a date where a figure goes.
  EXPECT_THAT(r.err, HasSubstr(at + "I8: error: value `120` of rate indicator `XH.HN` is outside "
                                    "0…100 (out_of)"));
  EXPECT_THAT(r.err, HasSubstr(at + "I9: error: value `18.797,39` has thousands separators and a "
                                    "decimal comma (it may mean 18797.39)\n  hint: write it as "
                                    "18797.39"));
  EXPECT_THAT(r.err, HasSubstr(at + "I10: error: value `1520.5` of count indicator `XH.LDVL` is "
                                    "not a whole number"));
  EXPECT_THAT(r.err, HasSubstr(at + "J11: error: basis `đã xong` is not a basis"));
  EXPECT_THAT(r.err, HasSubstr(at + "I30: error: `5` is below the input table"));
  EXPECT_THAT(r.err, ::testing::ContainsRegex(
                         "KT-2023.xlsx:Nhập số liệu!M[0-9]+: error: a value in the locked plan "
                         "cell: indicator `NTM.LANG` has no plans"));
  EXPECT_THAT(r.err, HasSubstr(tckh.string() + ":Nhập số liệu!J8: error: the figure has no basis"));
  EXPECT_THAT(r.err, HasSubstr(tckh.string() + ":Nhập số liệu!I9: error: the cell holds a date"));
  EXPECT_THAT(r.err, HasSubstr("8 error(s); nothing was written."));
  EXPECT_EQ(read_file(values()), original_);
  EXPECT_FALSE(fs::exists(data_dir() / ".history"));
}

}  // namespace
}  // namespace baocao::testing

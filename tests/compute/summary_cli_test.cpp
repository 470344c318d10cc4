// `baocao summary` end to end, through the built executable.
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::baocao::testing::shell_quoted;

using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;
namespace t = baocao::testing;

t::CommandResult summary(const std::string& args) {
  return t::run(t::exe() + " summary " + args);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The CSV line of one indicator, split on commas (the checked fields need no quoting).
std::vector<std::string> csv_row(const std::string& csv, const std::string& code) {
  for (const std::string& line : lines_of(csv)) {
    if (line.rfind(code + ",", 0) != 0) continue;
    std::vector<std::string> fields;
    std::string field;
    bool quoted_field = false;
    for (char c : line) {
      if (c == '"') quoted_field = !quoted_field;
      if (c == ',' && !quoted_field) {
        fields.push_back(field);
        field.clear();
      } else {
        field.push_back(c);
      }
    }
    fields.push_back(field);
    return fields;
  }
  return {};
}

double rounded2(const std::string& field) {
  return std::round(std::stod(field) * 100) / 100;
}

std::string data_dir() {
  return shell_quoted(t::shipped_data());
}

TEST(SummaryCommand, CsvOfTheShippedDataMatchesTheArticle) {
  t::CommandResult r = summary("--data " + data_dir() + " --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = lines_of(r.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0],
            "code,name,group,unit,type,direction,result,is_estimate,plan,pct_plan,previous,change,"
            "change_unit,avg_growth,status,next_plan");
  EXPECT_EQ(lines.size(), 28u);  // one line per indicator of data/indicators.csv

  std::vector<std::string> output = csv_row(r.out, "KT.GTSX");
  ASSERT_EQ(output.size(), 16u);
  EXPECT_EQ(output[6], "18797.39");
  EXPECT_EQ(output[7], "no");
  EXPECT_EQ(rounded2(output[9]), 100.30);
  EXPECT_EQ(rounded2(output[11]), 12.83);
  EXPECT_EQ(output[12], "%");
  EXPECT_EQ(output[14], "exceeded");

  std::vector<std::string> retail = csv_row(r.out, "KT.BLDV");
  EXPECT_EQ(retail[7], "yes");
  EXPECT_EQ(rounded2(retail[9]), 100.19);

  std::vector<std::string> spending = csv_row(r.out, "NS.CHI");
  EXPECT_EQ(rounded2(spending[9]), 95.28);
  EXPECT_EQ(spending[14], "not-judged");

  EXPECT_EQ(rounded2(csv_row(r.out, "XD.KNDV")[9]), 101.35);

  std::vector<std::string> insurance = csv_row(r.out, "XH.BHYT");
  EXPECT_EQ(rounded2(insurance[11]), 1.02);
  EXPECT_EQ(insurance[12], "pp");
  EXPECT_EQ(insurance[15], "94");

  std::vector<std::string> range = csv_row(r.out, "NTM.NC");
  EXPECT_EQ(range[6], "");  // a range has no single result
  EXPECT_EQ(range[12], "");
  EXPECT_EQ(range[14], "");
}

TEST(SummaryCommand, ADatasetElsewhereUnderAnotherNameWorksTheSame) {
  t::CommandResult shipped = summary("--data " + data_dir() + " --format csv");
  ASSERT_EQ(shipped.exit_code, 0) << shipped.err;

  t::TempDir tmp;
  fs::path copy = tmp / "Huyện Kbang số liệu";
  t::copy_dir(t::shipped_data(), copy);
  // Another unit: nothing about An Khê may be built in.
  for (const char* name : {"unit.toml", "areas.csv", "values.csv"}) {
    std::string text = t::read_file(copy / name);
    for (auto [from, to] : {std::pair<std::string, std::string>{"ANKHE", "KBANG"},
                            {"thị xã An Khê", "huyện Kbang"}}) {
      for (std::size_t at; (at = text.find(from)) != std::string::npos;)
        text.replace(at, from.size(), to);
    }
    t::write_file(copy / name, text);
  }
  t::CommandResult moved = summary("--format csv --data " + shell_quoted(copy));
  ASSERT_EQ(moved.exit_code, 0) << moved.err;
  EXPECT_EQ(moved.out, shipped.out);

  t::CommandResult json = summary("--format json --data " + shell_quoted(copy));
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["unit"]["code"], "KBANG");
  EXPECT_EQ(j["unit"]["name"], "huyện Kbang");
}

TEST(SummaryCommand, JsonCarriesRangesSpansTargetsAreasAndDerivations) {
  t::CommandResult r = summary("--data " + data_dir() + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["period"], "2023");
  EXPECT_EQ(j["previous_period"], "2022");
  EXPECT_EQ(j["next_year"], 2024);
  EXPECT_EQ(j["term"], "2020-2025");
  EXPECT_EQ(j["groups"][0], "Kinh tế");
  auto find = [&](const std::string& code) {
    for (const auto& i : j["indicators"])
      if (i["code"] == code) return i;
    ADD_FAILURE() << code;
    return nlohmann::json{};
  };
  auto output = find("KT.GTSX");
  EXPECT_EQ(output["pct_plan_derivation"], "ratio");
  EXPECT_EQ(output["change_derivation"], "growth");
  EXPECT_EQ(output["status"], "exceeded");
  EXPECT_TRUE(output["avg_growth"].is_null());  // no actual for 2020 in data/
  ASSERT_EQ(output["trend"].size(), 2u);
  EXPECT_EQ(output["trend"][0]["year"], 2022);
  auto range = find("NTM.NC");
  EXPECT_TRUE(range["result"].is_null());
  EXPECT_EQ(range["range"]["low"], 9);
  EXPECT_EQ(range["range"]["high"], 14);
  EXPECT_EQ(range["areas"].size(), 5u);  // the five communes
  EXPECT_EQ(range["areas"][0]["code"], "XUANAN");
  auto growth = find("KT.TTGT");
  EXPECT_EQ(growth["span"]["period"], "2021-2023");
  EXPECT_EQ(growth["span"]["value"], 12.5);
  EXPECT_EQ(find("XH.BHYT")["change_derivation"], "difference");
  EXPECT_EQ(find("NS.CHI")["status"], "not-judged");
  EXPECT_EQ(find("DT.PVM")["areas"].size(), 6u);  // the six wards
  EXPECT_EQ(find("DT.PVM")["next_plan"], 5);
}

TEST(SummaryCommand, TableIsInVietnameseWithTheArticlesFigures) {
  t::CommandResult r = summary("--data " + data_dir());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("TỔNG HỢP CHỈ TIÊU NĂM 2023"));
  EXPECT_THAT(r.out, HasSubstr("Thực hiện"));
  for (const char* figure : {"18.797,39", "100,3%", "+12,83%", "100,19%", "7.025 (ước)", "95,28%",
                             "101,35%", "+1,02 điểm %", "9–14", "Không đánh giá"})
    EXPECT_THAT(r.out, HasSubstr(figure)) << figure;
}

TEST(SummaryCommand, AnEarlierPeriodWithResults) {
  t::CommandResult r = summary("--data " + data_dir() + " --period 2022 --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(csv_row(r.out, "KT.GTSX")[6], "16659.74");
  EXPECT_EQ(csv_row(r.out, "KT.GTSX")[15], "18741.17");  // the 2023 plan is the next year's
}

TEST(SummaryCommand, BadPeriodsAreUsageErrorsAndAPeriodWithoutDataIsADataError) {
  t::CommandResult syntax = summary("--data " + data_dir() + " --period 2023-Q5");
  EXPECT_EQ(syntax.exit_code, 2);
  EXPECT_THAT(syntax.err, HasSubstr("\"2023-Q5\" is not a period"));
  EXPECT_EQ(syntax.out, "");

  t::CommandResult span = summary("--data " + data_dir() + " --period 2021-2023");
  EXPECT_EQ(span.exit_code, 2);
  EXPECT_THAT(span.err, HasSubstr("span of years"));

  t::CommandResult empty = summary("--data " + data_dir() + " --period 2024");
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_THAT(empty.err, HasSubstr("no actual or estimate for 2024"));
  EXPECT_THAT(empty.err, HasSubstr("2022, 2023"));
  EXPECT_EQ(empty.out, "");

  t::CommandResult format = summary("--data " + data_dir() + " --format xml");
  EXPECT_EQ(format.exit_code, 2);
}

TEST(SummaryCommand, DataErrorsAreReportedLikeCheck) {
  t::TempDir tmp;
  fs::path copy = tmp / "data";
  t::copy_dir(t::shipped_data(), copy);
  std::string values = t::read_file(copy / "values.csv");
  values.replace(values.find("18797.39"), 8, "18.797,39");
  t::write_file(copy / "values.csv", values);
  t::CommandResult r = summary("--data " + shell_quoted(copy) + " --format csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("values.csv:2:"));
  EXPECT_THAT(r.err, HasSubstr("error"));
  EXPECT_EQ(r.out, "");
}

TEST(SummaryCommand, WarningsGoToStandardErrorNotIntoTheCsv) {
  t::TempDir tmp;
  fs::path copy = tmp / "data";
  t::copy_dir(t::shipped_data(), copy);
  std::string values = t::read_file(copy / "values.csv");
  values += "XD.KNDV,ANKHE,2022,actual,0,,\n";
  t::write_file(copy / "values.csv", values);
  t::CommandResult r = summary("--data " + shell_quoted(copy) + " --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("warning"));
  EXPECT_THAT(r.err, HasSubstr("XD.KNDV"));
  EXPECT_THAT(r.out, Not(HasSubstr("warning")));
  EXPECT_EQ(csv_row(r.out, "XD.KNDV")[11], "");
}

}  // namespace
}  // namespace baocao

// The dataset generator: deterministic, faithful to the data contract, accepted by `baocao check`.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/unicode.hpp"
#include "generator.hpp"
#include "support/test_support.hpp"

namespace baocao::gen {
namespace {

namespace fs = std::filesystem;
using baocao::testing::read_file;
using baocao::testing::run;
using baocao::testing::TempDir;

using Record = std::vector<std::string>;

// RFC 4180, enough for what the generator writes (quoted fields, doubled quotes, newlines).
std::vector<Record> parse_csv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<Record> out;
  Record rec;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rec.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rec.push_back(std::move(field));
      field.clear();
      out.push_back(std::move(rec));
      rec.clear();
    } else {
      field += c;
    }
  }
  EXPECT_TRUE(field.empty() && rec.empty()) << "the file must end with a line break";
  return out;
}

// Records as maps from the header's column names.
std::vector<std::map<std::string, std::string>> read_table(const fs::path& p) {
  auto recs = parse_csv(read_file(p));
  std::vector<std::map<std::string, std::string>> out;
  for (std::size_t r = 1; r < recs.size(); ++r) {
    EXPECT_EQ(recs[r].size(), recs[0].size()) << p << " record " << r;
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < recs[0].size() && c < recs[r].size(); ++c)
      row[recs[0][c]] = recs[r][c];
    out.push_back(std::move(row));
  }
  return out;
}

const char* const kFiles[] = {"unit.toml", "areas.csv", "indicators.csv", "values.csv"};

std::string gen_command(const fs::path& out, int seed) {
  return std::string(BAOCAO_GEN_EXE) + " --areas 7 --indicators 60 --years 3 --seed " +
         std::to_string(seed) + " --out '" + out.string() + "'";
}

TEST(Generator, SameSeedGivesTheSameBytesAnotherSeedOtherValues) {
  TempDir tmp;
  for (const char* name : {"a", "b"}) ASSERT_EQ(run(gen_command(tmp / name, 7)).exit_code, 0);
  ASSERT_EQ(run(gen_command(tmp / "c", 8)).exit_code, 0);
  for (const char* f : kFiles) {
    std::string a = read_file(tmp / "a" / f);
    EXPECT_FALSE(a.empty()) << f;
    EXPECT_EQ(a, read_file(tmp / "b" / f)) << f << " differs between two runs with one seed";
  }
  EXPECT_NE(read_file(tmp / "a" / "values.csv"), read_file(tmp / "c" / "values.csv"));
}

TEST(Generator, ReportsTheRowsItWrote) {
  TempDir tmp;
  GeneratorOptions opt;
  opt.areas = 5, opt.indicators = 12, opt.years = 2, opt.out = (tmp / "d").string();
  GeneratorReport report = write_dataset(opt);
  ASSERT_EQ(report.error, "");
  auto values = read_table(tmp / "d" / "values.csv");
  EXPECT_EQ(report.values_rows, values.size());
  EXPECT_EQ(report.values_bytes, fs::file_size(tmp / "d" / "values.csv"));
  EXPECT_EQ(report.area_rows, 6);
  EXPECT_EQ(read_table(tmp / "d" / "areas.csv").size(), 6u);
}

class GeneratedDataset : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    GeneratorOptions opt;
    opt.areas = 40, opt.indicators = 120, opt.years = 5, opt.seed = 3;
    opt.out = dir_->path().string();
    report_ = write_dataset(opt);
  }
  static void TearDownTestSuite() { delete dir_; }
  static TempDir* dir_;
  static GeneratorReport report_;
};
TempDir* GeneratedDataset::dir_ = nullptr;
GeneratorReport GeneratedDataset::report_;

TEST_F(GeneratedDataset, CatalogueCoversEveryTypeDirectionAggregateAndScope) {
  ASSERT_EQ(report_.error, "");
  std::set<std::string> types, directions, aggregates, words, range_scopes;
  auto inds = read_table(dir_->path() / "indicators.csv");
  ASSERT_EQ(inds.size(), 120u);
  for (const auto& i : inds) {
    types.insert(i.at("type"));
    directions.insert(i.at("direction"));
    aggregates.insert(i.at("aggregate"));
    words.insert(i.at("plan_word"));
    if (i.at("aggregate") == "range") range_scopes.insert(i.at("areas"));
    EXPECT_EQ(i.at("out_of").empty(), i.at("type") != "score") << i.at("code");
  }
  EXPECT_THAT(types, ::testing::ElementsAre("amount", "count", "rate", "score"));
  EXPECT_THAT(directions, ::testing::ElementsAre("down", "none", "up"));
  EXPECT_THAT(aggregates, ::testing::ElementsAre("mean", "none", "range", "sum"));
  EXPECT_THAT(range_scopes, ::testing::IsSupersetOf({"communes", "wards"}));
  EXPECT_THAT(words, ::testing::IsSupersetOf({"", "kế hoạch", "dự toán", "Nghị quyết"}));
}

TEST_F(GeneratedDataset, TextIsNfcAndNotesNeedQuoting) {
  for (const char* f : kFiles) {
    std::string text = read_file(dir_->path() / f);
    ASSERT_EQ(find_invalid_utf8(text), std::string::npos) << f;
    EXPECT_EQ(to_nfc(text), text) << f << " is not NFC";
  }
  auto values = read_table(dir_->path() / "values.csv");
  std::size_t notes = 0, sources = 0, commas = 0, quotes = 0, newlines = 0;
  for (const auto& v : values) {
    const std::string& note = v.at("note");
    notes += !note.empty();
    sources += !v.at("source").empty();
    commas += note.find(',') != std::string::npos;
    quotes += note.find('"') != std::string::npos;
    newlines += note.find('\n') != std::string::npos;
  }
  double n = double(values.size());
  EXPECT_NEAR(double(notes) / n, 0.02, 0.01);
  EXPECT_NEAR(double(sources) / n, 0.25, 0.03);
  EXPECT_GT(commas, 0u);
  EXPECT_GT(quotes, 0u);
  EXPECT_GT(newlines, 0u);
}

// Every allowed (indicator, area, year) has a result and a plan; the unit has next year's plan,
// and a term target for each main indicator.
TEST_F(GeneratedDataset, ValuesCoverEveryAllowedAreaAndYear) {
  auto inds = read_table(dir_->path() / "indicators.csv");
  auto areas = read_table(dir_->path() / "areas.csv");
  std::set<std::string> keys;
  for (const auto& v : read_table(dir_->path() / "values.csv")) {
    std::string basis = v.at("basis") == "estimate" ? "actual" : v.at("basis");
    EXPECT_TRUE(
        keys.insert(v.at("code") + "|" + v.at("area") + "|" + v.at("period") + "|" + v.at("basis"))
            .second)
        << "duplicate key";
    keys.insert(v.at("code") + "|" + v.at("area") + "|" + v.at("period") + "|" + basis + "*");
  }
  std::string unit = areas.at(0).at("code");
  ASSERT_EQ(areas.at(0).at("type"), "unit");
  for (const auto& i : inds) {
    const std::string& code = i.at("code");
    const std::string& agg = i.at("aggregate");
    std::string scope = i.at("areas").empty() ? "all" : i.at("areas");
    for (const auto& a : areas) {
      bool is_unit = a.at("type") == "unit";
      bool in_scope = scope == "all" || (scope == "wards") == (a.at("type") == "ward");
      bool expected = is_unit ? agg != "range" : agg != "none" && in_scope;
      for (int y = 2019; y <= 2023; ++y)
        for (const char* b : {"actual", "plan"}) {
          std::string k = code + "|" + a.at("code") + "|" + std::to_string(y) + "|" + b + "*";
          EXPECT_EQ(keys.count(k), expected ? 1u : 0u) << k;
        }
    }
    if (agg == "range") continue;
    EXPECT_EQ(keys.count(code + "|" + unit + "|2024|plan"), 1u) << code;
    EXPECT_EQ(keys.count(code + "|" + unit + "|2020-2025|target"), i.at("key") == "yes" ? 1u : 0u)
        << code;
  }
}

TEST_F(GeneratedDataset, BaocaoCheckAcceptsIt) {
  auto r = run(baocao::testing::exe() + " check --data '" + dir_->path().string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, ::testing::HasSubstr(std::to_string(report_.values_rows)));
}

// Every file of a folder, by path relative to it.
std::map<std::string, std::string> read_tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = read_file(e.path());
  return out;
}

// The shipped templates render on a generated dataset (the benchmarks rely on it), and the
// bundle does not depend on how many files are written at once.
TEST_F(GeneratedDataset, BuildsWithTheShippedTemplatesTheSameBytesWhateverTheJobs) {
  TempDir out;
  std::map<std::string, std::string> bundles[2];
  for (int jobs : {1, 2}) {
    fs::path dir = out / ("jobs-" + std::to_string(jobs));
    auto r = run(baocao::testing::exe() + " build --data '" + dir_->path().string() +
                 "' --templates '" + baocao::testing::shipped_templates().string() + "' --out '" +
                 dir.string() + "' --date 2024-01-05 --quiet --jobs " + std::to_string(jobs));
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    bundles[jobs - 1] = read_tree(dir);
  }
  std::set<std::string> departments;
  for (const auto& [path, bytes] : bundles[0]) {
    if (path.ends_with(".xlsx") && path.find('/') != path.rfind('/')) departments.insert(path);
    EXPECT_EQ(bundles[1].count(path), 1u) << path;
    if (bundles[1].count(path)) EXPECT_TRUE(bytes == bundles[1].at(path)) << path << " differs";
  }
  EXPECT_EQ(bundles[0].size(), bundles[1].size());
  // One workbook per department that owns indicators: all fourteen of the catalogue's.
  EXPECT_EQ(departments.size(), 14u);
}

}  // namespace
}  // namespace baocao::gen

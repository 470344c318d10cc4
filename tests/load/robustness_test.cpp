// No input makes the loader crash, hang or accept garbage: random bytes, mutated datasets, one
// huge line, a million columns, a values.csv of a few hundred thousand rows.

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "load/base_dataset.hpp"
#include "load/load.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using testing::base_files;
using testing::TempDir;
using Files = std::map<std::string, std::string>;

// Every diagnostic names one of the dataset's files (or the folder) and a plausible line.
void expect_well_formed(const LoadResult& r, const std::filesystem::path& dir,
                        std::size_t max_line) {
  for (const auto& d : r.diagnostics.items()) {
    EXPECT_EQ(d.file.rfind(dir.string(), 0), 0u) << d.file;
    EXPECT_GE(d.line, 0);
    EXPECT_LE(static_cast<std::size_t>(d.line), max_line) << to_string(d);
    EXPECT_FALSE(d.message.empty());
  }
}

std::string random_bytes(std::mt19937& rng, std::size_t n, bool csv_like) {
  static const std::string specials = ",,,\"\"\n\n\r 0123456789.-abcXYZ\xC3\xA1\xE1\xBB\x87\xF0";
  std::uniform_int_distribution<int> byte(0, 255);
  std::string out(n, '\0');
  for (auto& c : out) {
    int b = byte(rng);
    c = csv_like && b < 200 ? specials[static_cast<std::size_t>(b) % specials.size()]
                            : static_cast<char>(b);
  }
  return out;
}

TEST(Robustness, RandomBytesInEachFileAreRejectedCleanly) {
  std::mt19937 rng(20240217);
  const char* names[] = {"unit.toml", "areas.csv", "indicators.csv", "values.csv"};
  for (int round = 0; round < 24; ++round) {
    TempDir tmp;
    Files files = base_files();
    std::size_t size = std::uniform_int_distribution<std::size_t>(0, 40000)(rng);
    const std::string name = names[round % 4];
    std::string garbage = random_bytes(rng, size, round % 2 == 0);
    // Half the rounds keep the header, so the rows themselves are garbage.
    if (round % 3 == 0 && name != "unit.toml")
      garbage = files[name].substr(0, files[name].find('\n') + 1) + garbage;
    files[name] = garbage;
    testing::write_dataset(tmp / "data", files);
    LoadResult r = load_dataset((tmp / "data").string());
    expect_well_formed(r, tmp / "data", size + 100);
    EXPECT_FALSE(r.dataset) << name << " round " << round;
    EXPECT_TRUE(r.diagnostics.has_errors());
  }
}

TEST(Robustness, MutatedDatasetsNeverCrash) {
  std::mt19937 rng(7);
  const char* names[] = {"unit.toml", "areas.csv", "indicators.csv", "values.csv"};
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 60; ++round) {
    TempDir tmp;
    Files files = base_files();
    std::string& f = files[names[round % 4]];
    for (int k = 0; k < 1 + round % 5; ++k) {
      std::size_t at = std::uniform_int_distribution<std::size_t>(0, f.size() - 1)(rng);
      switch (byte(rng) % 3) {
        case 0:
          f[at] = static_cast<char>(byte(rng));
          break;
        case 1:
          f.insert(at, 1, "\",\n\r;. \xC3"[byte(rng) % 9]);
          break;
        default:
          f.erase(at, 1);
      }
    }
    testing::write_dataset(tmp / "data", files);
    LoadResult r = load_dataset((tmp / "data").string());
    expect_well_formed(r, tmp / "data", 100);
    if (r.dataset) EXPECT_EQ(r.diagnostics.error_count(), 0u);
  }
}

TEST(Robustness, PathologicalUnitToml) {
  for (std::string content :
       {std::string("x = ") + std::string(500000, '['), std::string(300000, 'a') + " = 1",
        [] {
          std::string deep;
          for (int i = 0; i < 300000; ++i) deep += "a.";
          return deep + "b = 1\n";
        }(),
        std::string(2 << 20, '#')}) {
    TempDir tmp;
    Files files = base_files();
    files["unit.toml"] = content;
    testing::write_dataset(tmp / "data", files);
    LoadResult r = load_dataset((tmp / "data").string());
    EXPECT_FALSE(r.dataset);
    ASSERT_GE(r.diagnostics.error_count(), 1u);
    EXPECT_EQ(r.diagnostics.errors()[0].file, (tmp / "data" / "unit.toml").string());
  }
}

TEST(Robustness, OneHugeLine) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] = "code,area,period,basis,value,note,source\n" + std::string(8 << 20, 'x');
  testing::write_dataset(tmp / "data", files);
  LoadResult r = load_dataset((tmp / "data").string());
  ASSERT_FALSE(r.dataset);
  ASSERT_EQ(r.diagnostics.error_count(), 1u);
  EXPECT_EQ(r.diagnostics.errors()[0].line, 2);
}

TEST(Robustness, AHugeQuotedFieldIsRefused) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] += "KT.GTSX,ANKHE,2024,plan,1,\"" + std::string(3 << 20, 'n') + "\",\n";
  testing::write_dataset(tmp / "data", files);
  LoadResult r = load_dataset((tmp / "data").string());
  ASSERT_EQ(r.diagnostics.error_count(), 1u);
  EXPECT_EQ(r.diagnostics.errors()[0].line, 10);
  EXPECT_EQ(r.diagnostics.errors()[0].column, 6);
  EXPECT_NE(r.diagnostics.errors()[0].message.find("bytes long"), std::string::npos);
}

TEST(Robustness, AMillionColumnsInTheHeaderOrInARow) {
  TempDir tmp;
  Files files = base_files();
  std::string commas(1000000, ',');
  files["values.csv"] = "code,area,period,basis,value,note,source" + commas + "\n";
  testing::write_dataset(tmp / "data", files);
  LoadResult r = load_dataset((tmp / "data").string());
  ASSERT_EQ(r.diagnostics.error_count(), 1u);
  EXPECT_NE(r.diagnostics.errors()[0].message.find("the first line has 1000007 fields"),
            std::string::npos);

  files = base_files();
  files["values.csv"] += "KT.GTSX,ANKHE,2024,plan,1,," + commas + "\n";
  testing::write_dataset(tmp / "data", files);
  r = load_dataset((tmp / "data").string());
  ASSERT_EQ(r.diagnostics.error_count(), 1u);
  EXPECT_NE(r.diagnostics.errors()[0].message.find("this row has 1000007 fields"),
            std::string::npos);
  EXPECT_EQ(r.diagnostics.errors()[0].line, 10);
  EXPECT_EQ(r.diagnostics.errors()[0].column, 8);
}

TEST(Robustness, EveryUnknownColumnIsCountedButAtMostAHundredKept) {
  TempDir tmp;
  Files files = base_files();
  std::string header = "code,area,period,basis,value,note,source";
  std::string row = "KT.GTSX,ANKHE,2024,plan,1,,";
  for (int i = 0; i < 5000; ++i) {
    header += ",c";
    row += ",";
  }
  files["values.csv"] = header + "\n" + row + "\n";
  testing::write_dataset(tmp / "data", files);
  LoadResult r = load_dataset((tmp / "data").string());
  ASSERT_FALSE(r.dataset);
  EXPECT_EQ(r.diagnostics.error_count(), 5000u);
  EXPECT_EQ(r.diagnostics.errors().size(), Diagnostics::kMaxErrors);
}

TEST(Robustness, OnlyQuotesOrOnlyLineBreaks) {
  for (std::string content : {std::string(100000, '"'), std::string(100000, '\n'),
                              std::string(100000, '\r'), std::string(100000, ',')}) {
    TempDir tmp;
    Files files = base_files();
    files["values.csv"] = content;
    testing::write_dataset(tmp / "data", files);
    LoadResult r = load_dataset((tmp / "data").string());
    EXPECT_FALSE(r.dataset);
    expect_well_formed(r, tmp / "data", 100001);
  }
}

TEST(Robustness, ABigValuesFileLoadsEveryRow) {
  TempDir tmp;
  Files files = base_files();
  std::string values = "code,area,period,basis,value,note,source\n";
  const char* bases[] = {"actual", "plan", "estimate", "target"};
  std::size_t rows = 0;
  for (int year = 1950; year < 2050; ++year)
    for (int month = 1; month <= 12; ++month)
      for (const char* area : {"ANKHE", "TAYSON", "SONGAN"})
        for (const char* basis : bases) {
          char line[128];
          std::snprintf(line, sizeof line, "KT.GTSX,%s,%d-M%02d,%s,%d.%02d,,Chi cục Thống kê\n",
                        area, year, month, basis, year * 10 + month, month);
          values += line;
          ++rows;
        }
  files["values.csv"] = values;
  testing::write_dataset(tmp / "data", files);
  LoadResult r = load_dataset((tmp / "data").string());
  ASSERT_TRUE(r.dataset) << r.diagnostics.error_count();
  ASSERT_EQ(r.dataset->observations.size(), rows);
  EXPECT_EQ(r.dataset->texts.size(), 2u);  // "" and the one source
  const Observation& last = r.dataset->observations.back();
  EXPECT_EQ(last.line, rows + 1);
  EXPECT_DOUBLE_EQ(last.value, 20502.12);

  // The same rows once more: every one is a duplicate naming its first line.
  files["values.csv"] = values + values.substr(values.find('\n') + 1);
  testing::write_dataset(tmp / "data", files);
  r = load_dataset((tmp / "data").string());
  EXPECT_EQ(r.diagnostics.error_count(), rows);
  EXPECT_NE(r.diagnostics.errors()[0].message.find("on lines 2 and " + std::to_string(rows + 2)),
            std::string::npos);
}

}  // namespace
}  // namespace baocao

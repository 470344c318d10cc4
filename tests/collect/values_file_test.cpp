// rewrite_values: the bytes of values.csv after a collect, on files written in other ways than
// the shipped one (quoted fields, a quoted line break, no final line break).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "collect/values_file.hpp"
#include "collect/workbooks.hpp"

namespace baocao::collect {
namespace {
namespace fs = std::filesystem;
using testing::read_file;
using testing::write_file;

class RewriteValues : public ::testing::Test {
 protected:
  // The shipped dataset with `values` as its values.csv.
  Dataset with_values(const std::string& values) {
    testing::copy_dir(testing::shipped_data(), dir_.path() / "data");
    write_file(dir_.path() / "data" / "values.csv", values);
    return testing::load_ok(dir_.path() / "data");
  }
  static CollectedRow row(const Dataset& d, const char* code, double value, const char* note = "") {
    return {*d.find_indicator(code),
            d.unit_area,
            *Period::parse("2024"),
            Basis::actual,
            value,
            note,
            "collect TCKH T.xlsx sha256:ab",
            "T.xlsx:S!I8"};
  }
  testing::TempDir dir_;
};

TEST_F(RewriteValues, AppendsInTheHeadersOrderWithItsQuotingAndLineBreaks) {
  std::string old =
      "\"value\",\"code\",\"area\",\"period\",\"basis\",\"source\",\"note\"\r\n"
      "\"18797.39\",\"KT.GTSX\",\"ANKHE\",\"2023\",\"actual\",\"\",\"a \"\"quoted\"\"\r\nnote\"";
  Dataset d = with_values(old);
  CollectPlan plan;
  PlannedRow added;
  added.row = row(d, "NS.THU", 512.5, "ghi, chú");
  plan.rows.push_back(added);
  EXPECT_EQ(rewrite_values(old, d, plan, false),
            old +
                "\r\n\"512.5\",\"NS.THU\",\"ANKHE\",\"2024\",\"actual\",\"collect TCKH T.xlsx "
                "sha256:ab\",\"ghi, chú\"\r\n");
}

TEST_F(RewriteValues, ReplacesAMultiLineRecordInPlaceAndNothingElse) {
  std::string old =
      "code,area,period,basis,value,note,source\n"
      "KT.GTSX,ANKHE,2023,actual,18797.39,,\n"
      "NS.THU,ANKHE,2024,actual,500,\"two\nlines\",office\n"
      "\n"
      "NS.CHI,ANKHE,2023,actual,1,,\n";
  Dataset d = with_values(old);
  CollectPlan plan;
  PlannedRow p;
  p.row = row(d, "NS.THU", 512.5);
  p.change = Change::conflict;
  for (std::uint32_t i = 0; i < d.observations.size(); ++i)
    if (d.observations[i].line == 3) p.existing = i;
  ASSERT_TRUE(p.existing);
  plan.rows.push_back(p);
  EXPECT_EQ(rewrite_values(old, d, plan, false), old);  // a conflict without --replace
  EXPECT_EQ(rewrite_values(old, d, plan, true),
            "code,area,period,basis,value,note,source\n"
            "KT.GTSX,ANKHE,2023,actual,18797.39,,\n"
            "NS.THU,ANKHE,2024,actual,512.5,,collect TCKH T.xlsx sha256:ab\n"
            "\n"
            "NS.CHI,ANKHE,2023,actual,1,,\n");
}

TEST_F(RewriteValues, HistoryNamesCountUp) {
  fs::path data = dir_.path() / "d";
  fs::create_directories(data / ".history");
  EXPECT_EQ(next_history_path(data.string()), (data / ".history" / "values.csv.1").string());
  write_file(data / ".history" / "values.csv.9", "");
  write_file(data / ".history" / "values.csv.x", "");
  EXPECT_EQ(next_history_path(data.string()), (data / ".history" / "values.csv.10").string());
}

}  // namespace
}  // namespace baocao::collect

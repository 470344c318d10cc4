// The CSV and terminal renderings of a summary computed from a hand-made dataset.
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "compute/compute.hpp"
#include "compute/dataset_builder.hpp"
#include "format/summary_csv.hpp"
#include "format/summary_table.hpp"

namespace baocao {
namespace {

using testing::DatasetBuilder;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Splits one CSV record (no line breaks inside fields here), undoing RFC 4180 quoting.
std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back().push_back('"');
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  return fields;
}

DatasetBuilder sample() {
  DatasetBuilder b;
  b.commune("C1").commune("C2");
  b.indicator("KT.GTSX", IndicatorType::amount);
  b.indicator("NS.CHI", IndicatorType::amount, Direction::none, Aggregate::none, AreaScope::all,
              "Ngân sách");
  b.indicator("XH.BHYT", IndicatorType::rate, Direction::up, Aggregate::none, AreaScope::all,
              "Văn hóa - Xã hội");
  b.indicator("NTM.NC", IndicatorType::score, Direction::up, Aggregate::range, AreaScope::communes,
              "Đô thị - Nông thôn mới");
  b.actual("KT.GTSX", "2023", 18797.39).plan("KT.GTSX", "2023", 18741.17);
  b.actual("KT.GTSX", "2022", 16659.74).plan("KT.GTSX", "2024", 21000);
  b.actual("KT.GTSX", "2020", 12000);
  b.estimate("NS.CHI", "2023", 429.789).plan("NS.CHI", "2023", 451.08);
  b.actual("XH.BHYT", "2023", 0.1 + 0.2).actual("XH.BHYT", "2022", 0.25);
  b.actual("NTM.NC", "2023", 9, "C1").actual("NTM.NC", "2023", 14, "C2");
  return b;
}

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csv_field("tỷ đồng"), "tỷ đồng");
  EXPECT_EQ(csv_field("xã, phường"), "\"xã, phường\"");
  EXPECT_EQ(csv_field("Bài \"A\""), "\"Bài \"\"A\"\"\"");
  EXPECT_EQ(csv_field("hai\ndòng"), "\"hai\ndòng\"");
  EXPECT_EQ(csv_field(" lề"), "\" lề\"");
  EXPECT_EQ(csv_field(""), "");
}

TEST(SummaryCsv, ExactColumnsOneLinePerIndicator) {
  Dataset data = sample().build();
  data.indicators[0].name = "Giá trị \"sản xuất\", hiện hành";
  std::vector<std::string> lines =
      lines_of(summary_csv(compute_summary(data, Period::of_year(2023))));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0],
            "code,name,group,unit,type,direction,result,is_estimate,plan,pct_plan,previous,change,"
            "change_unit,avg_growth,status,next_plan");
  std::vector<std::string> f = fields_of(lines[1]);
  ASSERT_EQ(f.size(), 16u);
  EXPECT_EQ(f[1], "Giá trị \"sản xuất\", hiện hành");
  EXPECT_THAT(std::vector<std::string>(f.begin() + 2, f.begin() + 9),
              ElementsAre("Kinh tế", "tỷ đồng", "amount", "up", "18797.39", "no", "18741.17"));
  EXPECT_NEAR(std::stod(f[9]), 100.29998127118, 1e-9);
  EXPECT_EQ(f[10], "16659.74");
  EXPECT_NEAR(std::stod(f[11]), 12.8312326602936, 1e-9);
  EXPECT_EQ(f[12], "%");
  EXPECT_NEAR(std::stod(f[13]), 16.1374007677067, 1e-9);
  EXPECT_EQ(f[14], "exceeded");
  EXPECT_EQ(f[15], "21000");
}

TEST(SummaryCsv, EstimatesMissingFiguresRatesAndRanges) {
  std::vector<std::string> lines =
      lines_of(summary_csv(compute_summary(sample().build(), Period::of_year(2023))));
  std::vector<std::string> chi = fields_of(lines[2]);
  EXPECT_EQ(chi[7], "yes");
  EXPECT_EQ(chi[10], "");  // no previous value: empty, never 0
  EXPECT_EQ(chi[11], "");
  EXPECT_EQ(chi[12], "");  // nor a unit for the missing change
  EXPECT_EQ(chi[14], "not-judged");
  EXPECT_EQ(chi[15], "");
  // Unrounded: the shortest text that reads back as the same double.
  EXPECT_EQ(lines[3],
            "XH.BHYT,Chỉ tiêu XH.BHYT,Văn hóa - Xã hội,%,rate,up,0.30000000000000004,no,,,0.25,"
            "0.050000000000000044,pp,,,");
  // A range has no single result.
  EXPECT_EQ(lines[4],
            "NTM.NC,Chỉ tiêu NTM.NC,Đô thị - Nông thôn mới,tỷ đồng,score,up,,no,,,,,"
            ",,,");
}

TEST(SummaryTable, VietnameseHeadersGroupsAndFormattedFigures) {
  Dataset data = sample().build();
  std::string table = summary_table(compute_summary(data, Period::of_year(2023)), data);
  std::vector<std::string> lines = lines_of(table);
  ASSERT_GE(lines.size(), 12u);
  EXPECT_EQ(lines[0], "TỔNG HỢP CHỈ TIÊU NĂM 2023 — THỊ XÃ THỬ");
  EXPECT_THAT(lines[2], HasSubstr("Thực hiện"));
  EXPECT_THAT(lines[2], HasSubstr("Cùng kỳ 2022"));
  EXPECT_THAT(lines[2], HasSubstr("KH 2024"));
  EXPECT_EQ(lines[4], "KINH TẾ");
  EXPECT_THAT(lines[5], HasSubstr("18.797,39"));
  EXPECT_THAT(lines[5], HasSubstr("100,3%"));
  EXPECT_THAT(lines[5], HasSubstr("+12,83%"));
  EXPECT_THAT(lines[5], HasSubstr("16,14%"));
  EXPECT_THAT(lines[5], HasSubstr("Vượt"));
  EXPECT_THAT(lines[5], HasSubstr("21.000,00"));
  EXPECT_EQ(lines[6], "NGÂN SÁCH");
  EXPECT_THAT(lines[7], HasSubstr("429,79 (ước)"));
  EXPECT_THAT(lines[7], HasSubstr("95,28%"));
  EXPECT_THAT(lines[7], HasSubstr("Không đánh giá"));
  EXPECT_THAT(lines[9], HasSubstr("+0,05 điểm %"));
  EXPECT_THAT(lines[11], HasSubstr("9–14"));  // the row's decimals
}

TEST(SummaryTable, ColumnsLineUp) {
  Dataset data = sample().build();
  std::vector<std::string> lines =
      lines_of(summary_table(compute_summary(data, Period::of_year(2023)), data));
  // The "% KH" column is right-aligned: its values end where its title ends.
  auto column_end = [](const std::string& line, const std::string& text) {
    std::size_t at = line.find(text);
    return at == std::string::npos ? at : at + text.size();
  };
  auto code_points_before = [](const std::string& line, std::size_t bytes) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes; ++i)
      n += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    return n;
  };
  std::size_t title = code_points_before(lines[2], column_end(lines[2], "% KH"));
  EXPECT_EQ(code_points_before(lines[5], column_end(lines[5], "100,3%")), title);
  EXPECT_EQ(code_points_before(lines[7], column_end(lines[7], "95,28%")), title);
}

TEST(SummaryTable, PartOfAYearAgainstTheYearsPlanIsMarked) {
  DatasetBuilder b;
  b.indicator("NS.THU", IndicatorType::amount);
  b.actual("NS.THU", "2023-H1", 72.24).plan("NS.THU", "2023", 134.13);
  Dataset data = b.build();
  std::string table = summary_table(compute_summary(data, *Period::parse("2023-H1")), data);
  EXPECT_THAT(table, HasSubstr("6 THÁNG ĐẦU NĂM 2023"));
  EXPECT_THAT(table, HasSubstr("134,13 (năm)"));
  EXPECT_THAT(table, HasSubstr("53,86%"));
  EXPECT_THAT(table, HasSubstr("Cùng kỳ 2022-H1"));
}

TEST(SummaryTable, SpanValuesAndTermTargetsBelowTheTable) {
  DatasetBuilder b;
  b.indicator("KT.TTKT", IndicatorType::rate);
  b.actual("KT.TTKT", "2023", 12.1).value("KT.TTKT", "2021-2023", Basis::estimate, 12.5);
  b.value("KT.TTKT", "2020-2025", Basis::target, 13);
  Dataset data = b.build();
  std::string table = summary_table(compute_summary(data, Period::of_year(2023)), data);
  EXPECT_THAT(table, HasSubstr("GIAI ĐOẠN VÀ NHIỆM KỲ\n"));
  EXPECT_THAT(table, HasSubstr("  KT.TTKT Chỉ tiêu KT.TTKT: giai đoạn 2021-2023 (ước): 12,5%; "
                               "chỉ tiêu nhiệm kỳ 2020-2025: 13%\n"));
}

}  // namespace
}  // namespace baocao

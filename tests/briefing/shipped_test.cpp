// The three shipped templates on the shipped data (loaded and computed as the CLI does): the
// briefings must read like the real report the data comes from.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>

#include "briefing/figures.hpp"
#include "briefing/template.hpp"
#include "compute/compute.hpp"
#include "load/load.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::shipped_data;
using testing::shipped_templates;

struct Shipped {
  Dataset data;
  Summary summary;
};

const Shipped& shipped() {
  static const Shipped s = [] {
    LoadResult loaded = load_dataset(shipped_data().string());
    if (!loaded.dataset) throw std::runtime_error("data/ does not load");
    Shipped out{*loaded.dataset, {}};
    out.summary = compute_summary(out.data, *default_period(out.data));
    return out;
  }();
  return s;
}

std::string all(const Diagnostics& d) {
  std::string s;
  for (const auto& e : d.items()) s += to_string(e) + "\n";
  return s;
}

BriefingResult build(const std::string& name, const std::string& number = "") {
  const Shipped& s = shipped();
  return build_briefing(shipped_templates().string(), name,
                        {s.data, s.summary, Date{2024, 1, 5}, number});
}

class ShippedTemplate : public ::testing::TestWithParam<std::string> {};

TEST_P(ShippedTemplate, BuildsWithoutErrorsOrWarnings) {
  auto result = build(GetParam());
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  EXPECT_EQ(result.diagnostics.items().size(), 0u) << all(result.diagnostics);
}

TEST_P(ShippedTemplate, ReadsLikeTheArticle) {
  auto result = build(GetParam());
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  std::string text = render_text(*result.briefing);
  for (const char* sentence : {
           "Tổng giá trị sản xuất (giá hiện hành) đạt 18.797,39 tỷ đồng, bằng 100,3% kế hoạch, "
           "tăng 12,83% so với năm 2022",
           "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2023 đạt 12,5%/năm.",
           "Thu nhập bình quân đầu người đạt 51,89 triệu đồng/năm.",
           "giá trị sản lượng công nghiệp, tiểu thủ công nghiệp đạt 8.262,8 tỷ đồng",
           "tổng mức luân chuyển hàng hóa bán lẻ và dịch vụ ước đạt 7.025 tỷ đồng, bằng 100,19% "
           "kế hoạch.",
           "Thu ngân sách trên địa bàn đạt 134,122 tỷ đồng.",
           "Tổng chi ngân sách ước thực hiện 429,789 tỷ đồng, bằng 95,28% dự toán.",
           "thị xã đã đạt 48/59 tiêu chuẩn đô thị loại III (miền núi).",
           "Các xã đạt 9–14/19 tiêu chí nông thôn mới nâng cao; 4 thôn đạt 19/19 tiêu chí, 4 làng "
           "đạt 15–17/19 tiêu chí nông thôn mới.",
           "2 di tích quốc gia đặc biệt, 1 bảo vật quốc gia và 17 điểm di tích được xếp hạng di "
           "tích cấp tỉnh.",
           "còn 1,42% theo chuẩn nghèo đa chiều giai đoạn 2022-2025; 100% học sinh đi học đúng độ "
           "tuổi bậc tiểu học, THCS; 100% xã, phường giữ vững tiêu chí quốc gia về y tế",
           "bảo hiểm y tế đạt 93,02%, tăng 1,02 điểm % so với năm 2022",
           "93% thôn, làng, tổ dân phố văn hóa.",
           "diễn tập chiến đấu khu vực phòng thủ năm 2023; kết quả, 5/5 xã, phường đạt loại giỏi.",
           // The next year's targets.
           "tốc độ tăng trưởng giá trị sản xuất đạt 12,25%; thu ngân sách trên địa bàn 146,88 tỷ "
           "đồng; thu nhập bình quân đầu người 61,57 triệu đồng; đến cuối năm 2024 có 5 phường "
           "đạt chuẩn đô thị văn minh; số lao động có việc làm 46.918 người; tỷ lệ lao động qua "
           "đào tạo 59,06%; tỷ lệ hộ nghèo còn 1,09%, hộ cận nghèo còn 2,24%; tỷ lệ dân số tham "
           "gia bảo hiểm y tế đạt 94%.",
       })
    EXPECT_THAT(text, HasSubstr(sentence));
  for (const char* never : {"{{", "}}", "\x1F", "&amp;", " ,", " ."})
    EXPECT_THAT(text, Not(HasSubstr(never)));
}

TEST_P(ShippedTemplate, KeyIndicatorTableAndCharts) {
  auto result = build(GetParam());
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  const Table* table = nullptr;
  std::vector<const Chart*> charts;
  for (const auto& block : result.briefing->body) {
    if (const auto* t = std::get_if<Table>(&block); t && !table) table = t;
    if (const auto* c = std::get_if<Chart>(&block)) charts.push_back(c);
  }
  ASSERT_TRUE(table);
  EXPECT_EQ(table->caption, "Bảng 1. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023");
  auto row = [&](const std::string& name) -> std::vector<std::string> {
    for (const auto& r : table->rows)
      if (r.cells.size() > 1 && r.cells[1] == name) return r.cells;
    return {};
  };
  // The plans worked back from "% kế hoạch" carry their note's marker; statuses read as in
  // the workbooks; each row has the fewest decimals that show its values.
  EXPECT_THAT(row("Tổng giá trị sản xuất (giá hiện hành)"),
              ElementsAre("1", "Tổng giá trị sản xuất (giá hiện hành)", "tỷ đồng", "18.741,17 (1)",
                          "18.797,39", "100,3%", "+12,83%", "Vượt"));
  EXPECT_THAT(row("Tổng chi ngân sách"),
              ElementsAre("5", "Tổng chi ngân sách", "tỷ đồng", "451,080 (5)", "429,789 (ước) (6)",
                          "95,28%", "—", "Không đánh giá"));
  EXPECT_THAT(row("Tỷ lệ dân số tham gia bảo hiểm y tế"),
              ElementsAre("9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "—", "93,02", "—",
                          "+1,02\u00A0điểm\u00A0%", "—"));
  EXPECT_THAT(row("Số đảng viên kết nạp mới"),
              ElementsAre("10", "Số đảng viên kết nạp mới", "đảng viên", "74 (10)", "75", "101,35%",
                          "—", "Vượt"));
  EXPECT_THAT(table->notes, Contains("(1) Suy ra: 18.797,39 tỷ đồng bằng 100,3% kế hoạch"));
  EXPECT_THAT(table->notes, Contains("(5) Suy ra: 429,789 tỷ đồng bằng 95,28% dự toán"));
  // A row with nothing for the period is left out: none is all dashes.
  for (const auto& r : table->rows) {
    if (r.group) continue;
    bool all_dashes = true;
    for (std::size_t c = 3; c < r.cells.size(); ++c) all_dashes = all_dashes && r.cells[c] == "—";
    EXPECT_FALSE(all_dashes) << r.cells.at(1);
  }
  EXPECT_TRUE(row("Số lao động có việc làm").empty());  // a plan for 2024 only
  std::size_t groups = 0;
  for (const auto& r : table->rows) groups += r.group ? 1 : 0;
  EXPECT_EQ(groups, 5u);

  ASSERT_EQ(charts.size(), 2u);
  EXPECT_EQ(charts[0]->kind, ChartKind::bars);
  // The People's Committee's report leaves the Party's admissions out of its chart.
  EXPECT_EQ(charts[0]->categories.size(), GetParam() == "ubnd" ? 3u : 4u);
  EXPECT_EQ(charts[0]->series.at(0).values.at(0),
            shipped().summary.find("KT.GTSX")->pct_plan.value);
  EXPECT_EQ(charts[1]->kind, ChartKind::lines);
  EXPECT_THAT(charts[1]->categories, ElementsAre("2022", "2023"));
}

// Bảng 2 (the next year's targets): numbers as the sentences write them, each with the note
// of its row.
TEST_P(ShippedTemplate, NextYearTableShowsItsOwnDecimals) {
  auto result = build(GetParam());
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  std::vector<const Table*> tables;
  for (const auto& block : result.briefing->body)
    if (const auto* t = std::get_if<Table>(&block)) tables.push_back(t);
  if (GetParam() == "thi-uy") {
    EXPECT_EQ(tables.size(), 1u);
    return;
  }
  ASSERT_EQ(tables.size(), 2u);
  std::map<std::string, std::string> plan;
  for (const auto& r : tables[1]->rows) plan[r.cells.at(1)] = r.cells.back();
  EXPECT_EQ(plan["Thu ngân sách trên địa bàn"], "146,88 (1)");
  EXPECT_EQ(plan["Tỷ lệ dân số tham gia bảo hiểm y tế"], "94 (1)");
  EXPECT_EQ(plan["Số lao động có việc làm"], "46.918 (1)");
  EXPECT_THAT(tables[1]->notes, ElementsAre("(1) Chỉ tiêu chủ yếu năm 2024",
                                            "(2) Đến cuối năm 2024 có 5 phường đạt chuẩn đô thị "
                                            "văn minh"));
  // The name takes the room the others leave.
  const auto& columns = tables[1]->columns;
  EXPECT_TRUE(columns.at(1).fill);
  for (std::size_t c = 0; c < columns.size(); ++c) EXPECT_EQ(columns[c].fill, c == 1);
}

INSTANTIATE_TEST_SUITE_P(All, ShippedTemplate, ::testing::Values("hdnd", "thi-uy", "ubnd"),
                         [](const auto& p) {
                           return p.param == "thi-uy" ? std::string("thi_uy") : p.param;
                         });

// Item 6 of issue 15: the wording of a report, not of notes.
TEST_P(ShippedTemplate, EveryRangeHasTheSameEnDash) {
  auto result = build(GetParam());
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  std::string text = render_text(*result.briefing);
  static const std::regex hyphenated(R"(\d+-\d+/\d+)");  // "15-17/19"
  std::smatch m;
  EXPECT_FALSE(std::regex_search(text, m, hyphenated)) << m.str();
  EXPECT_THAT(text, HasSubstr("15–17/19"));
}

// A table's caption says what it is: no heading of its own right above it.
TEST_P(ShippedTemplate, NoHeadingIsATablesCaption) {
  auto result = build(GetParam());
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  const auto& body = result.briefing->body;
  for (std::size_t i = 0; i + 1 < body.size(); ++i)
    if (const auto* h = std::get_if<Heading>(&body[i]))
      EXPECT_FALSE(std::holds_alternative<Table>(body[i + 1])) << h->text;
}

// A section on a group of indicators is headed with the group's name as the key table prints
// it ("Văn hóa - Xã hội" in both, not "Văn hóa - xã hội" in one).
TEST_P(ShippedTemplate, SectionHeadingsNameGroupsAsTheTableDoes) {
  auto result = build(GetParam());
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  std::vector<std::string> groups;
  for (const auto& row : shipped().summary.rows)
    if (std::find(groups.begin(), groups.end(), row.indicator.group) == groups.end())
      groups.push_back(row.indicator.group);
  for (const auto& block : result.briefing->body) {
    const auto* h = std::get_if<Heading>(&block);
    if (!h || h->level != 2) continue;
    std::string title = h->text.substr(h->text.find(' ') + 1);  // after "3. "
    for (const auto& group : groups) {
      bool same_words = briefing::fold(title) == briefing::fold(group);
      EXPECT_TRUE(!same_words || title == group) << h->text << " vs the group " << group;
    }
    // The headings of the state reports' first part are the groups themselves.
    if (GetParam() != "thi-uy" && title != "Công tác chỉ đạo, điều hành" &&
        title != "Các chỉ tiêu chủ yếu" && title != "Nhiệm vụ, giải pháp trọng tâm")
      EXPECT_THAT(groups, ::testing::Contains(title));
  }
}

TEST(ShippedTemplates, AreTheThreeBriefings) {
  EXPECT_THAT(list_templates(shipped_templates().string()), ElementsAre("hdnd", "thi-uy", "ubnd"));
}

TEST(ShippedHdnd, StateDocument) {
  auto result = build("hdnd", "5");
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  const Briefing& b = *result.briefing;
  EXPECT_EQ(b.preset, Preset::state);
  EXPECT_EQ(b.header.number_line, "Số: 05/BC-HĐND");
  EXPECT_EQ(b.header.place_date_line, "An Khê, ngày 05 tháng 01 năm 2024");
  EXPECT_THAT(b.header.issuing_body, ElementsAre("HỘI ĐỒNG NHÂN DÂN", "THỊ XÃ AN KHÊ"));
  EXPECT_EQ(b.summary_line,
            "Kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm 2023 và chỉ tiêu chủ "
            "yếu năm 2024");
  // A report of the Standing Committee of the People's Council (docs/document-formats.md).
  EXPECT_EQ(b.signature.authority, "TM. THƯỜNG TRỰC HĐND");
  EXPECT_EQ(b.signature.title, "CHỦ TỊCH");
  EXPECT_EQ(b.recipients.front(), "- Thường trực HĐND tỉnh;");
  EXPECT_EQ(b.recipients.back(), "- Lưu: VT.");
  std::vector<std::string> parts;
  for (const auto& block : b.body)
    if (const auto* h = std::get_if<Heading>(&block); h && h->level == 1) parts.push_back(h->text);
  EXPECT_THAT(parts, ElementsAre("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023",
                                 "II. CHỈ TIÊU CHỦ YẾU NĂM 2024"));
}

TEST(ShippedThiUy, PartyDocument) {
  auto result = build("thi-uy", "125");
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  const Briefing& b = *result.briefing;
  EXPECT_EQ(b.preset, Preset::party);
  EXPECT_EQ(b.header.number_line, "Số 125-BC/TU");
  EXPECT_THAT(b.header.superior, ElementsAre("ĐẢNG BỘ TỈNH GIA LAI"));
  EXPECT_THAT(b.header.issuing_body, ElementsAre("THỊ ỦY AN KHÊ"));
  EXPECT_EQ(b.signature.authority, "T/M BAN THƯỜNG VỤ");
  EXPECT_EQ(b.signature.title, "BÍ THƯ");
  EXPECT_EQ(b.recipients.front(), "- Thường trực Tỉnh ủy;");
  EXPECT_EQ(b.recipients.back(), "- Lưu: VT.");
  std::string text = render_text(b);
  EXPECT_THAT(text, HasSubstr("năm 2023 đã kết nạp 75 đảng viên, đạt 101,35% kế hoạch, nâng tổng "
                              "số đảng viên toàn Đảng bộ lên 2.744 đảng viên; tất cả 60 thôn, "
                              "làng, tổ dân phố đều có cấp ủy."));
}

// The People's Committee's report to the People's Council: a body of unit.toml that no code
// names.
TEST(ShippedUbnd, StateDocumentOfThePeoplesCommittee) {
  auto result = build("ubnd", "7");
  ASSERT_TRUE(result.briefing) << all(result.diagnostics);
  const Briefing& b = *result.briefing;
  EXPECT_EQ(b.preset, Preset::state);
  EXPECT_TRUE(b.header.superior.empty());
  EXPECT_THAT(b.header.issuing_body, ElementsAre("ỦY BAN NHÂN DÂN", "THỊ XÃ AN KHÊ"));
  EXPECT_EQ(b.header.number_line, "Số: 07/BC-UBND");
  EXPECT_EQ(b.header.place_date_line, "An Khê, ngày 05 tháng 01 năm 2024");
  EXPECT_EQ(b.summary_line,
            "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023; phương hướng, "
            "nhiệm vụ năm 2024");
  EXPECT_EQ(b.signature.authority, "TM. ỦY BAN NHÂN DÂN");
  EXPECT_EQ(b.signature.title, "CHỦ TỊCH");
  EXPECT_EQ(b.info.author, "ỦY BAN NHÂN DÂN THỊ XÃ AN KHÊ");
  EXPECT_THAT(b.recipients, ::testing::Contains("- Thường trực HĐND thị xã;"));
  EXPECT_THAT(b.recipients, ::testing::Contains("- Các vị đại biểu HĐND thị xã;"));
  EXPECT_EQ(b.recipients.back(), "- Lưu: VT.");
  std::vector<std::string> parts;
  for (const auto& block : b.body)
    if (const auto* h = std::get_if<Heading>(&block); h && h->level == 1) parts.push_back(h->text);
  EXPECT_THAT(parts, ElementsAre("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI "
                                 "NĂM 2023",
                                 "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"));
  std::string text = render_text(b);
  EXPECT_THAT(text, HasSubstr("Ủy ban nhân dân thị xã An Khê báo cáo tình hình thực hiện nhiệm vụ "
                              "phát triển kinh tế - xã hội năm 2023; phương hướng, nhiệm vụ năm "
                              "2024 như sau:"));
  EXPECT_THAT(text, HasSubstr("kính trình Hội đồng nhân dân thị xã xem xét./."));
}

// The shipped data names no signer (we never invent names): every briefing is a draft, with a
// number or without.
TEST_P(ShippedTemplate, IsADraftForWantOfASignersName) {
  auto numbered = build(GetParam(), "9");
  ASSERT_TRUE(numbered.briefing) << all(numbered.diagnostics);
  EXPECT_THAT(numbered.briefing->draft.missing, ElementsAre(FinalPart::signer_name));
  EXPECT_THAT(render_text(*numbered.briefing), HasSubstr("│ DỰ THẢO │"));
  auto blank = build(GetParam());
  ASSERT_TRUE(blank.briefing) << all(blank.diagnostics);
  EXPECT_THAT(blank.briefing->draft.missing,
              ElementsAre(FinalPart::number, FinalPart::signer_name));
}

TEST(ShippedTemplates, BlankNumbers) {
  EXPECT_EQ(build("hdnd").briefing->header.number_line, "Số:     /BC-HĐND");
  EXPECT_EQ(build("thi-uy").briefing->header.number_line, "Số    -BC/TU");
  EXPECT_EQ(build("ubnd").briefing->header.number_line, "Số:     /BC-UBND");
}

}  // namespace
}  // namespace baocao

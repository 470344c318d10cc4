// Whole templates (template.toml + body.md in a temporary folder) against the hand-made
// dataset: the document model, and every error of a template reported together.
#include "briefing/template.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fixture.hpp"

namespace baocao {
namespace {

using ::testing::ElementsAre;
using testing::Fixture;
using ::testing::HasSubstr;
using testing::kPartyToml;
using testing::kStateToml;
using testing::TempDir;
using testing::write_template;

std::string plain(const Paragraph& p) {
  std::string s;
  for (const auto& r : p.runs) s += r.text;
  return s;
}

template <typename T>
std::vector<const T*> blocks_of(const Briefing& b) {
  std::vector<const T*> out;
  for (const auto& block : b.body)
    if (const auto* t = std::get_if<T>(&block)) out.push_back(t);
  return out;
}

std::string all_errors(const Diagnostics& d) {
  std::string s;
  for (const auto& e : d.items()) s += to_string(e) + "\n";
  return s;
}

class TemplateTest : public ::testing::Test {
 protected:
  TempDir dir;
  Fixture fx;

  BriefingResult build(const std::string& name) {
    return build_briefing(dir.path().string(), name, fx.request());
  }
};

TEST_F(TemplateTest, StateHeaderSignatureAndRecipients) {
  write_template(dir.path(), "hdnd", kStateToml, "Báo cáo.\n");
  fx.number = "5";
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  const Briefing& b = *result.briefing;
  EXPECT_EQ(b.name, "hdnd");
  EXPECT_EQ(b.preset, Preset::state);
  EXPECT_TRUE(b.header.superior.empty());
  EXPECT_THAT(b.header.issuing_body, ElementsAre("HỘI ĐỒNG NHÂN DÂN", "THỊ XÃ AN KHÊ"));
  EXPECT_EQ(b.header.number_line, "Số: 05/BC-HĐND");
  EXPECT_EQ(b.header.place_date_line, "An Khê, ngày 05 tháng 01 năm 2024");
  EXPECT_EQ(b.document_type, "BÁO CÁO");
  EXPECT_EQ(b.summary_line, "Kết quả thực hiện các chỉ tiêu năm 2023");
  EXPECT_EQ(b.signature.authority, "TM. HỘI ĐỒNG NHÂN DÂN");
  EXPECT_EQ(b.signature.title, "CHỦ TỊCH");
  EXPECT_EQ(b.signature.name, "Nguyễn Văn A");
  EXPECT_THAT(b.recipients,
              ElementsAre("- Thường trực HĐND tỉnh;", "- UBND thị xã;", "- Lưu: VT."));
  EXPECT_EQ(b.info.author, "HỘI ĐỒNG NHÂN DÂN THỊ XÃ AN KHÊ");
  EXPECT_EQ(b.info.title, "Kết quả thực hiện các chỉ tiêu năm 2023");
  EXPECT_EQ(b.report_date, (Date{2024, 1, 5}));
}

TEST_F(TemplateTest, PartyHeaderAndBlankNumber) {
  write_template(dir.path(), "thi-uy", kPartyToml, "Báo cáo.\n");
  auto result = build("thi-uy");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  const Briefing& b = *result.briefing;
  EXPECT_EQ(b.preset, Preset::party);
  EXPECT_THAT(b.header.superior, ElementsAre("ĐẢNG BỘ TỈNH GIA LAI"));
  EXPECT_THAT(b.header.issuing_body, ElementsAre("THỊ ỦY AN KHÊ"));
  EXPECT_EQ(b.header.number_line, "Số    -BC/TU");
  EXPECT_EQ(b.signature.authority, "T/M BAN THƯỜNG VỤ");
  EXPECT_EQ(b.signature.title, "BÍ THƯ");
  EXPECT_THAT(b.recipients, ElementsAre("- Thường trực Tỉnh ủy;", "- Lưu: VT."));
  EXPECT_EQ(b.info.title, "Tiêu đề năm 2023");
  EXPECT_EQ(b.info.keywords, "báo cáo");
}

TEST_F(TemplateTest, IssuerCanDifferFromThePresetsDefault) {
  write_template(dir.path(), "x", "issuer = \"party\"\n" + kStateToml, "Báo cáo.\n");
  fx.number = "12";
  auto result = build("x");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  EXPECT_EQ(result.briefing->header.number_line, "Số: 12/BC-TU");
  EXPECT_EQ(result.briefing->signature.title, "BÍ THƯ");
}

TEST_F(TemplateTest, AnyBodyOfTheUnitCanIssueWithItsSuperiorBody) {
  fx.data.unit.bodies.push_back({"ubnd-phuong",
                                 {"UBND THỊ XÃ AN KHÊ"},
                                 {"ỦY BAN NHÂN DÂN", "PHƯỜNG TÂY SƠN"},
                                 "UBND",
                                 "KT. CHỦ TỊCH",
                                 "PHÓ CHỦ TỊCH",
                                 ""});
  write_template(dir.path(), "x", "issuer = \"ubnd-phuong\"\n" + kStateToml, "Báo cáo.\n");
  auto result = build("x");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  const Briefing& b = *result.briefing;
  EXPECT_THAT(b.header.superior, ElementsAre("UBND THỊ XÃ AN KHÊ"));
  EXPECT_THAT(b.header.issuing_body, ElementsAre("ỦY BAN NHÂN DÂN", "PHƯỜNG TÂY SƠN"));
  EXPECT_EQ(b.header.number_line, "Số:     /BC-UBND");
  EXPECT_EQ(b.signature.authority, "KT. CHỦ TỊCH");
  EXPECT_EQ(b.signature.title, "PHÓ CHỦ TỊCH");
  EXPECT_EQ(b.info.author, "ỦY BAN NHÂN DÂN PHƯỜNG TÂY SƠN");
}

TEST_F(TemplateTest, AnIssuerThatIsNotABodyOfTheUnitIsAnErrorAtItsLine) {
  write_template(dir.path(), "x", kStateToml + "issuer = \"ubnd\"\n", "Sai {{ky.nm}}.\n");
  auto result = build("x");
  EXPECT_FALSE(result.briefing);
  std::string toml = (dir.path() / "x" / "template.toml").string();
  std::string text = all_errors(result.diagnostics);
  EXPECT_THAT(text, HasSubstr(toml + ":5: error: issuer \"ubnd\" is not a body of unit.toml"));
  EXPECT_THAT(text, HasSubstr("the bodies of unit.toml are council, party: write one of them, "
                              "or add [bodies.ubnd] to unit.toml"));
  EXPECT_THAT(text, HasSubstr("unknown placeholder {{ky.nm}}"));  // reported together
  EXPECT_EQ(result.diagnostics.error_count(), 2u) << text;
}

TEST_F(TemplateTest, APresetsDefaultBodyMissingFromTheUnitIsAnErrorAtThePreset) {
  fx.data.unit.bodies.erase(fx.data.unit.bodies.begin());  // "council"
  write_template(dir.path(), "x", "# hdnd\n" + kStateToml, "x\n");
  auto result = build("x");
  EXPECT_FALSE(result.briefing);
  std::string text = all_errors(result.diagnostics);
  EXPECT_THAT(text, HasSubstr((dir.path() / "x" / "template.toml").string() +
                              ":2: error: the preset's issuing body \"council\" is not a body of "
                              "unit.toml"));
  EXPECT_THAT(text, HasSubstr("the bodies of unit.toml are party: name one with a line issuer"));
}

TEST_F(TemplateTest, AnEmptyIssuerIsAnError) {
  write_template(dir.path(), "x", "issuer = \"\"\n" + kStateToml, "x\n");
  auto result = build("x");
  EXPECT_FALSE(result.briefing);
  EXPECT_THAT(all_errors(result.diagnostics),
              HasSubstr("template.toml:1: error: `issuer` is empty"));
}

TEST_F(TemplateTest, HeadingsParagraphsAndNumbering) {
  write_template(dir.path(), "hdnd", kStateToml,
                 "{{! a comment line }}\n"
                 "Mở đầu {{ky.ten}},\n"
                 "  tiếp theo **đậm** và *nghiêng*.\n"
                 "\n"
                 "# Kết quả {{ky.ten}}\n"
                 "## Kinh tế\n"
                 "### Sản xuất\n"
                 "### Thương mại\n"
                 "## 7. Ngân sách\n"
                 "### Thu\n"
                 "# Nhiệm vụ {{ky.ten_nam_sau}}\n"
                 "## Chỉ tiêu\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  auto headings = blocks_of<Heading>(*result.briefing);
  std::vector<std::string> texts;
  for (const auto* h : headings) texts.push_back(std::to_string(h->level) + " " + h->text);
  EXPECT_THAT(texts, ElementsAre("1 I. KẾT QUẢ NĂM 2023", "2 1. Kinh tế", "3 a) Sản xuất",
                                 "3 b) Thương mại", "2 7. Ngân sách", "3 a) Thu",
                                 "1 II. NHIỆM VỤ NĂM 2024", "2 1. Chỉ tiêu"));
  auto paragraphs = blocks_of<Paragraph>(*result.briefing);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(plain(*paragraphs[0]), "Mở đầu năm 2023, tiếp theo đậm và nghiêng.");
  ASSERT_EQ(paragraphs[0]->runs.size(), 5u);
  EXPECT_TRUE(paragraphs[0]->runs[1].bold);
  EXPECT_TRUE(paragraphs[0]->runs[3].italic);
  EXPECT_EQ(paragraphs[0]->align, Align::justify);
  EXPECT_TRUE(paragraphs[0]->first_line_indent);
}

TEST_F(TemplateTest, AParagraphWhoseSentencesAllLackFiguresDisappears) {
  write_template(dir.path(), "hdnd", kStateToml,
                 "Kế hoạch lao động {{XH.LDVL.ke_hoach}}.\n\n# Hết\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  EXPECT_TRUE(blocks_of<Paragraph>(*result.briefing).empty());
  ASSERT_EQ(result.diagnostics.warnings().size(), 1u);
  EXPECT_EQ(result.diagnostics.warnings()[0].file, (dir.path() / "hdnd" / "body.md").string());
  EXPECT_EQ(result.diagnostics.warnings()[0].line, 1);
}

TEST_F(TemplateTest, KeyIndicatorTable) {
  write_template(dir.path(), "hdnd", kStateToml,
                 "[[bảng: chỉ tiêu chủ yếu | tiêu đề: Bảng 1. Kết quả {{ky.ten}}]]\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  auto tables = blocks_of<Table>(*result.briefing);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = *tables[0];
  EXPECT_EQ(t.caption, "Bảng 1. Kết quả năm 2023");
  std::vector<std::string> headers;
  for (const auto& c : t.columns) headers.push_back(c.header);
  EXPECT_THAT(headers, ElementsAre("STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2023",
                                   "Thực hiện năm 2023", "% KH", "So với năm 2022", "Đánh giá"));
  EXPECT_EQ(t.columns[4].align, Align::right);
  ASSERT_EQ(t.rows.size(), 8u);  // 4 key indicators under 4 group rows
  EXPECT_TRUE(t.rows[0].group);
  EXPECT_THAT(t.rows[0].cells, ElementsAre("Kinh tế"));
  EXPECT_THAT(t.rows[1].cells, ElementsAre("1", "Tổng giá trị sản xuất (giá hiện hành)", "tỷ đồng",
                                           "18.741,17", "18.797,39", "100,3%", "+12,83%", "Vượt"));
  EXPECT_THAT(t.rows[3].cells, ElementsAre("2", "Tổng chi ngân sách", "tỷ đồng", "451,080",
                                           "429,789 (ước)", "95,28%", "—", "Không đánh giá"));
  EXPECT_THAT(t.rows[5].cells, ElementsAre("3", "Tỷ lệ hộ nghèo", "%", "—", "1,42", "—",
                                           "-0,5\u00A0điểm\u00A0%", "—"));
  EXPECT_THAT(t.rows[7].cells, ElementsAre("4", "Số tiêu chí nông thôn mới nâng cao", "tiêu chí",
                                           "—", "9–14/19", "—", "—", "—"));
}

TEST_F(TemplateTest, ListTableKeepsTheWrittenOrderAndCustomHeaders) {
  write_template(dir.path(), "hdnd", kStateToml,
                 "[[Bang: XH.HN, KT.GTSX | cot: stt, ten, ke_hoach_nam_sau = KH {{ky.nam_sau}}, "
                 "muc_tieu_nhiem_ky, tang_truong_bq, nam_truoc]]\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  const Table& t = *blocks_of<Table>(*result.briefing).at(0);
  EXPECT_EQ(t.caption, "");
  std::vector<std::string> headers;
  for (const auto& c : t.columns) headers.push_back(c.header);
  EXPECT_THAT(headers, ElementsAre("STT", "Chỉ tiêu", "KH 2024", "Mục tiêu nhiệm kỳ 2020-2025",
                                   "Tăng trưởng bình quân (%/năm)", "Thực hiện năm 2022"));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_THAT(t.rows[0].cells, ElementsAre("1", "Tỷ lệ hộ nghèo", "1,09", "—", "—", "1,92"));
  EXPECT_THAT(t.rows[1].cells, ElementsAre("2", "Tổng giá trị sản xuất (giá hiện hành)",
                                           "21.000,50", "—", "11,2%", "16.659,74"));
}

TEST_F(TemplateTest, GroupTable) {
  write_template(dir.path(), "hdnd", kStateToml, "[[bảng: nhóm van hoa - xa hoi | cột: ten]]\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  const Table& t = *blocks_of<Table>(*result.briefing).at(0);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_FALSE(t.rows[0].group);
  EXPECT_THAT(t.rows[0].cells, ElementsAre("Tỷ lệ hộ nghèo"));
  EXPECT_THAT(t.rows[1].cells, ElementsAre("Lao động - TB&XH có việc làm"));
}

TEST_F(TemplateTest, BarsOfPercentOfPlan) {
  write_template(dir.path(), "hdnd", kStateToml,
                 "[[biểu đồ cột: chỉ tiêu chủ yếu | tiêu đề: Hình 1 {{ky.ten}}]]\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  const Chart& c = *blocks_of<Chart>(*result.briefing).at(0);
  EXPECT_EQ(c.kind, ChartKind::bars);
  EXPECT_EQ(c.title, "Hình 1 năm 2023");
  EXPECT_THAT(c.categories,
              ElementsAre("Tổng giá trị sản xuất (giá hiện hành)", "Tổng chi ngân sách"));
  ASSERT_EQ(c.series.size(), 1u);
  EXPECT_EQ(c.series[0].name, "% kế hoạch");
  EXPECT_THAT(c.series[0].values,
              ElementsAre(std::optional<double>(100.29997), std::optional<double>(95.28)));
  EXPECT_EQ(c.value_label, "% kế hoạch");
  EXPECT_EQ(c.reference, std::optional<double>(100));
  EXPECT_EQ(c.decimals, 2);
  // XH.HN and NTM.NC have no % of plan: left out, and said so.
  ASSERT_EQ(result.diagnostics.warnings().size(), 1u);
  EXPECT_THAT(result.diagnostics.warnings()[0].message, HasSubstr("XH.HN, NTM.NC"));
}

TEST_F(TemplateTest, BarsOfAmountsInOneUnit) {
  write_template(dir.path(), "hdnd", kStateToml,
                 "[[biểu đồ cột: KT.GTSX, NS.CHI | số liệu: ke_hoach, ket_qua]]\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  const Chart& c = *blocks_of<Chart>(*result.briefing).at(0);
  ASSERT_EQ(c.series.size(), 2u);
  EXPECT_EQ(c.series[0].name, "Kế hoạch năm 2023");
  EXPECT_EQ(c.series[1].name, "Thực hiện năm 2023");
  EXPECT_THAT(c.series[1].values,
              ElementsAre(std::optional<double>(18797.39), std::optional<double>(429.789)));
  EXPECT_EQ(c.value_label, "tỷ đồng");
  EXPECT_EQ(c.decimals, 3);
  EXPECT_FALSE(c.reference);
}

TEST_F(TemplateTest, LinesOfTheTrend) {
  write_template(dir.path(), "hdnd", kStateToml, "[[biểu đồ đường: KT.GTSX]]\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  const Chart& c = *blocks_of<Chart>(*result.briefing).at(0);
  EXPECT_EQ(c.kind, ChartKind::lines);
  EXPECT_EQ(c.title, "Diễn biến giai đoạn 2021-2023");
  EXPECT_THAT(c.categories, ElementsAre("2021", "2022", "2023"));
  ASSERT_EQ(c.series.size(), 1u);
  EXPECT_EQ(c.series[0].name, "Tổng giá trị sản xuất (giá hiện hành)");
  EXPECT_THAT(c.series[0].values,
              ElementsAre(std::optional<double>(15000), std::optional<double>(16659.74),
                          std::optional<double>(18797.39)));
  EXPECT_EQ(c.value_label, "tỷ đồng");
}

TEST_F(TemplateTest, AChartWithNothingToDrawIsLeftOut) {
  write_template(dir.path(), "hdnd", kStateToml, "[[biểu đồ đường: XH.HN]]\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  EXPECT_TRUE(blocks_of<Chart>(*result.briefing).empty());
  EXPECT_EQ(result.diagnostics.warning_count(), 1u);
}

TEST_F(TemplateTest, UnknownTemplate) {
  write_template(dir.path(), "hdnd", kStateToml, "x\n");
  auto result = build("hdnd2");
  EXPECT_FALSE(result.briefing);
  EXPECT_THAT(all_errors(result.diagnostics), HasSubstr("there is no template \"hdnd2\""));
  EXPECT_THAT(all_errors(result.diagnostics), HasSubstr("the templates are: hdnd"));
}

TEST_F(TemplateTest, ListTemplates) {
  write_template(dir.path(), "thi-uy", kPartyToml, "x\n");
  write_template(dir.path(), "hdnd", kStateToml, "x\n");
  testing::write_file(dir / "notes" / "readme.txt", "not a template");
  EXPECT_THAT(list_templates(dir.path().string()), ElementsAre("hdnd", "thi-uy"));
  EXPECT_TRUE(list_templates((dir / "missing").string()).empty());
}

TEST_F(TemplateTest, AllErrorsOfATemplateTogether) {
  write_template(dir.path(), "hdnd",
                 "preset = \"stat\"\n"
                 "document_type = \"BÁO CÁO\"\n"
                 "summary_line = \"Kết quả {{ky.tn}}\"\n"
                 "recipients = [\"Lưu: VT\"]\n"
                 "recipents = []\n",
                 "Đúng {{ky.ten}}.\n"
                 "\n"
                 "Sai {{ky.nm}}.\n"
                 "[[bảng: KT.GTSX, KT.NOPE | cột: ten, ket_qau]]\n"
                 "[[biểu đồ tròn: KT.GTSX]]\n"
                 "[[bảng: nhóm Không có]]\n"
                 "[[biểu đồ đường: KT.GTSX, NS.CHI, XH.HN]]\n"
                 "[[bảng: KT.GTSX | màu: đỏ]]\n"
                 "#### Quá sâu\n"
                 "[[bảng: KT.GTSX\n");
  auto result = build("hdnd");
  EXPECT_FALSE(result.briefing);
  std::string toml = (dir.path() / "hdnd" / "template.toml").string();
  std::string body = (dir.path() / "hdnd" / "body.md").string();
  std::string text = all_errors(result.diagnostics);
  EXPECT_THAT(text, HasSubstr(toml + ":1: error: unknown preset \"stat\""));
  EXPECT_THAT(text, HasSubstr(toml + ":3: error: unknown placeholder {{ky.tn}}"));
  EXPECT_THAT(text, HasSubstr(toml + ":5: error: unknown setting `recipents`"));
  EXPECT_THAT(text, HasSubstr("did you mean `recipients`?"));
  EXPECT_THAT(text, HasSubstr(body + ":3:5: error: unknown placeholder {{ky.nm}}"));
  EXPECT_THAT(text, HasSubstr(body + ":4:18: error: unknown indicator code \"KT.NOPE\""));
  EXPECT_THAT(text, HasSubstr(body + ":4:38: error: unknown column \"ket_qau\""));
  EXPECT_THAT(text, HasSubstr(body + ":5:3: error: unknown directive \"biểu đồ tròn\""));
  EXPECT_THAT(text, HasSubstr(body + ":6:14: error: unknown group \"Không có\""));
  EXPECT_THAT(text, HasSubstr(body + ":7:3: error: the indicators of this chart have different "
                                     "units (%, tỷ đồng)"));
  EXPECT_THAT(text, HasSubstr(body + ":8:19: error: unknown option \"màu\""));
  EXPECT_THAT(text, HasSubstr(body + ":9:1: error: a heading has 1 to 3 #"));
  EXPECT_THAT(text, HasSubstr(body + ":10:1: error: a [[…]] line must end with ]]"));
  EXPECT_EQ(result.diagnostics.error_count(), 12u) << text;
}

TEST_F(TemplateTest, TomlSyntaxErrorHasItsLine) {
  write_template(dir.path(), "hdnd", "preset = \"state\"\ndocument_type = BÁO CÁO\n", "x\n");
  auto result = build("hdnd");
  EXPECT_FALSE(result.briefing);
  EXPECT_THAT(all_errors(result.diagnostics),
              HasSubstr((dir.path() / "hdnd" / "template.toml").string() +
                        ":2: error: this is not valid TOML"));
}

TEST_F(TemplateTest, MissingSettingsAndBodyFile) {
  testing::write_file(dir / "hdnd" / "template.toml",
                      "preset = \"state\"\nbody = \"noi-dung.md\"\n");
  auto result = build("hdnd");
  EXPECT_FALSE(result.briefing);
  std::string text = all_errors(result.diagnostics);
  EXPECT_THAT(text, HasSubstr("the setting `document_type` is missing"));
  EXPECT_THAT(text, HasSubstr("the setting `summary_line` is missing"));
  EXPECT_THAT(text, HasSubstr("the setting `recipients` (Nơi nhận) is missing"));
  EXPECT_THAT(text, HasSubstr("noi-dung.md: error: cannot read the template file"));
}

TEST_F(TemplateTest, TemplateFilesAreNormalisedToNfcAndCrlfIsAccepted) {
  // "Kết quả" typed with combining marks, lines ending in CRLF, a byte-order mark.
  write_template(
      dir.path(), "hdnd", kStateToml,
      "\xEF\xBB\xBF# Ke\xCC\x82\xCC\x81t qua\xCC\x89\r\n\r\nCa\xCC\x82u {{ky.ten}}.\r\n");
  auto result = build("hdnd");
  ASSERT_TRUE(result.briefing) << all_errors(result.diagnostics);
  EXPECT_EQ(blocks_of<Heading>(*result.briefing).at(0)->text, "I. KẾT QUẢ");
  EXPECT_EQ(plain(*blocks_of<Paragraph>(*result.briefing).at(0)), "Câu năm 2023.");
}

TEST_F(TemplateTest, InvalidUtf8IsAnError) {
  write_template(dir.path(), "hdnd", kStateToml, "Dòng một.\nK\xE1t qu\xA3.\n");
  auto result = build("hdnd");
  EXPECT_FALSE(result.briefing);
  EXPECT_THAT(all_errors(result.diagnostics),
              HasSubstr("body.md:2: error: the file is not valid UTF-8 text"));
}

}  // namespace
}  // namespace baocao

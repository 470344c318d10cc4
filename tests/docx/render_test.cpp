#include "docx/render.hpp"

#include <zip.h>

#include <fmt/format.h>

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docx/xml.hpp"
#include "layout/preset.hpp"
#include "pdf/samples.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// The entries of a zip, in order, read back with libzip.
std::vector<std::string> entries(const std::string& path) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  EXPECT_NE(archive, nullptr) << path;
  std::vector<std::string> names;
  if (archive == nullptr) return names;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i)
    names.emplace_back(zip_get_name(archive, static_cast<zip_uint64_t>(i), 0));
  zip_close(archive);
  return names;
}

std::string part(const Briefing& briefing, const std::string& name) {
  for (const auto& p : briefing_docx_parts(briefing))
    if (p.name == name) return p.content;
  ADD_FAILURE() << "no part " << name;
  return {};
}

TEST(DocxRender, ThePackageListsEveryPartInOrder) {
  TempDir dir;
  std::string path = (dir / "b.docx").string();
  Diagnostics d = write_briefing_docx(state_briefing(), path);
  ASSERT_FALSE(d.has_errors()) << to_string(d.items().front());
  EXPECT_THAT(entries(path),
              ElementsAre("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                          "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                          "word/header1.xml", "docProps/core.xml", "docProps/app.xml"));
}

// libzip's own temporary file beside the target would be left behind by a killed build.
TEST(DocxRender, WritingLeavesNoOtherFile) {
  TempDir dir;
  ASSERT_FALSE(write_briefing_docx(party_briefing(), (dir / "b.docx").string()).has_errors());
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir.path()))
    files.push_back(e.path().filename().string());
  EXPECT_THAT(files, ElementsAre("b.docx"));
  EXPECT_EQ(read_file(dir / "b.docx").rfind("PK\x03\x04", 0), 0u);
}

TEST(DocxRender, TwoWritesOfTheSameBriefingAreByteIdentical) {
  TempDir dir;
  for (const Briefing& briefing : {state_briefing(), party_briefing()}) {
    ASSERT_FALSE(write_briefing_docx(briefing, (dir / "a.docx").string()).has_errors());
    ASSERT_FALSE(write_briefing_docx(briefing, (dir / "b.docx").string()).has_errors());
    std::string a = read_file(dir / "a.docx");
    EXPECT_GT(a.size(), 2000u);
    EXPECT_EQ(a, read_file(dir / "b.docx")) << briefing.name;
  }
}

TEST(DocxRender, ADifferentReportDateChangesTheBytes) {
  TempDir dir;
  Briefing briefing = state_briefing();
  ASSERT_FALSE(write_briefing_docx(briefing, (dir / "a.docx").string()).has_errors());
  briefing.report_date.day += 1;
  ASSERT_FALSE(write_briefing_docx(briefing, (dir / "b.docx").string()).has_errors());
  EXPECT_NE(read_file(dir / "a.docx"), read_file(dir / "b.docx"));
}

TEST(DocxRender, AnUnwritableFolderIsAnErrorNamingThePath) {
  std::string path = "/nonexistent-folder/b.docx";
  Diagnostics d = write_briefing_docx(state_briefing(), path);
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.items().front().file, path);
  EXPECT_THAT(d.items().front().message, HasSubstr("Word file"));
}

TEST(DocxRender, TheSectionIsA4WithThePresetsMarginsAndADifferentFirstPage) {
  for (const Briefing& briefing : {state_briefing(), party_briefing()}) {
    const layout::PresetLayout& l = layout::preset_layout(briefing.preset);
    std::string doc = part(briefing, "word/document.xml");
    EXPECT_THAT(doc, HasSubstr("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    EXPECT_THAT(doc, HasSubstr(fmt::format("<w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" "
                                           "w:left=\"{}\"",
                                           docx::twips_from_mm(l.margins.top_mm),
                                           docx::twips_from_mm(l.margins.right_mm),
                                           docx::twips_from_mm(l.margins.bottom_mm),
                                           docx::twips_from_mm(l.margins.left_mm))));
    EXPECT_THAT(doc, HasSubstr("<w:titlePg/>"));
    EXPECT_THAT(doc, HasSubstr("<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"));
    EXPECT_THAT(part(briefing, "word/header1.xml"), HasSubstr(" PAGE "));
  }
}

TEST(DocxRender, TheBodyFontIsTimesNewRomanAtThePresetsSize) {
  std::string styles = part(state_briefing(), "word/styles.xml");
  EXPECT_THAT(styles, HasSubstr("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
                                "w:cs=\"Times New Roman\""));
  EXPECT_THAT(styles, HasSubstr(fmt::format(
                          "<w:sz w:val=\"{}\"/>",
                          docx::half_points(layout::preset_layout(Preset::state).body.text.size))));
}

TEST(DocxRender, TheBodyIsInOrderWithTheSentenceAndItsRuns) {
  Briefing briefing = state_briefing();
  std::string doc = part(briefing, "word/document.xml");
  auto heading = doc.find("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023");  // level 1: upper case
  auto sub = doc.find("1. Về kinh tế");
  auto sentence = doc.find(docx::xml_escape(kOutputSentence));
  ASSERT_NE(heading, std::string::npos);
  ASSERT_NE(sub, std::string::npos);
  ASSERT_NE(sentence, std::string::npos);
  EXPECT_LT(heading, sub);
  EXPECT_LT(sub, sentence);
  EXPECT_THAT(doc,
              HasSubstr("<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>"
                        "<w:t xml:space=\"preserve\">kinh tế thị xã tiếp tục tăng trưởng khá"));
  EXPECT_THAT(doc, HasSubstr("<w:jc w:val=\"both\"/>"));
  EXPECT_THAT(doc,
              HasSubstr(fmt::format("<w:ind w:firstLine=\"{}\"/>", docx::twips_from_mm(12.7))));
}

TEST(DocxRender, TablesRepeatTheirHeaderRowAndAlignNumbersRight) {
  Briefing briefing = party_briefing();
  std::string doc = part(briefing, "word/document.xml");
  EXPECT_THAT(doc, HasSubstr("<w:tblHeader/>"));
  EXPECT_THAT(doc, HasSubstr("<w:jc w:val=\"right\"/>"));
  // A group row is one cell across the table.
  const Table* table = nullptr;
  for (const auto& block : briefing.body)
    if (const auto* t = std::get_if<Table>(&block)) table = t;
  ASSERT_NE(table, nullptr);
  ASSERT_TRUE(std::any_of(table->rows.begin(), table->rows.end(),
                          [](const TableRow& r) { return r.group; }));
  EXPECT_THAT(doc, HasSubstr(fmt::format("<w:gridSpan w:val=\"{}\"/>", table->columns.size())));
  for (const auto& row : table->rows)
    for (const auto& cell : row.cells) EXPECT_THAT(doc, HasSubstr(docx::xml_escape(cell)));
}

TEST(DocxRender, TheHeaderBlockAndClosingCarryEveryLine) {
  for (const Briefing& briefing : {state_briefing(), party_briefing()}) {
    const layout::PresetLayout& l = layout::preset_layout(briefing.preset);
    std::string doc = part(briefing, "word/document.xml");
    for (const auto& line : l.header.right_lines)
      EXPECT_THAT(doc, HasSubstr(docx::xml_escape(line.text)));
    EXPECT_THAT(doc, HasSubstr(docx::xml_escape(briefing.header.number_line)));
    EXPECT_THAT(doc, HasSubstr(kDateLine));
    EXPECT_THAT(doc, HasSubstr(docx::xml_escape(briefing.signature.authority)));
    for (const auto& recipient : briefing.recipients)
      EXPECT_THAT(doc, HasSubstr(docx::xml_escape(recipient)));
    // The date is italic: its run says so.
    EXPECT_THAT(doc, HasSubstr("<w:i/><w:iCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>"
                               "<w:t xml:space=\"preserve\">" +
                               kDateLine));
  }
}

TEST(DocxRender, TheIssuingBodyHasTheRuleOrTheMarkOfItsPreset) {
  std::string state = part(state_briefing(), "word/document.xml");
  std::string party = part(party_briefing(), "word/document.xml");
  // State: a short rule under the issuing body and the motto (and the summary): bottom borders.
  auto rules = [](const std::string& doc) {
    std::size_t n = 0;
    for (auto at = doc.find("<w:pBdr><w:bottom"); at != std::string::npos;
         at = doc.find("<w:pBdr><w:bottom", at + 1))
      ++n;
    return n;
  };
  EXPECT_EQ(rules(state), 3u);
  // Party: the "*" under the issuing body, a rule under the Party's name only.
  EXPECT_EQ(rules(party), 1u);
  EXPECT_THAT(party, HasSubstr("<w:t xml:space=\"preserve\">*</w:t>"));
  EXPECT_THAT(state, Not(HasSubstr("<w:t xml:space=\"preserve\">*</w:t>")));
}

TEST(DocxRender, TheBodyEndsWithAParagraphBeforeTheSection) {
  std::string doc = part(state_briefing(), "word/document.xml");
  auto section = doc.find("<w:sectPr>");
  ASSERT_NE(section, std::string::npos);
  EXPECT_EQ(doc.substr(section - 6, 6), "</w:p>");
}

TEST(DocxRender, ChartsAreLeftOutWithNoPlaceholder) {
  Briefing briefing = state_briefing();
  std::string doc = part(briefing, "word/document.xml");
  for (const auto& block : briefing.body)
    if (const auto* chart = std::get_if<Chart>(&block))
      EXPECT_THAT(doc, Not(HasSubstr(docx::xml_escape(chart->title))));
  EXPECT_THAT(doc, Not(HasSubstr("drawing")));
}

TEST(DocxRender, PropertiesAreThoseOfThePdf) {
  Briefing briefing = state_briefing();
  std::string core = part(briefing, "docProps/core.xml");
  EXPECT_THAT(core,
              HasSubstr("<dc:title>" + docx::xml_escape(briefing.info.title) + "</dc:title>"));
  EXPECT_THAT(core, HasSubstr("<dc:creator>" + docx::xml_escape(briefing.info.author)));
  EXPECT_THAT(core, HasSubstr(">2024-01-05T05:00:00Z</dcterms:created>"));
  EXPECT_THAT(core, HasSubstr(">2024-01-05T05:00:00Z</dcterms:modified>"));
}

}  // namespace
}  // namespace baocao::testing

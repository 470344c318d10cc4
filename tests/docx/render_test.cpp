#include "docx/render.hpp"

#include <zip.h>

#include <fmt/format.h>

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "docx/chart.hpp"
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
                          "word/header1.xml", "word/charts/chart1.xml", "word/charts/chart2.xml",
                          "docProps/core.xml", "docProps/app.xml"));
}

TEST(DocxRender, ABriefingWithoutChartsHasNoChartParts) {
  Briefing briefing = state_briefing();
  std::erase_if(briefing.body, [](const Block& b) { return std::holds_alternative<Chart>(b); });
  for (const auto& p : briefing_docx_parts(briefing)) EXPECT_THAT(p.name, Not(HasSubstr("chart")));
  EXPECT_THAT(part(briefing, "[Content_Types].xml"), Not(HasSubstr("chart")));
  EXPECT_THAT(part(briefing, "word/_rels/document.xml.rels"), Not(HasSubstr("chart")));
  EXPECT_THAT(part(briefing, "word/document.xml"), Not(HasSubstr("<w:drawing>")));
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
  auto sentence = doc.find(baocao::xml_escape(kOutputSentence));
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
    for (const auto& cell : row.cells) EXPECT_THAT(doc, HasSubstr(baocao::xml_escape(cell)));
}

TEST(DocxRender, TheHeaderBlockAndClosingCarryEveryLine) {
  for (const Briefing& briefing : {state_briefing(), party_briefing()}) {
    const layout::PresetLayout& l = layout::preset_layout(briefing.preset);
    std::string doc = part(briefing, "word/document.xml");
    for (const auto& line : l.header.right_lines)
      EXPECT_THAT(doc, HasSubstr(baocao::xml_escape(line.text)));
    EXPECT_THAT(doc, HasSubstr(baocao::xml_escape(briefing.header.number_line)));
    EXPECT_THAT(doc, HasSubstr(kDateLine));
    EXPECT_THAT(doc, HasSubstr(baocao::xml_escape(briefing.signature.authority)));
    for (const auto& recipient : briefing.recipients)
      EXPECT_THAT(doc, HasSubstr(baocao::xml_escape(recipient)));
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

std::vector<Chart> charts_of(const Briefing& briefing) {
  std::vector<Chart> charts;
  for (const auto& block : briefing.body)
    if (const auto* chart = std::get_if<Chart>(&block)) charts.push_back(*chart);
  return charts;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(DocxRender, EachChartHasItsContentTypeAndRelationship) {
  Briefing briefing = state_briefing();
  ASSERT_EQ(charts_of(briefing).size(), 2u);
  std::string types = part(briefing, "[Content_Types].xml");
  std::string rels = part(briefing, "word/_rels/document.xml.rels");
  for (int n : {1, 2}) {
    EXPECT_THAT(types,
                HasSubstr(fmt::format(
                    "<Override PartName=\"/word/charts/chart{}.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>",
                    n)));
    EXPECT_THAT(rels, HasSubstr(fmt::format(
                          "<Relationship Id=\"rIdChart{0}\" Type=\"http://schemas.openxmlformats."
                          "org/officeDocument/2006/relationships/chart\" "
                          "Target=\"charts/chart{0}.xml\"/>",
                          n)));
  }
  EXPECT_EQ(count(types, "drawingml.chart+xml"), 2u);
  EXPECT_EQ(count(rels, "relationships/chart\""), 2u);
}

TEST(DocxRender, ChartsAreInlineDrawingsInBodyOrderWithUniqueIds) {
  Briefing briefing = state_briefing();
  std::string doc = part(briefing, "word/document.xml");
  EXPECT_EQ(count(doc, "<wp:inline "), 2u);
  auto first = doc.find("<c:chart r:id=\"rIdChart1\"/>");
  auto second = doc.find("<c:chart r:id=\"rIdChart2\"/>");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);
  // After the paragraph that comes before the charts, before the heading after them.
  EXPECT_LT(doc.find(baocao::xml_escape(kOutputSentence)), first);
  EXPECT_GT(doc.find("Phương hướng, nhiệm vụ năm 2024"), second);
  EXPECT_THAT(doc, HasSubstr("<wp:docPr id=\"1\" name=\"Chart 1\" descr=\"" +
                             baocao::xml_escape(charts_of(briefing)[0].title) + "\"/>"));
  EXPECT_THAT(doc, HasSubstr("<wp:docPr id=\"2\" name=\"Chart 2\""));
  EXPECT_EQ(count(doc, "<wp:docPr "), 2u);
  EXPECT_THAT(doc, HasSubstr("uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""));
}

TEST(DocxRender, AChartIsTheTextWidthAndTallerThanItsPlot) {
  Briefing briefing = state_briefing();
  const layout::PresetLayout& l = layout::preset_layout(briefing.preset);
  Chart chart = charts_of(briefing)[0];
  docx::ChartExtent extent = docx::chart_extent(chart, l);
  // 165 mm of text width in EMU (36,000 a millimetre), within rounding to twips.
  EXPECT_NEAR(static_cast<double>(extent.width), 165 * 36000.0, 1000);
  double plot = l.chart.plot_height_mm * 36000;
  EXPECT_GT(static_cast<double>(extent.height), plot + 40 * 12700);
  EXPECT_LT(static_cast<double>(extent.height), plot * 2);
  EXPECT_THAT(
      part(briefing, "word/document.xml"),
      HasSubstr(fmt::format("<wp:extent cx=\"{}\" cy=\"{}\"/>", extent.width, extent.height)));
}

TEST(DocxRender, ABarChartHasItsTitleCategoriesAndValuesInOrder) {
  Briefing briefing = state_briefing();
  Chart chart = charts_of(briefing)[0];
  ASSERT_EQ(chart.kind, ChartKind::bars);
  std::string xml = part(briefing, "word/charts/chart1.xml");
  EXPECT_THAT(xml, HasSubstr("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"));
  EXPECT_THAT(xml, HasSubstr("<a:t>" + baocao::xml_escape(chart.title) + "</a:t>"));
  std::string categories = "<c:cat><c:strLit><c:ptCount val=\"5\"/>";
  for (std::size_t i = 0; i < chart.categories.size(); ++i)
    categories += fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", i,
                              baocao::xml_escape(chart.categories[i]));
  EXPECT_THAT(xml, HasSubstr(categories + "</c:strLit></c:cat>"));
  EXPECT_THAT(xml, HasSubstr("<c:val><c:numLit><c:formatCode>#,##0.00</c:formatCode>"
                             "<c:ptCount val=\"5\"/><c:pt idx=\"0\"><c:v>100.3</c:v></c:pt>"
                             "<c:pt idx=\"1\"><c:v>98.6</c:v></c:pt><c:pt idx=\"2\"><c:v>100.19"
                             "</c:v></c:pt><c:pt idx=\"3\"><c:v>112.4</c:v></c:pt><c:pt "
                             "idx=\"4\"><c:v>101.35</c:v></c:pt></c:numLit></c:val>"));
  EXPECT_THAT(
      xml, HasSubstr("<c:tx><c:v>" + baocao::xml_escape(chart.series[0].name) + "</c:v></c:tx>"));
  // Values on the bars, with the chart's decimals; the unit as the value axis's title.
  EXPECT_THAT(xml, HasSubstr("<c:dLbls><c:numFmt formatCode=\"#,##0.00\" sourceLinked=\"0\"/>"));
  EXPECT_THAT(xml, HasSubstr("<c:showVal val=\"1\"/>"));
  EXPECT_THAT(xml, HasSubstr("<a:t>" + baocao::xml_escape(chart.value_label) + "</a:t>"));
  EXPECT_THAT(xml, HasSubstr("<c:dispBlanksAs val=\"gap\"/>"));
  EXPECT_THAT(xml, HasSubstr("<a:latin typeface=\"Times New Roman\"/>"));
}

TEST(DocxRender, ThePlanReferenceIsADashedLineSeriesNamedByItsLabel) {
  Briefing briefing = state_briefing();
  Chart chart = charts_of(briefing)[0];
  ASSERT_TRUE(chart.reference);
  std::string xml = part(briefing, "word/charts/chart1.xml");
  auto line = xml.find("<c:lineChart>");
  ASSERT_NE(line, std::string::npos);
  EXPECT_GT(line, xml.find("</c:barChart>"));
  std::string reference = xml.substr(line);
  EXPECT_THAT(reference, HasSubstr("<c:idx val=\"1\"/><c:order val=\"1\"/><c:tx><c:v>" +
                                   baocao::xml_escape(chart.reference_label) + "</c:v></c:tx>"));
  EXPECT_THAT(reference, HasSubstr("<a:prstDash val=\"dash\"/>"));
  EXPECT_EQ(count(reference, "<c:v>100</c:v>"), chart.categories.size());
  // Without a reference there is no line group in a bar chart.
  chart.reference.reset();
  EXPECT_THAT(docx::chart_xml(chart, layout::preset_layout(Preset::state).chart),
              Not(HasSubstr("<c:lineChart>")));
}

TEST(DocxRender, ALineChartHasMarkersAndAGapForAMissingValue) {
  Briefing briefing = state_briefing();
  Chart chart = charts_of(briefing)[1];
  ASSERT_EQ(chart.kind, ChartKind::lines);
  ASSERT_FALSE(chart.series[1].values[2]);
  std::string xml = part(briefing, "word/charts/chart2.xml");
  EXPECT_THAT(xml, HasSubstr("<c:lineChart><c:grouping val=\"standard\"/>"));
  EXPECT_THAT(xml, Not(HasSubstr("<c:barChart>")));
  EXPECT_THAT(xml, HasSubstr("<c:symbol val=\"circle\"/>"));
  EXPECT_EQ(count(xml, "<c:ser>"), 2u);
  // The second series: 2020, 2021, (no 2022), 2023.
  EXPECT_THAT(xml, HasSubstr("<c:ptCount val=\"4\"/><c:pt idx=\"0\"><c:v>5100.2</c:v></c:pt>"
                             "<c:pt idx=\"1\"><c:v>6020</c:v></c:pt><c:pt idx=\"3\"><c:v>8262.8"
                             "</c:v></c:pt></c:numLit>"));
  EXPECT_THAT(xml, HasSubstr("<c:formatCode>#,##0.0</c:formatCode>"));
  // Colours of the palette, in order.
  const auto& palette = layout::preset_layout(Preset::state).chart.palette;
  ASSERT_GE(palette.size(), 2u);
  EXPECT_LT(xml.find("<a:srgbClr val=\"295799\"/>"), xml.find("<a:srgbClr val=\"E68521\"/>"));
}

TEST(DocxRender, UnnamedSeriesAndReferenceHaveNoLegendEntry) {
  Chart chart = charts_of(state_briefing())[0];
  const layout::ChartLayout& style = layout::preset_layout(Preset::state).chart;
  EXPECT_THAT(docx::chart_xml(chart, style), Not(HasSubstr("<c:legendEntry>")));
  chart.reference_label.clear();
  EXPECT_THAT(docx::chart_xml(chart, style),
              HasSubstr("<c:legendPos val=\"b\"/><c:legendEntry><c:idx val=\"1\"/>"
                        "<c:delete val=\"1\"/></c:legendEntry><c:overlay val=\"0\"/>"));
  chart.series[0].name.clear();
  EXPECT_THAT(docx::chart_xml(chart, style),
              HasSubstr("<c:legendEntry><c:idx val=\"0\"/><c:delete val=\"1\"/></c:legendEntry>"
                        "<c:legendEntry><c:idx val=\"1\"/>"));
}

TEST(DocxRender, ChartTextIsEscaped) {
  Chart chart;
  chart.title = "A < B & \"C\"";
  chart.categories = {"x<y", "a&b"};
  chart.series = {{"s>t", {1.0, 2.0}}};
  std::string xml = docx::chart_xml(chart, layout::preset_layout(Preset::state).chart);
  EXPECT_THAT(xml, HasSubstr("A &lt; B &amp; "));
  EXPECT_THAT(xml, HasSubstr("<c:v>x&lt;y</c:v>"));
  EXPECT_THAT(xml, HasSubstr("<c:v>a&amp;b</c:v>"));
  EXPECT_THAT(xml, HasSubstr("<c:v>s&gt;t</c:v>"));
  EXPECT_THAT(xml, Not(HasSubstr("x<y")));
}

TEST(DocxRender, PropertiesAreThoseOfThePdf) {
  Briefing briefing = state_briefing();
  std::string core = part(briefing, "docProps/core.xml");
  EXPECT_THAT(core,
              HasSubstr("<dc:title>" + baocao::xml_escape(briefing.info.title) + "</dc:title>"));
  EXPECT_THAT(core, HasSubstr("<dc:creator>" + baocao::xml_escape(briefing.info.author)));
  EXPECT_THAT(core, HasSubstr(">2024-01-05T05:00:00Z</dcterms:created>"));
  EXPECT_THAT(core, HasSubstr(">2024-01-05T05:00:00Z</dcterms:modified>"));
}

}  // namespace
}  // namespace baocao::testing

// The briefings as their readers get them: written to disk and read back with poppler and qpdf.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <sstream>

#include "pdf/pdf_tools.hpp"
#include "pdf/render.hpp"
#include "pdf/samples.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// Both presets use these margins (document-formats spec), in points.
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.89;
const double kLeft = mm_to_pt(30);
const double kRight = kPageWidth - mm_to_pt(15);
const double kTop = mm_to_pt(20);
const double kBottom = kPageHeight - mm_to_pt(20);
constexpr double kTolerance = 0.6;

// A written briefing; what poppler reads back is computed on first use, since every test runs
// in a process of its own.
class Rendered {
 public:
  Rendered(const Briefing& briefing, fs::path file)
      : pdf(std::move(file)), diagnostics(write_briefing_pdf(briefing, this->pdf.string())) {}

  const std::string& text() const {  // pdftotext, reading order
    if (!text_) text_ = pdf_text(pdf);
    return *text_;
  }
  const std::string& raw() const {  // pdftotext -raw, content order
    if (!raw_) raw_ = pdf_text(pdf, "-raw");
    return *raw_;
  }
  const std::vector<BoxPage>& pages() const {
    if (!pages_) pages_ = word_boxes(pdf);
    return *pages_;
  }

  const fs::path pdf;
  const Diagnostics diagnostics;

 private:
  mutable std::optional<std::string> text_;
  mutable std::optional<std::string> raw_;
  mutable std::optional<std::vector<BoxPage>> pages_;
};

// Sets an environment variable for a scope and puts back what was there.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
    tzset();
  }
  ~ScopedEnv() {
    if (old_)
      setenv(name_, old_->c_str(), 1);
    else
      unsetenv(name_);
    tzset();
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items()) out += to_string(item) + "\n";
  return out;
}

class RenderedBriefings : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    state_ = std::make_unique<Rendered>(state_briefing(), *dir_ / "bao-cao-hdnd.pdf");
    party_ = std::make_unique<Rendered>(party_briefing(), *dir_ / "bao-cao-thi-uy.pdf");
  }
  static void TearDownTestSuite() {
    state_.reset();
    party_.reset();
    dir_.reset();
  }
  void SetUp() override {
    ASSERT_FALSE(state_->diagnostics.has_errors()) << messages(state_->diagnostics);
    ASSERT_FALSE(party_->diagnostics.has_errors()) << messages(party_->diagnostics);
    ASSERT_TRUE(fs::exists(state_->pdf));
    ASSERT_TRUE(fs::exists(party_->pdf));
  }
  const Rendered& state() const { return *state_; }
  const Rendered& party() const { return *party_; }
  const std::vector<const Rendered*> both() const { return {state_.get(), party_.get()}; }

  static std::unique_ptr<TempDir> dir_;
  static std::unique_ptr<Rendered> state_;
  static std::unique_ptr<Rendered> party_;
};

std::unique_ptr<TempDir> RenderedBriefings::dir_;
std::unique_ptr<Rendered> RenderedBriefings::state_;
std::unique_ptr<Rendered> RenderedBriefings::party_;

BoxWord only_word(const BoxPage& page, const std::string& text) {
  auto found = find_words(page, text);
  EXPECT_EQ(found.size(), 1u) << "word \"" << text << "\"";
  return found.empty() ? BoxWord{} : found.front();
}

// Words on the same text line as `word` (same top within a point) between `from` and `to`,
// left to right.
std::vector<BoxWord> line_of(const BoxPage& page, const BoxWord& word, double from = 0,
                             double to = kPageWidth) {
  std::vector<BoxWord> line;
  for (const auto& w : page.words)
    if (std::abs(w.y_min - word.y_min) < 1 && w.x_min >= from && w.x_max <= to) line.push_back(w);
  std::sort(line.begin(), line.end(),
            [](const BoxWord& a, const BoxWord& b) { return a.x_min < b.x_min; });
  return line;
}

double centre(const BoxWord& first, const BoxWord& last) {
  return (first.x_min + last.x_max) / 2;
}

bool is_number(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

TEST_F(RenderedBriefings, StateHeaderTextsExtractVerbatim) {
  std::string text = normalise_space(state().text());
  for (const char* expected :
       {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "HỘI ĐỒNG NHÂN DÂN",
        "THỊ XÃ AN KHÊ", "Số: 05/BC-HĐND", "An Khê, ngày 05 tháng 01 năm 2024", "BÁO CÁO",
        "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
        "Nơi nhận:", "- Thường trực HĐND tỉnh;", "- Lưu: VT, HĐND."})
    EXPECT_THAT(text, HasSubstr(expected));
}

TEST_F(RenderedBriefings, PartyHeaderTextsExtractVerbatim) {
  std::string text = normalise_space(party().text());
  for (const char* expected :
       {"ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH GIA LAI", "THỊ ỦY AN KHÊ", "Số 125-BC/TU",
        "An Khê, ngày 05 tháng 01 năm 2024", "BÁO CÁO", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
        "Trần Thị Bình", "Nơi nhận:", "- Lưu Văn phòng Thị ủy."})
    EXPECT_THAT(text, HasSubstr(expected));
  EXPECT_THAT(text, Not(HasSubstr("Số:")));
  EXPECT_THAT(text, Not(HasSubstr("CỘNG HÒA")));
}

TEST_F(RenderedBriefings, OutputSentenceExtractsVerbatimThoughJustifiedOverLines) {
  for (const Rendered* r : both()) {
    EXPECT_THAT(normalise_space(r->text()), HasSubstr(kOutputSentence)) << r->pdf;
    // It really is broken over lines: the unnormalised text does not hold it in one piece.
    EXPECT_THAT(r->text(), Not(HasSubstr(kOutputSentence))) << r->pdf;
  }
}

TEST_F(RenderedBriefings, EveryDiacriticExtractsExactly) {
  for (const Rendered* r : both()) {
    EXPECT_THAT(normalise_space(r->raw()), HasSubstr(kAllDiacritics)) << r->pdf;
    // Reading order joins evenly spaced single letters into one word, but loses none.
    EXPECT_THAT(without_space(r->text()), HasSubstr(without_space(kAllDiacritics))) << r->pdf;
  }
}

TEST_F(RenderedBriefings, HeadingsOfLevelOneAreUpperCase) {
  for (const Rendered* r : both()) {
    EXPECT_THAT(normalise_space(r->text()), HasSubstr("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023"));
    EXPECT_THAT(normalise_space(r->text()), HasSubstr("1. Về kinh tế"));
  }
}

TEST_F(RenderedBriefings, EveryFontIsEmbeddedAsASubsetWithAUnicodeMap) {
  for (const Rendered* r : both()) {
    auto result = run("pdffonts " + shell_quote(r->pdf.string()));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::istringstream lines(result.out);
    std::string line;
    int fonts = 0;
    while (std::getline(lines, line)) {
      if (line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0 || line.empty()) continue;
      std::istringstream fields(line);
      std::vector<std::string> f;
      for (std::string x; fields >> x;) f.push_back(x);
      ASSERT_GE(f.size(), 7u) << line;
      std::size_t n = f.size();
      EXPECT_EQ(f[n - 5], "yes") << "embedded: " << line;
      EXPECT_EQ(f[n - 4], "yes") << "subset: " << line;
      EXPECT_EQ(f[n - 3], "yes") << "unicode map: " << line;
      EXPECT_THAT(line, HasSubstr("+LiberationSerif"));
      EXPECT_THAT(line, HasSubstr("Identity-H"));
      ++fonts;
    }
    // The state briefing uses all four faces ("Nơi nhận:" is bold italic); the Party one
    // underlines it upright instead.
    EXPECT_EQ(fonts, r == &state() ? 4 : 3) << result.out;
  }
}

TEST_F(RenderedBriefings, QpdfFindsNoErrors) {
  for (const Rendered* r : both()) {
    auto result = run("qpdf --check " + shell_quote(r->pdf.string()));
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_THAT(result.out, HasSubstr("No syntax or stream encoding errors"));
    EXPECT_THAT(result.out + result.err, Not(HasSubstr("WARNING")));
  }
}

TEST_F(RenderedBriefings, InfoCarriesTitleAuthorAndTheReportDateAtNoon) {
  auto result = run("pdfinfo -rawdates " + shell_quote(state().pdf.string()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out,
              HasSubstr("Title:           Báo cáo kết quả thực hiện nhiệm vụ năm 2023 (HĐND)"));
  EXPECT_THAT(result.out, HasSubstr("Author:          Hội đồng nhân dân thị xã An Khê"));
  EXPECT_THAT(result.out, HasSubstr("Subject:         Kết quả thực hiện nhiệm vụ"));
  EXPECT_THAT(result.out, HasSubstr("Keywords:        An Khê; 2023; kinh tế - xã hội"));
  EXPECT_THAT(result.out, HasSubstr("Creator:         baocao "));
  EXPECT_THAT(result.out, HasSubstr("CreationDate:    D:20240105120000+07'00'"));
  EXPECT_THAT(result.out, HasSubstr("ModDate:         D:20240105120000+07'00'"));
  EXPECT_THAT(result.out, HasSubstr("Page size:       595.276 x 841.89 pts (A4)"));
  auto party_info = run("pdfinfo " + shell_quote(party().pdf.string()));
  EXPECT_THAT(party_info.out, HasSubstr("Author:          Thị ủy An Khê"));
}

TEST_F(RenderedBriefings, XmpIdentifiesPdfA2bAndMatchesInfo) {
  auto result = run("pdfinfo -meta " + shell_quote(state().pdf.string()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("<pdfaid:part>2</pdfaid:part>"));
  EXPECT_THAT(result.out, HasSubstr("<pdfaid:conformance>B</pdfaid:conformance>"));
  EXPECT_THAT(result.out, HasSubstr("<xmp:CreateDate>2024-01-05T12:00:00+07:00</xmp:CreateDate>"));
  EXPECT_THAT(result.out,
              HasSubstr(">Báo cáo kết quả thực hiện nhiệm vụ năm 2023 (HĐND)</rdf:li>"));
  EXPECT_THAT(result.out, HasSubstr("<rdf:li>Hội đồng nhân dân thị xã An Khê</rdf:li>"));
}

TEST_F(RenderedBriefings, CarriesAnSrgbOutputIntent) {
  TempDir dir;
  fs::path qdf = dir / "qdf.pdf";
  auto result = run("qpdf --qdf --object-streams=disable " + shell_quote(state().pdf.string()) +
                    " " + shell_quote(qdf.string()));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string content = read_file(qdf);
  EXPECT_THAT(content, HasSubstr("/OutputIntents"));
  EXPECT_THAT(content, HasSubstr("/S /GTS_PDFA1"));
  EXPECT_THAT(content, HasSubstr("/DestOutputProfile"));
  EXPECT_TRUE(std::regex_search(content, std::regex(R"(/N 3\b)")));
  EXPECT_THAT(content, HasSubstr("/Lang (vi-VN)"));
}

TEST_F(RenderedBriefings, PageNumbersFromPageTwoCentredInTheTopMargin) {
  for (const Rendered* r : both()) {
    ASSERT_GE(r->pages().size(), 2u) << r->pdf;
    for (const auto& word : r->pages()[0].words)
      EXPECT_FALSE(is_number(word.text) && word.y_max < kTop)
          << "page 1 of " << r->pdf << " has \"" << word.text << "\" in its top margin";
    for (std::size_t p = 1; p < r->pages().size(); ++p) {
      std::string number = std::to_string(p + 1);
      bool found = false;
      for (const auto& word : r->pages()[p].words) {
        if (word.text != number || word.y_max > kTop) continue;
        found = true;
        EXPECT_NEAR((word.x_min + word.x_max) / 2, (kLeft + kRight) / 2, 1.0);
        EXPECT_GT(word.y_min, mm_to_pt(5));  // in the margin, not at the paper's edge
      }
      EXPECT_TRUE(found) << "page " << p + 1 << " of " << r->pdf << " has no number at the top";
    }
  }
}

TEST_F(RenderedBriefings, TextStaysWithinTheMargins) {
  for (const Rendered* r : both()) {
    for (std::size_t p = 0; p < r->pages().size(); ++p) {
      for (const auto& w : r->pages()[p].words) {
        std::string where = r->pdf.filename().string() + " page " + std::to_string(p + 1) +
                            " word \"" + w.text + "\"";
        EXPECT_GE(w.x_min, kLeft - kTolerance) << where;
        EXPECT_LE(w.x_max, kRight + kTolerance) << where;
        EXPECT_LE(w.y_max, kBottom + kTolerance) << where;
        bool page_number = p > 0 && w.text == std::to_string(p + 1) && w.y_max < kTop;
        if (!page_number) EXPECT_GE(w.y_min, kTop - kTolerance) << where;
      }
    }
  }
}

TEST_F(RenderedBriefings, BodyIsJustifiedWithAFirstLineIndent) {
  ASSERT_FALSE(state().pages().empty());
  const BoxPage& page = state().pages()[0];
  // First line of the paragraph: indented by 12.7 mm, and stretched to the right margin.
  BoxWord first = only_word(page, "Năm");
  EXPECT_NEAR(first.x_min, kLeft + mm_to_pt(12.7), kTolerance);
  EXPECT_NEAR(line_of(page, first).back().x_max, kRight, kTolerance);
  // A middle line: from margin to margin.
  BoxWord middle = only_word(page, "trưởng");
  auto line = line_of(page, middle);
  EXPECT_NEAR(line.front().x_min, kLeft, kTolerance);
  EXPECT_NEAR(line.back().x_max, kRight, kTolerance);
  // The last line is not stretched.
  BoxWord last = only_word(page, "95,28%");
  EXPECT_LT(line_of(page, last).back().x_max, kRight - 100);
}

TEST_F(RenderedBriefings, StateHeaderColumnsRulesOfPlacement) {
  ASSERT_FALSE(state().pages().empty());
  const BoxPage& page = state().pages()[0];
  const double split = kLeft + mm_to_pt(65);  // the preset's left column
  auto title = line_of(page, only_word(page, "CỘNG"), split);
  auto motto = line_of(page, only_word(page, "Độc"), split);
  auto body = line_of(page, only_word(page, "ĐỒNG"), 0, split);
  ASSERT_EQ(title.size(), 8u);
  ASSERT_EQ(motto.size(), 8u);
  ASSERT_EQ(body.size(), 4u);
  // Title top right, the motto centred under it; the issuing body in the left column.
  EXPECT_NEAR(centre(title.front(), title.back()), (split + kRight) / 2, 1);
  EXPECT_NEAR(centre(motto.front(), motto.back()), centre(title.front(), title.back()), 1);
  EXPECT_NEAR(centre(body.front(), body.back()), kLeft + mm_to_pt(65) / 2, 1);
  EXPECT_NEAR(body.front().y_min, title.front().y_min, 1.5);
  // The number shares its line with the italic date, which sits under the motto.
  BoxWord number = only_word(page, "Số:");
  BoxWord date = only_word(page, "Khê,");
  EXPECT_NEAR(number.y_max, date.y_max, 1);
  EXPECT_GT(date.y_min, motto.front().y_max);
  auto date_line = line_of(page, date, split);
  EXPECT_NEAR(centre(date_line.front(), date_line.back()), centre(title.front(), title.back()), 1);
  // Document type centred on the text area.
  auto type_line = line_of(page, only_word(page, "BÁO"));
  EXPECT_NEAR(centre(type_line.front(), type_line.back()), (kLeft + kRight) / 2, 1);
}

TEST_F(RenderedBriefings, PartyHeaderColumnsAndStar) {
  ASSERT_FALSE(party().pages().empty());
  const BoxPage& page = party().pages()[0];
  const double split = kLeft + mm_to_pt(75);
  auto header = line_of(page, only_word(page, "CỘNG"), split);
  ASSERT_EQ(header.size(), 5u);
  EXPECT_EQ(header.front().text, "ĐẢNG");
  EXPECT_NEAR(centre(header.front(), header.back()), (split + kRight) / 2, 1);
  BoxWord star = only_word(page, "*");
  auto body = line_of(page, only_word(page, "ỦY"), 0, split);
  ASSERT_EQ(body.size(), 4u);
  EXPECT_NEAR((star.x_min + star.x_max) / 2, centre(body.front(), body.back()), 1);
  EXPECT_GT(star.y_min, body.front().y_min);
  BoxWord number = only_word(page, "125-BC/TU");
  EXPECT_GT(number.y_min, star.y_min);
  BoxWord date = only_word(page, "Khê,");
  EXPECT_GT(date.y_min, header.front().y_max);
  EXPECT_GT(date.x_min, split);
}

TEST_F(RenderedBriefings, SignatureRightRecipientsLeftOnTheSameFirstLine) {
  for (const Rendered* r : both()) {
    ASSERT_FALSE(r->pages().empty());
    const BoxPage& page = r->pages().back();
    BoxWord recipients = only_word(page, "Nơi");
    BoxWord authority = r == &state() ? only_word(page, "TM.") : only_word(page, "T/M");
    EXPECT_NEAR(recipients.x_min, kLeft, kTolerance);
    EXPECT_GE(authority.x_min, (kLeft + kRight) / 2);
    // Baselines (bottom of the box less the descent) agree within the size difference.
    EXPECT_NEAR(recipients.y_max, authority.y_max, 1.0) << r->pdf;
  }
}

TEST_F(RenderedBriefings, LongTableRepeatsItsHeaderOnEveryPageItSpans) {
  const auto& pages = party().pages();
  std::map<int, std::size_t> row_page;  // row number -> page index
  std::size_t first_page = pages.size(), last_page = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const auto& w : pages[p].words) {
      // The TT column is the table's first 0.6/10.5 of the text width.
      if (!is_number(w.text) || w.x_max > kLeft + 30 || w.y_min < kTop) continue;
      row_page[std::stoi(w.text)] = p;
      first_page = std::min(first_page, p);
      last_page = std::max(last_page, p);
    }
  }
  ASSERT_EQ(row_page.size(), 120u) << "every row of the table is printed once";
  EXPECT_GE(last_page - first_page, 2u) << "the table spans at least three pages";
  for (std::size_t p = first_page; p <= last_page; ++p) {
    auto tt = find_words(pages[p], "TT");
    ASSERT_EQ(tt.size(), 1u) << "header row on page " << p + 1;
    for (const char* word : {"Đơn", "Kế", "Thực", "So"}) {
      auto found = find_words(pages[p], word);
      bool in_header = std::any_of(found.begin(), found.end(), [&](const BoxWord& w) {
        return std::abs(w.y_min - tt.front().y_min) < 12;
      });
      EXPECT_TRUE(in_header) << word << " in the header row on page " << p + 1;
    }
    // Above every row of the page.
    for (const auto& [row, page] : row_page)
      if (page == p) {
        for (const auto& w : find_words(pages[p], std::to_string(row)))
          if (w.x_max <= kLeft + 30) EXPECT_GT(w.y_min, tt.front().y_max);
      }
    if (p > first_page) EXPECT_LT(tt.front().y_min, kTop + 20) << "at the top of page " << p + 1;
  }
}

TEST_F(RenderedBriefings, ChartsCarryVietnameseLabelsAndNumbers) {
  std::string text = normalise_space(state().text());
  for (const char* expected :
       {"Biểu đồ 1. Kết quả so với kế hoạch các chỉ tiêu chủ yếu năm 2023", "% kế hoạch", "100,3",
        "112,4", "100,19", "101,35", "Kế hoạch (100%)", "Thực hiện (% kế hoạch)",
        "Biểu đồ 2. Giá trị sản xuất giai đoạn 2020 - 2023", "tỷ đồng", "18.797,4", "20.000",
        "Tổng giá trị sản xuất", "Công nghiệp - TTCN", "2021"})
    EXPECT_THAT(text, HasSubstr(expected));
}

TEST_F(RenderedBriefings, SameInputGivesIdenticalBytesInAnyTimeZone) {
  TempDir dir;
  Diagnostics again;
  {
    ScopedEnv tz("TZ", "America/Los_Angeles");
    again = write_briefing_pdf(state_briefing(), (dir / "again.pdf").string());
  }
  ASSERT_FALSE(again.has_errors()) << messages(again);
  EXPECT_TRUE(read_file(dir / "again.pdf") == read_file(state().pdf));
  EXPECT_FALSE(read_file(state().pdf) == read_file(party().pdf));
}

TEST(RenderDraft, BlankNumberKeepsRoomForTheNumber) {
  TempDir dir;
  Briefing b = state_briefing();
  b.header.number_line = "Số:     /BC-HĐND";
  b.body = {Paragraph{{{"Dự thảo."}}}};
  fs::path pdf = dir / "draft.pdf";
  auto d = write_briefing_pdf(b, pdf.string());
  ASSERT_FALSE(d.has_errors()) << messages(d);
  auto pages = word_boxes(pdf);
  ASSERT_EQ(pages.size(), 1u);
  BoxWord label = only_word(pages[0], "Số:");
  BoxWord rest = only_word(pages[0], "/BC-HĐND");
  // Five spaces of 13 pt Liberation Serif: 16.25 pt, where one would be 3.25 pt.
  EXPECT_NEAR(rest.x_min - label.x_max, 16.25, 0.5);
  EXPECT_NEAR(rest.y_min, label.y_min, 0.5);
}

TEST(RenderTable, NumbersWiderThanTheirColumnShrinkInsteadOfBreaking) {
  TempDir dir;
  Briefing b = state_briefing();
  Table table;
  // The number's column is given 3 ems of 12 pt, less than the number needs; the name the rest.
  table.columns = {{"Chỉ tiêu", 9, Align::left, true}, {"Số", 3, Align::right}};
  table.rows = {{{"Tổng giá trị sản xuất", "18.797,39"}}};
  b.body = {table};
  fs::path pdf = dir / "table.pdf";
  auto d = write_briefing_pdf(b, pdf.string());
  ASSERT_FALSE(d.has_errors()) << messages(d);
  auto pages = word_boxes(pdf);
  ASSERT_FALSE(pages.empty());
  BoxWord number = only_word(pages[0], "18.797,39");
  // The narrow column is less than a tenth of the text width; the number stays whole inside it.
  EXPECT_GE(number.x_min, kRight - (kRight - kLeft) / 10);
  EXPECT_LE(number.x_max, kRight);
  EXPECT_LT(number.y_max - number.y_min, 12 * 1.1);  // smaller than the 12 pt of the cells
}

// ---- failures: a message that says what is wrong, and no file -------------------------------

Briefing with_paragraph(std::string text) {
  Briefing b = state_briefing();
  b.body = {Paragraph{{{std::move(text)}}}};
  return b;
}

TEST(RenderFailures, CharacterWithoutGlyphIsNamedAndNoFileIsLeft) {
  TempDir dir;
  fs::path pdf = dir / "out.pdf";
  auto d =
      write_briefing_pdf(with_paragraph("Chữ Hán 一 và biểu tượng 😀 không in được"), pdf.string());
  ASSERT_EQ(d.error_count(), 2u) << messages(d);
  EXPECT_THAT(d.errors()[0].message, HasSubstr("U+4E00 \"一\""));
  EXPECT_THAT(d.errors()[0].message, HasSubstr("Chữ Hán 一 và biểu tượng"));
  EXPECT_THAT(d.errors()[1].message, HasSubstr("U+1F600"));
  EXPECT_FALSE(d.errors()[0].hint.empty());
  EXPECT_EQ(d.errors()[0].file, "hdnd");
  EXPECT_FALSE(fs::exists(pdf));
}

TEST(RenderFailures, MissingFontsAreNamedWithWhereToGetThem) {
  TempDir dir;
  fs::path pdf = dir / "out.pdf";
  PdfOptions options;
  options.font_dir = (dir / "no-fonts").string();
  auto d = write_briefing_pdf(state_briefing(), pdf.string(), options);
  ASSERT_EQ(d.error_count(), 4u) << messages(d);
  EXPECT_THAT(d.errors()[0].file, HasSubstr("LiberationSerif-Regular.ttf"));
  EXPECT_THAT(d.errors()[0].hint, HasSubstr("fonts-liberation2"));
  EXPECT_FALSE(fs::exists(pdf));
}

TEST(RenderFailures, BrokenFontFileIsReportedNotThrown) {
  TempDir dir;
  for (const char* face : {"Regular", "Bold", "Italic", "BoldItalic"})
    write_file(dir / (std::string("LiberationSerif-") + face + ".ttf"), "not a font");
  fs::path pdf = dir / "out.pdf";
  PdfOptions options;
  options.font_dir = dir.path().string();
  auto d = write_briefing_pdf(state_briefing(), pdf.string(), options);
  ASSERT_TRUE(d.has_errors());
  EXPECT_THAT(d.errors()[0].message, HasSubstr("LiberationSerif-Regular.ttf"));
  EXPECT_FALSE(fs::exists(pdf));
}

TEST(RenderFailures, MissingColourProfile) {
  TempDir dir;
  fs::path pdf = dir / "out.pdf";
  PdfOptions options;
  options.icc_profile = (dir / "none.icc").string();
  auto d = write_briefing_pdf(state_briefing(), pdf.string(), options);
  ASSERT_EQ(d.error_count(), 1u) << messages(d);
  EXPECT_THAT(d.errors()[0].hint, HasSubstr("icc-profiles-free"));
  EXPECT_FALSE(fs::exists(pdf));
}

TEST(RenderFailures, UnwritableOutputLeavesNothing) {
  TempDir dir;
  fs::path pdf = dir / "missing-folder" / "out.pdf";
  auto d = write_briefing_pdf(with_paragraph("Nội dung."), pdf.string());
  ASSERT_EQ(d.error_count(), 1u) << messages(d);
  EXPECT_EQ(d.errors()[0].file, pdf.string());
  EXPECT_FALSE(fs::exists(pdf));
}

TEST(RenderFailures, MalformedTablesAndChartsAreReported) {
  TempDir dir;
  fs::path pdf = dir / "out.pdf";
  Briefing b = state_briefing();
  Table table = long_table(3);
  table.rows.push_back({{"4", "Chỉ tiêu", "tỷ đồng", "1", "2", "3", "thừa một ô"}});
  Chart chart = trend_chart();
  chart.series[0].values.pop_back();
  b.body = {table, chart};
  auto d = write_briefing_pdf(b, pdf.string());
  ASSERT_EQ(d.error_count(), 2u) << messages(d);
  EXPECT_THAT(d.errors()[0].message, HasSubstr("7 cells for 6 columns"));
  EXPECT_THAT(d.errors()[1].message, HasSubstr("3 values for 4 categories"));
  EXPECT_FALSE(fs::exists(pdf));
}

TEST(RenderFailures, InvalidReportDate) {
  TempDir dir;
  fs::path pdf = dir / "out.pdf";
  Briefing b = with_paragraph("Nội dung.");
  b.report_date = {2023, 2, 30};
  auto d = write_briefing_pdf(b, pdf.string());
  ASSERT_EQ(d.error_count(), 1u) << messages(d);
  EXPECT_THAT(d.errors()[0].message, HasSubstr("2023-02-30"));
  EXPECT_FALSE(fs::exists(pdf));
}

}  // namespace
}  // namespace baocao::testing

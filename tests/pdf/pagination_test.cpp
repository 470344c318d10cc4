// Pagination of the body, read back with pdftotext -bbox: the closing never stands on a page
// without the body's last lines, and a chart or table short of room never leaves more than a
// third of a page blank when text after it could fill the space. Each case is laid out with
// every amount of text before it (one line more each time), so that the page break falls at
// every place the rule is about.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include <fmt/format.h>

#include "pdf/pdf_tools.hpp"
#include "pdf/render.hpp"
#include "pdf/samples.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

namespace fs = std::filesystem;

const double kTop = mm_to_pt(20);
const double kBottom = 841.89 - mm_to_pt(20);
// The closing sentence; its first word is found on the page.
const std::string kClosingWord = "Kính-báo-cáo";
const std::string kClosingSentence = kClosingWord + " Thường trực Hội đồng nhân dân thị xã.";

Paragraph line_of_text(int i) {
  return Paragraph{{{fmt::format("Dòng {} của phần đầu báo cáo.", i)}}};
}

Paragraph long_paragraph(int i) {
  std::string s = fmt::format("Đoạn {}: ", i);
  for (int k = 0; k < 5; ++k)
    s += "tiếp tục thực hiện có hiệu quả các nghị quyết của Hội đồng nhân dân thị xã; ";
  return Paragraph{{{s + "kết thúc."}}};
}

std::vector<BoxPage> render(const Briefing& briefing, const TempDir& dir, const std::string& name) {
  fs::path pdf = dir / (name + ".pdf");
  auto diagnostics = write_briefing_pdf(briefing, pdf.string());
  EXPECT_FALSE(diagnostics.has_errors());
  return word_boxes(pdf);
}

// Words above `y` on `page`, the page number in the top margin left out.
std::size_t words_above(const BoxPage& page, double y) {
  return static_cast<std::size_t>(
      std::count_if(page.words.begin(), page.words.end(),
                    [&](const BoxWord& w) { return w.y_min >= kTop && w.y_max <= y + 0.5; }));
}

double lowest(const BoxPage& page) {
  double y = kTop;
  for (const auto& w : page.words) y = std::max(y, w.y_max);
  return y;
}

// The page of the closing sentence holds more of the body than that sentence.
void expect_closing_with_body(const std::vector<BoxPage>& pages, const std::string& what) {
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto found = find_words(pages[p], kClosingWord);
    if (found.empty()) continue;
    EXPECT_GT(words_above(pages[p], found.front().y_min - 1), 0u)
        << what << ": page " << p + 1 << " holds only the closing";
    auto recipients = find_words(pages[p], "nhận:");
    EXPECT_FALSE(recipients.empty()) << what << ": the signature left its closing sentence";
    return;
  }
  ADD_FAILURE() << what << ": no closing sentence";
}

void expect_no_page_a_third_blank(const std::vector<BoxPage>& pages, const std::string& what) {
  double limit = (kBottom - kTop) / 3;
  for (std::size_t p = 0; p + 1 < pages.size(); ++p)
    EXPECT_LE(kBottom - lowest(pages[p]), limit)
        << what << ": page " << p + 1 << " of " << pages.size() << " is "
        << (kBottom - lowest(pages[p])) << " pt blank";
}

// For every amount of text before it (one line more each time, over a page): `n` lines,
// then `middle`, then `paragraphs_after` long paragraphs and the closing sentence, rendered
// and handed to `expect` with a description of the case.
template <typename Expect>
void for_every_start(const std::vector<Block>& middle, int paragraphs_after,
                     const std::string& what, Expect expect) {
  TempDir dir;
  for (int n = 0; n < 32; ++n) {
    Briefing b = state_briefing();
    b.body.clear();
    for (int i = 0; i < n; ++i) b.body.push_back(line_of_text(i));
    b.body.insert(b.body.end(), middle.begin(), middle.end());
    for (int i = 0; i < paragraphs_after; ++i) b.body.push_back(long_paragraph(i));
    b.body.push_back(Paragraph{{{kClosingSentence}}});
    expect(render(b, dir, "case"), fmt::format("{} lines, {}", n, what));
  }
}

TEST(Pagination, ClosingStaysWithTheLastRowsOfATable) {
  for_every_start({long_table(8)}, 0, "a table, the closing", expect_closing_with_body);
}

TEST(Pagination, ClosingStaysWithTheLastLinesOfAParagraph) {
  for_every_start({long_paragraph(0)}, 0, "a paragraph, the closing", expect_closing_with_body);
}

// The page of a table's first note holds a row of the table above it.
void expect_notes_with_table(const std::vector<BoxPage>& pages, const std::string& what) {
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto note = find_words(pages[p], "Ghi-chú-một");
    if (note.empty()) continue;
    auto units = find_words(pages[p], "đồng");  // a row's unit, "tỷ đồng"
    EXPECT_TRUE(std::any_of(units.begin(), units.end(),
                            [&](const BoxWord& w) { return w.y_max <= note.front().y_min; }))
        << what << ": page " << p + 1 << " starts with the table's notes";
    return;
  }
  ADD_FAILURE() << what << ": no note";
}

Table table_with_notes() {
  Table table = long_table(8);
  table.notes = {"(1) Ghi-chú-một kế hoạch suy ra từ tỷ lệ thực hiện đã công bố.",
                 "(2) Số liệu ước thực hiện cả năm, chưa được thống kê xác nhận."};
  return table;
}

TEST(Pagination, TableNotesStayWithItsLastRowAndTheClosing) {
  for_every_start({table_with_notes()}, 0, "a table with notes, the closing",
                  [](const std::vector<BoxPage>& pages, const std::string& what) {
                    expect_notes_with_table(pages, what);
                    expect_closing_with_body(pages, what);
                  });
}

TEST(Pagination, TableNotesStayWithItsLastRow) {
  for_every_start({table_with_notes()}, 6, "a table with notes, text",
                  [](const std::vector<BoxPage>& pages, const std::string& what) {
                    expect_notes_with_table(pages, what);
                    expect_no_page_a_third_blank(pages, what);
                  });
}

// A last group of one row: its group row stays with that row, kept with the notes.
TEST(Pagination, GroupRowStaysWithTheLastRowKeptWithTheNotes) {
  Table table = table_with_notes();
  Table longer = long_table(41);  // "Nhóm 2" over row 41 alone
  table.rows = longer.rows;
  for_every_start({table}, 6, "a table ending with a group of one row, text",
                  [](const std::vector<BoxPage>& pages, const std::string& what) {
                    expect_notes_with_table(pages, what);
                    std::size_t group_page = 0;
                    std::size_t note_page = 0;
                    for (std::size_t p = 0; p < pages.size(); ++p) {
                      if (!find_words(pages[p], "Nhóm").empty()) group_page = p;
                      if (!find_words(pages[p], "Ghi-chú-một").empty()) note_page = p;
                    }
                    EXPECT_EQ(group_page, note_page)
                        << what << ": the last group row is on page " << group_page + 1
                        << ", its row and the notes on page " << note_page + 1;
                  });
}

void expect_well_filled(const std::vector<BoxPage>& pages, const std::string& what) {
  expect_no_page_a_third_blank(pages, what);
  expect_closing_with_body(pages, what);
}

TEST(Pagination, ChartShortOfRoomShrinksOrFloatsBelowTheNextParagraphs) {
  for_every_start({plan_chart()}, 6, "a chart, text", expect_well_filled);
}

TEST(Pagination, ChartUnderAHeadingShrinksRatherThanTakeTheHeadingAlong) {
  for_every_start({Heading{2, "1. Biểu đồ"}, plan_chart()}, 6, "a heading, a chart, text",
                  expect_well_filled);
}

// Whether the first long paragraph after the table comes before its caption.
bool table_floated(const std::vector<BoxPage>& pages) {
  for (const auto& page : pages) {
    auto text = find_words(page, "Đoạn");
    auto caption = find_words(page, "Bảng");
    if (!caption.empty()) return !text.empty() && text.front().y_min < caption.front().y_min;
    if (!text.empty()) return true;
  }
  return false;
}

TEST(Pagination, TableShortOfRoomFloatsBelowTheNextParagraphs) {
  // Rows tall enough that the caption and first rows take more than a third of a page, so that
  // they leave too much blank where they do not fit, but each under a third: a row is never
  // split, so the break before a taller one would leave that blank whatever the layout does.
  // The columns as the briefing fits them: each other one as wide as its widest number or
  // header word (in ems of the cell text), the name taking the room they leave.
  Table table = long_table(3);
  const double widths[] = {1.5, 4, 3, 4, 4, 4.5};
  for (std::size_t c = 0; c < table.columns.size(); ++c) table.columns[c].width = widths[c];
  table.columns[1].fill = true;
  for (auto& row : table.rows)
    if (!row.group && row.cells.size() > 1)
      for (int k = 0; k < 6; ++k)
        row.cells[1] +=
            " có tên rất dài, phải xuống dòng nhiều lần trong ô hẹp của bảng tổng "
            "hợp các chỉ tiêu chủ yếu của nhiệm kỳ";
  int floated = 0;
  for_every_start({table}, 6, "a table, text",
                  [&](const std::vector<BoxPage>& pages, const std::string& what) {
                    expect_well_filled(pages, what);
                    floated += table_floated(pages) ? 1 : 0;
                  });
  EXPECT_GT(floated, 0) << "the table never floated: the case no longer tests the rule";
}

}  // namespace
}  // namespace baocao::testing

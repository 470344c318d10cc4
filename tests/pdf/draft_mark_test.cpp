// The draft mark in the PDF: "DỰ THẢO", bold, in a thin box at the top right of page 1 (in the
// top margin, so a draft pages as its final does), and none on a final, whose signer's name is
// bold under the signing space.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <regex>
#include <sstream>

#include "briefing/draft.hpp"
#include "layout/preset.hpp"
#include "pdf/pdf_dump.hpp"
#include "pdf/pdf_tools.hpp"
#include "pdf/render.hpp"
#include "pdf/samples.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// The page and the text area of both presets (the spec gives them the same), in points.
const layout::PresetLayout& kLayout = layout::preset_layout(Preset::state);
const double kPageHeight = mm_to_pt(kLayout.page_height_mm);
const double kRight = mm_to_pt(kLayout.page_width_mm - kLayout.margins.right_mm);
const double kTop = mm_to_pt(kLayout.margins.top_mm);

struct Written {
  fs::path pdf;
  std::vector<BoxPage> pages;
  std::string dump;
};

Written write(const Briefing& briefing, const TempDir& dir, const std::string& name) {
  Written w{dir / (name + ".pdf"), {}, {}};
  Diagnostics d = write_briefing_pdf(briefing, w.pdf.string());
  EXPECT_FALSE(d.has_errors()) << (d.items().empty() ? "" : to_string(d.items()[0]));
  w.pages = word_boxes(w.pdf);
  w.dump = pdf_dump(w.pdf);
  return w;
}

// The font resource ("Ft8") of the first text object of the dump that draws `word`.
std::string font_of(const std::string& dump, const std::string& word) {
  std::istringstream lines(dump);
  static const std::regex object(R"(^BT /(\w+) [\d.]+ Tf .*% "(.*)\"$)");
  std::smatch m;
  for (std::string line; std::getline(lines, line);)
    if (std::regex_match(line, m, object) && m[2].str().rfind(word, 0) == 0) return m[1];
  ADD_FAILURE() << "no text object draws " << word;
  return {};
}

// The rectangles page 1 strokes ("x y w h re"), in top-down coordinates as x0, y0, x1, y1.
std::vector<std::array<double, 4>> rectangles_of_page_one(const std::string& dump) {
  std::string page = dump.substr(0, dump.find("==== page 2"));
  std::vector<std::array<double, 4>> out;
  static const std::regex re(R"(([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re)");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), re); it != std::sregex_iterator();
       ++it) {
    double x = std::stod((*it)[1]), y = std::stod((*it)[2]);
    double w = std::stod((*it)[3]), h = std::stod((*it)[4]);
    out.push_back({x, kPageHeight - y - h, x + w, kPageHeight - y});
  }
  return out;
}

class DraftMark : public ::testing::TestWithParam<Preset> {
 protected:
  Briefing sample() const {
    return GetParam() == Preset::state ? state_briefing() : party_briefing();
  }
};

TEST_P(DraftMark, ABoldBoxAtTheTopRightOfPageOneInTheMargin) {
  TempDir dir;
  Briefing b = sample();
  b.draft = draft_status("", "");
  Written w = write(b, dir, "draft");
  ASSERT_GE(w.pages.size(), 2u);
  auto first = find_words(w.pages[0], "DỰ");
  auto second = find_words(w.pages[0], "THẢO");
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  const BoxWord& d = first.front();
  const BoxWord& t = second.front();
  EXPECT_NEAR(d.y_min, t.y_min, 0.5) << "one line";
  EXPECT_LT(t.y_max, kTop - mm_to_pt(2)) << "in the top margin, above the header";
  EXPECT_GT(d.y_min, mm_to_pt(5));
  EXPECT_GT(t.x_max, kRight - 12) << "at the right";
  EXPECT_LE(t.x_max, kRight);
  EXPECT_NEAR(t.y_max - t.y_min, 14 * 1.15, 3) << "14 pt";
  for (std::size_t p = 1; p < w.pages.size(); ++p)
    EXPECT_TRUE(find_words(w.pages[p], "DỰ").empty()) << "page " << p + 1;
  // Bold: the font of the document type ("BÁO CÁO", bold in both presets).
  EXPECT_EQ(font_of(w.dump, "DỰ"), font_of(w.dump, "BÁO"));
  // In a box that holds both words, its right side on the right margin.
  auto boxes = rectangles_of_page_one(w.dump);
  bool boxed = std::any_of(boxes.begin(), boxes.end(), [&](const auto& r) {
    return r[0] < d.x_min && r[2] > t.x_max && r[1] < d.y_min && r[3] > d.y_max &&
           std::abs(r[2] - kRight) < 0.5 && r[3] < kTop;
  });
  EXPECT_TRUE(boxed) << "no rectangle around the mark";
}

TEST_P(DraftMark, ADraftPagesAsItsFinalDoes) {
  TempDir dir;
  Briefing final_briefing = sample();
  Briefing draft = final_briefing;
  draft.draft = draft_status("", "");
  Written a = write(final_briefing, dir, "final");
  Written b = write(draft, dir, "draft");
  ASSERT_EQ(a.pages.size(), b.pages.size());
  auto in_order = [](std::vector<BoxWord> words) {
    std::erase_if(words, [](const BoxWord& w) { return w.text == "DỰ" || w.text == "THẢO"; });
    std::sort(words.begin(), words.end(), [](const BoxWord& x, const BoxWord& y) {
      return std::tie(x.y_min, x.x_min) < std::tie(y.y_min, y.x_min);
    });
    return words;
  };
  for (std::size_t p = 0; p < a.pages.size(); ++p) {
    auto final_words = in_order(a.pages[p].words);
    auto draft_words = in_order(b.pages[p].words);
    ASSERT_EQ(draft_words.size(), final_words.size()) << "page " << p + 1;
    for (std::size_t i = 0; i < draft_words.size(); ++i) {
      EXPECT_EQ(draft_words[i].text, final_words[i].text);
      EXPECT_NEAR(draft_words[i].y_min, final_words[i].y_min, 0.01) << draft_words[i].text;
    }
  }
}

TEST_P(DraftMark, AFinalHasNoMarkAndItsSignersNameInBoldUnderTheSigningSpace) {
  TempDir dir;
  Briefing b = sample();
  ASSERT_FALSE(b.draft.is_draft());
  ASSERT_FALSE(b.signature.name.empty());
  Written w = write(b, dir, "final");
  EXPECT_THAT(pdf_text(w.pdf), Not(HasSubstr("DỰ THẢO")));
  std::string first_name = b.signature.name.substr(0, b.signature.name.find(' '));
  const BoxPage& last = w.pages.back();
  auto name = find_words(last, first_name);
  auto title = find_words(last, b.signature.title.substr(0, b.signature.title.find(' ')));
  ASSERT_FALSE(name.empty());
  ASSERT_FALSE(title.empty());
  EXPECT_GT(name.back().y_min - title.back().y_max, mm_to_pt(20)) << "room for the signature";
  EXPECT_EQ(font_of(w.dump, first_name), font_of(w.dump, "BÁO"));
}

INSTANTIATE_TEST_SUITE_P(BothPresets, DraftMark, ::testing::Values(Preset::state, Preset::party),
                         [](const auto& p) {
                           return p.param == Preset::state ? std::string("state")
                                                           : std::string("party");
                         });

}  // namespace
}  // namespace baocao::testing

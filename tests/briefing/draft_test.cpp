// Drafts and finals: decided once by the template stage from the number and the signer's name,
// said in words for the build, and shown by render-text.
#include "briefing/draft.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "briefing/template.hpp"
#include "core/unicode.hpp"
#include "fixture.hpp"

namespace baocao {
namespace {

using ::testing::ElementsAre;
using testing::Fixture;
using ::testing::HasSubstr;
using testing::kPartyToml;
using testing::kStateToml;
using ::testing::Not;
using testing::TempDir;
using testing::write_template;

TEST(DraftStatus, AFinalHasItsNumberAndItsSignersName) {
  DraftStatus final_status = draft_status("05", "Nguyễn Văn A");
  EXPECT_FALSE(final_status.is_draft());
  EXPECT_TRUE(final_status.missing.empty());
  EXPECT_TRUE(final_status.mark.empty());
}

TEST(DraftStatus, ABlankNumberOrNameMakesADraft) {
  EXPECT_THAT(draft_status("", "Nguyễn Văn A").missing, ElementsAre(FinalPart::number));
  EXPECT_THAT(draft_status("05", " \t").missing, ElementsAre(FinalPart::signer_name));
  DraftStatus neither = draft_status("  ", "");
  EXPECT_THAT(neither.missing, ElementsAre(FinalPart::number, FinalPart::signer_name));
  EXPECT_TRUE(neither.is_draft());
  EXPECT_EQ(neither.mark, "DỰ THẢO");
}

TEST(DraftStatus, SaysWhatIsMissingAndHowToGiveIt) {
  Briefing b;
  b.name = "thi-uy";
  b.issuer = "party";
  b.draft = draft_status("", "");
  EXPECT_EQ(describe_missing(b, "data/unit.toml"),
            "the document number (--number thi-uy=N) and the signer's name (signer_name = \"…\" "
            "in [bodies.party] of data/unit.toml)");
  b.draft = draft_status("125", "");
  EXPECT_EQ(describe_missing(b, "d/unit.toml"),
            "the signer's name (signer_name = \"…\" in [bodies.party] of d/unit.toml)");
  b.draft = draft_status("125", "Trần Thị B");
  EXPECT_EQ(describe_missing(b, "d/unit.toml"), "");
}

class DraftTemplateTest : public ::testing::Test {
 protected:
  TempDir dir;
  Fixture fx;  // [bodies.council] has a signer's name, [bodies.party] none

  Briefing build(const std::string& name, const std::string& toml) {
    write_template(dir.path(), name, toml, "Báo cáo.\n");
    auto result = build_briefing(dir.path().string(), name, fx.request());
    EXPECT_TRUE(result.briefing);
    return result.briefing.value_or(Briefing{});
  }
};

TEST_F(DraftTemplateTest, TheBriefingCarriesItsStatusAndIssuer) {
  fx.number = "5";
  Briefing signed_and_numbered = build("hdnd", kStateToml);
  EXPECT_EQ(signed_and_numbered.issuer, "council");
  EXPECT_FALSE(signed_and_numbered.draft.is_draft());

  fx.number = "";
  EXPECT_THAT(build("hdnd", kStateToml).draft.missing, ElementsAre(FinalPart::number));

  fx.number = "125";
  Briefing unsigned_party = build("thi-uy", kPartyToml);
  EXPECT_EQ(unsigned_party.issuer, "party");
  EXPECT_THAT(unsigned_party.draft.missing, ElementsAre(FinalPart::signer_name));
}

TEST_F(DraftTemplateTest, RenderTextShowsTheMarkInABoxAboveTheHeaderOfADraftOnly) {
  fx.number = "5";
  std::string final_text = render_text(build("hdnd", kStateToml));
  EXPECT_THAT(final_text, Not(HasSubstr("DỰ THẢO")));
  EXPECT_EQ(final_text.rfind("HỘI ĐỒNG NHÂN DÂN", 0), 0u);

  fx.number = "";
  std::string draft = render_text(build("hdnd", kStateToml));
  const std::string boxed = "│ DỰ THẢO │";
  auto at = draft.find(boxed);
  ASSERT_NE(at, std::string::npos);
  EXPECT_LT(at, draft.find("HỘI ĐỒNG NHÂN DÂN"));
  EXPECT_EQ(draft.find("DỰ THẢO", at + boxed.size()), std::string::npos) << "once";
  // The box's right edge is the national title's.
  auto line_end = [&](std::string_view needle) {
    std::size_t begin = draft.rfind('\n', draft.find(needle));
    begin = begin == std::string::npos ? 0 : begin + 1;
    std::string line = draft.substr(begin, draft.find('\n', begin) - begin);
    return count_code_points(line);
  };
  EXPECT_EQ(line_end("│ DỰ THẢO │"), line_end("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
}

}  // namespace
}  // namespace baocao

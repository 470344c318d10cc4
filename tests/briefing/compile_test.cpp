// One piece of template text against the hand-made model: names checked, figures formatted,
// sentences with missing figures left out.
#include "briefing/compile.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fixture.hpp"

namespace baocao::briefing {
namespace {

using ::testing::HasSubstr;

class CompileTest : public ::testing::Test {
 protected:
  testing::Fixture fx;
  std::unique_ptr<TemplateModel> model;
  Diagnostics diagnostics;

  void SetUp() override { model = std::make_unique<TemplateModel>(fx.data, fx.summary, fx.date); }

  Piece piece(const std::string& text, int line = 3) {
    return Piece{text, "t/body.md", {line, 1}, true};
  }

  // The rendered text, or "<error>" when the piece does not compile.
  std::string render(const std::string& text) {
    auto compiled = compile_text(piece(text), *model, diagnostics);
    if (!compiled) return "<error>";
    return render_piece(*compiled, *model, diagnostics).text;
  }

  std::string first_error() {
    auto errors = diagnostics.errors();
    return errors.empty() ? "" : to_string(errors.front());
  }
};

TEST_F(CompileTest, TheArticlesSentence) {
  EXPECT_EQ(render("{{#KT.GTSX}}{{ten}} {{dat}} {{ket_qua}}{{#pct_ke_hoach}}, bằng "
                   "{{pct_ke_hoach}} {{tu_ke_hoach}}{{/pct_ke_hoach}}{{#thay_doi}}, {{thay_doi}} "
                   "so với {{ky.truoc}}{{/thay_doi}}.{{/KT.GTSX}}"),
            "Tổng giá trị sản xuất (giá hiện hành) đạt 18.797,39 tỷ đồng, bằng 100,3% kế "
            "hoạch, tăng 12,83% so với năm 2022.");
  EXPECT_EQ(diagnostics.items().size(), 0u);
}

TEST_F(CompileTest, DottedNamesWithoutSection) {
  EXPECT_EQ(render("{{KT.GTSX.ket_qua}}; {{KT.GTSX.nam_truoc}}; {{KT.GTSX.trang_thai}}; "
                   "{{KT.GTSX.tang_truong_bq}}; {{KT.GTSX.ke_hoach_nam_sau}}; {{KT.GTSX.ma}}; "
                   "{{KT.GTSX.nhom}}; {{KT.GTSX.don_vi}}; {{KT.GTSX.phong_ban}}"),
            "18.797,39 tỷ đồng; 16.659,74 tỷ đồng; vượt; 11,2%; 21.000,5 tỷ đồng; KT.GTSX; "
            "Kinh tế; tỷ đồng; Chi cục Thống kê");
}

TEST_F(CompileTest, EstimatesRangesRatesAndSpans) {
  EXPECT_EQ(render("{{#NS.CHI}}{{ten}} {{thuc_hien}} {{ket_qua}}, bằng {{pct_ke_hoach}} "
                   "{{tu_ke_hoach}}; {{trang_thai}}.{{/NS.CHI}}"),
            "Tổng chi ngân sách ước thực hiện 429,789 tỷ đồng, bằng 95,28% dự toán; không đánh "
            "giá.");
  EXPECT_EQ(render("Các xã {{NTM.NC.dat}} {{NTM.NC.ket_qua}}."), "Các xã đạt 9–14/19 tiêu chí.");
  EXPECT_EQ(render("Hộ nghèo còn {{XH.HN.ket_qua}}, {{XH.HN.thay_doi}}."),
            "Hộ nghèo còn 1,42%, giảm 0,5 điểm %.");
  EXPECT_EQ(render("Bình quân {{KT.TTGT.giai_doan}} đạt {{KT.TTGT.gia_tri_giai_doan}}/năm."),
            "Bình quân giai đoạn 2021-2023 đạt 12,5%/năm.");
}

TEST_F(CompileTest, PeriodAndUnitNames) {
  EXPECT_EQ(render("{{ky.ten}}|{{ky.nam}}|{{ky.truoc}}|{{ky.nam_sau}}|{{ky.ten_nam_sau}}|"
                   "{{ky.nhiem_ky}}|{{ky.nam_goc}}|{{ky.ngay}}|{{ky.noi_ngay}}|"
                   "{{dia_phuong.ten}}|{{dia_phuong.tinh}}|{{dia_phuong.noi}}"),
            "năm 2023|2023|năm 2022|2024|năm 2024|2020-2025|2020|ngày 05 tháng 01 năm 2024|An "
            "Khê, ngày 05 tháng 01 năm 2024|thị xã An Khê|Gia Lai|An Khê");
}

TEST_F(CompileTest, OptionalClauseDisappearsWithoutItsFigure) {
  std::string sentence =
      "{{#XH.HN}}Tỷ lệ hộ nghèo còn {{ket_qua}}{{#pct_ke_hoach}}, bằng {{pct_ke_hoach}} "
      "kế hoạch{{/pct_ke_hoach}}.{{/XH.HN}}";
  EXPECT_EQ(render(sentence), "Tỷ lệ hộ nghèo còn 1,42%.");
  EXPECT_TRUE(diagnostics.items().empty());
}

TEST_F(CompileTest, InvertedSectionAndDot) {
  EXPECT_EQ(render("{{#XH.HN}}{{^ke_hoach}}chưa giao kế hoạch{{/ke_hoach}}{{/XH.HN}}"),
            "chưa giao kế hoạch");
  EXPECT_EQ(render("{{#KT.GTSX}}{{^ke_hoach}}chưa giao kế hoạch{{/ke_hoach}}{{/KT.GTSX}}x"), "x");
  EXPECT_EQ(render("{{#KT.GTSX.thay_doi}}{{.}} so với {{ky.truoc}}{{/KT.GTSX.thay_doi}}"),
            "tăng 12,83% so với năm 2022");
}

TEST_F(CompileTest, MissingFigureDropsItsSentenceWithAWarning) {
  std::string text =
      "Câu đầu. {{#XH.HN}}Tỷ lệ hộ nghèo còn {{ket_qua}}, bằng {{pct_ke_hoach}} kế "
      "hoạch.{{/XH.HN}} Câu cuối.";
  EXPECT_EQ(render(text), "Câu đầu. Câu cuối.");
  auto warnings = diagnostics.warnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].file, "t/body.md");
  EXPECT_EQ(warnings[0].line, 3);
  EXPECT_EQ(warnings[0].column, 57);  // where {{pct_ke_hoach}} is
  EXPECT_THAT(warnings[0].message, HasSubstr("XH.HN has no value for {{pct_ke_hoach}}"));
  EXPECT_THAT(warnings[0].message, HasSubstr("Tỷ lệ hộ nghèo còn 1,42%, bằng {{pct_ke_hoach}}"));
  EXPECT_THAT(warnings[0].hint, HasSubstr("{{#pct_ke_hoach}}"));
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST_F(CompileTest, MissingFigureNeverPrintsBlankDashOrZero) {
  std::string out = render("Kế hoạch {{XH.LDVL.ke_hoach}} người.");
  EXPECT_EQ(out, "");
  EXPECT_EQ(diagnostics.warning_count(), 1u);
}

TEST_F(CompileTest, MissingFigureOnALaterLineIsLocated) {
  render("Một câu.\nHai {{XH.HN.ke_hoach}} câu.");
  auto warnings = diagnostics.warnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].line, 4);
  EXPECT_EQ(warnings[0].column, 5);
}

TEST_F(CompileTest, NestedIndicatorsDoNotBorrowFigures) {
  // XH.HN has no plan: inside its section {{ke_hoach}} must not fall back to KT.GTSX's plan.
  EXPECT_EQ(render("{{#KT.GTSX}}{{#XH.HN}}Kế hoạch {{ke_hoach}}.{{/XH.HN}}{{/KT.GTSX}}"), "");
  EXPECT_EQ(diagnostics.warning_count(), 1u);
}

TEST_F(CompileTest, HtmlEscapingIsOff) {
  EXPECT_EQ(
      render("{{XH.LDVL.ten}} – {{XH.LDVL.phong_ban}} <{{&XH.LDVL.ten}}> \"{{{XH.LDVL.ten}}}\""),
      "Lao động - TB&XH có việc làm – Phòng Lao động - TB&XH <Lao động - TB&XH có việc "
      "làm> \"Lao động - TB&XH có việc làm\"");
}

TEST_F(CompileTest, LetterHelpers) {
  EXPECT_EQ(render("{{#chu_hoa}}kết quả {{ky.ten}}{{/chu_hoa}}"), "KẾT QUẢ NĂM 2023");
  EXPECT_EQ(render("và {{#chu_thuong_dau}}{{KT.GTSX.ten}}{{/chu_thuong_dau}}"),
            "và tổng giá trị sản xuất (giá hiện hành)");
}

TEST_F(CompileTest, MissingFigureInsideAHelperStillDropsTheSentence) {
  EXPECT_EQ(render("A. {{#chu_hoa}}b {{XH.HN.ke_hoach}}{{/chu_hoa}}. C."), "A. C.");
  EXPECT_EQ(diagnostics.warning_count(), 1u);
}

TEST_F(CompileTest, UnknownPlaceholderIsAnErrorWithLineAndColumn) {
  EXPECT_EQ(render("Dòng một.\n  Tổng {{ky.tenn}} và {{KT.GTSX.ket_qa}}."), "<error>");
  auto errors = diagnostics.errors();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(to_string(errors[0]).substr(0, 18), "t/body.md:4:8: err");
  EXPECT_THAT(errors[0].message, HasSubstr("unknown placeholder {{ky.tenn}}"));
  EXPECT_THAT(errors[0].hint, HasSubstr("did you mean {{ky.ten}}?"));
  EXPECT_EQ(errors[1].line, 4);
  EXPECT_EQ(errors[1].column, 23);
  EXPECT_THAT(errors[1].message, HasSubstr("indicator KT.GTSX has no field 'ket_qa'"));
  EXPECT_THAT(errors[1].hint, HasSubstr("did you mean {{ket_qua}}?"));
}

TEST_F(CompileTest, UnknownIndicatorCode) {
  EXPECT_EQ(render("{{#KT.GTXS}}{{ket_qua}}{{/KT.GTXS}}"), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("t/body.md:3:1: error: unknown indicator code KT.GTXS"));
  EXPECT_THAT(first_error(), HasSubstr("did you mean KT.GTSX?"));
}

TEST_F(CompileTest, FieldOutsideAnIndicator) {
  EXPECT_EQ(render("đạt {{ket_qua}}"), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("{{ket_qua}} is a field of an indicator"));
  EXPECT_THAT(first_error(), HasSubstr("{{KT.GTSX.ket_qua}}"));
}

TEST_F(CompileTest, IndicatorOrHelperUsedAsText) {
  EXPECT_EQ(render("{{KT.GTSX}} {{chu_hoa}}"), "<error>");
  auto errors = diagnostics.errors();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_THAT(errors[0].message, HasSubstr("names an indicator"));
  EXPECT_THAT(errors[1].message, HasSubstr("is a helper"));
}

TEST_F(CompileTest, SectionErrors) {
  EXPECT_EQ(render("{{#KT.GTSX}}{{ket_qua}}"), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("{{#KT.GTSX}} is not closed"));
  diagnostics = {};
  EXPECT_EQ(render("x {{/KT.GTSX}}"), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("t/body.md:3:3: error: {{/KT.GTSX}} closes a section"));
  diagnostics = {};
  EXPECT_EQ(render("{{#KT.GTSX}}{{#thay_doi}}{{/KT.GTSX}}{{/thay_doi}}"), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("does not close the last open section, {{#thay_doi}}"));
  diagnostics = {};
  EXPECT_EQ(render("a {{ky.ten"), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("t/body.md:3:3: error: a placeholder opened with {{"));
}

TEST_F(CompileTest, UnsupportedTags) {
  EXPECT_EQ(render("{{> bang}}"), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("partials are not used"));
  diagnostics = {};
  EXPECT_EQ(render("{{=<% %>=}}"), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("delimiters"));
}

TEST_F(CompileTest, UnclosedEmphasis) {
  EXPECT_EQ(render("Một **câu {{ky.ten}}."), "<error>");
  EXPECT_THAT(first_error(), HasSubstr("t/body.md:3:5: error: ** (bold) is opened here"));
  diagnostics = {};
  EXPECT_EQ(render("**Đậm** và \\* sao."), "Đậm và * sao.");
}

TEST_F(CompileTest, AllErrorsOfAPieceTogether) {
  render("{{a}} {{b}}\n{{KT.X.ten}} {{#c}}{{/c}}");
  EXPECT_EQ(diagnostics.error_count(), 4u);
}

TEST_F(CompileTest, Closest) {
  std::vector<std::string> names = {"ket_qua", "ke_hoach", "nam_truoc"};
  EXPECT_EQ(closest("ket_qa", names), "ket_qua");
  EXPECT_EQ(closest("kehoach", names), "ke_hoach");
  EXPECT_FALSE(closest("dia_phuong", names));
}

}  // namespace
}  // namespace baocao::briefing

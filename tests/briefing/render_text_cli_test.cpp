// `baocao render-text` through the built executable, on the shipped data: templates are read
// at run time, so a changed copy of a template changes the output without a rebuild.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::baocao::testing::shell_quoted;

using testing::CommandResult;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::TempDir;

const std::string kSentence =
    "Tổng giá trị sản xuất (giá hiện hành) đạt 18.797,39 tỷ đồng, bằng 100,3% kế hoạch, tăng "
    "12,83% so với năm 2022";

CommandResult render(const std::string& args) {
  return testing::run(testing::exe() + " render-text --data " +
                      shell_quoted(testing::shipped_data()) + " --date 2024-01-05 " + args);
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("not in the template: " + from);
  return text.replace(at, from.size(), to);
}

int line_of(const std::string& text, const std::string& what) {
  auto at = text.find(what);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

class RenderTextCli : public ::testing::Test {
 protected:
  TempDir dir;
  std::filesystem::path templates = dir / "templates";
  std::filesystem::path body = templates / "hdnd" / "body.md";

  void SetUp() override { testing::copy_dir(testing::shipped_templates(), templates); }
  CommandResult render_copy(const std::string& args = "--template hdnd") {
    return render("--templates " + shell_quoted(templates) + " " + args);
  }
};

TEST(RenderText, PrintsTheShippedBriefing) {
  auto r = render("--templates " + shell_quoted(testing::shipped_templates()) +
                  " --template hdnd --number 5");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr(kSentence));
  EXPECT_THAT(r.out, HasSubstr("Số: 05/BC-HĐND"));
  EXPECT_THAT(r.out, HasSubstr("An Khê, ngày 05 tháng 01 năm 2024"));
  EXPECT_THAT(r.out, HasSubstr("Nơi nhận:"));
  EXPECT_THAT(r.out, HasSubstr("- Lưu: VT."));
  EXPECT_THAT(r.out, HasSubstr("TM. THƯỜNG TRỰC HĐND"));
  EXPECT_EQ(r.err, "");
}

TEST(RenderText, EveryTemplateByDefaultWithNumbersPerTemplate) {
  auto r = render("--templates " + shell_quoted(testing::shipped_templates()) +
                  " --number hdnd=05 --number thi-uy=125");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("==== hdnd ===="));
  EXPECT_THAT(r.out, HasSubstr("==== thi-uy ===="));
  EXPECT_THAT(r.out, HasSubstr("==== ubnd ===="));
  EXPECT_THAT(r.out, HasSubstr("Số: 05/BC-HĐND"));
  EXPECT_THAT(r.out, HasSubstr("Số 125-BC/TU"));
  EXPECT_THAT(r.out, HasSubstr("Số:     /BC-UBND"));  // no --number for it: a draft
  EXPECT_THAT(r.out, HasSubstr("đã kết nạp 75 đảng viên, đạt 101,35% kế hoạch"));
}

TEST_F(RenderTextCli, AChangedSentenceChangesTheOutputWithoutARebuild) {
  std::string old_line = "Thường trực Hội đồng nhân dân thị xã kính báo cáo.";
  std::string new_line = "Kính trình Hội đồng nhân dân {{dia_phuong.ten}} xem xét.";
  auto before = render_copy();
  ASSERT_EQ(before.exit_code, 0) << before.err;
  EXPECT_THAT(before.out, HasSubstr(old_line));
  testing::write_file(body, replace(testing::read_file(body), old_line, new_line));
  auto after = render_copy();
  ASSERT_EQ(after.exit_code, 0) << after.err;
  EXPECT_THAT(after.out, HasSubstr("Kính trình Hội đồng nhân dân thị xã An Khê xem xét."));
  EXPECT_THAT(after.out, Not(HasSubstr(old_line)));
  EXPECT_THAT(after.out, HasSubstr(kSentence));
}

TEST_F(RenderTextCli, ReorderedSectionsAreRenumbered) {
  std::string text = testing::read_file(body);
  std::string budget = "## Ngân sách\n";
  auto start = text.find(budget);
  auto end = text.find("## Đô thị");
  std::string section = text.substr(start, end - start);
  text.erase(start, section.size());
  text = replace(text, "## Kinh tế\n", section + "## Kinh tế\n");
  testing::write_file(body, text);
  auto r = render_copy();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\n1. Ngân sách\n"));
  EXPECT_THAT(r.out, HasSubstr("\n2. Kinh tế\n"));
}

TEST_F(RenderTextCli, ChangedRecipients) {
  auto toml = templates / "hdnd" / "template.toml";
  testing::write_file(toml, replace(testing::read_file(toml), "\"UBND thị xã\",",
                                    "\"UBND thị xã\",\n  \"Phòng Lao động - TB&XH\","));
  auto r = render_copy();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("- UBND thị xã;"));
  EXPECT_THAT(r.out, HasSubstr("- Phòng Lao động - TB&XH;"));  // not HTML: & stays
}

TEST_F(RenderTextCli, UnknownPlaceholderFailsWithTheTemplatesFileAndLine) {
  std::string text = replace(testing::read_file(body), "## Ngân sách\n",
                             "## Ngân sách\n\nThu {{NS.THU.ket_qua}}, chi {{NS.CHI.ket_qa}}.\n");
  testing::write_file(body, text);
  int line = line_of(text, "Thu {{NS.THU.ket_qua}}");
  auto r = render_copy();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr(body.string() + ":" + std::to_string(line) +
                               ":29: error: indicator NS.CHI has no field 'ket_qa'"));
  EXPECT_THAT(r.err, HasSubstr("hint: did you mean {{ket_qua}}?"));
  EXPECT_THAT(r.err, HasSubstr("nothing was written"));
}

TEST_F(RenderTextCli, MalformedTemplateFailsWithItsLine) {
  std::string text = replace(testing::read_file(body), "## Ngân sách\n",
                             "## Ngân sách\n\n{{#NS.THU}}Thu {{ket_qua}}.\n");
  testing::write_file(body, text);
  int line = line_of(text, "{{#NS.THU}}Thu {{ket_qua}}.\n");
  auto r = render_copy();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr(body.string() + ":" + std::to_string(line) +
                               ":1: error: {{#NS.THU}} is not closed"));
}

TEST_F(RenderTextCli, HtmlEscapingIsOff) {
  testing::write_file(body,
                      testing::read_file(body) + "\nSố liệu do {{XH.LDVL.phong_ban}} cung cấp.\n");
  auto r = render_copy();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Số liệu do Phòng Lao động - TB&XH cung cấp."));
}

TEST_F(RenderTextCli, MissingFigureDropsTheSentenceWithAWarning) {
  std::string text = testing::read_file(body) + "\nKế hoạch lao động {{XH.LDVL.ke_hoach}}. Hết.\n";
  testing::write_file(body, text);
  auto r = render_copy();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\nHết.\n"));
  EXPECT_THAT(r.out, Not(HasSubstr("Kế hoạch lao động")));
  EXPECT_THAT(r.err,
              HasSubstr(body.string() + ":" + std::to_string(line_of(text, "Kế hoạch lao động")) +
                        ":19: warning: sentence left out: XH.LDVL has no value for "
                        "{{ke_hoach}}"));
}

TEST(RenderText, UsageAndDataErrors) {
  std::string templates = " --templates " + shell_quoted(testing::shipped_templates());
  EXPECT_EQ(render(templates + " --period 2023-X").exit_code, 2);
  EXPECT_EQ(render(templates + " --period 2021-2023").exit_code, 2);
  EXPECT_EQ(render(templates + " --date 2024-02-30").exit_code, 2);
  EXPECT_EQ(render(templates + " --number nope=5").exit_code, 2);
  EXPECT_EQ(render(templates + " --bogus").exit_code, 2);
  auto no_data = testing::run(testing::exe() + " render-text --data /nonexistent/data" + templates);
  EXPECT_EQ(no_data.exit_code, 1);
  EXPECT_EQ(no_data.out, "");
  auto no_template = render(templates + " --template nope");
  EXPECT_EQ(no_template.exit_code, 1);
  EXPECT_THAT(no_template.err, HasSubstr("there is no template \"nope\""));
  auto no_results = render(templates + " --period 2019");
  EXPECT_EQ(no_results.exit_code, 1);
  EXPECT_THAT(no_results.err, HasSubstr("periods with results: "));
}

}  // namespace
}  // namespace baocao

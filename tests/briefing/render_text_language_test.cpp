// The template diagnostics speak the user's language (issue #17): the same broken template
// under a Vietnamese and an English locale gives the same places (FILE:LINE:COLUMN) with the
// text translated, and the template keywords ([[…]], {{…}}) left as the user wrote them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::baocao::testing::shell_quoted;
using ::testing::HasSubstr;
using ::testing::Not;

class RenderTextLanguage : public ::testing::Test {
 protected:
  testing::TempDir dir;
  std::filesystem::path templates = dir / "templates";
  std::filesystem::path body = templates / "hdnd" / "body.md";
  std::string text;

  // Three errors in three paragraphs of the budget section: an unknown directive, a section
  // left open and a misspelt placeholder.
  void SetUp() override {
    testing::copy_dir(testing::shipped_templates(), templates);
    text = testing::read_file(body);
    const std::string budget = "## Ngân sách\n";
    auto at = text.find(budget);
    ASSERT_NE(at, std::string::npos);
    text.insert(at + budget.size(),
                "\n[[biểu đồ tròn: KT.GTSX]]\n\n{{#NS.THU}}Thu ngân sách {{ket_qua}}.\n\n"
                "Năm {{ky.nam_sua}} phấn đấu tăng thu.\n");
    testing::write_file(body, text);
  }

  // `baocao render-text` with only the given locale variables set.
  testing::CommandResult render_with(const std::string& locale_vars) {
    return testing::run("env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG " + locale_vars + " " +
                        shell_quoted(testing::exe()) + " render-text --data " +
                        shell_quoted(testing::shipped_data()) + " --templates " +
                        shell_quoted(templates) + " --template hdnd --date 2024-01-05");
  }

  int line_of(const std::string& what) const {
    auto at = text.find(what);
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  }

  // "…/body.md:12:3" of "…/body.md:12:3: error: …"; hints and the closing line give "".
  std::string place_of(const std::string& line) const {
    if (!line.starts_with(body.string() + ":")) return "";
    return line.substr(0, line.find(": ", body.string().size()));
  }

  std::string at(const std::string& what, int column) const {
    return body.string() + ":" + std::to_string(line_of(what)) + ":" + std::to_string(column);
  }
};

TEST_F(RenderTextLanguage, VietnameseAndEnglishDiagnosticsHaveTheSamePlaces) {
  auto en = render_with("LANG=C");
  auto vi = render_with("LANG=vi_VN.UTF-8");
  EXPECT_EQ(en.exit_code, 1);
  EXPECT_EQ(vi.exit_code, 1);
  EXPECT_EQ(en.out, "");
  EXPECT_EQ(vi.out, "");

  auto place = [this](const std::string& line) { return place_of(line); };
  EXPECT_EQ(testing::expect_translated_in_place(en.err, vi.err, place), 3u) << en.err;

  const std::string directive = at("[[biểu đồ tròn", 3), section = at("{{#NS.THU}}", 1),
                    placeholder = at("Năm {{ky.nam_sua}}", 5);
  EXPECT_THAT(en.err, HasSubstr(directive + ": error: unknown directive \"biểu đồ tròn\"\n"));
  EXPECT_THAT(en.err, HasSubstr(section + ": error: {{#NS.THU}} is not closed\n"));
  EXPECT_THAT(en.err,
              HasSubstr(placeholder + ": error: unknown placeholder {{ky.nam_sua}}\n  hint: "
                                      "did you mean {{ky.nam_sau}}? the names are listed "
                                      "in templates/README.md\n"));

  EXPECT_THAT(vi.err, HasSubstr(directive + ": lỗi: không có lệnh \"biểu đồ tròn\"\n  gợi ý: "
                                            "các lệnh là [[bảng: …]], [[biểu đồ cột: …]] và "
                                            "[[biểu đồ đường: …]]\n"));
  EXPECT_THAT(vi.err, HasSubstr(section + ": lỗi: {{#NS.THU}} chưa được đóng\n  gợi ý: hãy thêm "
                                          "{{/NS.THU}} trong cùng đoạn văn: một đoạn {{#…}} kết "
                                          "thúc trước dòng trống, đề mục hoặc dòng [[…]]\n"));
  EXPECT_THAT(vi.err, HasSubstr(placeholder +
                                ": lỗi: không có chỗ điền {{ky.nam_sua}}\n  gợi ý: có "
                                "phải ý là {{ky.nam_sau}}? các tên chỗ điền được liệt kê trong "
                                "templates/README.md\n"));
  EXPECT_THAT(vi.err, HasSubstr("3 lỗi; chưa ghi ra tệp nào.\n"));
  for (const char* english : {": error: ", "hint: ", "did you mean", "unknown", "not closed"})
    EXPECT_THAT(vi.err, Not(HasSubstr(english))) << vi.err;
}

}  // namespace
}  // namespace baocao

// Templates written to break the program (issue #16, rule 1): sections nested without end,
// control characters that would reach the PDF, the Word file or their metadata.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "briefing/compile.hpp"
#include "briefing/template.hpp"
#include "fixture.hpp"

namespace baocao {
namespace {

using testing::Fixture;
using ::testing::HasSubstr;
using testing::kStateToml;
using testing::TempDir;
using testing::write_template;

std::string all(const Diagnostics& d) {
  std::string s;
  for (const auto& e : d.items()) s += to_string(e) + "\n";
  return s;
}

std::string nested(int depth) {
  std::string s;
  for (int i = 0; i < depth; ++i) s += "{{#KT.GTSX}}";
  s += "{{ten}}";
  for (int i = 0; i < depth; ++i) s += "{{/KT.GTSX}}";
  return s;
}

TEST(HostileTemplate, DeeplyNestedSectionsAreAnErrorWithThePlace) {
  TempDir dir;
  Fixture fx;
  write_template(dir.path(), "t", kStateToml, "# Phần\n\nĐầu. " + nested(100000) + "\n");
  BriefingResult r = build_briefing(dir.path().string(), "t", fx.request());
  EXPECT_FALSE(r.briefing);
  std::string text = all(r.diagnostics);
  EXPECT_THAT(text, HasSubstr("/t/body.md:3:"));
  EXPECT_THAT(text, HasSubstr("nested"));
}

TEST(HostileTemplate, ModestNestingStillWorks) {
  TempDir dir;
  Fixture fx;
  write_template(dir.path(), "t", kStateToml, "# Phần\n\nĐầu. " + nested(8) + ".\n");
  BriefingResult r = build_briefing(dir.path().string(), "t", fx.request());
  EXPECT_TRUE(r.briefing) << all(r.diagnostics);
}

TEST(HostileTemplate, ControlCharactersInBodyAreRefusedAtTheirPlace) {
  TempDir dir;
  Fixture fx;
  write_template(dir.path(), "t", kStateToml, "# Phần\n\nĐầu \x0b tiên.\n\nHai\x1b[2J.\n");
  BriefingResult r = build_briefing(dir.path().string(), "t", fx.request());
  EXPECT_FALSE(r.briefing);
  std::string text = all(r.diagnostics);
  EXPECT_THAT(text, HasSubstr("/t/body.md:3:5: error:"));
  EXPECT_THAT(text, HasSubstr("/t/body.md:5:4: error:"));
  EXPECT_THAT(text, HasSubstr("control character"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("\x1b")));
}

TEST(HostileTemplate, ControlCharactersInTemplateTomlAreRefusedAtTheirLine) {
  TempDir dir;
  Fixture fx;
  write_template(dir.path(), "t",
                 "preset = \"state\"\n"
                 "document_type = \"BÁO\\u0007 CÁO\"\n"
                 "summary_line = \"Kết quả\"\n"
                 "recipients = [\"Thường trực\\u001f HĐND tỉnh\"]\n",
                 "# Phần\n\nĐầu.\n");
  BriefingResult r = build_briefing(dir.path().string(), "t", fx.request());
  EXPECT_FALSE(r.briefing);
  std::string text = all(r.diagnostics);
  EXPECT_THAT(text, HasSubstr("/t/template.toml:2: error:"));
  EXPECT_THAT(text, HasSubstr("/t/template.toml:4: error:"));
  EXPECT_THAT(text, HasSubstr("control character"));
}

TEST(HostileTemplate, AKeyOfManyDotsInTemplateTomlIsAnErrorNotACrash) {
  TempDir dir;
  Fixture fx;
  std::string key = "x";
  for (int i = 0; i < 300000; ++i) key += ".x";
  write_template(dir.path(), "t", kStateToml + key + " = 1\n", "# Phần\n\nĐầu.\n");
  BriefingResult r = build_briefing(dir.path().string(), "t", fx.request());
  EXPECT_FALSE(r.briefing);
  EXPECT_THAT(all(r.diagnostics), HasSubstr("/t/template.toml:5: error:"));
}

}  // namespace
}  // namespace baocao

// The render-text of every shipped template on the shipped data, compared with its reference in
// tests/briefing/refs/render-text/: a changed sentence, number or heading shows up here. The
// templates are listed at run time, so a new template folder needs no change to this test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/reference.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;
const std::string kRefs = "briefing/refs/render-text";

// Every folder of templates/ with a template.toml, sorted.
std::vector<std::string> shipped_template_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(testing::shipped_templates()))
    if (fs::exists(entry.path() / "template.toml"))
      names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The date and period are fixed so the reference does not move with the data's latest year.
testing::CommandResult render_text(const std::string& name) {
  const auto q = [](const fs::path& p) { return "'" + p.string() + "'"; };
  return testing::run(testing::exe() + " render-text --data " + q(testing::shipped_data()) +
                      " --templates " + q(testing::shipped_templates()) + " --template " + name +
                      " --period 2023 --date 2024-01-05");
}

TEST(RenderTextReference, EveryShippedTemplateMatchesItsReference) {
  auto names = shipped_template_names();
  ASSERT_FALSE(names.empty()) << "no template in " << testing::shipped_templates();
  std::vector<std::string> files;
  for (const auto& name : names) {
    SCOPED_TRACE("template " + name);
    auto r = render_text(name);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    files.push_back(name + ".txt");
    EXPECT_TRUE(testing::matches_reference(kRefs + "/" + files.back(), r.out));
  }
  EXPECT_TRUE(testing::no_stale_references(kRefs, files));
}

}  // namespace
}  // namespace baocao

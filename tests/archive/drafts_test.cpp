// Drafts and finals through `baocao build`: the shipped data (no document numbers given, no
// signer's names in unit.toml) makes a draft bundle and the closing summary says what each
// briefing lacks; --final refuses it and writes nothing; a copy of the data with the signer's
// names, built with every number, is final.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "briefing/template.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::CommandResult;
using ::baocao::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

std::string q(const fs::path& p) {
  return "'" + p.string() + "'";
}

// Every shipped template numbered: "--number hdnd=1 --number thi-uy=2 …".
std::string every_number() {
  std::string out;
  int n = 0;
  for (const auto& name : list_templates(testing::shipped_templates().string()))
    out += " --number " + name + "=" + std::to_string(++n);
  return out;
}

struct Workspace {
  TempDir tmp;
  fs::path data = tmp / "data";
  fs::path out = tmp / "out";

  Workspace() { testing::copy_dir(testing::shipped_data(), data); }

  CommandResult build(const std::string& extra = "") const {
    return testing::run(testing::exe() + " build --data " + q(data) + " --templates " +
                        q(testing::shipped_templates()) + " --out " + q(out) +
                        " --date 2024-01-05 " + extra);
  }

  // Each body's empty signer_name filled, as the office would before issuing.
  void sign() const {
    std::string toml = testing::read_file(data / "unit.toml");
    std::string signed_toml = std::regex_replace(toml, std::regex(R"(signer_name = "")"),
                                                 R"(signer_name = "Nguyễn Văn A")");
    ASSERT_NE(signed_toml, toml) << "unit.toml has no empty signer_name to fill";
    testing::write_file(data / "unit.toml", signed_toml);
  }
};

TEST(Drafts, TheShippedDataIsADraftAndTheSummarySaysWhatEachBriefingLacks) {
  Workspace w;
  CommandResult r = w.build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out,
              HasSubstr("Drafts, marked \"DỰ THẢO\" on page 1 (build --final refuses them):"));
  std::string unit_toml = (w.data / "unit.toml").generic_string();
  for (const auto& [name, body] : std::vector<std::pair<std::string, std::string>>{
           {"hdnd", "council"}, {"thi-uy", "party"}, {"ubnd", "ubnd"}})
    EXPECT_THAT(r.out, HasSubstr("  " + name + ": lacks the document number (--number " + name +
                                 "=N) and the signer's name (signer_name = \"…\" in [bodies." +
                                 body + "] of " + unit_toml + ")\n"));
  EXPECT_THAT(r.out, Not(HasSubstr("Final, numbered and signed")));
}

TEST(Drafts, ANumberAloneLeavesTheSignersNameMissing) {
  Workspace w;
  CommandResult r = w.build("--number hdnd=05");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("  hdnd: lacks the signer's name (signer_name = \"…\" in "
                               "[bodies.council] of "));
  EXPECT_THAT(r.out, Not(HasSubstr("--number hdnd=N")));
}

TEST(Drafts, FinalRefusesADraftAndWritesNothing) {
  Workspace w;
  CommandResult r = w.build("--final");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(fs::exists(w.out)) << "no folder, no file";
  for (const char* name : {"hdnd", "thi-uy", "ubnd"}) {
    EXPECT_THAT(r.err, HasSubstr(std::string("--final: error: the briefing \"") + name +
                                 "\" is a draft: it lacks the document number (--number " + name +
                                 "=N) and the signer's name"));
  }
  EXPECT_THAT(r.err, HasSubstr("in [bodies.party] of "));
  EXPECT_THAT(r.err, HasSubstr("build without --final"));

  // Numbered but not signed: still refused, for the names alone.
  r = w.build("--final" + every_number());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(fs::exists(w.out));
  EXPECT_THAT(r.err, HasSubstr("lacks the signer's name"));
  EXPECT_THAT(r.err, Not(HasSubstr("--number hdnd=N")));

  // Signed but not numbered: refused for the numbers alone.
  w.sign();
  r = w.build("--final --number hdnd=05");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(fs::exists(w.out));
  EXPECT_THAT(r.err, HasSubstr("\"thi-uy\" is a draft: it lacks the document number (--number "
                               "thi-uy=N)\n"));
  EXPECT_THAT(r.err, Not(HasSubstr("\"hdnd\" is a draft")));
  EXPECT_THAT(r.err, Not(HasSubstr("signer's name")));
}

TEST(Drafts, SignedAndNumberedBriefingsAreFinal) {
  Workspace w;
  w.sign();
  CommandResult r = w.build("--final" + every_number());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Final, numbered and signed: hdnd, thi-uy, ubnd.\n"));
  EXPECT_THAT(r.out, Not(HasSubstr("Drafts")));
  EXPECT_TRUE(fs::exists(w.out / "2023" / "bao-cao-hdnd-2023.pdf"));
}

// Sealing says the briefings were issued: a bundle of drafts is refused, untouched, unless
// --drafts says to keep the drafts as they are; a final bundle seals.
TEST(Drafts, SealRefusesDraftsUnlessTold) {
  Workspace w;
  ASSERT_EQ(w.build("--number hdnd=05").exit_code, 0);
  fs::path bundle = w.out / "2023";
  std::string manifest = testing::read_file(bundle / "manifest.json");
  EXPECT_THAT(manifest,
              HasSubstr("\"drafts\": [\n    \"hdnd\",\n    \"thi-uy\",\n    \"ubnd\"\n  ]"));

  CommandResult refused = testing::run(testing::exe() + " seal " + q(bundle));
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_THAT(refused.err, HasSubstr(bundle.string() +
                                     ": error: not sealed: the briefings of hdnd, thi-uy, ubnd "
                                     "are drafts (\"DỰ THẢO\" on page 1)"));
  EXPECT_THAT(refused.err, HasSubstr("build --final"));
  EXPECT_THAT(refused.err, HasSubstr("--drafts"));
  EXPECT_EQ(testing::read_file(bundle / "manifest.json"), manifest);
  auto perms = fs::status(bundle / "bao-cao-hdnd-2023.pdf").permissions();
  EXPECT_NE(perms & fs::perms::owner_write, fs::perms::none) << "a refused seal changes nothing";

  CommandResult verified = testing::run(testing::exe() + " verify " + q(bundle));
  EXPECT_THAT(verified.out, HasSubstr("period 2023, drafts: hdnd, thi-uy, ubnd)"));

  CommandResult kept =
      testing::run(testing::exe() + " seal --drafts --date 2024-01-10 " + q(bundle));
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_THAT(testing::read_file(bundle / "manifest.json"), HasSubstr("\"date\": \"2024-01-10\""));
}

TEST(Drafts, AFinalBundleSealsAndAWorkbooksOnlyBundleHasNoDrafts) {
  Workspace w;
  w.sign();
  ASSERT_EQ(w.build("--final" + every_number()).exit_code, 0);
  fs::path bundle = w.out / "2023";
  EXPECT_THAT(testing::read_file(bundle / "manifest.json"), HasSubstr("\"drafts\": []"));
  CommandResult sealed = testing::run(testing::exe() + " seal " + q(bundle));
  EXPECT_EQ(sealed.exit_code, 0) << sealed.err;

  Workspace workbooks;
  ASSERT_EQ(workbooks.build("--only xlsx").exit_code, 0);
  EXPECT_THAT(testing::read_file(workbooks.out / "2023" / "manifest.json"),
              HasSubstr("\"drafts\": []"));
  EXPECT_EQ(testing::run(testing::exe() + " seal " + q(workbooks.out / "2023")).exit_code, 0);
}

}  // namespace
}  // namespace baocao

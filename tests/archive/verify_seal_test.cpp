#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "archive/manifest.hpp"
#include "archive/seal.hpp"
#include "archive/verify.hpp"
#include "core/sha256.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::read_file;
using ::baocao::testing::TempDir;
using ::baocao::testing::write_file;
using ::testing::HasSubstr;

// A bundle written by hand: three files and their manifest.
fs::path make_bundle(const fs::path& dir) {
  std::map<std::string, std::string> files = {
      {"tong-hop-2023.xlsx", "master workbook"},
      {"phong-ban/TCKH-2023.xlsx", "department workbook"},
      {"bao-cao-hdnd-2023.pdf", "%PDF-1.7 ... %%EOF"},
  };
  Manifest m;
  m.tool_version = "0.1.0";
  m.period = "2023";
  m.report_date = "2024-01-05";
  for (const auto& [path, content] : files) {
    write_file(dir / path, content);
    m.outputs.push_back({path, content.size(), sha256_hex(content)});
  }
  write_file(dir / kManifestName, to_json(m));
  return dir;
}

std::map<std::string, BundleProblem> findings(const VerifyResult& r) {
  std::map<std::string, BundleProblem> m;
  for (const auto& f : r.findings) m[f.path] = f.problem;
  return m;
}

TEST(Verify, AnIntactBundle) {
  TempDir dir;
  make_bundle(dir.path());
  VerifyResult r = verify_bundle(dir.path().string());
  EXPECT_TRUE(r.intact());
  EXPECT_EQ(r.checked, 3u);
  EXPECT_TRUE(r.findings.empty());
}

TEST(Verify, NamesEachMissingAlteredAndExtraFile) {
  TempDir dir;
  make_bundle(dir.path());
  std::string pdf = read_file(dir / "bao-cao-hdnd-2023.pdf");
  pdf[3] ^= 0x01;  // one flipped bit, same size
  write_file(dir / "bao-cao-hdnd-2023.pdf", pdf);
  write_file(dir / "tong-hop-2023.xlsx", "master workbook, longer");
  fs::remove(dir / "phong-ban/TCKH-2023.xlsx");
  write_file(dir / "ghi-chu.txt", "a note");
  write_file(dir / "phong-ban/.X-2023.xlsx.tmp-1-2", "left by a killed build");

  VerifyResult r = verify_bundle(dir.path().string());
  EXPECT_FALSE(r.intact());
  EXPECT_EQ(findings(r), (std::map<std::string, BundleProblem>{
                             {"bao-cao-hdnd-2023.pdf", BundleProblem::altered},
                             {"ghi-chu.txt", BundleProblem::extra},
                             {"phong-ban/.X-2023.xlsx.tmp-1-2", BundleProblem::extra},
                             {"phong-ban/TCKH-2023.xlsx", BundleProblem::missing},
                             {"tong-hop-2023.xlsx", BundleProblem::altered},
                         }));
  for (const auto& f : r.findings) {
    if (f.path == "bao-cao-hdnd-2023.pdf") EXPECT_THAT(f.detail, HasSubstr("different content"));
    if (f.path == "tong-hop-2023.xlsx") EXPECT_THAT(f.detail, HasSubstr("bytes instead of 15"));
    if (f.path == "phong-ban/.X-2023.xlsx.tmp-1-2")
      EXPECT_THAT(f.detail, HasSubstr("interrupted build"));
  }
}

TEST(Verify, ABundleWithoutAReadableManifestIsNotIntact) {
  TempDir dir;
  write_file(dir / "tong-hop-2023.xlsx", "x");
  VerifyResult r = verify_bundle(dir.path().string());
  EXPECT_FALSE(r.intact());
  ASSERT_TRUE(r.diagnostics.has_errors());
  EXPECT_THAT(r.diagnostics.errors()[0].message, HasSubstr("no manifest"));

  write_file(dir / kManifestName, "{\"format\": 1}");
  r = verify_bundle(dir.path().string());
  EXPECT_FALSE(r.intact());
  EXPECT_THAT(r.diagnostics.errors()[0].message, HasSubstr("\"tool\" is missing"));
}

TEST(Verify, FindsTheBundlesOfAnOutputFolder) {
  TempDir dir;
  make_bundle(dir / "2024");
  make_bundle(dir / "2023");
  fs::create_directories(dir / "empty");
  EXPECT_THAT(find_bundles(dir.path().string()),
              ::testing::ElementsAre((dir / "2023").string(), (dir / "2024").string()));
  EXPECT_THAT(find_bundles((dir / "2023").string()),
              ::testing::ElementsAre((dir / "2023").string()));
  EXPECT_TRUE(find_bundles((dir / "empty").string()).empty());
}

TEST(Seal, RecordsTheDateAndMakesTheFilesReadOnly) {
  TempDir dir;
  make_bundle(dir.path());
  write_file(dir / ".tong-hop-2023.xlsx.tmp-999999999-1", "left by a killed build");
  SealResult r = seal_bundle(dir.path().string(), Date{2024, 1, 10});
  ASSERT_EQ(r.status, SealStatus::sealed);
  EXPECT_EQ(r.removed_temporaries.size(), 1u);
  std::string error;
  auto m = parse_manifest(read_file(dir / kManifestName), error);
  ASSERT_TRUE(m) << error;
  EXPECT_EQ(m->sealed_date, "2024-01-10");
  for (const auto& path :
       {"tong-hop-2023.xlsx", "phong-ban/TCKH-2023.xlsx", "bao-cao-hdnd-2023.pdf", kManifestName}) {
    auto perms = fs::status(dir / path).permissions();
    EXPECT_EQ(perms & fs::perms::owner_write, fs::perms::none) << path;
  }
  EXPECT_TRUE(verify_bundle(dir.path().string()).intact());

  std::string sealed_text = read_file(dir / kManifestName);
  SealResult again = seal_bundle(dir.path().string(), Date{2024, 3, 1});
  EXPECT_EQ(again.status, SealStatus::already_sealed);
  EXPECT_EQ(again.sealed_date, "2024-01-10");
  EXPECT_EQ(read_file(dir / kManifestName), sealed_text);
}

TEST(Seal, RefusesABundleThatDoesNotMatchItsManifest) {
  TempDir dir;
  make_bundle(dir.path());
  write_file(dir / "tong-hop-2023.xlsx", "changed");
  std::string before = read_file(dir / kManifestName);
  SealResult r = seal_bundle(dir.path().string(), Date{2024, 1, 10});
  EXPECT_EQ(r.status, SealStatus::not_intact);
  EXPECT_EQ(findings(r.check).at("tong-hop-2023.xlsx"), BundleProblem::altered);
  EXPECT_EQ(read_file(dir / kManifestName), before);
}

}  // namespace
}  // namespace baocao

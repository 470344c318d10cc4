#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <future>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "archive/manifest.hpp"
#include "archive/reconcile.hpp"
#include "archive/seal.hpp"
#include "archive/verify.hpp"
#include "core/sha256.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::exe;
using ::baocao::testing::read_file;
using ::baocao::testing::run;
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

TEST(Seal, RefusesDraftsUnlessAccepted) {
  TempDir dir;
  make_bundle(dir.path());
  std::string error;
  Manifest m = *parse_manifest(read_file(dir / kManifestName), error);
  m.drafts = {{"hdnd", "thi-uy"}};
  write_file(dir / kManifestName, to_json(m));
  std::string before = read_file(dir / kManifestName);
  SealResult r = seal_bundle(dir.path().string(), Date{2024, 1, 10});
  EXPECT_EQ(r.status, SealStatus::drafts);
  EXPECT_EQ(r.drafts, (std::vector<std::string>{"hdnd", "thi-uy"}));
  EXPECT_EQ(read_file(dir / kManifestName), before);
  auto perms = fs::status(dir / "tong-hop-2023.xlsx").permissions();
  EXPECT_NE(perms & fs::perms::owner_write, fs::perms::none);

  r = seal_bundle(dir.path().string(), Date{2024, 1, 10}, /*accept_drafts=*/true);
  EXPECT_EQ(r.status, SealStatus::sealed);
  // Sealed, it is sealed: asking again without accepting drafts is not a refusal.
  EXPECT_EQ(seal_bundle(dir.path().string(), Date{2024, 2, 1}).status, SealStatus::already_sealed);
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

// A pipe, opened for reading, blocks until a writer comes: verify must never wait for one. On
// a timeout the pipes are opened for writing, so that a blocked reader is let go.
VerifyResult verify_within_seconds(const fs::path& dir, const std::vector<fs::path>& pipes) {
  auto checking = std::async(std::launch::async, [&] { return verify_bundle(dir.string()); });
  if (checking.wait_for(std::chrono::seconds(20)) == std::future_status::timeout) {
    ADD_FAILURE() << "verify blocked on a named pipe";
    for (const auto& pipe : pipes) {
      int fd = ::open(pipe.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd >= 0) ::close(fd);
    }
  }
  return checking.get();
}

bool writable(const fs::path& p) {
  return (fs::status(p).permissions() & fs::perms::owner_write) != fs::perms::none;
}

TEST(Verify, ALinkInPlaceOfAFileIsReportedNotFollowed) {
  TempDir dir;
  fs::path bundle = make_bundle(dir / "2023");
  // The very bytes the manifest lists, outside the bundle: only the link itself is wrong.
  fs::copy_file(bundle / "bao-cao-hdnd-2023.pdf", dir / "outside.pdf");
  fs::remove(bundle / "bao-cao-hdnd-2023.pdf");
  fs::create_symlink(dir / "outside.pdf", bundle / "bao-cao-hdnd-2023.pdf");
  // A folder of listed files that is a link to a copy of it elsewhere.
  fs::rename(bundle / "phong-ban", dir / "phong-ban");
  fs::create_directory_symlink(dir / "phong-ban", bundle / "phong-ban");

  VerifyResult r = verify_bundle(bundle.string());
  EXPECT_FALSE(r.intact());
  auto found = findings(r);
  EXPECT_EQ(found["bao-cao-hdnd-2023.pdf"], BundleProblem::altered);
  EXPECT_EQ(found["phong-ban/TCKH-2023.xlsx"], BundleProblem::altered);
  for (const auto& f : r.findings) {
    if (f.path == "bao-cao-hdnd-2023.pdf")
      EXPECT_THAT(f.detail, HasSubstr("symbolic link, not a regular file: it is not followed"));
    if (f.path == "phong-ban/TCKH-2023.xlsx")
      EXPECT_THAT(f.detail, HasSubstr("its folder 'phong-ban' is a symbolic link"));
  }
  EXPECT_EQ(r.checked, 1u);
}

TEST(Verify, APipeADeviceOrAFolderInPlaceOfAFileIsReportedWithoutBlocking) {
  TempDir dir;
  fs::path bundle = make_bundle(dir / "2023");
  fs::remove(bundle / "tong-hop-2023.xlsx");
  ASSERT_EQ(::mkfifo((bundle / "tong-hop-2023.xlsx").c_str(), 0644), 0);
  fs::remove(bundle / "bao-cao-hdnd-2023.pdf");
  fs::create_directory(bundle / "bao-cao-hdnd-2023.pdf");
  fs::remove(bundle / "phong-ban/TCKH-2023.xlsx");
  fs::create_symlink("/dev/zero", bundle / "phong-ban/TCKH-2023.xlsx");

  VerifyResult r = verify_within_seconds(bundle, {bundle / "tong-hop-2023.xlsx"});
  EXPECT_FALSE(r.intact());
  std::map<std::string, std::string> details;
  for (const auto& f : r.findings) details[f.path] = f.detail;
  EXPECT_THAT(details["tong-hop-2023.xlsx"], HasSubstr("named pipe (FIFO), not a regular file"));
  EXPECT_THAT(details["bao-cao-hdnd-2023.pdf"], HasSubstr("a folder, not a regular file"));
  EXPECT_THAT(details["phong-ban/TCKH-2023.xlsx"], HasSubstr("symbolic link"));

  // Through the command: exit 1, not a hang.
  auto cli = run("timeout 30 '" + exe() + "' verify '" + bundle.string() + "'");
  EXPECT_EQ(cli.exit_code, 1) << cli.out << cli.err;
  EXPECT_THAT(cli.out, HasSubstr("named pipe"));
}

TEST(Verify, AManifestThatIsNotARegularFileIsReportedAsSuch) {
  TempDir dir;
  fs::path bundle = make_bundle(dir / "2023");
  fs::rename(bundle / kManifestName, dir / "manifest.json");

  fs::create_symlink(dir / "manifest.json", bundle / kManifestName);  // a good one, elsewhere
  VerifyResult r = verify_within_seconds(bundle, {});
  EXPECT_FALSE(r.intact());
  ASSERT_TRUE(r.diagnostics.has_errors());
  EXPECT_THAT(r.diagnostics.errors()[0].message, HasSubstr("symbolic link"));

  fs::remove(bundle / kManifestName);
  ASSERT_EQ(::mkfifo((bundle / kManifestName).c_str(), 0644), 0);
  r = verify_within_seconds(bundle, {bundle / kManifestName});
  EXPECT_FALSE(r.intact());
  ASSERT_TRUE(r.diagnostics.has_errors());
  EXPECT_THAT(r.diagnostics.errors()[0].message, HasSubstr("named pipe (FIFO)"));

  fs::remove(bundle / kManifestName);
  fs::create_directory(bundle / kManifestName);
  r = verify_within_seconds(bundle, {});
  ASSERT_TRUE(r.diagnostics.has_errors());
  EXPECT_THAT(r.diagnostics.errors()[0].message, HasSubstr("a folder, not a regular file"));
}

TEST(Verify, AnInterruptedBundleIsReportedAsIncomplete) {
  TempDir dir;
  make_bundle(dir / "2022");
  make_bundle(dir / "2023");
  fs::remove(dir / "2023" / kManifestName);    // a build failed half-way, as before
  make_bundle(dir / ".2024.tmp-999999999-1");  // a killed build's new bundle
  write_file(dir / ".2023.lock", "");          // the lock beside a bundle is no bundle
  EXPECT_THAT(find_bundles(dir.path().string()),
              ::testing::ElementsAre((dir / ".2024.tmp-999999999-1").string(),
                                     (dir / "2022").string(), (dir / "2023").string()));
  for (const char* name : {"2023", ".2024.tmp-999999999-1"}) {
    VerifyResult r = verify_bundle((dir / name).string());
    EXPECT_FALSE(r.intact()) << name;
    ASSERT_TRUE(r.diagnostics.has_errors()) << name;
    EXPECT_THAT(r.diagnostics.errors()[0].message, HasSubstr("incomplete")) << name;
  }
  // Given the bundle folder itself, too.
  EXPECT_THAT(find_bundles((dir / "2023").string()),
              ::testing::ElementsAre((dir / "2023").string()));
  auto cli = run("'" + exe() + "' verify '" + dir.path().string() + "'");
  EXPECT_EQ(cli.exit_code, 1);
  EXPECT_THAT(cli.err, HasSubstr("incomplete"));
  EXPECT_THAT(cli.out, HasSubstr("2022: intact"));
}

TEST(Seal, NeverChangesAFileOutsideTheBundle) {
  TempDir dir;
  fs::path bundle = make_bundle(dir / "2023");
  fs::copy_file(bundle / "tong-hop-2023.xlsx", dir / "outside.xlsx");
  fs::remove(bundle / "tong-hop-2023.xlsx");
  fs::create_symlink(dir / "outside.xlsx", bundle / "tong-hop-2023.xlsx");
  std::string before = read_file(bundle / kManifestName);

  SealResult r = seal_bundle(bundle.string(), Date{2024, 1, 10});
  EXPECT_EQ(r.status, SealStatus::not_intact);
  EXPECT_TRUE(writable(dir / "outside.xlsx"));
  EXPECT_EQ(read_file(bundle / kManifestName), before);
}

TEST(Seal, PermissionsChangeThroughTheOpenedFileNeverThroughALink) {
  TempDir dir;
  fs::path bundle = make_bundle(dir / "2023");
  std::string error;
  auto m = parse_manifest(read_file(bundle / kManifestName), error);
  ASSERT_TRUE(m) << error;
  // Swapped for a link after the check, as a race would.
  fs::copy_file(bundle / "tong-hop-2023.xlsx", dir / "outside.xlsx");
  fs::remove(bundle / "tong-hop-2023.xlsx");
  fs::create_symlink(dir / "outside.xlsx", bundle / "tong-hop-2023.xlsx");

  Diagnostics d;
  EXPECT_FALSE(set_read_only(bundle.string(), m->outputs, true, d));
  EXPECT_TRUE(writable(dir / "outside.xlsx"));
  ASSERT_TRUE(d.has_errors());
  EXPECT_THAT(d.errors()[0].message, HasSubstr("symbolic link"));
  EXPECT_FALSE(writable(bundle / "bao-cao-hdnd-2023.pdf"));  // the real files are done
}

}  // namespace
}  // namespace baocao

// Putting a bundle in place: what is new, changed, unchanged, removed or kept, and the manifest.
#include <sys/stat.h>

#include <filesystem>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "archive/output_kinds.hpp"
#include "archive/reconcile.hpp"
#include "core/sha256.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::read_file;
using ::baocao::testing::TempDir;
using ::baocao::testing::write_file;

// The kind the planner gives each file the tests stage.
const OutputKind* kind_of(const std::string& path) {
  static const std::map<std::string, std::string> kinds = {
      {"tong-hop-2023.xlsx", "master-workbook"},
      {"phong-ban/TCKH-2023.xlsx", "department-workbook"},
      {"bao-cao-hdnd-2023.pdf", "briefing-pdf"},
  };
  const OutputKind* kind = find_output_kind(kinds.at(path));
  EXPECT_NE(kind, nullptr) << path;
  return kind;
}

struct Fixture {
  TempDir dir;
  std::string bundle = (dir / "2023").string();
  StepHook steps;

  Manifest sources(const std::string& date = "2024-01-05") const {
    Manifest m;
    m.tool_version = "0.1.0";
    m.period = "2023";
    m.report_date = date;
    m.inputs = {{"values.csv", 3, "abc"}};
    m.templates = {{"hdnd/template.txt", 3, "def"}};
    return m;
  }

  // Writes the files under temporary names in the new bundle's folder, as the renderers would.
  std::vector<StagedOutput> stage(const std::map<std::string, std::string>& files,
                                  const std::string& folder) const {
    std::vector<StagedOutput> staged;
    for (const auto& [path, content] : files) {
      fs::create_directories((fs::path(folder) / path).parent_path());
      Diagnostics d;
      auto file = stage_bytes((fs::path(folder) / path).string(), content, d);
      EXPECT_TRUE(file);
      staged.push_back({path, kind_of(path), std::move(*file)});
    }
    return staged;
  }

  // One build: stage, plan, commit. Returns the outcomes, the manifest's last.
  std::vector<FileOutcome> build(const std::map<std::string, std::string>& files,
                                 OutputSelection only = OutputSelection::all,
                                 const std::string& date = "2024-01-05") {
    auto folder = NewBundleFolder::create(bundle, diagnostics);
    EXPECT_TRUE(folder);
    auto staged = stage(files, folder->path());
    auto previous = read_previous_manifest(bundle);
    const PreviousManifest* before = previous ? &*previous : nullptr;
    update =
        plan_update(bundle, staged, sources(date), {{"hdnd", "05"}}, before, only, diagnostics);
    FileOutcome manifest;
    EXPECT_TRUE(commit_update(bundle, *folder, staged, update, before, false, steps, manifest,
                              diagnostics));
    auto outcomes = update.outcomes;
    outcomes.push_back(manifest);
    return outcomes;
  }

  // Rewrites the manifest with each output's kind replaced: "" as a baocao from before kinds
  // were recorded wrote it, or a kind unknown here.
  void rewrite_kinds(const std::string& kind) const {
    Manifest m = manifest();
    for (auto& record : m.outputs) record.kind = kind;
    write_file(fs::path(bundle) / kManifestName, to_json(m));
  }

  Manifest manifest() const {
    std::string error;
    auto m = parse_manifest(read_file(fs::path(bundle) / kManifestName), error);
    EXPECT_TRUE(m) << error;
    return m.value_or(Manifest{});
  }

  BundleUpdate update;
  Diagnostics diagnostics;
};

std::map<std::string, FileChange> by_path(const std::vector<FileOutcome>& outcomes) {
  std::map<std::string, FileChange> m;
  for (const auto& o : outcomes) m[o.path] = o.change;
  return m;
}

const std::map<std::string, std::string> kFirst = {
    {"tong-hop-2023.xlsx", "master"},
    {"phong-ban/TCKH-2023.xlsx", "tckh"},
    {"bao-cao-hdnd-2023.pdf", "%PDF hdnd %%EOF"},
};

TEST(BundleUpdate, FirstBuildWritesEverythingAndAManifestOfIt) {
  Fixture f;
  auto outcomes = f.build(kFirst);
  EXPECT_EQ(by_path(outcomes), (std::map<std::string, FileChange>{
                                   {"bao-cao-hdnd-2023.pdf", FileChange::added},
                                   {"manifest.json", FileChange::added},
                                   {"phong-ban/TCKH-2023.xlsx", FileChange::added},
                                   {"tong-hop-2023.xlsx", FileChange::added},
                               }));
  Manifest m = f.manifest();
  ASSERT_EQ(m.outputs.size(), 3u);
  EXPECT_EQ(m.outputs[0].path, "bao-cao-hdnd-2023.pdf");  // sorted by path
  for (const auto& r : m.outputs) {
    std::string content = read_file(fs::path(f.bundle) / r.path);
    EXPECT_EQ(r.size, content.size());
    EXPECT_EQ(r.sha256, sha256_hex(content));
  }
  EXPECT_EQ(m.document_numbers.at("hdnd"), "05");
  EXPECT_EQ(outcomes.back().size, read_file(fs::path(f.bundle) / kManifestName).size());
  for (const auto& r : m.outputs) EXPECT_EQ(r.kind, kind_of(r.path)->name) << r.path;
}

TEST(BundleUpdate, SameContentTouchesNothing) {
  Fixture f;
  f.build(kFirst);
  std::string manifest_before = read_file(fs::path(f.bundle) / kManifestName);
  auto old_time = fs::file_time_type::clock::now() - std::chrono::hours(24);
  for (const auto& e : fs::recursive_directory_iterator(f.bundle))
    if (e.is_regular_file()) fs::last_write_time(e.path(), old_time);

  auto outcomes = f.build(kFirst);
  for (const auto& o : outcomes) EXPECT_EQ(o.change, FileChange::unchanged) << o.path;
  for (const auto& e : fs::recursive_directory_iterator(f.bundle))
    if (e.is_regular_file()) EXPECT_EQ(e.last_write_time(), old_time) << e.path();
  EXPECT_EQ(read_file(fs::path(f.bundle) / kManifestName), manifest_before);
  EXPECT_EQ(std::distance(fs::recursive_directory_iterator(f.bundle), {}), 5);  // + phong-ban
}

TEST(BundleUpdate, ChangedContentIsReplaced) {
  Fixture f;
  f.build(kFirst);
  auto second = kFirst;
  second["tong-hop-2023.xlsx"] = "master, corrected";
  auto outcomes = by_path(f.build(second));
  EXPECT_EQ(outcomes["tong-hop-2023.xlsx"], FileChange::changed);
  EXPECT_EQ(outcomes["phong-ban/TCKH-2023.xlsx"], FileChange::unchanged);
  EXPECT_EQ(outcomes["manifest.json"], FileChange::changed);
  EXPECT_EQ(read_file(fs::path(f.bundle) / "tong-hop-2023.xlsx"), "master, corrected");
  EXPECT_EQ(f.manifest().find_output("tong-hop-2023.xlsx")->sha256,
            sha256_hex("master, corrected"));
}

TEST(BundleUpdate, OutputsNoLongerMadeAreRemoved) {
  Fixture f;
  f.build(kFirst);
  auto second = kFirst;
  second.erase("phong-ban/TCKH-2023.xlsx");
  auto outcomes = by_path(f.build(second));
  EXPECT_EQ(outcomes["phong-ban/TCKH-2023.xlsx"], FileChange::removed);
  EXPECT_FALSE(fs::exists(fs::path(f.bundle) / "phong-ban/TCKH-2023.xlsx"));
  EXPECT_EQ(f.manifest().find_output("phong-ban/TCKH-2023.xlsx"), nullptr);
}

TEST(BundleUpdate, AStaleFileChangedByHandIsLeftWithAWarning) {
  Fixture f;
  f.build(kFirst);
  write_file(fs::path(f.bundle) / "phong-ban/TCKH-2023.xlsx", "edited by hand");
  auto second = kFirst;
  second.erase("phong-ban/TCKH-2023.xlsx");
  auto outcomes = by_path(f.build(second));
  EXPECT_EQ(outcomes.count("phong-ban/TCKH-2023.xlsx"), 0u);
  EXPECT_EQ(read_file(fs::path(f.bundle) / "phong-ban/TCKH-2023.xlsx"), "edited by hand");
  ASSERT_EQ(f.diagnostics.warnings().size(), 1u);
  EXPECT_THAT(f.diagnostics.warnings()[0].file, ::testing::EndsWith("TCKH-2023.xlsx"));
}

TEST(BundleUpdate, OnlyKeepsTheOtherKindWhenBuiltFromTheSameSources) {
  Fixture f;
  f.build(kFirst);
  std::map<std::string, std::string> workbooks = kFirst;
  workbooks.erase("bao-cao-hdnd-2023.pdf");

  auto outcomes = by_path(f.build(workbooks, OutputSelection::workbooks));
  EXPECT_EQ(outcomes["bao-cao-hdnd-2023.pdf"], FileChange::kept);
  EXPECT_NE(f.manifest().find_output("bao-cao-hdnd-2023.pdf"), nullptr);
  EXPECT_EQ(f.manifest().document_numbers.at("hdnd"), "05");

  // Another report date: the briefing would say something else than the manifest.
  outcomes = by_path(f.build(workbooks, OutputSelection::workbooks, "2024-02-01"));
  EXPECT_EQ(outcomes["bao-cao-hdnd-2023.pdf"], FileChange::removed);
  EXPECT_FALSE(fs::exists(fs::path(f.bundle) / "bao-cao-hdnd-2023.pdf"));
  EXPECT_TRUE(f.manifest().document_numbers.empty());
}

TEST(BundleUpdate, OnlyKeepsTheOtherKindOfAManifestWithoutKindsAndRecordsIt) {
  Fixture f;
  f.build(kFirst);
  f.rewrite_kinds("");
  std::map<std::string, std::string> briefings = {*kFirst.find("bao-cao-hdnd-2023.pdf")};

  auto outcomes = by_path(f.build(briefings, OutputSelection::briefings));
  EXPECT_EQ(outcomes["tong-hop-2023.xlsx"], FileChange::kept);
  EXPECT_EQ(outcomes["phong-ban/TCKH-2023.xlsx"], FileChange::kept);
  EXPECT_EQ(outcomes["manifest.json"], FileChange::changed);
  Manifest m = f.manifest();
  ASSERT_EQ(m.outputs.size(), 3u);
  for (const auto& r : m.outputs) EXPECT_EQ(r.kind, kind_of(r.path)->name) << r.path;
}

// A kind this version does not know (a newer baocao's) cannot be judged: it goes, as any
// output this build does not make.
TEST(BundleUpdate, AnUnknownKindIsNotKept) {
  Fixture f;
  f.build(kFirst);
  f.rewrite_kinds("briefing-odt");  // a kind of a newer baocao
  auto workbooks = kFirst;
  workbooks.erase("bao-cao-hdnd-2023.pdf");
  auto outcomes = by_path(f.build(workbooks, OutputSelection::workbooks));
  EXPECT_EQ(outcomes["bao-cao-hdnd-2023.pdf"], FileChange::removed);
  EXPECT_EQ(outcomes["tong-hop-2023.xlsx"], FileChange::unchanged);
  EXPECT_FALSE(fs::exists(fs::path(f.bundle) / "bao-cao-hdnd-2023.pdf"));
  EXPECT_TRUE(f.manifest().document_numbers.empty());
}

TEST(BundleUpdate, ReadOnlyCanBeSetAndLifted) {
  Fixture f;
  f.build(kFirst);
  Diagnostics d;
  auto outputs = f.manifest().outputs;
  ASSERT_TRUE(set_read_only(f.bundle, outputs, true, d));
  auto writable = [&](const std::string& path) {
    auto perms = fs::status(fs::path(f.bundle) / path).permissions();
    return (perms & (fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write)) !=
           fs::perms::none;
  };
  for (const auto& r : outputs) EXPECT_FALSE(writable(r.path)) << r.path;
  EXPECT_FALSE(writable(kManifestName));
  ASSERT_TRUE(set_read_only(f.bundle, outputs, false, d));
  for (const auto& r : outputs) EXPECT_TRUE(writable(r.path)) << r.path;
}

}  // namespace
}  // namespace baocao

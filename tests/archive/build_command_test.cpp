// `baocao build`, `seal` and `verify` end to end, through the executable, on the shipped data.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "archive/atomic_file.hpp"
#include "archive/manifest.hpp"
#include "archive/output_kinds.hpp"
#include "briefing/template.hpp"
#include "compute/compute.hpp"
#include "core/sha256.hpp"
#include "load/load.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::CommandResult;
using ::baocao::testing::copy_dir;
using ::baocao::testing::exe;
using ::baocao::testing::read_file;
using ::baocao::testing::run;
using ::baocao::testing::shipped_data;
using ::baocao::testing::shipped_templates;
using ::baocao::testing::TempDir;
using ::baocao::testing::write_file;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kDate = "2024-01-05";

// Every regular file under `dir`, relative path -> bytes.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).generic_string()] = read_file(e);
  return files;
}

// A file's path in the bundle, from the table of output kinds.
std::string path_of(std::string_view kind, const Period& period, std::string_view name = {}) {
  const OutputKind* k = find_output_kind(kind);
  EXPECT_NE(k, nullptr) << kind;
  return k ? k->path(period, name) : std::string{};
}

Manifest read_manifest(const fs::path& bundle) {
  std::string error;
  auto m = parse_manifest(read_file(bundle / kManifestName), error);
  EXPECT_TRUE(m) << error;
  return m.value_or(Manifest{});
}

// A copy of the shipped data (so a test can change it) and an output folder.
struct Workspace {
  TempDir tmp;
  fs::path data = tmp / "data";
  fs::path out = tmp / "out";
  Dataset dataset;
  Period period;

  Workspace() {
    copy_dir(shipped_data(), data);
    LoadResult loaded = load_dataset(data.string());
    EXPECT_TRUE(loaded.dataset) << "the shipped data does not load";
    dataset = std::move(*loaded.dataset);
    period = default_period(dataset).value();
  }
  fs::path bundle() const { return out / period.to_string(); }

  std::vector<std::string> build_args(const std::string& extra = {}) const {
    std::vector<std::string> args = {
        exe(),   "build",      "--data", data.string(), "--templates", shipped_templates().string(),
        "--out", out.string(), "--date", kDate,         "--number",    "hdnd=05"};
    if (!extra.empty()) args.push_back(extra);
    return args;
  }
  CommandResult build(const std::string& extra = {}) const {
    std::string command;
    for (const auto& a : build_args()) command += "'" + a + "' ";
    return run(command + extra);
  }
  CommandResult baocao(const std::string& args) const { return run("'" + exe() + "' " + args); }

  // The outputs the contract asks for and their kinds, worked out from the data and
  // templates, not the build.
  std::map<std::string, std::string> expected_kinds() const {
    std::map<std::string, std::string> kinds = {
        {path_of("master-workbook", period), "master-workbook"}};
    for (const auto& indicator : dataset.indicators)
      kinds[path_of("department-workbook", period, indicator.department)] = "department-workbook";
    for (const auto& name : list_templates(shipped_templates().string()))
      for (const char* kind : {"briefing-pdf", "briefing-docx"})
        kinds[path_of(kind, period, name)] = kind;
    return kinds;
  }
  std::set<std::string> expected_outputs() const {
    std::set<std::string> files = {kManifestName};
    for (const auto& [path, kind] : expected_kinds()) files.insert(path);
    return files;
  }

  // Rewrites the manifest as a baocao from before the outputs' kinds were recorded wrote it.
  void forget_kinds() const {
    Manifest m = read_manifest(bundle());
    for (auto& record : m.outputs) record.kind.clear();
    std::string text = to_json(m);
    ASSERT_THAT(text, Not(HasSubstr("\"kind\"")));
    write_file(bundle() / kManifestName, text);
  }

  // Changes one value of an amount-type key indicator for the report period: every workbook
  // holding it and every briefing change.
  std::string change_a_key_value() const {
    auto lines = split_lines(read_file(data / "values.csv"));
    for (const auto& o : dataset.observations) {
      const Indicator& indicator = dataset.indicators[o.indicator];
      if (!indicator.key || indicator.type != IndicatorType::amount || o.period != period ||
          o.basis != Basis::actual || o.area != dataset.unit_area)
        continue;
      std::string& line = lines.at(o.line - 1);
      std::string text = fmt::format(",{},", o.value);
      auto at = line.find(text);
      if (at == std::string::npos) continue;
      line.replace(at, text.size(), fmt::format(",{},", o.value + 1));
      std::string joined;
      for (const auto& l : lines) joined += l + "\n";
      joined.pop_back();
      write_file(data / "values.csv", joined);
      return indicator.code;
    }
    ADD_FAILURE() << "no value to change in values.csv";
    return {};
  }

  static std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
      lines.push_back(text.substr(start, nl - start));
    lines.push_back(text.substr(start));
    return lines;
  }
};

// Dates every file under `dir` two days back, so that a rewritten file shows; returns the date.
fs::file_time_type age_files(const fs::path& dir) {
  auto old_time = fs::file_time_type::clock::now() - std::chrono::hours(48);
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) fs::last_write_time(e.path(), old_time);
  return old_time;
}

// A workbook or a Word file: a zip whose every entry unpacks.
bool is_complete_zip(const fs::path& p) {
  return run("unzip -tqq '" + p.string() + "'").exit_code == 0;
}

bool is_complete_pdf(const fs::path& p) {
  std::string pdf = read_file(p);
  auto end = pdf.find_last_not_of("\r\n ");
  return pdf.rfind("%PDF-", 0) == 0 && end != std::string::npos && end >= 4 &&
         pdf.compare(end - 4, 5, "%%EOF") == 0;
}

TEST(BuildCommand, WritesTheWholeBundleAndAManifestOfIt) {
  Workspace w;
  CommandResult r = w.build();
  ASSERT_EQ(r.exit_code, 0) << r.err;

  auto files = snapshot(w.bundle());
  std::set<std::string> names;
  for (const auto& [name, bytes] : files) names.insert(name);
  EXPECT_EQ(names, w.expected_outputs());
  EXPECT_EQ(fs::directory_iterator(w.out)->path(), w.bundle());  // nothing else in out/

  Manifest m = read_manifest(w.bundle());
  EXPECT_EQ(m.period, w.period.to_string());
  EXPECT_EQ(m.report_date, kDate);
  EXPECT_EQ(m.document_numbers, (std::map<std::string, std::string>{{"hdnd", "05"}}));
  ASSERT_EQ(m.outputs.size(), files.size() - 1);
  std::map<std::string, std::string> kinds;
  for (const auto& record : m.outputs) {
    kinds[record.path] = record.kind;
    const std::string& bytes = files.at(record.path);
    EXPECT_EQ(record.size, bytes.size()) << record.path;
    EXPECT_EQ(record.sha256, sha256_hex(bytes)) << record.path;
    if (record.path.ends_with(".xlsx") || record.path.ends_with(".docx"))
      EXPECT_TRUE(is_complete_zip(w.bundle() / record.path));
    if (record.path.ends_with(".pdf")) EXPECT_TRUE(is_complete_pdf(w.bundle() / record.path));
  }
  EXPECT_EQ(kinds, w.expected_kinds());
  std::set<std::string> inputs;
  for (const auto& record : m.inputs) {
    std::string bytes = read_file(w.data / record.path);
    EXPECT_EQ(record.sha256, sha256_hex(bytes)) << record.path;
    EXPECT_EQ(record.size, bytes.size()) << record.path;
    inputs.insert(record.path);
  }
  EXPECT_EQ(inputs,
            (std::set<std::string>{"unit.toml", "areas.csv", "indicators.csv", "values.csv"}));
  for (const auto& record : m.templates)
    EXPECT_EQ(record.sha256, sha256_hex(read_file(shipped_templates() / record.path)));

  Summary summary = compute_summary(w.dataset, w.period);
  std::vector<std::string> key_codes, manifest_codes;
  for (const auto& row : summary.rows)
    if (row.indicator.key) key_codes.push_back(row.indicator.code);
  for (const auto& k : m.key_figures) manifest_codes.push_back(k.code);
  EXPECT_EQ(manifest_codes, key_codes);
  ASSERT_FALSE(m.key_figures.empty());
  EXPECT_EQ(m.key_figures[0].result, summary.find(m.key_figures[0].code)->result);

  // The closing summary names every file with its size and says it is new.
  for (const auto& name : names) EXPECT_THAT(r.out, HasSubstr(name));
  EXPECT_THAT(r.out, HasSubstr(fmt::format("{} files: {} new.", names.size(), names.size())));
  EXPECT_THAT(r.out, Not(HasSubstr("writing")));  // no progress lines when not a terminal
}

TEST(BuildCommand, TheNumberOfJobsDoesNotChangeAByte) {
  Workspace w;
  ASSERT_EQ(w.build("--jobs 1").exit_code, 0);
  auto one = snapshot(w.bundle());
  fs::remove_all(w.out);
  ASSERT_EQ(w.build("--jobs 4").exit_code, 0);
  auto four = snapshot(w.bundle());
  ASSERT_EQ(one.size(), four.size());
  for (const auto& [name, bytes] : one) EXPECT_TRUE(four.at(name) == bytes) << name;
}

TEST(BuildCommand, ARebuildIsByteIdenticalAndTouchesNothing) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  auto before = snapshot(w.bundle());
  auto old_time = age_files(w.bundle());

  CommandResult r = w.build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(snapshot(w.bundle()), before);
  for (const auto& e : fs::recursive_directory_iterator(w.bundle()))
    if (e.is_regular_file()) EXPECT_EQ(e.last_write_time(), old_time) << e.path();
  EXPECT_THAT(r.out, HasSubstr(fmt::format("{0} files: {0} unchanged.", before.size())));
  EXPECT_THAT(r.out, Not(::testing::ContainsRegex("\n  (new|changed|removed) ")));
}

TEST(BuildCommand, ASealedBundleIsNeverChangedWithoutForce) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  CommandResult sealed = w.baocao("seal --drafts '" + w.bundle().string() + "' --date 2024-01-10");
  ASSERT_EQ(sealed.exit_code, 0) << sealed.err;
  auto issued = snapshot(w.bundle());
  EXPECT_THAT(issued.at(kManifestName), HasSubstr("\"date\": \"2024-01-10\""));

  // The same inputs: nothing to change, the build succeeds and says so.
  CommandResult same = w.build();
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_THAT(same.out, HasSubstr("sealed (issued 2024-01-10)"));
  EXPECT_EQ(snapshot(w.bundle()), issued);

  // A changed value: refused, naming what would change, the bundle as it was.
  w.change_a_key_value();
  CommandResult refused = w.build();
  EXPECT_EQ(refused.exit_code, 3);
  EXPECT_THAT(refused.err, HasSubstr("sealed"));
  EXPECT_THAT(refused.err, HasSubstr("--force"));
  for (const auto& name :
       {path_of("master-workbook", w.period), path_of("briefing-pdf", w.period, "hdnd"),
        path_of("briefing-pdf", w.period, "thi-uy"), path_of("briefing-pdf", w.period, "ubnd"),
        path_of("briefing-docx", w.period, "hdnd"), path_of("briefing-docx", w.period, "thi-uy"),
        path_of("briefing-docx", w.period, "ubnd"), std::string(kManifestName)})
    EXPECT_THAT(refused.err, HasSubstr("changed   " + name));
  EXPECT_EQ(snapshot(w.bundle()), issued);
  auto perms = fs::status(w.bundle() / path_of("master-workbook", w.period)).permissions();
  EXPECT_EQ(perms & fs::perms::owner_write, fs::perms::none);

  // --force reissues: new content, no longer sealed, intact.
  CommandResult forced = w.build("--force");
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  Manifest m = read_manifest(w.bundle());
  EXPECT_FALSE(m.sealed_date);
  EXPECT_NE(snapshot(w.bundle()).at(path_of("master-workbook", w.period)),
            issued.at(path_of("master-workbook", w.period)));
  EXPECT_EQ(w.baocao("verify '" + w.bundle().string() + "'").exit_code, 0);
}

TEST(BuildCommand, AnUnreadableManifestNeedsForce) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  write_file(w.bundle() / kManifestName, "{ \"format\": 1, \"tool\": \"baocao\"");
  CommandResult r = w.build();
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr("manifest cannot be read"));
  EXPECT_THAT(r.err, HasSubstr("--force"));
  r = w.build("--force");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(w.baocao("verify '" + w.bundle().string() + "'").exit_code, 0);
}

TEST(VerifyCommand, CatchesAFlippedByteADeletedFileAndAnExtraFile) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  std::string verify = "verify '" + w.bundle().string() + "'";
  CommandResult ok = w.baocao(verify);
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
  EXPECT_THAT(ok.out, HasSubstr("intact"));
  // The output folder stands for all its bundles.
  EXPECT_EQ(w.baocao("verify '" + w.out.string() + "'").exit_code, 0);

  std::string pdf_name = path_of("briefing-pdf", w.period, "hdnd");
  std::string pdf = read_file(w.bundle() / pdf_name);
  pdf[pdf.size() / 2] ^= 0x20;
  write_file(w.bundle() / pdf_name, pdf);
  std::string gone = read_manifest(w.bundle()).outputs.back().path;
  fs::remove(w.bundle() / gone);
  write_file(w.bundle() / "ghi-chu.txt", "not part of the bundle");

  CommandResult bad = w.baocao(verify);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.out, HasSubstr("altered  " + pdf_name));
  EXPECT_THAT(bad.out, HasSubstr("missing  " + gone));
  EXPECT_THAT(bad.out, HasSubstr("extra    ghi-chu.txt"));
  EXPECT_EQ(w.baocao("verify '" + w.out.string() + "'").exit_code, 1);
}

TEST(VerifyCommand, AFolderWithoutABundleFails) {
  TempDir dir;
  CommandResult r = run("'" + exe() + "' verify '" + dir.path().string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("no bundle"));
  EXPECT_EQ(run("'" + exe() + "' verify '" + (dir / "nowhere").string() + "'").exit_code, 2);
}

TEST(BuildCommand, AnUnwritableOutputFolderExits3WithAClearMessage) {
  Workspace w;
  write_file(w.tmp / "file.txt", "a file where a folder should be");
  std::string out = (w.tmp / "file.txt" / "sub").string();
  CommandResult r =
      w.baocao("build --data '" + w.data.string() + "' --templates '" +
               shipped_templates().string() + "' --out '" + out + "' --date " + kDate);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr((w.tmp / "file.txt").string() + "' is a file, not a folder"));
  EXPECT_THAT(r.err, HasSubstr("--out"));

  // /proc takes no new folders, even from root.
  r = w.baocao("build --data '" + w.data.string() + "' --templates '" +
               shipped_templates().string() + "' --out /proc/baocao-test --date " + kDate);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr("/proc/baocao-test"));
  EXPECT_THAT(r.err, HasSubstr("cannot be created"));
}

TEST(BuildCommand, DataErrorsExit1AndWriteNothing) {
  Workspace w;
  std::string values = read_file(w.data / "values.csv");
  write_file(w.data / "values.csv", values + "\nKT.GTSX,NOWHERE,2023,actual,1.5,,\n");
  CommandResult r = w.build();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("values.csv:"));
  EXPECT_FALSE(fs::exists(w.out));
}

TEST(BuildCommand, UsageErrorsExit2) {
  Workspace w;
  EXPECT_EQ(w.build("--period 2021-2023").exit_code, 2);
  EXPECT_EQ(w.build("--period 2023-Q5").exit_code, 2);
  EXPECT_EQ(w.build("--number nosuch=1").exit_code, 2);
  EXPECT_EQ(w.build("--number hdnd").exit_code, 2);
  EXPECT_EQ(w.build("--jobs 0").exit_code, 2);
  EXPECT_EQ(w.build("--only docx").exit_code, 2);
  EXPECT_FALSE(fs::exists(w.out));
}

TEST(BuildCommand, OnlyWorkbooksKeepsTheBriefingsOfTheSameSources) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  auto full = snapshot(w.bundle());
  CommandResult r = w.build("--only xlsx");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("kept"));
  EXPECT_EQ(snapshot(w.bundle()), full);  // same sources: the very same bundle

  // With another value the old briefings would state a wrong number: they go.
  w.change_a_key_value();
  r = w.build("--only xlsx");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("removed"));
  EXPECT_FALSE(fs::exists(w.bundle() / path_of("briefing-pdf", w.period, "hdnd")));
  EXPECT_EQ(w.baocao("verify '" + w.bundle().string() + "'").exit_code, 0);
}

// Bundles of a baocao from before the outputs' kinds were recorded: each file's kind is known
// by its path, an unsealed manifest gains the kinds, a sealed one is left as it was issued.
TEST(BuildCommand, OnlyWorkbooksKeepsTheBriefingsOfAManifestWithoutKinds) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  auto full = snapshot(w.bundle());
  w.forget_kinds();
  CommandResult r = w.build("--only xlsx");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("kept"));
  EXPECT_EQ(snapshot(w.bundle()), full);  // the kinds are back, the briefings too
}

TEST(BuildCommand, ABundleSealedBeforeKindsWereRecordedStaysAsIssued) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  w.forget_kinds();
  std::string verify = "verify '" + w.bundle().string() + "'";
  ASSERT_EQ(w.baocao(verify).exit_code, 0);
  CommandResult sealed = w.baocao("seal --drafts '" + w.bundle().string() + "' --date 2024-01-10");
  ASSERT_EQ(sealed.exit_code, 0) << sealed.err;
  auto issued = snapshot(w.bundle());
  EXPECT_THAT(issued.at(kManifestName), Not(HasSubstr("\"kind\"")));

  CommandResult same = w.build();
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_THAT(same.out, HasSubstr("sealed (issued 2024-01-10)"));
  EXPECT_EQ(snapshot(w.bundle()), issued);
  EXPECT_EQ(w.baocao(verify).exit_code, 0);

  // Anything more than the kinds is a change, as for any sealed bundle.
  w.change_a_key_value();
  EXPECT_EQ(w.build().exit_code, 3);
  EXPECT_EQ(snapshot(w.bundle()), issued);
}

TEST(BuildCommand, ProgressOnATerminalAndQuiet) {
  Workspace w;
  std::string command;
  for (const auto& a : w.build_args()) command += "'" + a + "' ";
  // script(1) gives the build a terminal.
  CommandResult tty = run("script -qec \"" + command + "\" /dev/null");
  ASSERT_EQ(tty.exit_code, 0) << tty.out << tty.err;
  EXPECT_THAT(tty.out, HasSubstr("writing  " + path_of("master-workbook", w.period)));
  EXPECT_THAT(tty.out, HasSubstr("/" + std::to_string(w.expected_outputs().size() - 1) + "] "));

  CommandResult quiet = w.build("--quiet");
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.out, "");
}

// Starts the build with its output thrown away; returns the child's pid.
pid_t spawn(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_RDWR);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

// Every file under a final name is complete, and a manifest, when there is one, is right.
void expect_no_truncated_file(const fs::path& out, const std::string& when) {
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (!e.is_regular_file() || is_temporary_name(e.path().filename().string())) continue;
    const fs::path& p = e.path();
    if (p.extension() == ".xlsx" || p.extension() == ".docx")
      EXPECT_TRUE(is_complete_zip(p)) << p << when;
    if (p.extension() == ".pdf") EXPECT_TRUE(is_complete_pdf(p)) << p << when;
    if (p.filename() == kManifestName) {
      Manifest m = read_manifest(p.parent_path());
      for (const auto& record : m.outputs) {
        auto digest = digest_file((p.parent_path() / record.path).string());
        ASSERT_TRUE(digest) << record.path << when;
        EXPECT_EQ(digest->sha256, record.sha256) << record.path << when;
      }
    }
  }
}

TEST(BuildCommand, AKilledBuildNeverLeavesATruncatedFile) {
  Workspace w;
  // Two versions of the data, alternated, so that a kill can land while a bundle is replaced.
  fs::path other = w.tmp / "other-data";
  copy_dir(w.data, other);
  w.change_a_key_value();
  std::swap(w.data, other);

  // How long a build takes here: the faster of two, so that most runs below are cut short.
  auto duration = std::chrono::steady_clock::duration::max();
  for (int i = 0; i < 2; ++i) {
    fs::remove_all(w.out);
    auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(w.build().exit_code, 0);
    duration = std::min(duration, std::chrono::steady_clock::now() - started);
  }

  int killed = 0;
  constexpr int kRuns = 10;
  for (int i = 0; i < kRuns; ++i) {
    std::swap(w.data, other);
    auto delay = duration * (2 * i + 1) / (2 * kRuns);
    pid_t pid = spawn(w.build_args("--jobs=2"));
    std::this_thread::sleep_for(delay);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed;
    expect_no_truncated_file(
        w.out, fmt::format(" (run {}, killed after {} µs)", i,
                           std::chrono::duration_cast<std::chrono::microseconds>(delay).count()));
  }
  EXPECT_GE(killed, 3) << "the builds ended before the kills: the test proved nothing";

  // The next build cleans up after the killed ones and leaves an intact bundle.
  CommandResult r = w.build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& e : fs::recursive_directory_iterator(w.out))
    EXPECT_FALSE(is_temporary_name(e.path().filename().string())) << e.path();
  EXPECT_EQ(w.baocao("verify '" + w.bundle().string() + "'").exit_code, 0);
}

TEST(BuildCommand, CtrlCPutsNothingInPlace) {
  Workspace w;
  auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(w.build().exit_code, 0);
  auto duration = std::chrono::steady_clock::now() - started;
  fs::remove_all(w.out);

  pid_t pid = spawn(w.build_args());
  std::this_thread::sleep_for(duration / 2);
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) {
    EXPECT_EQ(WTERMSIG(status), SIGINT);
    if (fs::exists(w.out))
      for (const auto& e : fs::recursive_directory_iterator(w.out))
        if (e.path().filename() != "." + w.period.to_string() + ".lock")  // the lock stays
          EXPECT_FALSE(e.is_regular_file()) << e.path() << " left by an interrupted build";
  } else {
    EXPECT_EQ(WEXITSTATUS(status), 0);  // it finished before the signal
    EXPECT_EQ(w.baocao("verify '" + w.bundle().string() + "'").exit_code, 0);
  }
}

// A rebuild killed (SIGKILL: no chance to clean up) before each step that changes the output
// folder, one run per step, from the first rename to the removal of the replaced bundle: the
// bundle is always the complete old one or the complete new one, as `verify` says.
TEST(BuildCommand, AKillAtEveryStepOfARebuildLeavesTheOldOrTheNewBundle) {
  Workspace w;
  ASSERT_EQ(w.build("--jobs=1").exit_code, 0);
  const std::string old_manifest = read_file(w.bundle() / kManifestName);
  fs::path old_copy = w.tmp / "old-bundle";
  fs::copy(w.bundle(), old_copy, fs::copy_options::recursive);
  w.change_a_key_value();

  std::string command;
  for (const auto& a : w.build_args("--jobs=1")) command += "'" + a + "' ";
  std::vector<std::string> manifests;  // after each killed run
  int step = 1;
  for (; step < 200; ++step) {
    fs::remove_all(w.bundle());
    fs::copy(old_copy, w.bundle(), fs::copy_options::recursive);
    CommandResult r = run(fmt::format("BAOCAO_TEST_KILL_AT_STEP={} {}", step, command));
    if (r.exit_code == 0) break;  // no step left to kill at: the rebuild completed
    ASSERT_EQ(r.exit_code, 128 + SIGKILL) << "step " << step << ": " << r.err;
    CommandResult v = w.baocao("verify '" + w.bundle().string() + "'");
    EXPECT_EQ(v.exit_code, 0) << "killed at step " << step << ":\n" << v.out << v.err;
    manifests.push_back(read_file(w.bundle() / kManifestName));
  }
  const std::string new_manifest = read_file(w.bundle() / kManifestName);
  ASSERT_NE(new_manifest, old_manifest);
  ASSERT_FALSE(manifests.empty()) << "no step was killed: the test proved nothing";
  // A rename for each changed file, a link for each unchanged one, the manifest, the exchange
  // and the removal: at least one step per output.
  EXPECT_GE(static_cast<std::size_t>(step), w.expected_outputs().size());
  for (std::size_t i = 0; i < manifests.size(); ++i)
    EXPECT_TRUE(manifests[i] == old_manifest || manifests[i] == new_manifest) << "step " << i + 1;
  // Up to the exchange the old bundle stands, from it on the new one.
  EXPECT_EQ(manifests.front(), old_manifest);
  EXPECT_EQ(manifests.back(), new_manifest);
  // The leftovers of the killed runs are reported by verify on the output folder, and gone
  // after the next build.
  ASSERT_EQ(w.build().exit_code, 0);
  for (const auto& e : fs::directory_iterator(w.out))
    EXPECT_FALSE(is_temporary_name(e.path().filename().string())) << e.path();
  EXPECT_EQ(w.baocao("verify '" + w.out.string() + "'").exit_code, 0);
}

TEST(BuildCommand, ASealedBundleWhoseManifestIsLostIsNotOverwritten) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  ASSERT_EQ(w.baocao("seal --drafts '" + w.bundle().string() + "' --date 2024-01-10").exit_code, 0);
  fs::remove(w.bundle() / kManifestName);
  auto issued = snapshot(w.bundle());

  CommandResult r = w.build();
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_THAT(r.err, HasSubstr(fmt::format("{} file(s) but no manifest", issued.size())));
  EXPECT_THAT(r.err, HasSubstr(path_of("briefing-docx", w.period, "hdnd")));
  EXPECT_THAT(r.err, HasSubstr("--force"));
  EXPECT_EQ(snapshot(w.bundle()), issued);

  r = w.build("--force");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(w.baocao("verify '" + w.bundle().string() + "'").exit_code, 0);
  EXPECT_FALSE(read_manifest(w.bundle()).sealed_date);
}

// What stands in the way is found while the new bundle is put together beside the old one:
// the old one is left whole, manifest included.
TEST(BuildCommand, APathThatCannotBeWrittenIsFoundBeforeAnythingIsReplaced) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  std::string pdf = path_of("briefing-pdf", w.period, "hdnd");
  fs::remove(w.bundle() / pdf);
  write_file(w.bundle() / pdf / "ghi-chu.txt", "a note in a folder where the briefing was");
  auto before = snapshot(w.bundle());
  w.change_a_key_value();

  CommandResult r = w.build();
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_THAT(r.err, HasSubstr(pdf + "/ghi-chu.txt"));
  EXPECT_THAT(r.err, HasSubstr("not replaced"));
  EXPECT_EQ(snapshot(w.bundle()), before);
  for (const auto& e : fs::directory_iterator(w.out))
    EXPECT_FALSE(is_temporary_name(e.path().filename().string())) << e.path();
}

// A bundle folder that is a link (or a file) cannot be replaced as a whole: refused, untouched.
TEST(BuildCommand, ALinkOrAFileInThePlaceOfTheBundleFolderIsRefused) {
  Workspace w;
  fs::create_directories(w.out);
  fs::create_directories(w.tmp / "elsewhere");
  fs::create_directory_symlink(w.tmp / "elsewhere", w.bundle());
  CommandResult r = w.build();
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_THAT(r.err, HasSubstr("symbolic link"));
  EXPECT_TRUE(fs::is_symlink(w.bundle()));
  EXPECT_TRUE(fs::is_empty(w.tmp / "elsewhere"));

  fs::remove(w.bundle());
  write_file(w.bundle(), "a file of the user's");
  r = w.build();
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_EQ(read_file(w.bundle()), "a file of the user's");
}

TEST(BuildCommand, AChangingRebuildKeepsTheUnchangedFilesBytesAndTimes) {
  Workspace w;
  ASSERT_EQ(w.build().exit_code, 0);
  auto before = snapshot(w.bundle());
  auto old_time = age_files(w.bundle());

  CommandResult r = w.build("--number thi-uy=06");  // the thi-uy briefings change, nothing else
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("changed"));
  auto after = snapshot(w.bundle());
  int unchanged = 0;
  for (const auto& e : fs::recursive_directory_iterator(w.bundle())) {
    if (!e.is_regular_file()) continue;
    std::string rel = fs::relative(e.path(), w.bundle()).generic_string();
    if (before.count(rel) && before.at(rel) == after.at(rel) && rel != kManifestName) {
      ++unchanged;
      EXPECT_EQ(e.last_write_time(), old_time) << rel;
    }
  }
  EXPECT_GT(unchanged, 0) << "no file stayed the same: the test proved nothing";
  EXPECT_EQ(w.baocao("verify '" + w.bundle().string() + "'").exit_code, 0);
}

}  // namespace
}  // namespace baocao

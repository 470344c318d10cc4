#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "archive/build.hpp"
#include "archive/output_kinds.hpp"
#include "baocao/version.hpp"
#include "cli/bundle_report.hpp"
#include "cli/commands.hpp"
#include "cli/prepare.hpp"
#include "cli/report.hpp"
#include "core/i18n.hpp"
#include "core/unicode.hpp"

namespace baocao::cli {
namespace {

struct BuildArgs {
  BuildOptions options;
  std::string period;
  std::string date;
  std::string deadline;
  std::vector<std::string> numbers;
  std::string only = "all";
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool quiet = false;
};

// Ctrl-C or SIGTERM: the build stops starting files and puts nothing in place; a second signal
// kills at once (SA_RESETHAND), leaving temporaries that the next build removes.
std::atomic<bool> interrupted{false};
volatile sig_atomic_t received_signal = 0;

// Translated before the handler is installed: a signal handler may not call gettext.
const char* interrupted_message = "";
std::size_t interrupted_message_size = 0;

void on_signal(int sig) {
  received_signal = sig;
  interrupted.store(true);
  ssize_t ignored = ::write(STDERR_FILENO, interrupted_message, interrupted_message_size);
  (void)ignored;
}

void install_signal_handlers() {
  interrupted_message =
      tr("\ninterrupted: finishing the files being written, then stopping (again to stop at "
         "once)\n");
  interrupted_message_size = std::strlen(interrupted_message);
  struct sigaction action {};
  action.sa_handler = on_signal;
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

// A line per output as it starts and ends, for a person watching a terminal.
class TerminalReporter : public Reporter {
 public:
  void outputs_planned(const std::string& bundle_dir, std::size_t count) override {
    std::lock_guard lock(mutex_);
    total_ = count;
    fmt::print("{}\n", trf("Writing {} files into {}/", count, bundle_dir));
    std::fflush(stdout);
  }
  void output_started(const std::string& path) override {
    std::lock_guard lock(mutex_);
    started_[path] = std::chrono::steady_clock::now();
    fmt::print("  {}\n", trf("writing  {}", path));
    std::fflush(stdout);
  }
  void output_finished(const std::string& path, const FileDigest* digest) override {
    std::lock_guard lock(mutex_);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_[path]).count();
    ++done_;
    if (digest)
      fmt::print("  [{}/{}] {} ({}, {:.1f} s)\n", done_, total_, path, human_size(digest->size),
                 seconds);
    else
      fmt::print("  {}\n", trf("[{}/{}] {} FAILED", done_, total_, path));
    std::fflush(stdout);
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::chrono::steady_clock::time_point> started_;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
};

// A file's change in the closing list, in the user's language.
std::string_view change_word(FileChange change) {
  switch (change) {
    case FileChange::added:
      return tr("new");
    case FileChange::changed:
      return tr("changed");
    case FileChange::unchanged:
      return tr("unchanged");
    case FileChange::removed:
      return tr("removed");
    case FileChange::kept:
      return tr("kept");
  }
  return to_string(change);
}

// Which briefings are drafts (marked "DỰ THẢO") and what each needs to be a final.
void print_drafts(const BuildResult& result) {
  std::vector<std::string> finals;
  std::size_t drafts = 0;
  for (const auto& b : result.briefings) {
    if (b.missing.empty()) {
      finals.push_back(b.name);
      continue;
    }
    if (drafts++ == 0)
      fmt::print("{}\n", tr("Drafts, marked \"DỰ THẢO\" on page 1 (build --final refuses them):"));
    fmt::print("  {}\n", trf("{}: lacks {}", b.name, b.missing));
  }
  if (!finals.empty())
    fmt::print("{}\n",
               trf("Final, numbered and signed: {}.", fmt::format("{}", fmt::join(finals, ", "))));
}

void print_summary(const BuildResult& result, const BuildOptions& options) {
  fmt::print("{}\n", trf("Bundle {} (period {}, report date {}):", result.bundle_dir, result.period,
                         options.report_date.to_iso()));
  std::map<FileChange, std::size_t> counts;
  for (const auto& f : result.files) {
    fmt::print("  {:<9} {:>9}  {}\n", change_word(f.change), human_size(f.size), f.path);
    ++counts[f.change];
  }
  std::vector<std::string> parts;
  for (auto change : {FileChange::added, FileChange::changed, FileChange::unchanged,
                      FileChange::kept, FileChange::removed})
    if (counts[change] > 0)
      parts.push_back(fmt::format("{} {}", counts[change], change_word(change)));
  fmt::print("{}\n",
             trf("{} files: {}.", result.files.size(), fmt::format("{}", fmt::join(parts, ", "))));
  if (result.sealed_date)
    fmt::print("{}\n", trf("The bundle is sealed (issued {}) and nothing in it changed.",
                           *result.sealed_date));
  if (!result.removed_temporaries.empty())
    fmt::print("{}\n", trf("Removed {} temporary file(s) left by an interrupted build.",
                           result.removed_temporaries.size()));
  print_drafts(result);
}

void print_refusal(const BuildResult& result) {
  fmt::print(stderr, "{}\n",
             trf("{}: error: the bundle is sealed (issued {}); this build would change:",
                 result.bundle_dir, result.sealed_date.value_or("?")));
  for (const auto& f : result.would_change)
    fmt::print(stderr, "  {:<9} {}\n", change_word(f.change), f.path);
  fmt::print(stderr, "  {}\n",
             tr("hint: nothing was written. To reissue the bundle, build again with --force "
                "(the new bundle is no longer sealed)."));
}

void print_errors(const BuildResult& result, bool quiet) {
  if (result.status == BuildStatus::data_error || result.status == BuildStatus::usage_error) {
    print_diagnostics(result.diagnostics);
    return;
  }
  for (const auto& d : result.diagnostics.errors()) fmt::print(stderr, "{}\n", to_string(d));
  if (!quiet)
    for (const auto& d : result.diagnostics.warnings()) fmt::print(stderr, "{}\n", to_string(d));
  if (result.status == BuildStatus::output_error)
    fmt::print(stderr, "{}\n", tr("The bundle in the output folder was not replaced."));
}

int exit_code_for(BuildStatus status) {
  switch (status) {
    case BuildStatus::ok:
      return kOk;
    case BuildStatus::data_error:
      return kDataError;
    case BuildStatus::usage_error:
      return kUsage;
    case BuildStatus::output_error:
    case BuildStatus::sealed_refused:
    case BuildStatus::interrupted:
      return kOutputError;
  }
  return kOutputError;
}

// "hdnd=05" -> options.numbers["hdnd"] = "05"; false on a malformed entry, a number that is
// not a short document number, or a template given twice.
bool parse_numbers(const std::vector<std::string>& entries, BuildOptions& options) {
  for (const auto& entry : entries) {
    auto eq = entry.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == entry.size()) {
      fmt::print(stderr, "{}\n",
                 trf("--number: error: \"{}\" is not TEMPLATE=NUMBER\n  hint: e.g. --number "
                     "hdnd=05 --number thi-uy=125",
                     terminal_safe(entry)));
      return false;
    }
    std::string name = entry.substr(0, eq), number = entry.substr(eq + 1);
    if (auto problem = document_number_problem(number); !problem.empty()) {
      fmt::print(stderr, "{}\n",
                 trf("--number: error: the number \"{}\" of {} {}\n  hint: {}",
                     terminal_safe(number), terminal_safe(name), problem, document_number_hint()));
      return false;
    }
    if (!options.numbers.emplace(name, number).second) {
      fmt::print(stderr, "{}\n",
                 trf("--number: error: template {} is given a number twice: {} and {}\n  hint: "
                     "give each template's number once",
                     terminal_safe(name), options.numbers[name], number));
      return false;
    }
  }
  return true;
}

// The environment variables baocao honours are read here and nowhere else: the library takes
// them as options.
void read_environment(BuildOptions& options) {
  if (const char* fonts = std::getenv("BAOCAO_FONT_DIR")) options.pdf.font_dir = fonts;
  if (const char* icc = std::getenv("BAOCAO_ICC_PROFILE")) options.pdf.icc_profile = icc;
  if (const char* tmpdir = std::getenv("TMPDIR")) options.tmpdir = tmpdir;
  // For the tests that a kill at any step of putting a bundle in place leaves a bundle intact:
  // the Nth step kills the process as SIGKILL would, with no chance to clean up.
  if (const char* kill_at = std::getenv("BAOCAO_TEST_KILL_AT_STEP")) {
    long at = std::strtol(kill_at, nullptr, 10);
    options.before_step = [at, count = 0L](const std::string&) mutable {
      if (++count == at) ::raise(SIGKILL);
    };
  }
}

int run_build_command(BuildArgs& args) {
  BuildOptions& options = args.options;
  if (!parse_numbers(args.numbers, options)) return kUsage;
  if (!read_period_option(args.period, options.period)) return kUsage;
  options.report_date = args.date.empty() ? today() : *Date::parse(args.date);
  if (!args.deadline.empty()) options.collection.deadline = *Date::parse(args.deadline);
  std::string& return_to = options.collection.return_to;
  if (find_invalid_utf8(return_to) != std::string::npos) {
    fmt::print(stderr, "{}\n",
               tr("--return-to: error: the text is not UTF-8\n  hint: type it in a terminal set "
                  "to UTF-8, e.g. --return-to \"Phòng Tài chính - Kế hoạch\""));
    return kUsage;
  }
  return_to = to_nfc(return_to);
  options.only = output_selection_named(args.only).value_or(OutputSelection::all);
  options.jobs = args.jobs;
  read_environment(options);
  options.cancel = &interrupted;

  bool progress = !args.quiet && ::isatty(STDOUT_FILENO);
  TerminalReporter terminal;
  SilentReporter silent;
  install_signal_handlers();
  BuildResult result = run_build(options, progress ? static_cast<Reporter&>(terminal) : silent);

  if (result.status == BuildStatus::interrupted) {
    fmt::print(stderr, "{}\n", trf("Interrupted: nothing in {} was changed.", result.bundle_dir));
    int sig = received_signal != 0 ? received_signal : SIGINT;
    ::signal(sig, SIG_DFL);
    ::raise(sig);  // end as the signal would have: the shell sees 128 + signal
    return kOutputError;
  }
  print_errors(result, args.quiet);
  if (result.status == BuildStatus::sealed_refused) print_refusal(result);
  if (result.status == BuildStatus::ok && !args.quiet) print_summary(result, options);
  return exit_code_for(result.status);
}

}  // namespace

void add_build_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "build",
      tr("Write the bundle of a period into OUT/PERIOD/: workbooks, briefings, manifest.json"));
  auto args = std::make_shared<BuildArgs>();
  add_folder_option(cmd, "--data", args->options.data_dir, tr("Dataset folder"));
  add_folder_option(cmd, "--templates", args->options.templates_dir,
                    tr("Briefing templates folder"));
  add_folder_option(cmd, "--out", args->options.out_dir,
                    tr("Output folder; the bundle goes to OUT/PERIOD"));
  cmd->add_option("--period", args->period,
                  tr("Report period: 2023, 2023-Q3, 2023-H1, 2023-9M, 2023-M07 (default: the "
                     "latest year with results)"))
      ->type_name(tr("PERIOD"));
  add_date_option(cmd, "--date", args->date,
                  tr("Report date printed in the briefings (default: today)"));
  cmd->add_option("--number", args->numbers,
                  tr("Document number of a template's briefing, e.g. --number hdnd=05 "
                     "--number thi-uy=125 (default: blank, as in a draft)"))
      ->type_name(tr("TEMPLATE=NUMBER"));
  add_date_option(cmd, "--deadline", args->deadline,
                  tr("Day the departments' input sheets go back (default: unit.toml's "
                     "[collection] deadline, else a space to fill in)"));
  cmd->add_option("--return-to", args->options.collection.return_to,
                  tr("To whom the input sheets go back (default: unit.toml's [collection] "
                     "return_to, else a space to fill in)"))
      ->type_name(tr("TEXT"));
  cmd->add_option("--only", args->only,
                  tr("Write only the workbooks (xlsx) or the briefings (pdf: PDF and Word)"))
      ->type_name(fmt::format("{}", fmt::join(output_selection_names(), "|")))
      ->check(unnamed(CLI::IsMember(output_selection_names())))
      ->capture_default_str();
  cmd->add_option("--jobs", args->jobs, tr("Files written at the same time (default: core count)"))
      ->type_name("1…256")
      ->check(unnamed(CLI::Range(1u, 256u)));
  cmd->add_flag("--quiet", args->quiet, tr("Print errors only: no progress, no summary"));
  cmd->add_flag("--final", args->options.final,
                tr("Issue final briefings: refuse (exit 1, nothing written) while one lacks its "
                   "number (--number) or its signer's name (signer_name in unit.toml)"));
  cmd->add_flag("--force", args->options.force,
                tr("Rebuild a sealed bundle (it is no longer sealed afterwards)"));
  cmd->footer(tr(
      "Exit codes: 0 ok; 1 data or template errors, or --final with a draft (nothing written); 2 "
      "usage error; 3 output "
      "or I/O failure, or a sealed bundle that would change (without --force). Ctrl-C stops "
      "without putting any file in place."));
  cmd->callback([args, &exit_code] { exit_code = run_build_command(*args); });
}

}  // namespace baocao::cli

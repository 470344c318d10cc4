#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "archive/verify.hpp"
#include "cli/bundle_report.hpp"
#include "cli/commands.hpp"
#include "core/i18n.hpp"

namespace baocao::cli {
namespace {

// true when the bundle is intact.
bool report_bundle(const std::string& dir) {
  VerifyResult result = verify_bundle(dir);
  for (const auto& d : result.diagnostics.errors()) fmt::print(stderr, "{}\n", to_string(d));
  if (!result.manifest) return false;
  // The bundle's state, appended as clauses: its drafts, then its seal.
  std::string state;
  if (const auto& drafts = result.manifest->drafts; drafts && !drafts->empty())
    state = trf(", drafts: {}", fmt::join(*drafts, ", "));
  if (result.manifest->sealed_date) state += trf(", sealed {}", *result.manifest->sealed_date);
  if (result.intact()) {
    fmt::print("{}\n", trf("{}: intact ({} files as the manifest says, period {}{})", dir,
                           result.checked, result.manifest->period, state));
    return true;
  }
  fmt::print("{}\n", trf("{}: NOT intact ({} problem(s){}):", dir, result.findings.size(), state));
  print_findings(stdout, result);
  return false;
}

int run_verify_command(const std::string& dir) {
  auto bundles = find_bundles(dir);
  if (bundles.empty()) {
    fmt::print(stderr, "{}\n",
               trf("{}: error: no bundle here (no manifest.json in it or in its sub-folders)\n"
                   "  hint: give a bundle folder such as output/2023, written by `baocao build`",
                   dir));
    return kDataError;
  }
  bool all_intact = true;
  for (const auto& bundle : bundles) all_intact = report_bundle(bundle) && all_intact;
  return all_intact ? kOk : kDataError;
}

}  // namespace

void add_verify_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "verify", tr("Check a bundle against its manifest: missing, altered or extra files"));
  auto dir = std::make_shared<std::string>("output");
  cmd->add_option(tr("FOLDER"), *dir,
                  tr("A bundle folder (output/2023), or a folder of bundles: each is checked"))
      ->type_name("")
      ->check(unnamed(CLI::ExistingDirectory))
      ->capture_default_str();
  cmd->footer(
      tr("Exit codes: 0 intact; 1 a file is missing, altered or extra, or there is no readable "
         "manifest; 2 usage error."));
  cmd->callback([dir, &exit_code] { exit_code = run_verify_command(*dir); });
}

}  // namespace baocao::cli

#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "archive/seal.hpp"
#include "cli/bundle_report.hpp"
#include "cli/commands.hpp"
#include "core/i18n.hpp"

namespace baocao::cli {
namespace {

struct SealArgs {
  std::string dir;
  std::string date;
  bool drafts = false;
};

int run_seal_command(const SealArgs& args) {
  Date date = args.date.empty() ? today() : *Date::parse(args.date);
  SealResult result = seal_bundle(args.dir, date, args.drafts);
  for (const auto& d : result.diagnostics.errors()) fmt::print(stderr, "{}\n", to_string(d));
  for (const auto& d : result.diagnostics.warnings()) fmt::print(stderr, "{}\n", to_string(d));
  switch (result.status) {
    case SealStatus::sealed:
      fmt::print("{}\n", trf("{}: sealed, issued {}; {} files are now read-only.", args.dir,
                             result.sealed_date, result.check.manifest->outputs.size() + 1));
      return kOk;
    case SealStatus::already_sealed:
      fmt::print("{}\n", trf("{}: already sealed (issued {}); nothing changed.", args.dir,
                             result.sealed_date));
      return kOk;
    case SealStatus::not_intact:
      if (result.check.manifest) {
        fmt::print(stderr, "{}\n",
                   trf("{}: error: the bundle does not match its manifest:", args.dir));
        print_findings(stderr, result.check);
      }
      fmt::print(stderr, "  {}\n",
                 trf("hint: not sealed. Rebuild the bundle with `baocao build`, check it with "
                     "`baocao verify {}`, then seal it.",
                     args.dir));
      return kDataError;
    case SealStatus::drafts:
      fmt::print(stderr, "{}\n",
                 trf("{}: error: not sealed: the briefings of {} are drafts (\"DỰ THẢO\" on page "
                     "1): they have no document number or no signer's name",
                     args.dir, fmt::join(result.drafts, ", ")));
      fmt::print(stderr, "  {}\n",
                 tr("hint: give each briefing its number (--number) and its signer's name "
                    "(signer_name in unit.toml), build it again with `baocao build --final`, then "
                    "seal it; or seal the drafts as they are with --drafts (the papers as sent "
                    "to a meeting)"));
      return kDataError;
    case SealStatus::output_error:
      fmt::print(stderr, "{}\n", trf("{}: the seal could not be completed.", args.dir));
      return kOutputError;
  }
  return kOutputError;
}

}  // namespace

void add_seal_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "seal",
      tr("Mark a bundle as issued: dated in its manifest, files read-only, kept by builds"));
  auto args = std::make_shared<SealArgs>();
  cmd->add_option(tr("FOLDER"), args->dir, tr("The bundle folder, e.g. output/2023"))
      ->type_name("")
      ->required()
      ->check(unnamed(CLI::ExistingDirectory));
  add_date_option(cmd, "--date", args->date, tr("Date of issue (default: today)"));
  cmd->add_flag("--drafts", args->drafts,
                tr("Seal even if the briefings are drafts (no number or signer's name), e.g. the "
                   "papers as sent to a meeting"));
  cmd->footer(
      tr("Exit codes: 0 sealed (or already sealed); 1 the bundle does not match its manifest, "
         "or its briefings are drafts (without --drafts); 2 usage error; 3 the manifest or a "
         "permission could not be written."));
  cmd->callback([args, &exit_code] { exit_code = run_seal_command(*args); });
}

}  // namespace baocao::cli

// `baocao summary`: the computed summary of a dataset for one report period, as a terminal
// table, CSV or JSON (schema: docs/summary-json.md).
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/prepare.hpp"
#include "cli/report.hpp"
#include "core/i18n.hpp"
#include "format/summary_csv.hpp"
#include "format/summary_json.hpp"
#include "format/summary_table.hpp"

namespace baocao::cli {
namespace {

struct SummaryOptions {
  std::string data = "data";
  std::string period;
  std::string format = "table";
};

void run_summary(const SummaryOptions& options, int& exit_code) {
  auto prepared = prepare_for_printing(options.data, options.period, exit_code);
  if (!prepared) return;
  const Dataset& data = prepared->data;
  const Summary& summary = prepared->summary;
  print_diagnostics(prepared->diagnostics);
  std::string out;
  if (options.format == "csv")
    out = summary_csv(summary);
  else if (options.format == "json")
    out = summary_json(summary, data);
  else
    out = summary_table(summary, data);
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (std::fflush(stdout) != 0) {
    fmt::print(stderr, "{}\n", tr("error: cannot write the summary to the standard output"));
    exit_code = kOutputError;
    return;
  }
  exit_code = kOk;
}

}  // namespace

void add_summary_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("summary", tr("Print the computed summary for a report period"));
  auto options = std::make_shared<SummaryOptions>();
  add_folder_option(cmd, "--data", options->data, tr("Dataset folder"));
  cmd->add_option("--period", options->period,
                  tr("Report period: 2023, 2023-Q3, 2023-H1, 2023-9M or 2023-M07 (default: the "
                     "latest year with an actual or estimate)"))
      ->type_name(tr("PERIOD"));
  cmd->add_option("--format", options->format, tr("Output format"))
      ->type_name("table|csv|json")
      ->check(unnamed(CLI::IsMember({"table", "csv", "json"})))
      ->capture_default_str();
  cmd->callback([options, &exit_code] { run_summary(*options, exit_code); });
}

}  // namespace baocao::cli

// `baocao summary`: the computed summary of a dataset for one report period, as a terminal
// table, CSV or JSON (schema: docs/summary-json.md).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/report.hpp"
#include "compute/compute.hpp"
#include "format/summary_csv.hpp"
#include "format/summary_json.hpp"
#include "format/summary_table.hpp"
#include "load/load.hpp"

namespace baocao::cli {
namespace {

struct SummaryOptions {
  std::string data = "data";
  std::string period;
  std::string format = "table";
};

std::string period_list(const std::vector<Period>& periods) {
  std::string out;
  for (const Period& p : periods) out += (out.empty() ? "" : ", ") + p.to_string();
  return out.empty() ? "none" : out;
}

std::string values_path(const SummaryOptions& options, const Dataset& data) {
  for (const SourceFile& f : data.files)
    if (std::filesystem::path(f.path).filename() == "values.csv") return f.path;
  return (std::filesystem::path(options.data) / "values.csv").string();
}

void print_error(const std::string& message, const std::string& hint) {
  fmt::print(stderr, "error: {}\n", message);
  if (!hint.empty()) fmt::print(stderr, "  hint: {}\n", hint);
}

// The report period: --period if given, else the contract's default. Prints what is wrong and
// sets `exit_code` when there is none.
std::optional<Period> report_period(const SummaryOptions& options, const Dataset& data,
                                    int& exit_code) {
  std::vector<Period> with_results = result_periods(data);
  std::string values = values_path(options, data);
  if (options.period.empty()) {
    if (auto p = default_period(data)) return p;
    print_error(
        fmt::format("no year has an actual or estimate in {}, so there is no default "
                    "report period",
                    values),
        fmt::format("give one with --period; periods with results: {}", period_list(with_results)));
    exit_code = kDataError;
    return std::nullopt;
  }
  auto p = Period::parse(options.period);
  if (!p) {
    print_error(fmt::format("--period \"{}\" is not a period", options.period),
                "write a year (2023), a quarter (2023-Q3), the first half (2023-H1), 9 months "
                "(2023-9M) or a month (2023-M07)");
    exit_code = kUsage;
    return std::nullopt;
  }
  if (p->is_span()) {
    print_error(fmt::format("--period {} is a span of years, which is never a report period",
                            options.period),
                fmt::format("give a year such as {}: values of a span are shown beside the year "
                            "it ends in",
                            p->end_year));
    exit_code = kUsage;
    return std::nullopt;
  }
  if (std::find(with_results.begin(), with_results.end(), *p) == with_results.end()) {
    print_error(fmt::format("{} has no actual or estimate for {}", values, options.period),
                fmt::format("periods with results: {}", period_list(with_results)));
    exit_code = kDataError;
    return std::nullopt;
  }
  return p;
}

void run_summary(const SummaryOptions& options, int& exit_code) {
  LoadResult loaded = load_dataset(options.data);
  if (!loaded.dataset) {
    print_diagnostics(loaded.diagnostics);
    exit_code = kDataError;
    return;
  }
  const Dataset& data = *loaded.dataset;
  auto period = report_period(options, data, exit_code);
  if (!period) {
    print_diagnostics(loaded.diagnostics);
    return;
  }
  Summary summary = compute_summary(data, *period);
  Diagnostics all = loaded.diagnostics;
  all.append(summary.diagnostics);
  print_diagnostics(all);
  std::string out;
  if (options.format == "csv")
    out = summary_csv(summary);
  else if (options.format == "json")
    out = summary_json(summary, data);
  else
    out = summary_table(summary, data);
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (std::fflush(stdout) != 0) {
    fmt::print(stderr, "error: cannot write the summary to the standard output\n");
    exit_code = kOutputError;
    return;
  }
  exit_code = kOk;
}

}  // namespace

void add_summary_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("summary", "Print the computed summary for a report period");
  auto options = std::make_shared<SummaryOptions>();
  cmd->add_option("--data", options->data, "Dataset folder")->capture_default_str();
  cmd->add_option("--period", options->period,
                  "Report period: 2023, 2023-Q3, 2023-H1, 2023-9M or 2023-M07 (default: the "
                  "latest year with an actual or estimate)");
  cmd->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
  cmd->callback([options, &exit_code] { run_summary(*options, exit_code); });
}

}  // namespace baocao::cli

// `baocao render-text`: the briefings of templates/ as plain text, to check their wording
// without a PDF viewer. Prints nothing to stdout when any template has an error.
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "briefing/template.hpp"
#include "cli/bundle_report.hpp"
#include "cli/commands.hpp"
#include "cli/report.hpp"
#include "compute/compute.hpp"
#include "load/load.hpp"

namespace baocao::cli {
namespace {

struct RenderTextArgs {
  std::string data = "data";
  std::string templates = "templates";
  std::string name;  // empty: every template
  std::string period;
  std::string date;
  std::vector<std::string> numbers;  // "05" for every template, or "hdnd=05"
};

void usage_error(const std::string& message, const std::string& hint) {
  fmt::print(stderr, "error: {}\n  hint: {}\n", message, hint);
}

std::string period_list(const std::vector<Period>& periods) {
  std::string out;
  for (const Period& p : periods) out += (out.empty() ? "" : ", ") + p.to_string();
  return out.empty() ? "none" : out;
}

// The document number of each template; "" for all templates. False on a malformed entry.
bool parse_numbers(const RenderTextArgs& args, const std::vector<std::string>& names,
                   std::map<std::string, std::string>& numbers) {
  for (const auto& entry : args.numbers) {
    auto eq = entry.find('=');
    if (eq == std::string::npos) {
      numbers[""] = entry;
      continue;
    }
    std::string name = entry.substr(0, eq);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      usage_error(fmt::format("--number {}: there is no template \"{}\"", entry, name),
                  fmt::format("the templates are: {}", fmt::join(names, ", ")));
      return false;
    }
    numbers[name] = entry.substr(eq + 1);
  }
  return true;
}

std::optional<Period> report_period(const RenderTextArgs& args, const Dataset& data,
                                    int& exit_code) {
  std::vector<Period> with_results = result_periods(data);
  if (args.period.empty()) {
    if (auto p = default_period(data)) return p;
    usage_error(
        "no year has an actual or estimate, so there is no default report period",
        fmt::format("give one with --period; periods with results: {}", period_list(with_results)));
    exit_code = kDataError;
    return std::nullopt;
  }
  auto p = Period::parse(args.period);
  if (!p || p->is_span()) {
    usage_error(fmt::format("--period \"{}\" is not a report period", args.period),
                "write a year (2023), a quarter (2023-Q3), the first half (2023-H1), 9 months "
                "(2023-9M) or a month (2023-M07)");
    exit_code = kUsage;
    return std::nullopt;
  }
  if (std::find(with_results.begin(), with_results.end(), *p) == with_results.end()) {
    usage_error(fmt::format("the dataset has no actual or estimate for {}", args.period),
                fmt::format("periods with results: {}", period_list(with_results)));
    exit_code = kDataError;
    return std::nullopt;
  }
  return p;
}

int run_render_text(const RenderTextArgs& args) {
  std::vector<std::string> names = list_templates(args.templates);
  if (!args.name.empty()) {
    names = {args.name};
  } else if (names.empty()) {
    usage_error(fmt::format("there are no templates in {}", args.templates),
                "a template is a folder holding template.toml and body.md; give the folder "
                "with --templates");
    return kUsage;
  }
  std::map<std::string, std::string> numbers;
  if (!parse_numbers(args, names, numbers)) return kUsage;

  LoadResult loaded = load_dataset(args.data);
  if (!loaded.dataset) {
    print_diagnostics(loaded.diagnostics);
    return kDataError;
  }
  const Dataset& data = *loaded.dataset;
  int exit_code = kOk;
  auto period = report_period(args, data, exit_code);
  if (!period) {
    print_diagnostics(loaded.diagnostics);
    return exit_code;
  }
  Summary summary = compute_summary(data, *period);
  Diagnostics all = loaded.diagnostics;
  all.append(summary.diagnostics);
  Date date = args.date.empty() ? today() : *Date::parse(args.date);

  std::string out;
  for (const auto& name : names) {
    auto number = numbers.count(name) ? numbers[name] : numbers[""];
    BriefingResult result = build_briefing(args.templates, name, {data, summary, date, number});
    all.append(result.diagnostics);
    if (!result.briefing) continue;
    if (names.size() > 1) out += fmt::format("{}==== {} ====\n", out.empty() ? "" : "\n", name);
    out += render_text(*result.briefing);
  }
  print_diagnostics(all);
  if (all.has_errors()) return kDataError;
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (std::fflush(stdout) != 0) {
    fmt::print(stderr, "error: cannot write to the standard output\n");
    return kOutputError;
  }
  return kOk;
}

}  // namespace

void add_render_text_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "render-text", "Print the briefings of the templates as plain text, to check their wording");
  auto args = std::make_shared<RenderTextArgs>();
  cmd->add_option("--data", args->data, "Dataset folder")->capture_default_str();
  cmd->add_option("--templates", args->templates, "Briefing templates folder")
      ->capture_default_str();
  cmd->add_option("--template", args->name, "The template to print (default: every template)");
  cmd->add_option("--period", args->period,
                  "Report period: 2023, 2023-Q3, 2023-H1, 2023-9M or 2023-M07 (default: the "
                  "latest year with an actual or estimate)");
  cmd->add_option("--date", args->date, "Report date printed in the briefing (default: today)")
      ->check(date_validator());
  cmd->add_option("--number", args->numbers,
                  "Document number: 05 for every template printed, or hdnd=05 for one "
                  "(default: blank, as in a draft)");
  cmd->callback([args, &exit_code] { exit_code = run_render_text(*args); });
}

}  // namespace baocao::cli

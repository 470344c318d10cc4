// `baocao render-text`: the briefings of templates/ as plain text, to check their wording
// without a PDF viewer. Prints nothing to stdout when any template has an error.
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "briefing/template.hpp"
#include "cli/bundle_report.hpp"
#include "cli/commands.hpp"
#include "cli/prepare.hpp"
#include "cli/report.hpp"
#include "core/i18n.hpp"
#include "core/unicode.hpp"

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
  fmt::print(stderr, "{}: {}\n  {}: {}\n", tr("error"), message, tr("hint"), hint);
}

// The document number of each template; "" for all templates. False on a malformed entry.
bool parse_numbers(const RenderTextArgs& args, const std::vector<std::string>& names,
                   std::map<std::string, std::string>& numbers) {
  for (const auto& entry : args.numbers) {
    auto eq = entry.find('=');
    std::string name = eq == std::string::npos ? std::string() : entry.substr(0, eq);
    std::string number = eq == std::string::npos ? entry : entry.substr(eq + 1);
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
      usage_error(trf("--number {}: there is no template \"{}\"", terminal_safe(entry),
                      terminal_safe(name)),
                  trf("the templates are: {}", fmt::format("{}", fmt::join(names, ", "))));
      return false;
    }
    if (auto problem = document_number_problem(number); !problem.empty()) {
      usage_error(trf("--number: the number \"{}\" {}", terminal_safe(number), problem),
                  document_number_hint());
      return false;
    }
    if (!numbers.emplace(name, number).second) {
      usage_error(
          trf("--number: {} is given a number twice: {} and {}",
              name.empty() ? std::string(tr("every template")) : name, numbers[name], number),
          tr("give each template's number once"));
      return false;
    }
  }
  return true;
}

int run_render_text(const RenderTextArgs& args) {
  std::vector<std::string> names = list_templates(args.templates);
  if (!args.name.empty()) {
    names = {args.name};
  } else if (names.empty()) {
    usage_error(trf("there are no templates in {}", args.templates),
                tr("a template is a folder holding template.toml and body.md; give the folder "
                   "with --templates"));
    return kUsage;
  }
  std::map<std::string, std::string> numbers;
  if (!parse_numbers(args, names, numbers)) return kUsage;

  int exit_code = kOk;
  auto prepared = prepare_for_printing(args.data, args.period, exit_code);
  if (!prepared) return exit_code;
  const Dataset& data = prepared->data;
  const Summary& summary = prepared->summary;
  Diagnostics all = prepared->diagnostics;
  Date date = args.date.empty() ? today() : *Date::parse(args.date);
  if (Diagnostics refused = check_report_date(date, summary.period); refused.has_errors()) {
    print_diagnostics(refused);
    return kUsage;
  }

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
    fmt::print(stderr, "{}\n", tr("error: cannot write to the standard output"));
    return kOutputError;
  }
  return kOk;
}

}  // namespace

void add_render_text_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "render-text",
      tr("Print the briefings of the templates as plain text, to check their wording"));
  auto args = std::make_shared<RenderTextArgs>();
  add_folder_option(cmd, "--data", args->data, tr("Dataset folder"));
  add_folder_option(cmd, "--templates", args->templates, tr("Briefing templates folder"));
  cmd->add_option("--template", args->name, tr("The template to print (default: every template)"))
      ->type_name(tr("NAME"));
  cmd->add_option("--period", args->period,
                  tr("Report period: 2023, 2023-Q3, 2023-H1, 2023-9M or 2023-M07 (default: the "
                     "latest year with an actual or estimate)"))
      ->type_name(tr("PERIOD"));
  add_date_option(cmd, "--date", args->date,
                  tr("Report date printed in the briefing (default: today)"));
  cmd->add_option("--number", args->numbers,
                  tr("Document number: 05 for every template printed, or hdnd=05 for one "
                     "(default: blank, as in a draft)"))
      ->type_name(tr("TEMPLATE=NUMBER"));
  cmd->callback([args, &exit_code] { exit_code = run_render_text(*args); });
}

}  // namespace baocao::cli

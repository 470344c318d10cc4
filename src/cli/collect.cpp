// `baocao collect PATH… [--data DIR] [--apply] [--replace]`: returned department workbooks
// into values.csv. Without --apply it only prints what would change.
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/report.hpp"
#include "collect/collect.hpp"

namespace baocao::cli {
namespace {

using collect::Change;

std::string_view change_word(Change c) {
  switch (c) {
    case Change::added:
      return "new";
    case Change::changed:
      return "changed";
    case Change::unchanged:
      return "unchanged";
    case Change::conflict:
      return "conflict";
  }
  return "";
}

void print_plan(const collect::CollectReport& report, const collect::CollectOptions& options) {
  std::size_t next = 0;
  for (const auto& w : report.workbooks) {
    std::size_t filled = 0;
    std::string lines;
    for (; next < report.plan.rows.size() &&
           report.plan.rows[next].row.where.starts_with(w.shown + ":");
         ++next, ++filled) {
      const auto& p = report.plan.rows[next];
      std::string_view cell = std::string_view(p.row.where).substr(w.shown.size() + 1);
      std::string was = p.change == Change::changed || p.change == Change::conflict
                            ? fmt::format(" (values.csv: {})", p.existing_value)
                            : std::string();
      lines += fmt::format("  {:<9} {:<20} {:<32} {}{}\n", change_word(p.change), cell, p.label,
                           p.row.value, was);
    }
    fmt::print("{}: department {}, period {}: {} of {} rows filled, {} figure(s)\n{}", w.shown,
               w.department, w.asked.to_string(), w.owed - w.not_filled.size(), w.owed, filled,
               lines);
    if (!w.not_filled.empty()) {
      std::string list;
      for (const auto& r : w.not_filled) list += (list.empty() ? "" : ", ") + r;
      fmt::print("  not filled: {}\n", list);
    }
  }
  const auto& plan = report.plan;
  fmt::print("{} new, {} changed, {} unchanged, {} conflicting\n", plan.count(Change::added),
             plan.count(Change::changed), plan.count(Change::unchanged),
             plan.count(Change::conflict));
  if (!options.apply) {
    if (plan.writes(options.replace) || (options.replace && plan.count(Change::conflict) > 0))
      fmt::print("Nothing written: run again with --apply to write values.csv{}.\n",
                 plan.count(Change::conflict) > 0 && !options.replace
                     ? " (conflicts are refused unless --replace)"
                     : "");
  }
}

void run_collect(const collect::CollectOptions& options, int& exit_code) {
  collect::CollectReport report = collect::run_collect(options);
  print_diagnostics(report.diagnostics);
  if (report.diagnostics.has_errors()) {
    exit_code = report.io_failure ? kOutputError : kDataError;
    return;
  }
  print_plan(report, options);
  if (options.apply) {
    if (report.applied.written)
      fmt::print("values.csv written; the previous one is kept as {}\n", report.applied.history);
    else
      fmt::print("values.csv unchanged: 0 changes\n");
  }
  exit_code = kOk;
}

}  // namespace

void add_collect_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "collect", "Read returned department workbooks and put their figures into values.csv");
  auto options = std::make_shared<collect::CollectOptions>();
  cmd->add_option("paths", options->paths, "Returned workbooks, or folders holding them")
      ->required();
  cmd->add_option("--data", options->data, "Dataset folder")->capture_default_str();
  cmd->add_flag("--apply", options->apply,
                "Write values.csv (one atomic step; the previous file is kept in "
                "DATA/.history/)");
  cmd->add_flag("--replace", options->replace,
                "With --apply: take the workbook's figure where values.csv has another one");
  cmd->callback([options, &exit_code] { run_collect(*options, exit_code); });
}

}  // namespace baocao::cli

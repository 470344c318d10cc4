// `baocao collect PATH… [--data DIR] [--apply] [--replace]`: returned department workbooks
// into values.csv. Without --apply it only prints what would change.
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/report.hpp"
#include "collect/collect.hpp"
#include "core/i18n.hpp"

namespace baocao::cli {
namespace {

using collect::Change;

const char* change_word(Change c) {
  switch (c) {
    case Change::added:
      return tr("new");
    case Change::changed:
      return tr("changed");
    case Change::unchanged:
      return tr("unchanged");
    case Change::conflict:
      return tr("conflict");
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
                            ? trf(" (values.csv: {})", p.existing_value)
                            : std::string();
      lines += fmt::format("  {:<9} {:<20} {:<32} {}{}\n", change_word(p.change), cell, p.label,
                           p.row.value, was);
    }
    fmt::print("{}\n{}",
               trf("{}: department {}, period {}: {} of {} rows filled, {} figure(s)", w.shown,
                   w.department, w.asked.to_string(), w.owed - w.not_filled.size(), w.owed, filled),
               lines);
    if (!w.not_filled.empty()) {
      std::string list;
      for (const auto& r : w.not_filled) list += (list.empty() ? "" : ", ") + r;
      fmt::print("  {}\n", trf("not filled: {}", list));
    }
  }
  const auto& plan = report.plan;
  fmt::print("{}\n", trf("{} new, {} changed, {} unchanged, {} conflicting",
                         plan.count(Change::added), plan.count(Change::changed),
                         plan.count(Change::unchanged), plan.count(Change::conflict)));
  if (!options.apply) {
    if (plan.writes(options.replace) || (options.replace && plan.count(Change::conflict) > 0))
      fmt::print("{}\n",
                 plan.count(Change::conflict) > 0 && !options.replace
                     ? tr("Nothing written: run again with --apply to write values.csv (conflicts "
                          "are refused unless --replace).")
                     : tr("Nothing written: run again with --apply to write values.csv."));
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
      fmt::print("{}\n",
                 trf("values.csv written; the previous one is kept as {}", report.applied.history));
    else
      fmt::print("{}\n", tr("values.csv unchanged: 0 changes"));
  }
  exit_code = kOk;
}

}  // namespace

void add_collect_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "collect", tr("Read returned department workbooks and put their figures into values.csv"));
  auto options = std::make_shared<collect::CollectOptions>();
  cmd->add_option(tr("WORKBOOK"), options->paths, tr("Returned workbooks, or folders holding them"))
      ->type_name("")
      ->required();
  add_folder_option(cmd, "--data", options->data, tr("Dataset folder"));
  cmd->add_flag("--apply", options->apply,
                tr("Write values.csv (one atomic step; the previous file is kept in "
                   "DATA/.history/)"));
  cmd->add_flag("--replace", options->replace,
                tr("With --apply: take the workbook's figure where values.csv has another one"));
  cmd->callback([options, &exit_code] { run_collect(*options, exit_code); });
}

}  // namespace baocao::cli

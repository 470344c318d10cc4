// `baocao summary`: the computed summary of a dataset for one report period, as a terminal
// table, CSV or JSON (schema: docs/summary-json.md).
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/prepare.hpp"
#include "cli/report.hpp"
#include "format/summary_csv.hpp"
#include "format/summary_table.hpp"

namespace baocao::cli {
namespace {

using Json = nlohmann::ordered_json;

struct SummaryOptions {
  std::string data = "data";
  std::string period;
  std::string format = "table";
};

Json optional_number(const std::optional<double>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json indicator_json(const Indicator& i) {
  Json j;
  j["code"] = i.code;
  j["name"] = i.name;
  j["group"] = i.group;
  j["unit"] = i.unit;
  j["type"] = to_string(i.type);
  j["direction"] = to_string(i.direction);
  j["decimals"] = i.decimals;
  j["department"] = i.department;
  j["out_of"] = optional_number(i.out_of);
  j["aggregate"] = to_string(i.aggregate);
  j["areas_scope"] = to_string(i.areas);
  j["key"] = i.key;
  j["plan_word"] = i.plan_word;
  return j;
}

Json areas_json(const SummaryRow& row, const Dataset& data) {
  Json list = Json::array();
  for (const AreaFigure& a : row.areas) {
    const Area& area = data.areas[a.area];
    list.push_back({{"code", area.code},
                    {"name", area.name},
                    {"type", to_string(area.type)},
                    {"result", optional_number(a.result)},
                    {"is_estimate", a.result && a.is_estimate},
                    {"plan", optional_number(a.plan)},
                    {"previous", optional_number(a.previous)}});
  }
  return list;
}

Json row_json(const SummaryRow& row, const Dataset& data) {
  Json j = indicator_json(row.indicator);
  j["result"] = optional_number(row.result);
  j["is_estimate"] = (row.result || row.range) && row.is_estimate;
  j["from_areas"] = row.from_areas;
  j["range"] = row.range ? Json{{"low", row.range->low}, {"high", row.range->high}} : Json();
  j["plan"] = optional_number(row.plan);
  j["plan_period"] = row.plan_period.to_string();
  j["pct_plan"] = optional_number(row.pct_plan.value);
  j["pct_plan_derivation"] = to_string(row.pct_plan.derivation);
  j["previous"] = optional_number(row.previous);
  j["previous_is_estimate"] = row.previous && row.previous_is_estimate;
  j["change"] = optional_number(row.change.value);
  j["change_unit"] = to_string(row.change_unit);
  j["change_derivation"] = to_string(row.change.derivation);
  j["avg_growth"] = optional_number(row.avg_growth);
  j["status"] = row.status ? Json(to_string(*row.status)) : Json();
  j["next_plan"] = optional_number(row.next_plan);
  j["term_target"] = optional_number(row.term_target);
  j["span"] = row.span ? Json{{"period", row.span->span.to_string()},
                              {"value", row.span->value},
                              {"is_estimate", row.span->is_estimate}}
                       : Json();
  j["trend"] = Json::array();
  for (const YearValue& y : row.trend)
    j["trend"].push_back({{"year", y.year}, {"value", y.value}, {"is_estimate", y.is_estimate}});
  j["areas"] = areas_json(row, data);
  return j;
}

std::string summary_json(const Summary& summary, const Dataset& data) {
  Json j;
  j["unit"] = {
      {"code", data.unit.code}, {"name", data.unit.name}, {"province", data.unit.province}};
  j["period"] = summary.period.to_string();
  j["period_name"] = vietnamese_name(summary.period);
  j["previous_period"] = summary.previous_period.to_string();
  j["next_year"] = summary.next_year;
  j["term"] = summary.term.to_string();
  j["term_base_year"] = summary.term_base_year;
  j["groups"] = summary.groups;
  j["indicators"] = Json::array();
  for (const SummaryRow& row : summary.rows) j["indicators"].push_back(row_json(row, data));
  j["warnings"] = Json::array();
  for (const Diagnostic& d : summary.diagnostics.warnings())
    j["warnings"].push_back(
        {{"file", d.file}, {"line", d.line}, {"message", d.message}, {"hint", d.hint}});
  return j.dump(2) + "\n";
}

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

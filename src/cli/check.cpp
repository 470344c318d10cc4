#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/report.hpp"
#include "core/i18n.hpp"
#include "load/load.hpp"
#include "pdf/render.hpp"

namespace baocao::cli {
namespace {

// A summary that fits a screen even for a national dataset: long lists are cut.
constexpr std::size_t kIndicatorsListed = 40;
constexpr std::size_t kPeriodsListed = 8;

std::string period_list(const std::set<Period>& periods) {
  std::string out;
  std::size_t n = 0;
  for (const auto& p : periods) {
    if (n++ == kPeriodsListed) {
      out += trf(", … ({} in all)", periods.size());
      break;
    }
    out += fmt::format("{}{}", out.empty() ? "" : ", ", p.to_string());
  }
  return out;
}

void print_summary(const std::string& dir, const Dataset& data) {
  struct Tally {
    std::size_t values = 0;
    std::set<Period> periods;
  };
  std::vector<Tally> by_indicator(data.indicators.size());
  std::map<Basis, Tally> by_basis;
  std::set<Period> periods;
  for (const auto& o : data.observations) {
    auto& t = by_indicator[o.indicator];
    ++t.values;
    t.periods.insert(o.period);
    auto& b = by_basis[o.basis];
    ++b.values;
    b.periods.insert(o.period);
    periods.insert(o.period);
  }
  std::size_t wards = 0, communes = 0;
  for (const auto& a : data.areas) {
    wards += a.type == AreaType::ward;
    communes += a.type == AreaType::commune;
  }

  // The words of the documents stay in the English output too (its tests read it as is).
  fmt::print("{}\n", trf("Dữ liệu hợp lệ (valid dataset): {} — {}, {}", dir, data.unit.name,
                         data.unit.province));
  fmt::print("  {}\n", trf("{} chỉ tiêu (indicators) in {} nhóm (groups)", data.indicators.size(),
                           data.groups.size()));
  fmt::print("  {}\n",
             trf("{} địa bàn (areas): the unit {}, {}, {}", data.areas.size(),
                 data.areas[data.unit_area].code, trn("{} ward", "{} wards", wards, wards),
                 trn("{} commune", "{} communes", communes, communes)));
  fmt::print("  {}\n", trf("{} giá trị (values)", data.observations.size()));
  fmt::print("  {}\n", trf("kỳ (periods): {}", period_list(periods)));
  fmt::print("  {}\n", tr("theo loại số liệu (per basis):"));
  for (const auto& [basis, t] : by_basis)
    fmt::print("    {:<9}{:>9} {:<6}: {}\n", to_string(basis), t.values,
               trn("value", "values", t.values), period_list(t.periods));

  fmt::print("{}\n", tr("Chỉ tiêu (indicators):"));
  std::size_t listed = 0;
  for (const auto& group : data.groups) {
    if (listed == kIndicatorsListed) break;
    fmt::print("  {}\n", group);
    for (std::size_t i = 0; i < data.indicators.size() && listed < kIndicatorsListed; ++i) {
      const auto& ind = data.indicators[i];
      if (ind.group != group) continue;
      ++listed;
      const auto& t = by_indicator[i];
      fmt::print("    {:<10} {} ({}): {}{}\n", ind.code, ind.name, ind.unit,
                 trn("{} value", "{} values", t.values, t.values),
                 t.periods.empty() ? std::string() : " (" + period_list(t.periods) + ")");
    }
  }
  if (listed < data.indicators.size())
    fmt::print("  {}\n", trf("… and {} more indicators", data.indicators.size() - listed));
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "check", tr("Validate a dataset folder: list every error, or summarise a valid dataset"));
  auto dir = std::make_shared<std::string>("data");
  add_folder_option(cmd, "--data", *dir,
                    tr("Dataset folder (unit.toml, areas.csv, indicators.csv, values.csv)"));
  cmd->callback([dir, &exit_code] {
    // The briefings' fonts, as build finds them: a text they cannot draw is a data error now,
    // not a failed PDF later. Without readable fonts (build reports those) nothing is checked.
    PdfOptions fonts;
    if (const char* font_dir = std::getenv("BAOCAO_FONT_DIR")) fonts.font_dir = font_dir;
    std::optional<Repertoire> drawable = briefing_repertoire(fonts);
    LoadResult loaded = load_dataset(*dir, drawable ? &*drawable : nullptr);
    print_diagnostics(loaded.diagnostics);
    if (!loaded.dataset) {
      exit_code = kDataError;
      return;
    }
    std::fflush(stderr);
    print_summary(*dir, *loaded.dataset);
    exit_code = kOk;
  });
}

}  // namespace baocao::cli

// baocao-gen: writes a synthetic dataset for benchmarks and scale tests.
//   baocao-gen --preset town|province|national --out DIR [--seed S] [--estimate-share F]
//   baocao-gen --areas N --indicators M --years Y --out DIR [...]

#include <chrono>
#include <clocale>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "generator.hpp"

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "C");
  CLI::App app{
      "Writes a deterministic synthetic indicator dataset (unit.toml, areas.csv, "
      "indicators.csv, values.csv) that follows the data contract.",
      "baocao-gen"};
  app.set_version_flag("--version", fmt::format("baocao-gen {}", baocao::gen::kGeneratorVersion));
  std::string preset_name;
  baocao::gen::GeneratorOptions opt;
  int areas = 0, indicators = 0, years = 0;
  app.add_option("--preset", preset_name,
                 "town (11 × 60 × 5), province (220 × 150 × 5), national (10,600 × 100 × 5)")
      ->check(CLI::IsMember({"town", "province", "national"}));
  app.add_option("--areas", areas, "Wards and communes (areas.csv gets one more row: the unit)");
  app.add_option("--indicators", indicators, "Indicators");
  app.add_option("--years", years, "Years, ending with --end-year");
  app.add_option("--end-year", opt.end_year, "The last year with results")->capture_default_str();
  app.add_option("--seed", opt.seed, "Same seed, same bytes")->capture_default_str();
  app.add_option("--estimate-share", opt.estimate_share,
                 "Share of indicators whose last year is an estimate (0 = actual everywhere)")
      ->capture_default_str();
  app.add_option("--out", opt.out, "Dataset folder to write")->required();
  CLI11_PARSE(app, argc, argv);

  if (!preset_name.empty()) {
    auto p = baocao::gen::preset(preset_name);
    opt.areas = p->areas, opt.indicators = p->indicators, opt.years = p->years;
  } else if (areas == 0 || indicators == 0 || years == 0) {
    fmt::print(stderr, "baocao-gen: give --preset, or all of --areas, --indicators and --years\n");
    return 2;
  }
  if (areas) opt.areas = areas;
  if (indicators) opt.indicators = indicators;
  if (years) opt.years = years;

  auto start = std::chrono::steady_clock::now();
  auto report = baocao::gen::write_dataset(opt);
  if (!report.error.empty()) {
    fmt::print(stderr, "baocao-gen: {}\n", report.error);
    return 3;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  fmt::print("{}: areas={} indicators={} years={}-{} values_rows={} values_bytes={} ({:.2f} s)\n",
             opt.out, report.area_rows, opt.indicators, opt.end_year - opt.years + 1, opt.end_year,
             report.values_rows, report.values_bytes, seconds);
  return 0;
}

#include <cstdio>
#include <map>
#include <string>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/report.hpp"
#include "load/load.hpp"

namespace baocao::cli {
namespace {

void print_summary(const Dataset& data) {
  std::map<std::string, std::size_t> periods;
  std::map<std::string, std::size_t> bases;
  for (const auto& o : data.observations) {
    ++periods[o.period.to_string()];
    ++bases[std::string(to_string(o.basis))];
  }
  fmt::print("Dữ liệu hợp lệ: {} ({})\n", data.unit.name, data.unit.province);
  fmt::print("  chỉ tiêu (indicators): {}\n", data.indicators.size());
  fmt::print("  địa bàn (areas):       {}\n", data.areas.size());
  fmt::print("  giá trị (values):      {}\n", data.observations.size());
  fmt::print("  nhóm (groups):         {}\n", data.groups.size());
  std::string line;
  for (const auto& [p, n] : periods) line += fmt::format(" {} ({})", p, n);
  fmt::print("  kỳ (periods):         {}\n", line);
  line.clear();
  for (const auto& [b, n] : bases) line += fmt::format(" {} ({})", b, n);
  fmt::print("  loại số liệu (basis): {}\n", line);
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("check", "Validate a dataset folder and summarise it");
  auto dir = std::make_shared<std::string>("data");
  cmd->add_option("--data", *dir, "Dataset folder")->capture_default_str();
  cmd->callback([dir, &exit_code] {
    LoadResult loaded = load_dataset(*dir);
    print_diagnostics(loaded.diagnostics);
    if (!loaded.dataset) {
      exit_code = kDataError;
      return;
    }
    print_summary(*loaded.dataset);
    exit_code = kOk;
  });
}

}  // namespace baocao::cli

#include "bench_data.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

#include <fmt/format.h>

#include "archive/build.hpp"
#include "briefing/template.hpp"
#include "compute/compute.hpp"
#include "generator.hpp"
#include "load/load.hpp"

namespace baocao::bench {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& message) {
  fmt::print(stderr, "baocao-bench: {}\n", message);
  std::exit(1);
}

// The same line scripts/bench.sh writes: `baocao-gen --version` then the preset and seed.
std::string stamp_for(const std::string& preset) {
  return fmt::format("baocao-gen {} preset={} seed=1\n", gen::kGeneratorVersion, preset);
}

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct Prepared {
  std::unique_ptr<Dataset> data;
  std::unique_ptr<Summary> summary;
  std::unique_ptr<std::vector<Briefing>> briefings;
};

std::map<std::string, Prepared>& prepared() {
  static std::map<std::string, Prepared> cache;
  return cache;
}

}  // namespace

std::vector<std::string> presets() {
  std::vector<std::string> out{"town", "province"};
  const char* national = std::getenv("BAOCAO_BENCH_NATIONAL");
  if (national && std::string(national) == "1") out.push_back("national");
  return out;
}

std::string cache_root() {
  const char* dir = std::getenv("BAOCAO_BENCH_DIR");
  return dir && *dir ? dir : "/tmp/baocao-bench-data";
}

std::string scratch_dir(const std::string& preset) {
  fs::path dir = fs::path(cache_root()) / ("bench-out-" + preset);
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  if (ec) fail("cannot create " + dir.string() + ": " + ec.message());
  return dir.string();
}

std::string dataset_dir(const std::string& preset) {
  fs::path root(cache_root());
  fs::path dir = root / preset;
  fs::path stamp = root / (preset + ".stamp");
  if (fs::exists(dir / "values.csv") && read_text(stamp) == stamp_for(preset)) return dir.string();

  auto options = gen::preset(preset);
  if (!options) fail("unknown preset " + preset);
  fs::path temp = root / fmt::format("{}.tmp-{}", preset, ::getpid());
  options->out = temp.string();
  fmt::print(stderr, "baocao-bench: generating {} into {}\n", preset, dir.string());
  auto report = gen::write_dataset(*options);
  if (!report.error.empty()) fail(report.error);
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::rename(temp, dir, ec);
  if (ec) fail("cannot rename " + temp.string() + ": " + ec.message());
  std::ofstream(stamp, std::ios::binary) << stamp_for(preset);
  return dir.string();
}

const Dataset& dataset(const std::string& preset) {
  Prepared& p = prepared()[preset];
  if (!p.data) {
    LoadResult loaded = load_dataset(dataset_dir(preset));
    if (!loaded.dataset) {
      auto errors = loaded.diagnostics.errors();
      fail("the " + preset + " dataset does not load: " +
           (errors.empty() ? std::string("?") : to_string(errors.front())));
    }
    p.data = std::make_unique<Dataset>(std::move(*loaded.dataset));
  }
  return *p.data;
}

const Summary& summary(const std::string& preset) {
  Prepared& p = prepared()[preset];
  if (!p.summary) {
    const Dataset& data = dataset(preset);
    auto period = default_period(data);
    if (!period) fail("the " + preset + " dataset has no report period");
    p.summary = std::make_unique<Summary>(compute_summary(data, *period));
  }
  return *p.summary;
}

const std::vector<Briefing>& briefings(const std::string& preset) {
  Prepared& p = prepared()[preset];
  if (!p.briefings) {
    auto out = std::make_unique<std::vector<Briefing>>();
    for (const auto& name : list_templates(templates_dir())) {
      BriefingResult r = build_briefing(templates_dir(), name,
                                        {dataset(preset), summary(preset), report_date(), ""});
      if (!r.briefing) fail("template " + name + " fails on the " + preset + " dataset");
      out->push_back(std::move(*r.briefing));
    }
    if (out->empty()) fail("no templates in " + templates_dir());
    p.briefings = std::move(out);
  }
  return *p.briefings;
}

std::string templates_dir() {
  return std::string(BAOCAO_SOURCE_DIR) + "/templates";
}

Date report_date() {
  return Date{2024, 1, 5};
}

BuildOptions build_options() {
  BuildOptions options;
  options.report_date = report_date();
  // As the CLI does: the library takes the user's TMPDIR as an option.
  if (const char* tmpdir = std::getenv("TMPDIR")) options.tmpdir = tmpdir;
  return options;
}

}  // namespace baocao::bench

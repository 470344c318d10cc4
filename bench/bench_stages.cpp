// One Google Benchmark case per stage and dataset size: read_csv (values.csv split into
// records, nothing checked or kept), load (which validates as it reads: what it costs beyond
// read_csv is the validation), compute, xlsx (master, departments), briefing (templates), pdf
// (every briefing), the whole `baocao build`, and `baocao collect` of the filled department
// workbooks. Each stage runs on the previous stages' results,
// prepared once outside the timed loop.
//
//   baocao-bench [--benchmark_filter=province] ; BAOCAO_BENCH_NATIONAL=1 adds national.

#include <benchmark/benchmark.h>

#include <clocale>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <thread>

#include "archive/build.hpp"
#include "archive/outputs.hpp"
#include "bench_data.hpp"
#include "briefing/template.hpp"
#include "collect/collect.hpp"
#include "compute/compute.hpp"
#include "load/csv_reader.hpp"
#include "load/load.hpp"
#include "pdf/render.hpp"
#include "xlsx/workbook.hpp"

namespace baocao::bench {
namespace {

namespace fs = std::filesystem;

void report_rows(benchmark::State& state, std::size_t rows) {
  state.counters["rows"] = static_cast<double>(rows);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows));
}

bool fail_on(benchmark::State& state, const Diagnostics& d, const char* what) {
  if (!d.has_errors()) return false;
  state.SkipWithError((std::string(what) + ": " + to_string(d.errors().front())).c_str());
  return true;
}

// The floor under load: the same bytes through the same CSV reader, every check left out.
void BM_ReadCsv(benchmark::State& state, const std::string& preset) {
  const fs::path path = fs::path(dataset_dir(preset)) / "values.csv";
  std::size_t rows = 0;
  for (auto _ : state) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
      state.SkipWithError(("cannot open " + path.string()).c_str());
      return;
    }
    CsvReader reader(
        [file](char* buffer, std::size_t n) { return std::fread(buffer, 1, n, file); });
    CsvRecord record;
    rows = 0;
    while (reader.next(record)) ++rows;
    std::fclose(file);
    --rows;  // the header
  }
  report_rows(state, rows);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * fs::file_size(path)));
}

void BM_Load(benchmark::State& state, const std::string& preset) {
  std::string dir = dataset_dir(preset);
  std::size_t rows = 0;
  for (auto _ : state) {
    LoadResult r = load_dataset(dir);
    if (!r.dataset) {
      fail_on(state, r.diagnostics, "load");
      return;
    }
    rows = r.dataset->observations.size();
    benchmark::DoNotOptimize(r);
  }
  report_rows(state, rows);
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * fs::file_size(fs::path(dir) / "values.csv")));
}

void BM_Compute(benchmark::State& state, const std::string& preset) {
  const Dataset& data = dataset(preset);
  Period period = summary(preset).period;
  for (auto _ : state) {
    Summary s = compute_summary(data, period);
    benchmark::DoNotOptimize(s);
  }
  report_rows(state, data.observations.size());
}

// The master workbook as the build writes it (archive/outputs.hpp: mode and scratch folder).
WorkbookInput master_input(const std::string& preset) {
  const Dataset& data = dataset(preset);
  return workbook_input(data, summary(preset), build_options(), data.observations.size());
}

std::uintmax_t total_size(const std::string& dir) {
  std::uintmax_t bytes = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) bytes += e.file_size();
  return bytes;
}

void BM_XlsxMaster(benchmark::State& state, const std::string& preset) {
  WorkbookInput input = master_input(preset);
  std::string out = scratch_dir(preset);
  std::string path = out + "/tong-hop.xlsx";
  for (auto _ : state) {
    if (fail_on(state, write_master_workbook(input, path), "master workbook")) return;
  }
  report_rows(state, input.data.observations.size());
  state.counters["MB"] = static_cast<double>(total_size(out)) / 1e6;
  state.counters["constant_memory"] = input.constant_memory;
}

// Each department workbook in the mode the build would give it.
void BM_XlsxDepartments(benchmark::State& state, const std::string& preset) {
  const Dataset& data = dataset(preset);
  std::vector<std::pair<std::string, WorkbookInput>> books;
  for (const auto& [code, rows] : departments_by_size(data))
    books.emplace_back(code, workbook_input(data, summary(preset), build_options(), rows));
  std::string out = scratch_dir(preset);
  for (auto _ : state) {
    for (const auto& [code, input] : books)
      if (fail_on(state, write_department_workbook(input, code, out + "/" + code + ".xlsx"),
                  "department workbook"))
        return;
  }
  report_rows(state, data.observations.size());
  state.counters["workbooks"] = static_cast<double>(books.size());
  state.counters["MB"] = static_cast<double>(total_size(out)) / 1e6;
}

void BM_Briefings(benchmark::State& state, const std::string& preset) {
  const Dataset& data = dataset(preset);
  const Summary& s = summary(preset);
  std::vector<std::string> names = list_templates(templates_dir());
  for (auto _ : state) {
    for (const auto& name : names) {
      BriefingResult r = build_briefing(templates_dir(), name, {data, s, report_date(), ""});
      if (fail_on(state, r.diagnostics, "briefing")) return;
      benchmark::DoNotOptimize(r);
    }
  }
  state.counters["templates"] = static_cast<double>(names.size());
}

void BM_Pdf(benchmark::State& state, const std::string& preset) {
  const std::vector<Briefing>& docs = briefings(preset);
  std::string out = scratch_dir(preset);
  for (auto _ : state) {
    for (const auto& b : docs)
      if (fail_on(state, write_briefing_pdf(b, out + "/" + b.name + ".pdf"), "pdf")) return;
  }
  state.counters["pdfs"] = static_cast<double>(docs.size());
  state.counters["KB"] = static_cast<double>(total_size(out)) / 1e3;
}

// The whole command as `baocao build` runs it, every core writing.
void BM_Build(benchmark::State& state, const std::string& preset) {
  BuildOptions options;
  options.data_dir = dataset_dir(preset);
  options.templates_dir = templates_dir();
  options.report_date = report_date();
  options.jobs = std::max(1u, std::thread::hardware_concurrency());
  options.force = true;
  for (auto _ : state) {
    state.PauseTiming();
    options.out_dir = scratch_dir(preset);
    state.ResumeTiming();
    SilentReporter quiet;
    BuildResult r = run_build(options, quiet);
    if (r.status != BuildStatus::ok) {
      if (!fail_on(state, r.diagnostics, "build")) state.SkipWithError("build failed");
      return;
    }
  }
  state.counters["jobs"] = options.jobs;
}

// `baocao collect` without --apply over the preset's department workbooks as filled by
// scripts/bench.sh (in $BAOCAO_BENCH_DIR/<preset>-returned/): the dataset loaded, every
// workbook read, checked and compared with values.csv.
void BM_Collect(benchmark::State& state, const std::string& preset) {
  collect::CollectOptions options;
  options.data = dataset_dir(preset);
  options.paths = {cache_root() + "/" + preset + "-returned"};
  if (!fs::is_directory(options.paths[0])) {
    state.SkipWithError(
        ("no filled workbooks in " + options.paths[0] + ": scripts/bench.sh makes them").c_str());
    return;
  }
  std::size_t figures = 0;
  for (auto _ : state) {
    collect::CollectReport r = collect::run_collect(options);
    if (fail_on(state, r.diagnostics, "collect")) return;
    figures = r.plan.rows.size();
  }
  report_rows(state, figures);
}

void register_cases() {
  using Case = void (*)(benchmark::State&, const std::string&);
  const std::pair<const char*, Case> cases[] = {
      {"read_csv", BM_ReadCsv},
      {"load", BM_Load},
      {"compute", BM_Compute},
      {"xlsx_master", BM_XlsxMaster},
      {"xlsx_departments", BM_XlsxDepartments},
      {"briefing", BM_Briefings},
      {"pdf", BM_Pdf},
      {"build", BM_Build},
      {"collect", BM_Collect},
  };
  for (const auto& preset : presets()) {
    for (const auto& [name, fn] : cases) {
      auto* b =
          benchmark::RegisterBenchmark((std::string(name) + "/" + preset).c_str(), fn, preset);
      b->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
      if (preset == "national") b->Iterations(1);
    }
  }
}

}  // namespace
}  // namespace baocao::bench

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "C");  // libxlsxwriter prints numbers under the process locale
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  baocao::bench::register_cases();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

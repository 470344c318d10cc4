// Floor (a) of issue 8: what libxlsxwriter alone needs to write the cells of the bundle's data
// sheets — the master workbook's "Dữ liệu" sheets (every row of values.csv) and each
// department workbook's (its indicators' rows) — with the same columns, cell formats, sheet
// split and mode as `baocao build`, the workbooks spread over the same number of threads,
// largest first. Reading the dataset (with baocao's loader) and planning the workbooks (with the
// build's own rules: mode, scratch folder, order) are not timed; only libxlsxwriter's calls are.
//
//   floor-xlsx --data DIR --out DIR [--jobs N] [--constant-memory auto|yes|no]
//
// Prints one line of key=value pairs: rows, workbooks, constant_memory (how many of them
// stream), jobs, wall_s (the floor), cpu_s (the sum over workbooks), largest_s, bytes.

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "archive/outputs.hpp"
#include "load/load.hpp"
#include "xlsx/labels.hpp"

namespace {

using baocao::Dataset;
using baocao::Observation;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::uint32_t kRowsPerSheet = 1'048'575;  // below the header

[[noreturn]] void die(const std::string& message) {
  fmt::print(stderr, "floor-xlsx: {}\n", message);
  std::exit(1);
}

// ---- input (not timed) -----------------------------------------------------------------------

// The dataset and the text of its cells that the build formats per row (period, basis label),
// made beforehand so that the timed part is libxlsxwriter's alone.
struct Input {
  const Dataset& data;
  std::unordered_map<std::uint32_t, std::string> periods;  // by Period::key()
  std::array<std::string, 6> bases;                        // by Basis
};

Input prepare_input(const Dataset& data) {
  Input in{data, {}, {}};
  for (const Observation& o : data.observations)
    if (!in.periods.contains(o.period.key())) in.periods[o.period.key()] = o.period.to_string();
  for (std::size_t b = 0; b < in.bases.size(); ++b)
    in.bases[b] = baocao::xlsx::basis_label(static_cast<baocao::Basis>(b));
  return in;
}

struct Job {
  std::string path;
  std::string department;  // empty: the master workbook, every row
  bool constant_memory = false;
  std::string scratch_dir;  // the build's choice (archive/scratch.hpp)
  std::size_t rows = 0;
  double seconds = 0;
};

// ---- the timed part: libxlsxwriter only -------------------------------------------------------

lxw_format* table_format(lxw_workbook* wb) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, "Times New Roman");
  format_set_font_size(f, 12);
  format_set_border(f, LXW_BORDER_THIN);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

void check(lxw_error e, const char* what) {
  if (e != LXW_NO_ERROR) die(fmt::format("{}: {}", what, lxw_strerror(e)));
}

void write_workbook(const Input& in, Job& job) {
  const Dataset& data = in.data;
  auto start = Clock::now();
  lxw_workbook_options options{};
  options.constant_memory = job.constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = job.scratch_dir.empty() ? nullptr : job.scratch_dir.data();
  lxw_workbook* wb = workbook_new_opt(job.path.c_str(), &options);
  if (!wb) die("cannot start " + job.path);
  lxw_format* header = table_format(wb);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_bg_color(header, 0xDDEBF7);
  lxw_format* text = table_format(wb);
  lxw_format* number[5];
  for (int d = 0; d < 5; ++d) {
    number[d] = table_format(wb);
    format_set_num_format(number[d],
                          ("#,##0" + (d ? "." + std::string(std::size_t(d), '0') : "")).c_str());
  }
  static const char* const kHeaders[] = {
      "Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Loại số liệu", "Giá trị", "Ghi chú", "Nguồn số liệu"};
  constexpr std::uint16_t kColumns = 7;

  lxw_worksheet* ws = nullptr;
  std::uint32_t y = 0;
  int sheet_no = 0;
  auto next_sheet = [&] {
    if (ws) check(worksheet_autofilter(ws, 0, 0, y, kColumns - 1), "autofilter");
    ++sheet_no;
    std::string name = sheet_no == 1 ? "Dữ liệu" : fmt::format("Dữ liệu ({})", sheet_no);
    ws = workbook_add_worksheet(wb, name.c_str());
    worksheet_freeze_panes(ws, 1, 0);
    for (std::uint16_t c = 0; c < kColumns; ++c)
      check(worksheet_write_string(ws, 0, c, kHeaders[c], header), "header");
    y = 0;
  };
  // Empty notes and sources are not written, as in the build.
  auto put_text = [&](std::uint16_t c, const std::string& s) {
    if (!s.empty()) check(worksheet_write_string(ws, y, c, s.c_str(), text), "text");
  };
  next_sheet();
  for (const Observation& o : data.observations) {
    const auto& ind = data.indicators[o.indicator];
    if (!job.department.empty() && ind.department != job.department) continue;
    if (y == kRowsPerSheet) next_sheet();
    ++y;
    put_text(0, ind.code);
    put_text(1, data.areas[o.area].code);
    put_text(2, in.periods.at(o.period.key()));
    put_text(3, in.bases[static_cast<std::size_t>(o.basis)]);
    check(worksheet_write_number(ws, y, 4, o.value, number[std::clamp(ind.decimals, 0, 4)]),
          "number");
    put_text(5, data.texts.at(o.note));
    put_text(6, data.texts.at(o.source));
    ++job.rows;
  }
  check(worksheet_autofilter(ws, 0, 0, y, kColumns - 1), "autofilter");
  check(workbook_close(wb), "closing the workbook");
  job.seconds = std::chrono::duration<double>(Clock::now() - start).count();
}

// The workbooks in the build's order (master, then departments by size), each in the mode and
// with the scratch folder the build would give it; `mode` yes/no forces every workbook's mode.
std::vector<Job> plan_jobs(const Dataset& data, const fs::path& out, std::string_view mode) {
  baocao::BuildOptions options;
  if (const char* tmpdir = std::getenv("TMPDIR")) options.tmpdir = tmpdir;  // as the CLI does
  if (mode == "yes") options.constant_memory_rows = 0;
  if (mode == "no") options.constant_memory_rows = SIZE_MAX;
  baocao::Summary none;  // the floor writes no figures
  auto job = [&](std::string path, std::string department, std::size_t rows) {
    baocao::WorkbookInput how = baocao::workbook_input(data, none, options, rows);
    return Job{std::move(path), std::move(department), how.constant_memory, how.scratch_dir};
  };
  std::vector<Job> plan{job((out / "master.xlsx").string(), "", data.observations.size())};
  for (const auto& [department, rows] : baocao::departments_by_size(data))
    plan.push_back(job((out / (department + ".xlsx")).string(), department, rows));
  return plan;
}

}  // namespace

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "C");
  std::string data_dir, out, mode = "auto";
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view k = argv[i];
    if (k == "--data")
      data_dir = argv[i + 1];
    else if (k == "--out")
      out = argv[i + 1];
    else if (k == "--jobs")
      jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[i + 1])));
    else if (k == "--constant-memory")
      mode = argv[i + 1];
    else
      die("unknown option " + std::string(k));
  }
  if (data_dir.empty() || out.empty())
    die("usage: floor-xlsx --data DIR --out DIR [--jobs N] [--constant-memory auto|yes|no]");
  baocao::LoadResult loaded = baocao::load_dataset(data_dir);
  if (!loaded.dataset || loaded.diagnostics.has_errors())
    die(data_dir + " does not load: run `baocao check --data " + data_dir + "`");
  const Dataset& data = *loaded.dataset;
  Input in = prepare_input(data);
  fs::create_directories(out);
  std::vector<Job> plan = plan_jobs(data, out, mode);
  std::size_t streamed =
      std::count_if(plan.begin(), plan.end(), [](const Job& j) { return j.constant_memory; });

  std::atomic<std::size_t> next{0};
  auto start = Clock::now();
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t)
    threads.emplace_back([&] {
      for (std::size_t i; (i = next++) < plan.size();) write_workbook(in, plan[i]);
    });
  for (auto& t : threads) t.join();
  double wall = std::chrono::duration<double>(Clock::now() - start).count();

  double cpu = 0, largest = 0;
  std::uintmax_t bytes = 0;
  for (const auto& j : plan) {
    cpu += j.seconds;
    largest = std::max(largest, j.seconds);
    bytes += fs::file_size(j.path);
  }
  fmt::print(
      "rows={} workbooks={} constant_memory={} jobs={} wall_s={:.3f} cpu_s={:.3f} "
      "largest_s={:.3f} bytes={}\n",
      data.observations.size(), plan.size(), streamed, jobs, wall, cpu, largest, bytes);
  return 0;
}

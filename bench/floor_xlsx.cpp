// Floor (a) of issue 8: what libxlsxwriter alone needs to write the cells of the bundle's data
// sheets — the master workbook's "Dữ liệu" sheets (every row of values.csv) and each
// department workbook's (its indicators' rows) — with the same columns, cell formats, sheet
// split and mode as `baocao build`, the workbooks spread over the same number of threads,
// largest first. Reading the dataset is not timed.
//
//   floor-xlsx --data DIR --out DIR [--jobs N] [--constant-memory auto|yes|no]
//
// Prints one line of key=value pairs: rows, workbooks, constant_memory (how many of them
// stream), jobs, wall_s (the floor), cpu_s (the sum over workbooks), largest_s, bytes.

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <clocale>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::uint32_t kRowsPerSheet = 1'048'575;   // below the header
constexpr std::size_t kConstantMemoryRows = 10'000;  // BuildOptions::constant_memory_rows

[[noreturn]] void die(const std::string& message) {
  fmt::print(stderr, "floor-xlsx: {}\n", message);
  std::exit(1);
}

// ---- input (not timed) -----------------------------------------------------------------------

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) die("cannot read " + p.string());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// RFC 4180 records of a whole file, with the physical line each starts on.
struct CsvFile {
  std::vector<std::vector<std::string>> records;
  std::vector<std::uint32_t> lines;
};

CsvFile parse_csv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  CsvFile out;
  std::vector<std::string> rec;
  std::string field;
  bool quoted = false, any = false;
  std::uint32_t line = 1, start = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = any = true;
    } else if (c == ',') {
      rec.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        rec.push_back(std::move(field));
        out.records.push_back(std::move(rec));
        out.lines.push_back(start);
      }
      field.clear();
      rec.clear();
      any = false;
      start = ++line;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    rec.push_back(std::move(field));
    out.records.push_back(std::move(rec));
    out.lines.push_back(start);
  }
  return out;
}

std::map<std::string, std::size_t> header_of(const CsvFile& f, const char* name) {
  if (f.records.empty()) die(std::string(name) + " is empty");
  std::map<std::string, std::size_t> h;
  for (std::size_t i = 0; i < f.records[0].size(); ++i) h[f.records[0][i]] = i;
  return h;
}

struct Indicator {
  std::string code, name, unit, department;
  int decimals = 0;
};
struct Area {
  std::string code, name;
};
struct Row {
  std::uint32_t indicator, area, period, basis, note, source, line;
  double value;
};

struct Input {
  std::vector<Indicator> indicators;
  std::vector<Area> areas;
  std::vector<std::string> texts{""};  // periods, notes, sources; 0 = empty
  std::vector<Row> rows;
  std::vector<std::string> departments;  // in first-seen order
};

std::string_view basis_label(std::string_view basis) {
  if (basis == "actual") return "Thực hiện";
  if (basis == "estimate") return "Ước thực hiện";
  if (basis == "plan") return "Kế hoạch";
  if (basis == "target") return "Chỉ tiêu Nghị quyết";
  if (basis == "low") return "Thấp nhất";
  if (basis == "high") return "Cao nhất";
  die("unknown basis " + std::string(basis));
}

Input read_input(const fs::path& dir) {
  Input in;
  std::unordered_map<std::string, std::uint32_t> ind_index, area_index, text_index{{"", 0}};
  auto intern = [&](const std::string& s) {
    auto [it, added] = text_index.try_emplace(s, static_cast<std::uint32_t>(in.texts.size()));
    if (added) in.texts.push_back(s);
    return it->second;
  };
  {
    CsvFile f = parse_csv(slurp(dir / "indicators.csv"));
    auto h = header_of(f, "indicators.csv");
    for (std::size_t r = 1; r < f.records.size(); ++r) {
      const auto& rec = f.records[r];
      Indicator i{rec.at(h.at("code")), rec.at(h.at("name")), rec.at(h.at("unit")),
                  rec.at(h.at("department")), std::stoi(rec.at(h.at("decimals")))};
      if (std::find(in.departments.begin(), in.departments.end(), i.department) ==
          in.departments.end())
        in.departments.push_back(i.department);
      ind_index[i.code] = static_cast<std::uint32_t>(in.indicators.size());
      in.indicators.push_back(std::move(i));
    }
  }
  {
    CsvFile f = parse_csv(slurp(dir / "areas.csv"));
    auto h = header_of(f, "areas.csv");
    for (std::size_t r = 1; r < f.records.size(); ++r) {
      Area a{f.records[r].at(h.at("code")), f.records[r].at(h.at("name"))};
      area_index[a.code] = static_cast<std::uint32_t>(in.areas.size());
      in.areas.push_back(std::move(a));
    }
  }
  CsvFile f = parse_csv(slurp(dir / "values.csv"));
  auto h = header_of(f, "values.csv");
  auto col = [&](const char* name) { return h.count(name) ? h.at(name) : SIZE_MAX; };
  std::size_t note = col("note"), source = col("source");
  in.rows.reserve(f.records.size());
  for (std::size_t r = 1; r < f.records.size(); ++r) {
    auto& rec = f.records[r];
    Row row{ind_index.at(rec.at(h.at("code"))),
            area_index.at(rec.at(h.at("area"))),
            intern(rec.at(h.at("period"))),
            intern(std::string(basis_label(rec.at(h.at("basis"))))),
            note == SIZE_MAX ? 0 : intern(rec.at(note)),
            source == SIZE_MAX ? 0 : intern(rec.at(source)),
            f.lines[r],
            std::strtod(rec.at(h.at("value")).c_str(), nullptr)};
    in.rows.push_back(row);
  }
  return in;
}

// ---- the timed part: libxlsxwriter only -------------------------------------------------------

struct Job {
  std::string path;
  std::string department;  // empty: the master workbook, every row
  std::size_t rows = 0;
  double seconds = 0;
  bool constant_memory = false;
};

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
  const bool constant_memory = job.constant_memory;
  auto start = Clock::now();
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  // The build's temporary files for small workbooks go to memory (src/archive/scratch.cpp):
  // so do the floor's, or the build would be measured against a slower floor.
  static char shm[] = "/dev/shm";
  const char* tmpdir_env = std::getenv("TMPDIR");
  if (!constant_memory && (tmpdir_env == nullptr || *tmpdir_env == '\0') &&
      ::access(shm, W_OK | X_OK) == 0)
    options.tmpdir = shm;
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
  for (const Row& r : in.rows) {
    const Indicator& ind = in.indicators[r.indicator];
    if (!job.department.empty() && ind.department != job.department) continue;
    if (y == kRowsPerSheet) next_sheet();
    ++y;
    put_text(0, ind.code);
    put_text(1, in.areas[r.area].code);
    put_text(2, in.texts[r.period]);
    put_text(3, in.texts[r.basis]);
    check(worksheet_write_number(ws, y, 4, r.value, number[std::clamp(ind.decimals, 0, 4)]),
          "number");
    put_text(5, in.texts[r.note]);
    put_text(6, in.texts[r.source]);
    ++job.rows;
  }
  check(worksheet_autofilter(ws, 0, 0, y, kColumns - 1), "autofilter");
  check(workbook_close(wb), "closing the workbook");
  job.seconds = std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "C");
  std::string data, out, mode = "auto";
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view k = argv[i];
    if (k == "--data")
      data = argv[i + 1];
    else if (k == "--out")
      out = argv[i + 1];
    else if (k == "--jobs")
      jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[i + 1])));
    else if (k == "--constant-memory")
      mode = argv[i + 1];
    else
      die("unknown option " + std::string(k));
  }
  if (data.empty() || out.empty())
    die("usage: floor-xlsx --data DIR --out DIR [--jobs N] [--constant-memory auto|yes|no]");
  Input in = read_input(data);
  fs::create_directories(out);

  std::vector<Job> plan{{(fs::path(out) / "master.xlsx").string(), "", 0, 0}};
  std::map<std::string, std::size_t> rows_of;
  for (const Row& r : in.rows) ++rows_of[in.indicators[r.indicator].department];
  for (const auto& d : in.departments)
    plan.push_back({(fs::path(out) / (d + ".xlsx")).string(), d, 0, 0});
  // Each workbook in its own mode, as the build decides it (rows above the threshold stream).
  std::size_t streamed = 0;
  for (Job& job : plan) {
    std::size_t rows = job.department.empty() ? in.rows.size() : rows_of[job.department];
    job.constant_memory = mode == "yes" || (mode == "auto" && rows > kConstantMemoryRows);
    streamed += job.constant_memory ? 1 : 0;
  }
  // Largest first, as the build plans its outputs.
  std::stable_sort(plan.begin() + 1, plan.end(), [&](const Job& a, const Job& b) {
    return rows_of[a.department] > rows_of[b.department];
  });

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
      in.rows.size(), plan.size(), streamed, jobs, wall, cpu, largest, bytes);
  return 0;
}

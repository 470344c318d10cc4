#include "collect/collect.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "archive/atomic_file.hpp"
#include "collect/plausibility.hpp"
#include "core/i18n.hpp"
#include "core/sha256.hpp"
#include "load/load.hpp"

namespace baocao::collect {
namespace fs = std::filesystem;
namespace {

bool is_workbook_name(const fs::path& p) {
  std::string name = p.filename().string();
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".xlsx" && !name.starts_with("~$") && !name.starts_with(".~lock");
}

// The file's bytes, refusing before reading one that is larger than any workbook.
std::optional<std::string> read_bounded(const std::string& path, std::uint64_t limit,
                                        Diagnostics& diagnostics) {
  std::error_code ec;
  std::uint64_t size = fs::file_size(path, ec);
  if (ec) {
    diagnostics.error(path, 0, 0, trf("cannot read the file: {}", ec.message()),
                      tr("check the path"));
    return std::nullopt;
  }
  if (size > limit) {
    diagnostics.error(path, 0, 0,
                      trf("the file is {} MiB, larger than any department workbook "
                          "({} MiB at most)",
                          size >> 20, limit >> 20),
                      tr("collect the workbook baocao made for the department, filled in"));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (!in || in.gcount() != static_cast<std::streamsize>(size)) {
    diagnostics.error(path, 0, 0, tr("cannot read the file"),
                      tr("check the path and its permissions"));
    return std::nullopt;
  }
  return bytes;
}

}  // namespace

std::vector<std::string> workbook_files(const std::vector<std::string>& paths,
                                        Diagnostics& diagnostics) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::directory_iterator(path, ec); !ec && it != fs::directory_iterator();
           it.increment(ec))
        if (it->is_regular_file() && is_workbook_name(it->path()))
          found.push_back(it->path().string());
      if (found.empty())
        diagnostics.error(path, 0, 0, tr("the folder holds no .xlsx workbook"),
                          tr("give the folder the returned workbooks were saved in, or the files"));
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      diagnostics.error(path, 0, 0, tr("no such file or folder"), tr("check the path"));
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

CollectReport run_collect(const CollectOptions& options) {
  CollectReport report;
  LoadResult loaded = load_dataset(options.data);
  report.diagnostics.append(loaded.diagnostics);
  if (!loaded.dataset) return report;
  const Dataset& data = *loaded.dataset;

  for (const std::string& path : workbook_files(options.paths, report.diagnostics)) {
    auto bytes = read_bounded(path, options.limits.file_bytes, report.diagnostics);
    if (!bytes) continue;
    ReadOutcome read = read_input_workbook(*bytes, options.limits);
    if (!read.workbook) {
      report.diagnostics.error(path, 0, 0, read.error.message, read.error.hint);
      continue;
    }
    report.workbooks.push_back(check_returned(data, *read.workbook, path,
                                              fs::path(path).filename().string(),
                                              sha256_hex(*bytes), report.diagnostics));
  }
  warn_implausible(data, report.workbooks, report.diagnostics);
  report.plan = plan_changes(data, report.workbooks, report.diagnostics);
  if (report.diagnostics.has_errors() || !options.apply) return report;
  if (!options.replace && report.plan.count(Change::conflict) > 0) {
    report.refused_conflicts = true;
    for (const auto& p : report.plan.rows)
      if (p.change == Change::conflict) {
        const Observation& o = data.observations[*p.existing];
        report.diagnostics.error(
            p.row.where, 0, 0,
            trf("{} conflicts with values.csv line {}, which has {} for indicator `{}` "
                "at `{}`, {} {}",
                p.row.value, o.line, o.value, data.indicators[o.indicator].code,
                data.areas[o.area].code, o.period.to_string(), to_string(o.basis)),
            tr("check which figure is right; collect with --replace to take the workbook's, or "
               "correct the workbook"));
      }
    return report;
  }
  remove_stale_temporaries(options.data);
  Diagnostics write;
  report.applied = apply_plan(options.data, data, report.plan, options.replace, write);
  report.io_failure = write.has_errors() && !report.applied.written;
  report.diagnostics.append(write);
  return report;
}

}  // namespace baocao::collect

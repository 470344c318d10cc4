#include "archive/outputs.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "archive/bundle.hpp"
#include "archive/scratch.hpp"
#include "archive/thread_pool.hpp"
#include "pdf/render.hpp"
#include "xlsx/workbook.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

bool cancelled(const BuildOptions& options) {
  return options.cancel != nullptr && options.cancel->load();
}

}  // namespace

std::vector<std::pair<std::string, std::size_t>> departments_by_size(const Dataset& data) {
  std::map<std::string, std::size_t> values;
  for (const auto& indicator : data.indicators) values[indicator.department];
  for (const auto& o : data.observations) ++values[data.indicators[o.indicator].department];
  std::vector<std::pair<std::string, std::size_t>> order(values.begin(), values.end());
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return order;
}

WorkbookInput workbook_input(const Dataset& data, const Summary& summary,
                             const BuildOptions& options, std::size_t rows) {
  WorkbookInput input{data, summary, options.report_date, rows > options.constant_memory_rows, {}};
  if (!input.constant_memory) input.scratch_dir = workbook_scratch_dir(rows, options.tmpdir);
  return input;
}

std::vector<PlannedOutput> plan_outputs(const BundleSources& sources, const BuildOptions& options) {
  std::vector<PlannedOutput> plan;
  const Period& period = sources.summary.period;
  const bool workbooks = options.only != OutputSelection::briefings;
  if (workbooks) {
    WorkbookInput input =
        workbook_input(sources.data, sources.summary, options, sources.data.observations.size());
    plan.push_back({master_workbook_path(period), [input](const std::string& path) {
                      return write_with_scratch_fallback(input, [&](const WorkbookInput& in) {
                        return write_master_workbook(in, path);
                      });
                    }});
  }
  // Largest first, so that no big job starts last: the master workbook (every row), then the
  // briefings (a fixed cost, above a town department's workbook), then the departments by size.
  if (options.only != OutputSelection::workbooks) {
    for (const auto& briefing : sources.briefings) {
      plan.push_back({briefing_path(briefing.name, period),
                      [&briefing, pdf = options.pdf](const std::string& path) {
                        return write_briefing_pdf(briefing, path, pdf);
                      }});
    }
  }
  if (workbooks) {
    for (const auto& [department, rows] : departments_by_size(sources.data)) {
      WorkbookInput input = workbook_input(sources.data, sources.summary, options, rows);
      plan.push_back({department_workbook_path(department, period),
                      [input, department](const std::string& path) {
                        return write_with_scratch_fallback(input, [&](const WorkbookInput& in) {
                          return write_department_workbook(in, department, path);
                        });
                      }});
    }
  }
  return plan;
}

std::optional<std::vector<StagedOutput>> stage_outputs(const std::string& bundle_dir,
                                                       const std::vector<PlannedOutput>& plan,
                                                       const BuildOptions& options,
                                                       Reporter& reporter,
                                                       Diagnostics& diagnostics) {
  std::vector<std::optional<StagedFile>> staged(plan.size());
  std::vector<Diagnostics> messages(plan.size());
  std::atomic<bool> failed{false};
  auto job = [&](std::size_t i) {
    reporter.output_started(plan[i].path);
    std::string final_path = (fs::path(bundle_dir) / plan[i].path).string();
    staged[i] = stage_file(final_path, plan[i].write, messages[i]);
    if (!staged[i]) failed.store(true);
    reporter.output_finished(plan[i].path, staged[i] ? &staged[i]->digest() : nullptr);
  };
  reporter.outputs_planned(bundle_dir, plan.size());
  auto stop = [&] { return failed.load() || cancelled(options); };
  run_parallel(plan.size(), options.jobs, job, stop);
  for (const auto& m : messages) diagnostics.append(m);
  if (failed.load() || cancelled(options)) return std::nullopt;

  std::vector<StagedOutput> out;
  for (std::size_t i = 0; i < plan.size(); ++i)
    out.push_back({plan[i].path, std::move(*staged[i])});
  return out;
}

}  // namespace baocao

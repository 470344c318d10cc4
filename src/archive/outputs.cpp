#include "archive/outputs.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "archive/scratch.hpp"
#include "archive/thread_pool.hpp"

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
  Collection collection = data.unit.collection;
  if (options.collection.deadline) collection.deadline = options.collection.deadline;
  if (!options.collection.return_to.empty()) collection.return_to = options.collection.return_to;
  WorkbookInput input{data,
                      summary,
                      options.report_date,
                      rows > options.constant_memory_rows,
                      {},
                      std::move(collection)};
  if (!input.constant_memory) input.scratch_dir = workbook_scratch_dir(rows, options.tmpdir);
  return input;
}

std::vector<PlannedOutput> plan_outputs(const BundleSources& sources, const BuildOptions& options) {
  std::vector<PlannedOutput> plan;
  for (const OutputKind& kind : output_kinds())
    if (is_selected(kind, options.only)) kind.plan(kind, sources, options, plan);
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
    out.push_back({plan[i].path, plan[i].kind, std::move(*staged[i])});
  return out;
}

}  // namespace baocao

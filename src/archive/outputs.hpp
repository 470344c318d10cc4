#pragma once
// The files of a bundle and how each is written, in parallel, to temporary names.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "archive/atomic_file.hpp"
#include "archive/build.hpp"
#include "archive/output_kinds.hpp"
#include "archive/sources.hpp"
#include "xlsx/workbook.hpp"

namespace baocao {

struct PlannedOutput {
  std::string path;        // relative to the bundle folder
  const OutputKind* kind;  // a row of output_kinds()
  FileWriter write;        // refers to the sources: they outlive the writing
};

// How a workbook of `rows` values rows is written: streamed above options.constant_memory_rows,
// with its temporary parts in memory when it is not (scratch.hpp).
WorkbookInput workbook_input(const Dataset& data, const Summary& summary,
                             const BuildOptions& options, std::size_t rows);

// The departments that own at least one indicator, most values first (ties by code), with
// their number of values.
std::vector<std::pair<std::string, std::size_t>> departments_by_size(const Dataset& data);

// The outputs of the kinds the options select, kind by kind in the table's order (largest
// first, so that parallel writing ends early).
std::vector<PlannedOutput> plan_outputs(const BundleSources& sources, const BuildOptions& options);

struct StagedOutput {
  std::string path;  // relative to the bundle folder
  const OutputKind* kind;
  StagedFile file;
};

// Writes every planned output under a temporary name in `bundle_dir`, `options.jobs` at a
// time. Returns them in plan order, or nullopt when one failed or the build was cancelled
// (every temporary is then removed; errors are in `diagnostics`, in plan order).
std::optional<std::vector<StagedOutput>> stage_outputs(const std::string& bundle_dir,
                                                       const std::vector<PlannedOutput>& plan,
                                                       const BuildOptions& options,
                                                       Reporter& reporter,
                                                       Diagnostics& diagnostics);

}  // namespace baocao

#pragma once
// --apply: values.csv rewritten as one atomic step for the whole batch. Existing rows keep
// their order and bytes (save those the batch replaces, rewritten in place); new rows are
// appended in the batch's order, in the header's column order, with the file's line endings
// and quoting. The previous file is first copied to data/.history/values.csv.N.

#include <string>
#include <string_view>

#include "collect/changes.hpp"
#include "core/dataset.hpp"
#include "core/diagnostic.hpp"

namespace baocao::collect {

// The new bytes of values.csv. Pure: `old_bytes` is the file the dataset was loaded from.
// `replace`: conflicting rows are rewritten too (otherwise they are left as they are).
std::string rewrite_values(std::string_view old_bytes, const Dataset& data, const CollectPlan& plan,
                           bool replace);

// The history folder beside values.csv, and the next free name in it.
std::string history_dir(const std::string& data_dir);
std::string next_history_path(const std::string& data_dir);

struct Applied {
  bool written = false;
  std::string history;  // the copy of the previous values.csv
};

// Writes the plan into `data_dir`/values.csv (nothing when it changes no byte). Refuses, with
// an error, when values.csv changed since `data` was loaded from it. Exit-code class of
// failures: the diagnostics say whether the data (1) or the disk (3) is at fault.
Applied apply_plan(const std::string& data_dir, const Dataset& data, const CollectPlan& plan,
                   bool replace, Diagnostics& diagnostics);

}  // namespace baocao::collect

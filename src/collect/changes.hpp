#pragma once
// What a batch of returned workbooks would change in values.csv: each collected row is new,
// changed (a row an earlier collect of the same department wrote, with another value: the
// department sent a correction), unchanged, or conflicting (another value already there,
// typed by the office or collected from another department).

#include <cstdint>
#include <optional>
#include <vector>

#include "collect/returned.hpp"
#include "core/dataset.hpp"
#include "core/diagnostic.hpp"

namespace baocao::collect {

enum class Change : std::uint8_t { added, changed, unchanged, conflict };

struct PlannedRow {
  CollectedRow row;
  Change change = Change::added;
  std::optional<std::uint32_t> existing;  // the observation it meets in the dataset
  double existing_value = 0;              // its value, when there is one
  std::string label;                      // "NS.THU ANKHE 2024 actual", for the listing
};

struct CollectPlan {
  std::vector<PlannedRow> rows;  // files in the order given (sorted), each in sheet order
  std::size_t count(Change change) const;
  // Whether --apply would write anything (`replace`: conflicts are rewritten too).
  bool writes(bool replace) const;
};

// The plan of a batch. Two workbooks giving the same value key is an error (both named).
CollectPlan plan_changes(const Dataset& data, const std::vector<ReturnedWorkbook>& workbooks,
                         Diagnostics& diagnostics);

}  // namespace baocao::collect

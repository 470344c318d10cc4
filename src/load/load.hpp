#pragma once
// Load and validate a dataset folder (unit.toml, areas.csv, indicators.csv, values.csv).

#include <optional>
#include <string>

#include "core/dataset.hpp"
#include "core/diagnostic.hpp"

namespace baocao {

struct LoadResult {
  std::optional<Dataset> dataset;  // present when there are no errors
  Diagnostics diagnostics;         // every error and warning, located
};

// `dir` is the folder as the user gave it; messages name files as `dir` joined with the name.
LoadResult load_dataset(const std::string& dir);

}  // namespace baocao

#pragma once
// Load and validate a dataset folder (unit.toml, areas.csv, indicators.csv, values.csv).

#include <optional>
#include <string>

#include "core/dataset.hpp"
#include "core/diagnostic.hpp"
#include "core/repertoire.hpp"

namespace baocao {

struct LoadResult {
  std::optional<Dataset> dataset;  // present when there are no errors
  Diagnostics diagnostics;         // every error and warning, located
};

// `dir` is the folder as the user gave it; messages name files as `dir` joined with the name.
// With `drawable`, every text that reaches a briefing (unit.toml, areas.csv, indicators.csv)
// must be drawable by the briefings' fonts: a character they lack is an error at its place.
LoadResult load_dataset(const std::string& dir, const Repertoire* drawable = nullptr);

}  // namespace baocao

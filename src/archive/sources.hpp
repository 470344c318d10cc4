#pragma once
// Everything a bundle is made from, computed in memory before any file is written: a data or
// template error stops the build with the output folder untouched.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "archive/build.hpp"
#include "archive/manifest.hpp"
#include "briefing/briefing.hpp"
#include "compute/summary.hpp"
#include "core/dataset.hpp"

namespace baocao {

struct BundleSources {
  Dataset data;
  Summary summary;
  std::vector<Briefing> briefings;             // one per template, by name; empty when not built
  std::map<std::string, std::string> numbers;  // document numbers of the briefings built
  std::vector<FileRecord> inputs;              // relative to the data folder
  std::vector<FileRecord> templates;           // relative to the templates folder
};

// Prepares the dataset and summary (prepare.hpp: load, the period rule, compute) and builds
// the briefings the options ask for. On failure returns nullopt with `result.status` and
// `result.diagnostics` saying why.
std::optional<BundleSources> prepare_sources(const BuildOptions& options, BuildResult& result);

// The manifest's description of the sources, without outputs or document numbers.
Manifest describe_sources(const BundleSources& sources, const BuildOptions& options);

}  // namespace baocao

#pragma once
// `baocao verify`: does a bundle still hold exactly what its manifest says?

#include <optional>
#include <string>
#include <vector>

#include "archive/manifest.hpp"
#include "core/diagnostic.hpp"

namespace baocao {

enum class BundleProblem { missing, altered, extra };
std::string_view to_string(BundleProblem problem);  // "missing", "altered", "extra"

struct BundleFinding {
  std::string path;  // relative to the bundle folder
  BundleProblem problem = BundleProblem::missing;
  std::string detail;  // what differs, for the user
};

struct VerifyResult {
  std::optional<Manifest> manifest;  // nullopt: missing or unreadable (see diagnostics)
  Diagnostics diagnostics;
  std::vector<BundleFinding> findings;  // by path
  std::size_t checked = 0;              // outputs found intact
  bool intact() const { return manifest && findings.empty(); }
};

// Re-hashes every output named in `bundle_dir`/manifest.json and looks for files it does not
// name (manifest.json itself excepted). Only regular files inside the bundle are opened: a link,
// pipe, device or folder where a listed file should be is reported, never followed or read
// (regular_file.hpp). A bundle without a manifest, or an interrupted build's folder, is reported
// as incomplete.
VerifyResult verify_bundle(const std::string& bundle_dir);

// The bundles a folder stands for: the folder itself when it holds a manifest, else its
// sub-folders that hold one, hold files without one, or were left by an interrupted build
// (sorted), e.g. every period under output/; else the folder itself when it holds files.
std::vector<std::string> find_bundles(const std::string& dir);

}  // namespace baocao

#pragma once
// Comparing a freshly written bundle with the one already in the folder, and putting it in
// place: unchanged files are not touched, outputs of an earlier build that this build no
// longer makes are removed, and the manifest comes last.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "archive/build.hpp"
#include "archive/manifest.hpp"
#include "archive/outputs.hpp"

namespace baocao {

// The manifest found in the bundle folder before the build.
struct PreviousManifest {
  std::string text;                  // the bytes on disk
  std::optional<Manifest> manifest;  // nullopt: unreadable
  std::string error;                 // why it is unreadable
};
std::optional<PreviousManifest> read_previous_manifest(const std::string& bundle_dir);

struct BundleUpdate {
  Manifest manifest;                   // the new one, not sealed
  std::vector<FileOutcome> outcomes;   // outputs of the new manifest and removed ones, by path
  std::vector<std::string> to_remove;  // relative paths
};

// What putting `staged` in place would do. Outputs of the previous manifest that this build
// does not make are removed when intact (a file changed by hand is left, with a warning),
// except under --only, where those of the kinds not selected are kept when they were built from
// the same inputs, templates, period and report date (so they still say what the manifest says).
BundleUpdate plan_update(const std::string& bundle_dir, const std::vector<StagedOutput>& staged,
                         Manifest sources, const std::map<std::string, std::string>& numbers,
                         const PreviousManifest* previous, OutputSelection only,
                         Diagnostics& diagnostics);

// The outcomes that change the folder (new, changed, removed).
std::vector<FileOutcome> changes(const std::vector<FileOutcome>& outcomes);

// Puts the update in place: the old manifest goes first (a bundle without a manifest is known
// to be incomplete), then changed files are renamed into place and stale ones removed, then the
// new manifest is written. Returns false with diagnostics when a step fails.
bool commit_update(const std::string& bundle_dir, std::vector<StagedOutput>& staged,
                   const BundleUpdate& update, const PreviousManifest* previous,
                   FileOutcome& manifest_outcome, Diagnostics& diagnostics);

// Adds or removes write permission on the bundle's outputs and manifest (seal, forced build).
bool set_read_only(const std::string& bundle_dir, const std::vector<FileRecord>& outputs,
                   bool read_only, Diagnostics& diagnostics);

}  // namespace baocao

#pragma once
// Comparing a freshly written bundle with the one already in the folder, and putting it in
// place as a whole (replace.hpp): unchanged files are carried into the new bundle as they are
// (same bytes and times), outputs of an earlier build that this build no longer makes are left
// out, and the new bundle, complete with its manifest, takes the old one's place in one step.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "archive/build.hpp"
#include "archive/manifest.hpp"
#include "archive/outputs.hpp"
#include "archive/replace.hpp"

namespace baocao {

// The manifest found in the bundle folder before the build.
struct PreviousManifest {
  std::string text;                  // the bytes on disk
  std::optional<Manifest> manifest;  // nullopt: unreadable
  std::string error;                 // why it is unreadable
};
std::optional<PreviousManifest> read_previous_manifest(const std::string& bundle_dir);

struct BundleUpdate {
  Manifest manifest;                  // the new one, not sealed
  std::vector<FileOutcome> outcomes;  // outputs of the new manifest and removed ones, by path
  // Files of the old bundle that go into the new one as they are (relative paths): unchanged and
  // kept outputs, files changed by hand, files no manifest lists.
  std::vector<std::string> carried;
};

// The regular files of a bundle folder (relative paths, sorted), temporaries aside; links are
// not followed. What `previous` does not list is what a build cannot account for.
std::vector<std::string> files_in_bundle(const std::string& bundle_dir);
std::vector<std::string> unaccounted_files(const std::string& bundle_dir,
                                           const PreviousManifest* previous);

// What putting `staged` in place would do. Outputs of the previous manifest that this build
// does not make are left out when intact (a file changed by hand is carried over, with a
// warning), except under --only, where those of the kinds not selected are kept when they were
// built from the same inputs, templates, period and report date (so they still say what the
// manifest says). Files no manifest lists are carried over, as they were left in place before.
BundleUpdate plan_update(const std::string& bundle_dir, const std::vector<StagedOutput>& staged,
                         Manifest sources, const std::map<std::string, std::string>& numbers,
                         const PreviousManifest* previous, OutputSelection only,
                         Diagnostics& diagnostics);

// The outcomes that change the folder (new, changed, removed).
std::vector<FileOutcome> changes(const std::vector<FileOutcome>& outcomes);

// Puts the update in place: when anything changes, the staged files (written in `folder`) are
// committed there, the carried files linked or copied into it (`unseal`: as writable copies of
// a sealed bundle's files), the manifest written last, and the folder exchanged with
// `bundle_dir`. Returns false with diagnostics when a step fails: the old bundle is then as it
// was. `before_step` is told about each rename, link and the exchange.
bool commit_update(const std::string& bundle_dir, NewBundleFolder& folder,
                   std::vector<StagedOutput>& staged, const BundleUpdate& update,
                   const PreviousManifest* previous, bool unseal, const StepHook& before_step,
                   FileOutcome& manifest_outcome, Diagnostics& diagnostics);

// Adds or removes write permission on the bundle's outputs and manifest (seal), through each
// file opened without following links (regular_file.hpp): a link or a pipe is an error.
bool set_read_only(const std::string& bundle_dir, const std::vector<FileRecord>& outputs,
                   bool read_only, Diagnostics& diagnostics);

}  // namespace baocao

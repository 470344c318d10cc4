#include "archive/build.hpp"

#include <algorithm>
#include <filesystem>
#include <new>
#include <set>

#include <fmt/format.h>

#include "archive/bundle.hpp"
#include "archive/outputs.hpp"
#include "archive/reconcile.hpp"
#include "archive/sources.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

bool cancelled(const BuildOptions& options) {
  return options.cancel != nullptr && options.cancel->load();
}

BuildResult& stop(BuildResult& result, BuildStatus status) {
  result.status = status;
  return result;
}

// The bundle folder, ready for writing: created, locked, cleared of leftover temporaries.
std::optional<FolderLock> open_bundle(const std::vector<PlannedOutput>& plan, BuildResult& result) {
  if (!prepare_folder(result.bundle_dir, result.diagnostics)) return std::nullopt;
  auto lock = lock_folder(result.bundle_dir, result.diagnostics);
  if (!lock) return std::nullopt;
  result.removed_temporaries = remove_stale_temporaries(result.bundle_dir);
  std::set<fs::path> parents;  // each once: a dozen department workbooks share one folder
  for (const auto& output : plan) {
    fs::path parent = fs::path(output.path).parent_path();
    if (!parent.empty()) parents.insert(parent);
  }
  for (const auto& parent : parents)
    if (!prepare_folder((fs::path(result.bundle_dir) / parent).string(), result.diagnostics))
      return std::nullopt;
  return lock;
}

// A manifest that cannot be read might be a sealed one: only --force goes past it.
bool accept_previous(const std::optional<PreviousManifest>& previous, const BuildOptions& options,
                     BuildResult& result) {
  if (!previous || previous->manifest) return true;
  std::string path = (fs::path(result.bundle_dir) / kManifestName).string();
  std::string message = fmt::format(
      "the bundle's manifest cannot be read ({}), so it is not known whether the bundle was "
      "sealed",
      previous->error);
  if (options.force) {
    result.diagnostics.warning(path, 0, 0, message + "; --force: it is replaced");
    return true;
  }
  result.diagnostics.error(path, 0, 0, message,
                           fmt::format("check the bundle with `baocao verify {}`; to rebuild it "
                                       "anyway, add --force",
                                       result.bundle_dir));
  return false;
}

// Whether the new manifest says what the sealed one says. One sealed before the outputs' kinds
// were recorded says the same when only the kinds differ: it is then left as it was issued.
bool same_as_sealed(Manifest built, const PreviousManifest& previous) {
  built.sealed_date = previous.manifest->sealed_date;
  if (to_json(built) == previous.text) return true;
  const auto& sealed = previous.manifest->outputs;
  if (std::any_of(sealed.begin(), sealed.end(),
                  [](const FileRecord& r) { return !r.kind.empty(); }))
    return false;
  for (auto& record : built.outputs) record.kind.clear();
  return to_json(built) == previous.text;
}

// A sealed bundle is never changed without --force. Returns true when the build may go on;
// `result.status` says what happened otherwise.
bool allow_over_seal(const PreviousManifest& previous, BundleUpdate& update,
                     const BuildOptions& options, BuildResult& result) {
  bool manifest_same = same_as_sealed(update.manifest, previous);
  auto changed = changes(update.outcomes);
  if (changed.empty() && manifest_same) {
    result.sealed_date = previous.manifest->sealed_date;
    result.files = update.outcomes;
    result.files.push_back({kManifestName, previous.text.size(), FileChange::unchanged});
    return false;
  }
  if (!options.force) {
    result.sealed_date = previous.manifest->sealed_date;
    result.would_change = changed;
    if (!manifest_same)
      result.would_change.push_back({kManifestName, previous.text.size(), FileChange::changed});
    result.status = BuildStatus::sealed_refused;
    return false;
  }
  set_read_only(result.bundle_dir, previous.manifest->outputs, false, result.diagnostics);
  return true;
}

BuildResult build(const BuildOptions& options, Reporter& reporter) {
  BuildResult result;
  // 1. Everything in memory first: errors here leave the output folder untouched.
  auto sources = prepare_sources(options, result);
  if (!sources) return result;
  result.period = sources->summary.period.to_string();
  result.bundle_dir = (fs::path(options.out_dir) / result.period).string();
  auto plan = plan_outputs(*sources, options);
  if (cancelled(options)) return stop(result, BuildStatus::interrupted);

  // 2. The folder, then every file under a temporary name, in parallel.
  auto lock = open_bundle(plan, result);
  if (!lock) return stop(result, BuildStatus::output_error);
  auto previous = read_previous_manifest(result.bundle_dir);
  if (!accept_previous(previous, options, result)) return stop(result, BuildStatus::output_error);
  auto staged = stage_outputs(result.bundle_dir, plan, options, reporter, result.diagnostics);
  if (!staged)
    return stop(result, cancelled(options) ? BuildStatus::interrupted : BuildStatus::output_error);

  // 3. Compare with what is there; a sealed bundle stops here unless forced.
  const PreviousManifest* before = previous ? &*previous : nullptr;
  BundleUpdate update = plan_update(result.bundle_dir, *staged, describe_sources(*sources, options),
                                    sources->numbers, before, options.only, result.diagnostics);
  if (before && before->manifest && before->manifest->sealed_date &&
      !allow_over_seal(*before, update, options, result))
    return result;
  if (cancelled(options)) return stop(result, BuildStatus::interrupted);

  // 4. Into place, the manifest last.
  FileOutcome manifest;
  if (!commit_update(result.bundle_dir, *staged, update, before, manifest, result.diagnostics)) {
    result.incomplete = true;
    return stop(result, BuildStatus::output_error);
  }
  result.files = update.outcomes;
  result.files.push_back(manifest);
  return result;
}

}  // namespace

std::string_view to_string(FileChange change) {
  switch (change) {
    case FileChange::added:
      return "new";
    case FileChange::changed:
      return "changed";
    case FileChange::unchanged:
      return "unchanged";
    case FileChange::removed:
      return "removed";
    case FileChange::kept:
      return "kept";
  }
  return "?";
}

BuildResult run_build(const BuildOptions& options, Reporter& reporter) {
  try {
    return build(options, reporter);
  } catch (const std::bad_alloc&) {
    BuildResult result;
    result.diagnostics.error(options.out_dir, 0, 0, "out of memory while building the bundle",
                             "close other programs, or build with fewer --jobs");
    return stop(result, BuildStatus::output_error);
  } catch (const std::exception& e) {
    BuildResult result;
    result.diagnostics.error(options.out_dir, 0, 0,
                             fmt::format("the bundle could not be built: {}", e.what()),
                             "report this message to the maintainers");
    return stop(result, BuildStatus::output_error);
  }
}

}  // namespace baocao

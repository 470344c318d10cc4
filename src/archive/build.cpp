#include "archive/build.hpp"

#include <algorithm>
#include <filesystem>
#include <new>
#include <set>

#include <fmt/format.h>

#include "archive/bundle.hpp"
#include "archive/outputs.hpp"
#include "archive/reconcile.hpp"
#include "archive/replace.hpp"
#include "archive/sources.hpp"
#include "core/i18n.hpp"

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

// Paths in the new bundle's folder, as the user will know them: in the bundle folder.
Diagnostics as_in_bundle(const Diagnostics& from, const std::string& folder,
                         const std::string& bundle_dir) {
  Diagnostics out;
  for (Diagnostic d : from.items()) {
    for (std::string* text : {&d.file, &d.message, &d.hint})
      for (auto at = text->find(folder); at != std::string::npos; at = text->find(folder, at))
        text->replace(at, folder.size(), bundle_dir);
    out.add(std::move(d));
  }
  return out;
}

// The output folder, ready: created, the bundle locked, leftovers of interrupted builds removed,
// and the new bundle's folder made beside the old one with the sub-folders the plan needs.
struct OpenedBundle {
  FolderLock lock;
  NewBundleFolder folder;
};
std::optional<OpenedBundle> open_bundle(const BuildOptions& options,
                                        const std::vector<PlannedOutput>& plan,
                                        BuildResult& result) {
  if (!prepare_folder(options.out_dir, result.diagnostics)) return std::nullopt;
  auto lock = lock_bundle(result.bundle_dir, result.diagnostics);
  if (!lock) return std::nullopt;
  // The bundle is replaced as a whole: whatever stands at its path would go with it.
  std::error_code ec;
  auto status = fs::symlink_status(result.bundle_dir, ec);
  if (fs::exists(status) && status.type() != fs::file_type::directory) {
    result.diagnostics.error(
        result.bundle_dir, 0, 0,
        fs::is_symlink(status)
            ? tr("the bundle folder's place is taken by a symbolic link")
            : tr("the bundle folder's place is taken by something that is not a folder"),
        tr("move it away, or choose another output folder with --out (for a bundle elsewhere, "
           "give --out the folder it is in)"));
    return std::nullopt;
  }
  result.removed_temporaries = remove_stale_bundle_folders(result.bundle_dir);
  if (fs::is_directory(result.bundle_dir, ec))
    for (auto& path : remove_stale_temporaries(result.bundle_dir))
      result.removed_temporaries.push_back(std::move(path));
  auto folder = NewBundleFolder::create(result.bundle_dir, result.diagnostics);
  if (!folder) return std::nullopt;
  std::set<fs::path> parents;  // each once: a dozen department workbooks share one folder
  for (const auto& output : plan) {
    fs::path parent = fs::path(output.path).parent_path();
    if (!parent.empty()) parents.insert(parent);
  }
  for (const auto& parent : parents)
    if (!prepare_folder((fs::path(folder->path()) / parent).string(), result.diagnostics))
      return std::nullopt;
  return OpenedBundle{std::move(*lock), std::move(*folder)};
}

// Issued files whose manifest is gone: a sealed bundle must not be overwritten because its
// manifest was deleted. Only --force goes past files that nothing accounts for.
bool accept_unaccounted(const std::optional<PreviousManifest>& previous,
                        const BuildOptions& options, BuildResult& result) {
  if (previous) return true;  // a readable manifest accounts; an unreadable one is refused below
  auto files = unaccounted_files(result.bundle_dir, nullptr);
  if (files.empty()) return true;
  std::string listed;
  for (std::size_t i = 0; i < files.size() && i < 5; ++i) listed += (i ? ", " : "") + files[i];
  if (files.size() > 5) listed += trf(" and {} more", files.size() - 5);
  if (options.force) {
    result.diagnostics.warning(
        result.bundle_dir, 0, 0,
        trf("the bundle folder holds {} file(s) but no manifest ({}): they may be an issued "
            "bundle whose manifest was lost; --force: the bundle is rebuilt over them",
            files.size(), listed));
    return true;
  }
  result.diagnostics.error(
      result.bundle_dir, 0, 0,
      trf("the bundle folder holds {} file(s) but no manifest ({}): they may be an issued bundle "
          "whose manifest was lost",
          files.size(), listed),
      tr("move the files away, or to rebuild the bundle over them add --force; nothing was "
         "changed"));
  return false;
}

// A manifest that cannot be read might be a sealed one: only --force goes past it.
bool accept_previous(const std::optional<PreviousManifest>& previous, const BuildOptions& options,
                     BuildResult& result) {
  if (!previous || previous->manifest) return true;
  std::string path = (fs::path(result.bundle_dir) / kManifestName).string();
  if (options.force) {
    result.diagnostics.warning(
        path, 0, 0,
        trf("the bundle's manifest cannot be read ({}), so it is not known whether the bundle was "
            "sealed; --force: it is replaced",
            previous->error));
    return true;
  }
  result.diagnostics.error(
      path, 0, 0,
      trf("the bundle's manifest cannot be read ({}), so it is not known whether the bundle was "
          "sealed",
          previous->error),
      trf("check the bundle with `baocao verify {}`; to rebuild it anyway, add --force",
          result.bundle_dir));
  return false;
}

// Whether the new manifest says what the sealed one says. One sealed before the outputs' kinds
// or the drafts were recorded says the same when only those differ: it is then left as it was
// issued.
bool same_as_sealed(Manifest built, const PreviousManifest& previous) {
  built.sealed_date = previous.manifest->sealed_date;
  if (!previous.manifest->drafts) built.drafts.reset();
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

  // 2. The new bundle's folder beside the old one, then every file in it, in parallel.
  auto opened = open_bundle(options, plan, result);
  if (!opened) return stop(result, BuildStatus::output_error);
  auto previous = read_previous_manifest(result.bundle_dir);
  if (!accept_previous(previous, options, result) || !accept_unaccounted(previous, options, result))
    return stop(result, BuildStatus::output_error);
  Diagnostics written;
  auto staged = stage_outputs(opened->folder.path(), plan, options, reporter, written);
  result.diagnostics.append(as_in_bundle(written, opened->folder.path(), result.bundle_dir));
  if (!staged)
    return stop(result, cancelled(options) ? BuildStatus::interrupted : BuildStatus::output_error);

  // 3. Compare with what is there; a sealed bundle stops here unless forced.
  const PreviousManifest* before = previous ? &*previous : nullptr;
  Manifest described = describe_sources(*sources, options);
  described.drafts.emplace();
  for (const BriefingState& briefing : result.briefings)
    if (!briefing.missing.empty()) described.drafts->push_back(briefing.name);
  BundleUpdate update = plan_update(result.bundle_dir, *staged, std::move(described),
                                    sources->numbers, before, options.only, result.diagnostics);
  if (before && before->manifest && before->manifest->sealed_date &&
      !allow_over_seal(*before, update, options, result))
    return result;
  if (cancelled(options)) return stop(result, BuildStatus::interrupted);

  // 4. The new bundle completed with its manifest, and put in the old one's place in one step.
  // Forced, files carried over from a sealed bundle (or a folder that may be one) become
  // writable copies: the new bundle is not sealed, and the old one is not touched.
  FileOutcome manifest;
  if (!commit_update(result.bundle_dir, opened->folder, *staged, update, before, options.force,
                     options.before_step, manifest, result.diagnostics))
    return stop(result, BuildStatus::output_error);
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
    result.diagnostics.error(options.out_dir, 0, 0, tr("out of memory while building the bundle"),
                             tr("close other programs, or build with fewer --jobs"));
    return stop(result, BuildStatus::output_error);
  } catch (const std::exception& e) {
    BuildResult result;
    result.diagnostics.error(options.out_dir, 0, 0,
                             trf("the bundle could not be built: {}", e.what()),
                             tr("report this message to the maintainers"));
    return stop(result, BuildStatus::output_error);
  }
}

}  // namespace baocao

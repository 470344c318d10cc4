#include "archive/reconcile.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "archive/atomic_file.hpp"
#include "archive/output_kinds.hpp"
#include "archive/regular_file.hpp"
#include "core/i18n.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

std::string in_bundle(const std::string& bundle_dir, const std::string& path) {
  return (fs::path(bundle_dir) / path).string();
}

bool matches(const FileDigest& digest, const FileRecord& record) {
  return digest.size == record.size && digest.sha256 == record.sha256;
}

// Whether an output of the previous build still says what the new manifest says.
bool same_sources(const Manifest& a, const Manifest& b, bool from_templates) {
  return a.tool_version == b.tool_version && a.period == b.period &&
         a.report_date == b.report_date && a.inputs == b.inputs &&
         (!from_templates || a.templates == b.templates);
}

// The kind of an output of the previous build. Manifests written before kinds were recorded
// name none: their outputs are known by their paths. Null for a kind this version does not know
// (a newer baocao's): such a file is treated as any output this build does not make.
const OutputKind* kind_of(const FileRecord& record) {
  return record.kind.empty() ? kind_of_unrecorded_output(record.path)
                             : find_output_kind(record.kind);
}

}  // namespace

std::optional<PreviousManifest> read_previous_manifest(const std::string& bundle_dir) {
  UniqueFd bundle = open_folder(bundle_dir);
  if (!bundle) return std::nullopt;
  OpenedEntry found = open_regular_at(bundle.get(), kManifestName);
  if (found.type == EntryType::missing) return std::nullopt;
  PreviousManifest previous;
  // A pipe or a link in its place is reported as unreadable, never read or followed.
  auto text = read_regular_at(bundle.get(), kManifestName, kMaxManifestBytes, previous.error);
  if (text) {
    previous.text = std::move(*text);
    previous.manifest = parse_manifest(previous.text, previous.error);
  }
  return previous;
}

std::vector<std::string> files_in_bundle(const std::string& bundle_dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(bundle_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_symlink(ec) || !it->is_regular_file(ec) ||
        is_temporary_name(it->path().filename().string()))
      continue;
    files.push_back(it->path().lexically_relative(bundle_dir).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> unaccounted_files(const std::string& bundle_dir,
                                           const PreviousManifest* previous) {
  std::vector<std::string> out;
  const Manifest* manifest = previous && previous->manifest ? &*previous->manifest : nullptr;
  for (const auto& path : files_in_bundle(bundle_dir))
    if (path != kManifestName && (!manifest || !manifest->find_output(path))) out.push_back(path);
  return out;
}

BundleUpdate plan_update(const std::string& bundle_dir, const std::vector<StagedOutput>& staged,
                         Manifest sources, const std::map<std::string, std::string>& numbers,
                         const PreviousManifest* previous, OutputSelection only,
                         Diagnostics& diagnostics) {
  BundleUpdate update;
  update.manifest = std::move(sources);
  std::set<std::string> built;
  for (const auto& s : staged) {
    built.insert(s.path);
    const FileDigest& digest = s.file.digest();
    auto existing = digest_file(in_bundle(bundle_dir, s.path));
    FileChange change = !existing             ? FileChange::added
                        : *existing == digest ? FileChange::unchanged
                                              : FileChange::changed;
    if (change == FileChange::unchanged) update.carried.push_back(s.path);
    update.manifest.outputs.push_back(
        {s.path, digest.size, digest.sha256, std::string(s.kind->name)});
    update.outcomes.push_back({s.path, digest.size, change});
  }

  const Manifest* before = previous && previous->manifest ? &*previous->manifest : nullptr;
  bool kept_from_templates = false;
  for (const FileRecord& record : before ? before->outputs : std::vector<FileRecord>{}) {
    if (built.count(record.path)) continue;
    auto disk = digest_file(in_bundle(bundle_dir, record.path));
    if (!disk) continue;  // already gone
    if (!matches(*disk, record)) {
      diagnostics.warning(in_bundle(bundle_dir, record.path), 0, 0,
                          tr("this file was changed after the last build and is not part of this "
                             "one: it is left as it is"),
                          tr("remove it, or keep it knowing that `baocao verify` reports it as an "
                             "extra file"));
      update.carried.push_back(record.path);
      continue;
    }
    const OutputKind* kind = kind_of(record);
    if (kind && !is_selected(*kind, only) &&
        same_sources(*before, update.manifest, kind->from_templates)) {
      FileRecord kept = record;
      kept.kind = kind->name;  // recorded from now on, also for an earlier build's file
      update.manifest.outputs.push_back(kept);
      update.outcomes.push_back({record.path, record.size, FileChange::kept});
      update.carried.push_back(record.path);
      kept_from_templates = kept_from_templates || kind->from_templates;
    } else {
      update.outcomes.push_back({record.path, record.size, FileChange::removed});
    }
  }
  // The briefings' numbers and drafts are those of the briefings the bundle holds: this
  // build's, or the previous one's when they are kept; `sources` has this build's drafts.
  if (selects_templates(only)) {
    update.manifest.document_numbers = numbers;
  } else if (kept_from_templates) {
    update.manifest.document_numbers = before->document_numbers;
    update.manifest.drafts = before->drafts;
  } else {
    update.manifest.drafts.emplace();  // no briefing in the bundle, so no draft
  }

  // Files no manifest lists stay, as they did when bundles were updated in place: `baocao
  // verify` reports them.
  for (const auto& path : unaccounted_files(bundle_dir, previous))
    if (!built.count(path)) update.carried.push_back(path);

  auto by_path = [](const auto& a, const auto& b) { return a.path < b.path; };
  std::sort(update.manifest.outputs.begin(), update.manifest.outputs.end(), by_path);
  std::sort(update.outcomes.begin(), update.outcomes.end(), by_path);
  return update;
}

std::vector<FileOutcome> changes(const std::vector<FileOutcome>& outcomes) {
  std::vector<FileOutcome> out;
  for (const auto& o : outcomes)
    if (o.change == FileChange::added || o.change == FileChange::changed ||
        o.change == FileChange::removed)
      out.push_back(o);
  return out;
}

bool commit_update(const std::string& bundle_dir, NewBundleFolder& folder,
                   std::vector<StagedOutput>& staged, const BundleUpdate& update,
                   const PreviousManifest* previous, bool unseal, const StepHook& before_step,
                   FileOutcome& manifest_outcome, Diagnostics& diagnostics) {
  const std::string text = to_json(update.manifest);
  const bool files_change = !changes(update.outcomes).empty();
  manifest_outcome = {kManifestName, text.size(),
                      previous ? FileChange::changed : FileChange::added};
  if (!files_change && previous && previous->text == text) {
    manifest_outcome.change = FileChange::unchanged;
    for (auto& s : staged) s.file.discard();
    return true;
  }

  auto step = [&](const std::string& path) {
    if (before_step) before_step(path);
  };
  std::set<std::string> carried(update.carried.begin(), update.carried.end());
  for (auto& s : staged) {
    if (carried.count(s.path)) {
      s.file.discard();  // the old file is carried instead: same bytes, and its times
      continue;
    }
    std::string error;
    step(s.file.final_path());
    if (!s.file.commit(&error)) {
      diagnostics.error(in_bundle(bundle_dir, s.path), 0, 0,
                        trf("the file cannot be put in place: {}", error),
                        tr("check the output folder, then build again"));
      return false;
    }
  }
  std::set<std::string> folders = {folder.path()};
  for (const auto& path : update.carried) {
    std::string to = in_bundle(folder.path(), path);
    std::string parent = fs::path(to).parent_path().string();
    std::string error;
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) error = ec.message();
    step(to);
    if (ec || !carry_over(bundle_dir, path, to, unseal, error)) {
      diagnostics.error(in_bundle(bundle_dir, path), 0, 0,
                        trf("the file cannot be carried into the new bundle: {}", error),
                        tr("move it out of the bundle folder, then build again; nothing was "
                           "replaced"));
      return false;
    }
    folders.insert(parent);
  }
  for (const OutputKind& kind : output_kinds()) {
    std::error_code ec;
    std::string sub = in_bundle(folder.path(), std::string(kind.folder));
    if (!kind.folder.empty() && fs::is_directory(sub, ec)) folders.insert(sub);
  }
  for (const auto& f : folders) sync_directory(f);
  std::string manifest_path = in_bundle(folder.path(), kManifestName);
  step(manifest_path);
  if (!write_file_atomically(manifest_path, text, diagnostics)) return false;
  return folder.put_in_place(before_step, diagnostics);
}

bool set_read_only(const std::string& bundle_dir, const std::vector<FileRecord>& outputs,
                   bool read_only, Diagnostics& diagnostics) {
  std::vector<std::string> paths;
  for (const auto& r : outputs) paths.push_back(r.path);
  paths.push_back(kManifestName);
  std::string error;
  UniqueFd bundle = open_folder(bundle_dir, &error);
  if (!bundle) {
    diagnostics.error(bundle_dir, 0, 0, trf("cannot open the bundle: {}", error),
                      tr("check the bundle folder, then run the command again"));
    return false;
  }
  bool ok = true;
  for (const auto& path : paths) {
    // fchmod on the file opened without following links: a link put in place of a file never
    // passes the change to what it points at.
    OpenedEntry entry = open_regular_at(bundle.get(), path);
    if (entry.type == EntryType::missing) continue;
    int err = 0;
    if (entry.type == EntryType::regular) {
      mode_t mode = entry.status.st_mode & 07777;
      mode = read_only ? mode & ~mode_t{S_IWUSR | S_IWGRP | S_IWOTH} : mode | S_IWUSR;
      if (::fchmod(entry.fd.get(), mode) != 0) err = errno;
    }
    if (entry.type != EntryType::regular || err != 0) {
      diagnostics.error(in_bundle(bundle_dir, path), 0, 0,
                        trf("cannot change the file's write permission: {}",
                            err != 0 ? std::strerror(err) : entry_problem(entry, path)),
                        tr("check that you own the files of the bundle, and that each is a file"));
      ok = false;
    }
  }
  return ok;
}

}  // namespace baocao

#include "archive/reconcile.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "archive/output_kinds.hpp"

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

std::string read_text(const std::string& path, bool& exists) {
  std::error_code ec;
  exists = fs::exists(path, ec);
  if (!exists) return {};
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return {};
  std::string text;
  char buffer[65536];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) text.append(buffer, n);
  std::fclose(f);
  return text;
}

}  // namespace

std::optional<PreviousManifest> read_previous_manifest(const std::string& bundle_dir) {
  bool exists = false;
  PreviousManifest previous;
  previous.text = read_text(in_bundle(bundle_dir, kManifestName), exists);
  if (!exists) return std::nullopt;
  previous.manifest = parse_manifest(previous.text, previous.error);
  return previous;
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
                          "this file was changed after the last build and is not part of this "
                          "one: it is left as it is",
                          "remove it, or keep it knowing that `baocao verify` reports it as an "
                          "extra file");
      continue;
    }
    const OutputKind* kind = kind_of(record);
    if (kind && !is_selected(*kind, only) &&
        same_sources(*before, update.manifest, kind->from_templates)) {
      FileRecord kept = record;
      kept.kind = kind->name;  // recorded from now on, also for an earlier build's file
      update.manifest.outputs.push_back(kept);
      update.outcomes.push_back({record.path, record.size, FileChange::kept});
      kept_from_templates = kept_from_templates || kind->from_templates;
    } else {
      update.to_remove.push_back(record.path);
      update.outcomes.push_back({record.path, record.size, FileChange::removed});
    }
  }
  if (selects_templates(only))
    update.manifest.document_numbers = numbers;
  else if (kept_from_templates)
    update.manifest.document_numbers = before->document_numbers;

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

bool commit_update(const std::string& bundle_dir, std::vector<StagedOutput>& staged,
                   const BundleUpdate& update, const PreviousManifest* previous,
                   FileOutcome& manifest_outcome, Diagnostics& diagnostics) {
  const std::string manifest_path = in_bundle(bundle_dir, kManifestName);
  const std::string text = to_json(update.manifest);
  const bool files_change = !changes(update.outcomes).empty();
  manifest_outcome = {kManifestName, text.size(),
                      previous ? FileChange::changed : FileChange::added};
  if (!files_change && previous && previous->text == text) {
    manifest_outcome.change = FileChange::unchanged;
    for (auto& s : staged) s.file.discard();
    return true;
  }

  auto fail = [&](const std::string& path, const std::string& what) {
    diagnostics.error(path, 0, 0, fmt::format("{}: {}", what, std::strerror(errno)),
                      "check the output folder, then build again");
    return false;
  };
  if (files_change && previous) {
    if (::unlink(manifest_path.c_str()) != 0 && errno != ENOENT)
      return fail(manifest_path, "the old manifest cannot be removed");
    sync_directory(bundle_dir);
  }
  for (auto& s : staged) {
    auto outcome = std::find_if(update.outcomes.begin(), update.outcomes.end(),
                                [&](const FileOutcome& o) { return o.path == s.path; });
    if (outcome != update.outcomes.end() && outcome->change == FileChange::unchanged) {
      s.file.discard();
      continue;
    }
    std::string error;
    if (!s.file.commit(&error)) {
      diagnostics.error(s.file.final_path(), 0, 0,
                        fmt::format("the file cannot be put in place: {}", error),
                        "check the output folder, then build again");
      return false;
    }
  }
  for (const auto& path : update.to_remove)
    if (::unlink(in_bundle(bundle_dir, path).c_str()) != 0 && errno != ENOENT)
      return fail(in_bundle(bundle_dir, path), "an output of the previous build cannot be removed");
  for (const OutputKind& kind : output_kinds()) {
    std::error_code ec;
    std::string folder = in_bundle(bundle_dir, std::string(kind.folder));
    if (!kind.folder.empty() && fs::is_directory(folder, ec)) sync_directory(folder);
  }
  sync_directory(bundle_dir);
  return write_file_atomically(manifest_path, text, diagnostics);
}

bool set_read_only(const std::string& bundle_dir, const std::vector<FileRecord>& outputs,
                   bool read_only, Diagnostics& diagnostics) {
  std::vector<std::string> paths;
  for (const auto& r : outputs) paths.push_back(in_bundle(bundle_dir, r.path));
  paths.push_back(in_bundle(bundle_dir, kManifestName));
  bool ok = true;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) continue;
    if (read_only)
      fs::permissions(path,
                      fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                      fs::perm_options::remove, ec);
    else
      fs::permissions(path, fs::perms::owner_write, fs::perm_options::add, ec);
    if (ec) {
      diagnostics.error(path, 0, 0,
                        fmt::format("cannot change the file's write permission: {}", ec.message()),
                        "check that you own the files of the bundle");
      ok = false;
    }
  }
  return ok;
}

}  // namespace baocao

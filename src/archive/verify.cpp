#include "archive/verify.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "archive/atomic_file.hpp"
#include "archive/regular_file.hpp"
#include "core/i18n.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

std::string short_hash(const std::string& sha256) {
  return sha256.substr(0, 12) + "…";
}

// Every file is opened through the bundle folder's descriptor: a bundle replaced while it is
// checked is checked as one (the old or the new), and nothing outside it is read.
void check_output(int bundle_fd, const FileRecord& record, VerifyResult& result) {
  OpenedEntry entry = open_regular_at(bundle_fd, record.path);
  if (entry.type == EntryType::missing) {
    result.findings.push_back({record.path, BundleProblem::missing, tr("the file is not there")});
    return;
  }
  if (entry.type != EntryType::regular) {
    result.findings.push_back(
        {record.path, BundleProblem::altered, entry_problem(entry, record.path)});
    return;
  }
  std::string error;
  auto digest = digest_fd(entry.fd.get(), &error);
  if (!digest) {
    result.findings.push_back(
        {record.path, BundleProblem::altered, trf("the file cannot be read: {}", error)});
  } else if (digest->size != record.size) {
    result.findings.push_back({record.path, BundleProblem::altered,
                               trf("{} bytes instead of {}", digest->size, record.size)});
  } else if (digest->sha256 != record.sha256) {
    result.findings.push_back({record.path, BundleProblem::altered,
                               trf("same size, different content (SHA-256 {} instead of {})",
                                   short_hash(digest->sha256), short_hash(record.sha256))});
  } else {
    ++result.checked;
  }
}

void find_extra_files(const std::string& bundle_dir, const Manifest& manifest,
                      VerifyResult& result) {
  std::set<std::string> known{kManifestName};
  for (const auto& r : manifest.outputs) known.insert(r.path);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(bundle_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) continue;
    std::string rel = fs::path(it->path()).lexically_relative(bundle_dir).generic_string();
    if (known.count(rel)) continue;
    std::string detail =
        is_temporary_name(it->path().filename().string())
            ? tr("left by an interrupted build; the next `baocao build` removes it")
            : tr("the manifest does not list this file");
    if (it->is_symlink(ec))
      detail = tr("a symbolic link the manifest does not list (not followed)");
    else if (!it->is_regular_file(ec))
      detail =
          tr("an entry that is not a regular file (a pipe, device or socket) the manifest does "
             "not list");
    result.findings.push_back({rel, BundleProblem::extra, detail});
  }
}

}  // namespace

std::string_view to_string(BundleProblem problem) {
  switch (problem) {
    case BundleProblem::missing:
      return "missing";
    case BundleProblem::altered:
      return "altered";
    case BundleProblem::extra:
      return "extra";
  }
  return "?";
}

VerifyResult verify_bundle(const std::string& bundle_dir) {
  VerifyResult result;
  std::string manifest_path = (fs::path(bundle_dir) / kManifestName).string();
  fs::path normal = fs::path(bundle_dir).lexically_normal();
  if (!normal.has_filename()) normal = normal.parent_path();  // "output/.2023.tmp-1-1/"
  if (is_temporary_name(normal.filename().string())) {
    result.diagnostics.error(bundle_dir, 0, 0,
                             tr("an incomplete bundle, left by an interrupted build"),
                             tr("the next `baocao build` of its period removes it"));
    return result;
  }
  std::string error;
  UniqueFd bundle = open_folder(bundle_dir, &error);
  if (!bundle) {
    result.diagnostics.error(bundle_dir, 0, 0, trf("cannot open the bundle: {}", error),
                             tr("give a bundle folder such as output/2023"));
    return result;
  }
  OpenedEntry found = open_regular_at(bundle.get(), kManifestName);
  if (found.type == EntryType::missing) {
    result.diagnostics.error(manifest_path, 0, 0,
                             tr("the bundle is incomplete: it has no manifest (an interrupted "
                                "or failed build, or the manifest was removed)"),
                             tr("a bundle is complete only once `baocao build` has written its "
                                "manifest: build it again"));
    return result;
  }
  auto text = read_regular_at(bundle.get(), kManifestName, kMaxManifestBytes, error);
  if (!text) {
    result.diagnostics.error(manifest_path, 0, 0, trf("the manifest cannot be read: {}", error),
                             tr("the bundle cannot be checked; build it again from its data"));
    return result;
  }
  result.manifest = parse_manifest(*text, error);
  if (!result.manifest) {
    result.diagnostics.error(manifest_path, 0, 0, trf("the manifest cannot be read: {}", error),
                             tr("the bundle cannot be checked; build it again from its data"));
    return result;
  }
  for (const auto& record : result.manifest->outputs) check_output(bundle.get(), record, result);
  find_extra_files(bundle_dir, *result.manifest, result);
  std::sort(result.findings.begin(), result.findings.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  return result;
}

namespace {

bool has_manifest(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(dir / kManifestName, ec));
}

bool has_entries(const fs::path& dir) {
  std::error_code ec;
  return !fs::is_empty(dir, ec) && !ec;
}

}  // namespace

std::vector<std::string> find_bundles(const std::string& dir) {
  std::error_code ec;
  if (has_manifest(dir)) return {dir};
  // A folder of bundles holds bundles, bundles that lost their manifest and interrupted
  // builds' folders; a folder holding files (hidden ones aside: locks, temporaries) and no
  // bundle is a bundle that lost its manifest, or never got one.
  std::vector<std::string> bundles;
  std::vector<std::string> without_manifest;
  bool files_here = false;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (!it->is_directory(ec) || it->is_symlink(ec)) {
      files_here = files_here || it->path().filename().string().front() != '.';
      continue;
    }
    if (is_temporary_name(it->path().filename().string()) || has_manifest(it->path()))
      bundles.push_back(it->path().string());
    else if (has_entries(it->path()))
      without_manifest.push_back(it->path().string());
  }
  if (bundles.empty() && files_here) return {dir};
  bundles.insert(bundles.end(), without_manifest.begin(), without_manifest.end());
  std::sort(bundles.begin(), bundles.end());
  return bundles;
}

}  // namespace baocao

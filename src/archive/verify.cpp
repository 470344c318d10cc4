#include "archive/verify.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "archive/atomic_file.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

std::string short_hash(const std::string& sha256) {
  return sha256.substr(0, 12) + "…";
}

void check_output(const std::string& bundle_dir, const FileRecord& record, VerifyResult& result) {
  fs::path path = fs::path(bundle_dir) / record.path;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) {
    result.findings.push_back({record.path, BundleProblem::missing, "the file is not there"});
    return;
  }
  std::string error;
  auto digest = digest_file(path.string(), &error);
  if (!digest) {
    result.findings.push_back(
        {record.path, BundleProblem::altered, fmt::format("the file cannot be read: {}", error)});
  } else if (digest->size != record.size) {
    result.findings.push_back({record.path, BundleProblem::altered,
                               fmt::format("{} bytes instead of {}", digest->size, record.size)});
  } else if (digest->sha256 != record.sha256) {
    result.findings.push_back(
        {record.path, BundleProblem::altered,
         fmt::format("same size, different content (SHA-256 {} instead of {})",
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
    result.findings.push_back(
        {rel, BundleProblem::extra,
         is_temporary_name(it->path().filename().string())
             ? "left by an interrupted build; the next `baocao build` removes it"
             : "the manifest does not list this file"});
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
  std::ifstream in(manifest_path, std::ios::binary);
  if (!in) {
    result.diagnostics.error(manifest_path, 0, 0, "the bundle has no manifest",
                             "a bundle is complete only once `baocao build` has written its "
                             "manifest: build it again");
    return result;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string error;
  result.manifest = parse_manifest(text.str(), error);
  if (!result.manifest) {
    result.diagnostics.error(manifest_path, 0, 0,
                             fmt::format("the manifest cannot be read: {}", error),
                             "the bundle cannot be checked; build it again from its data");
    return result;
  }
  for (const auto& record : result.manifest->outputs) check_output(bundle_dir, record, result);
  find_extra_files(bundle_dir, *result.manifest, result);
  std::sort(result.findings.begin(), result.findings.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  return result;
}

std::vector<std::string> find_bundles(const std::string& dir) {
  std::error_code ec;
  if (fs::exists(fs::path(dir) / kManifestName, ec)) return {dir};
  std::vector<std::string> bundles;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (it->is_directory(ec) && fs::exists(it->path() / kManifestName, ec))
      bundles.push_back(it->path().string());
  }
  std::sort(bundles.begin(), bundles.end());
  return bundles;
}

}  // namespace baocao

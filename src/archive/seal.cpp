#include "archive/seal.hpp"

#include <filesystem>

#include "archive/atomic_file.hpp"
#include "archive/bundle.hpp"
#include "archive/reconcile.hpp"

namespace baocao {
namespace fs = std::filesystem;

SealResult seal_bundle(const std::string& bundle_dir, const Date& date, bool accept_drafts) {
  SealResult result;
  auto lock = lock_bundle(bundle_dir, result.diagnostics);
  if (!lock) {
    result.status = SealStatus::output_error;
    return result;
  }
  // Leftovers of a killed build are not part of the bundle: they would make it look altered.
  result.removed_temporaries = remove_stale_temporaries(bundle_dir);
  result.check = verify_bundle(bundle_dir);
  result.diagnostics.append(result.check.diagnostics);
  if (!result.check.intact()) {
    result.status = SealStatus::not_intact;
    return result;
  }
  Manifest manifest = *result.check.manifest;
  result.drafts = manifest.drafts.value_or(std::vector<std::string>{});
  if (!manifest.sealed_date && !result.drafts.empty() && !accept_drafts) {
    result.status = SealStatus::drafts;
    return result;
  }
  if (manifest.sealed_date) {
    result.status = SealStatus::already_sealed;
    result.sealed_date = *manifest.sealed_date;
  } else {
    manifest.sealed_date = date.to_iso();
    result.sealed_date = *manifest.sealed_date;
    std::string path = (fs::path(bundle_dir) / kManifestName).string();
    if (!write_file_atomically(path, to_json(manifest), result.diagnostics)) {
      result.status = SealStatus::output_error;
      return result;
    }
  }
  if (!set_read_only(bundle_dir, manifest.outputs, true, result.diagnostics))
    result.status = SealStatus::output_error;
  return result;
}

}  // namespace baocao

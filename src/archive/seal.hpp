#pragma once
// `baocao seal`: marks a bundle as issued. The manifest records the seal date and the files
// become read-only; `baocao build` then refuses to change the bundle without --force.

#include <optional>
#include <string>

#include "archive/verify.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"

namespace baocao {

enum class SealStatus {
  sealed,          // sealed now
  already_sealed,  // sealed before (files made read-only again); the manifest is unchanged
  not_intact,      // the bundle does not match its manifest (see `check`): not sealed
  output_error,    // the manifest or a permission could not be written
};

struct SealResult {
  SealStatus status = SealStatus::sealed;
  VerifyResult check;       // the bundle as found
  Diagnostics diagnostics;  // errors and warnings
  std::string sealed_date;  // the seal in the manifest
  std::vector<std::string> removed_temporaries;
};

// `date` is given by the caller (the CLI: --date or today); the library never reads the clock.
SealResult seal_bundle(const std::string& bundle_dir, const Date& date);

}  // namespace baocao

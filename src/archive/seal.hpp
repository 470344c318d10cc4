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
  drafts,          // its briefings are drafts (`drafts`) and the caller did not accept that
  output_error,    // the manifest or a permission could not be written
};

struct SealResult {
  SealStatus status = SealStatus::sealed;
  VerifyResult check;       // the bundle as found
  Diagnostics diagnostics;  // errors and warnings
  std::string sealed_date;  // the seal in the manifest
  std::vector<std::string> removed_temporaries;
  std::vector<std::string> drafts;  // the templates whose briefings are drafts, from the manifest
};

// `date` is given by the caller (the CLI: --date or today); the library never reads the clock.
// A bundle whose briefings are drafts is not sealed unless `accept_drafts`: sealing says the
// briefings were issued, and a draft has no number or no signer.
SealResult seal_bundle(const std::string& bundle_dir, const Date& date, bool accept_drafts = false);

}  // namespace baocao

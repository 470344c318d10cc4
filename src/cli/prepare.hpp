#pragma once
// --data and --period of the commands, through the one preparation path (archive/prepare.hpp).

#include <optional>
#include <string>

#include "archive/prepare.hpp"
#include "core/period.hpp"

namespace baocao::cli {

// `--period TEXT` as the library takes it: nullopt when TEXT is empty (not given). Prints the
// usage error and returns false when TEXT cannot name a report period.
bool read_period_option(const std::string& text, std::optional<Period>& period);

// The dataset and summary of a command that prints them. On failure prints why and returns
// nullopt with `exit_code` set; on success the warnings are in the report, for the caller to
// print with its own.
std::optional<PreparedReport> prepare_for_printing(const std::string& data_dir,
                                                   const std::string& period_text, int& exit_code);

}  // namespace baocao::cli

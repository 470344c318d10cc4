#pragma once
// Shared by the archive commands (build, seal, verify): today's date, sizes, findings.

#include <cstdint>
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "archive/verify.hpp"
#include "core/date.hpp"

namespace baocao::cli {

// The local calendar date: only the CLI reads the clock.
Date today();

// "812 B", "45.3 KB", "1.2 MB".
std::string human_size(std::uint64_t bytes);

// Checks that an option is a date written YYYY-MM-DD.
CLI::Validator date_validator();

// Prints each missing, altered or extra file of a bundle, one per line.
void print_findings(std::FILE* out, const VerifyResult& result);

}  // namespace baocao::cli

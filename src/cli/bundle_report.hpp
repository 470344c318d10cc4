#pragma once
// Shared by the archive commands (build, seal, verify): today's date, sizes, findings.

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "archive/verify.hpp"
#include "core/date.hpp"

namespace baocao::cli {

// The local calendar date: only the CLI reads the clock.
Date today();

// "812 B", "45.3 KB", "1.2 MB".
std::string human_size(std::uint64_t bytes);

// An option `name` holding a date written YYYY-MM-DD, checked as such.
CLI::Option* add_date_option(CLI::App* cmd, const std::string& name, std::string& date,
                             const std::string& description);

// What is wrong with a document number given with --number, or "" when it is one: a short
// number as offices write them (05, 12a, 05/2024), at most kMaxDocumentNumber characters of
// digits, letters, /, - and ., starting with a digit. It is printed in the number line and
// the documents' metadata.
std::string document_number_problem(std::string_view number);
inline constexpr std::size_t kMaxDocumentNumber = 16;
// What a document number looks like, in the user's language.
std::string document_number_hint();

// Prints each missing, altered or extra file of a bundle, one per line.
void print_findings(std::FILE* out, const VerifyResult& result);

}  // namespace baocao::cli

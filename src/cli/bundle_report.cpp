#include "cli/bundle_report.hpp"

#include <ctime>

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao::cli {

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string human_size(std::uint64_t bytes) {
  if (bytes < 1024) return fmt::format("{} B", bytes);
  double kb = static_cast<double>(bytes) / 1024.0;
  if (kb < 1024) return fmt::format("{:.1f} KB", kb);
  return fmt::format("{:.1f} MB", kb / 1024.0);
}

CLI::Option* add_date_option(CLI::App* cmd, const std::string& name, std::string& date,
                             const std::string& description) {
  auto is_date = [](std::string& text) -> std::string {
    return Date::parse(text)
               ? std::string{}
               : trf("\"{}\" is not a date: write it YYYY-MM-DD, e.g. 2024-01-05", text);
  };
  // No validator description: the type name says the form, in every language.
  return cmd->add_option(name, date, description)
      ->type_name("YYYY-MM-DD")
      ->check(CLI::Validator(is_date, ""));
}

std::string document_number_problem(std::string_view number) {
  if (number.empty()) return tr("is empty");
  if (number.size() > kMaxDocumentNumber)
    return trf("is {} characters long (at most {})", number.size(), kMaxDocumentNumber);
  if (number[0] < '0' || number[0] > '9') return tr("does not start with a digit");
  for (char c : number) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              c == '/' || c == '-' || c == '.';
    if (!ok) return tr("has a character other than a letter, a digit, /, - or .");
  }
  return {};
}

std::string document_number_hint() {
  return tr(
      "a document number is short, e.g. 05, 12a or 05/2024: digits first, then letters, digits, "
      "/, - or .");
}

void print_findings(std::FILE* out, const VerifyResult& result) {
  for (const auto& f : result.findings)
    fmt::print(out, "  {:<8} {}: {}\n", to_string(f.problem), f.path, f.detail);
}

}  // namespace baocao::cli

#include "cli/prepare.hpp"

#include "cli/commands.hpp"
#include "cli/report.hpp"

namespace baocao::cli {

bool read_period_option(const std::string& text, std::optional<Period>& period) {
  period.reset();
  if (text.empty()) return true;
  PeriodChoice parsed = parse_report_period(text);
  if (!parsed.period) {
    print_diagnostics(parsed.diagnostics);
    return false;
  }
  period = parsed.period;
  return true;
}

std::optional<PreparedReport> prepare_for_printing(const std::string& data_dir,
                                                   const std::string& period_text, int& exit_code) {
  std::optional<Period> asked;
  if (!read_period_option(period_text, asked)) {
    exit_code = kUsage;
    return std::nullopt;
  }
  PreparedReport report = prepare_report(data_dir, asked);
  if (report.status == PrepareStatus::ok) return report;
  print_diagnostics(report.diagnostics);
  exit_code = report.status == PrepareStatus::usage_error ? kUsage : kDataError;
  return std::nullopt;
}

}  // namespace baocao::cli

#include "archive/prepare.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compute/compute.hpp"
#include "core/i18n.hpp"
#include "load/load.hpp"

namespace baocao {
namespace {

// Where --period errors point: the option, since no file is at fault.
constexpr const char* kOption = "--period";

PeriodChoice refuse(PrepareStatus status, std::string file, std::string message, std::string hint) {
  PeriodChoice choice;
  choice.status = status;
  choice.diagnostics.error(std::move(file), 0, 0, std::move(message), std::move(hint));
  return choice;
}

PeriodChoice accept(const Period& period) {
  PeriodChoice choice;
  choice.period = period;
  return choice;
}

PeriodChoice refuse_span(const Period& span) {
  return refuse(PrepareStatus::usage_error, kOption,
                trf("{} is a span of years, which is never a report period", span.to_string()),
                trf("give a year such as {}: values of a span are shown beside the year "
                    "it ends in",
                    span.end_year));
}

// The hint of every data error: what the user can ask for instead.
std::string periods_with_results(const Dataset& data) {
  std::vector<std::string> names;
  for (const Period& p : result_periods(data)) names.push_back(p.to_string());
  if (names.empty())
    return tr("add the actual or estimate values to values.csv: no period has any yet");
  return trf("give --period one of the periods with results: {}",
             fmt::format("{}", fmt::join(names, ", ")));
}

}  // namespace

PeriodChoice parse_report_period(std::string_view text) {
  auto period = Period::parse(text);
  if (!period)
    return refuse(PrepareStatus::usage_error, kOption, trf("\"{}\" is not a period", text),
                  tr("write a year (2023), a quarter (2023-Q3), the first half (2023-H1), 9 months "
                     "(2023-9M) or a month (2023-M07)"));
  if (period->is_span()) return refuse_span(*period);
  return accept(*period);
}

PeriodChoice choose_report_period(const std::optional<Period>& asked, const Dataset& data,
                                  const std::string& values_file) {
  if (!asked) {
    if (auto period = default_period(data)) return accept(*period);
    return refuse(PrepareStatus::data_error, values_file,
                  tr("no indicator has an actual or estimate for a whole year, so there is no "
                     "default report period"),
                  periods_with_results(data));
  }
  if (asked->is_span()) return refuse_span(*asked);
  std::vector<Period> with_results = result_periods(data);
  if (std::find(with_results.begin(), with_results.end(), *asked) == with_results.end())
    return refuse(PrepareStatus::data_error, values_file,
                  trf("there is no actual or estimate for {}, so there is nothing to "
                      "report for it",
                      asked->to_string()),
                  periods_with_results(data));
  return accept(*asked);
}

Diagnostics check_report_date(const Date& date, const Period& period) {
  Diagnostics d;
  Date first{period.year, period.first_month(), 1};
  if (std::tie(date.year, date.month, date.day) >= std::tie(first.year, first.month, first.day))
    return d;
  d.error("--date", 0, 0,
          trf("the report date {} is before the period {} begins ({})", date.to_iso(),
              period.to_string(), first.to_iso()),
          tr("a report is dated within or after its period: give the date it is signed, with "
             "--date YYYY-MM-DD"));
  return d;
}

PreparedReport prepare_report(const std::string& data_dir, const std::optional<Period>& asked,
                              const Repertoire* drawable) {
  PreparedReport report;
  LoadResult loaded = load_dataset(data_dir, drawable);
  report.diagnostics.append(loaded.diagnostics);
  if (!loaded.dataset) {
    report.status = PrepareStatus::data_error;
    return report;
  }
  report.data = std::move(*loaded.dataset);
  // The loader names its files the same way: the folder as given, joined with the name.
  std::string values_file = (std::filesystem::path(data_dir) / "values.csv").string();
  PeriodChoice choice = choose_report_period(asked, report.data, values_file);
  report.diagnostics.append(choice.diagnostics);
  if (!choice.period) {
    report.status = choice.status;
    return report;
  }
  report.summary = compute_summary(report.data, *choice.period);
  report.diagnostics.append(report.summary.diagnostics);
  if (report.summary.diagnostics.has_errors()) report.status = PrepareStatus::data_error;
  return report;
}

}  // namespace baocao

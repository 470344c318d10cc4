#pragma once
// The one path from a dataset folder to a computed summary: load, choose the report period,
// compute. `build`, `summary` and `render-text` all take it, so that they accept and refuse the
// same periods with the same words.

#include <optional>
#include <string>
#include <string_view>

#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/period.hpp"
#include "core/repertoire.hpp"

namespace baocao {

// What stopped the preparation. The CLI maps it to its exit code: 0, 1 and 2.
enum class PrepareStatus { ok, data_error, usage_error };

struct PeriodChoice {
  std::optional<Period> period;  // empty when refused
  PrepareStatus status = PrepareStatus::ok;
  Diagnostics diagnostics;  // why it was refused
};

// `--period TEXT` checked for its form alone, before any file is read: a malformed text or a
// span of years is a usage error.
PeriodChoice parse_report_period(std::string_view text);

// The period rule. Asked for: never a span (usage error), and some indicator must have an actual
// or estimate for it (data error otherwise). Not asked for: the contract's default period (a
// data error when there is none). A data error's hint names the periods that have results;
// its message points at `values_file`.
PeriodChoice choose_report_period(const std::optional<Period>& asked, const Dataset& data,
                                  const std::string& values_file);

// A report on a period is dated once the period has begun: a date before its first day is a
// usage error (of --date) with the day it may be; none otherwise.
Diagnostics check_report_date(const Date& date, const Period& period);

struct PreparedReport {
  PrepareStatus status = PrepareStatus::ok;
  Diagnostics diagnostics;  // the loader's, then the period rule's or compute's
  Dataset data;             // set when `status` is ok
  Summary summary;          // set when `status` is ok
};

// Loads and validates `data_dir`, chooses the period (`asked`, or the default) and computes the
// summary. Reads the dataset's files and nothing else; writes nothing. With `drawable`, a text
// of the briefings with a character the fonts lack is a data error at its place.
PreparedReport prepare_report(const std::string& data_dir, const std::optional<Period>& asked,
                              const Repertoire* drawable = nullptr);

}  // namespace baocao

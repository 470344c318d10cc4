#pragma once

#include <optional>
#include <vector>

#include "compute/summary.hpp"
#include "core/dataset.hpp"

namespace baocao {

// The contract's default report period: the latest year for which any indicator has an
// `actual` or `estimate` at the unit (or, for an indicator without unit rows, at its areas).
std::optional<Period> default_period(const Dataset& data);

// Every period (never a span) for which some indicator has an `actual` or `estimate` at the
// unit or at an area its aggregate covers, in time order: the periods a report can be about.
std::vector<Period> result_periods(const Dataset& data);

// The summary for report period `period` (never a span). Pure: the same inputs give the same
// summary; warnings go to Summary::diagnostics.
Summary compute_summary(const Dataset& data, const Period& period);

}  // namespace baocao

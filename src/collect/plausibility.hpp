#pragma once
// A collected figure a hundred times larger or smaller than the same figure a year earlier is
// most often a slip of the keyboard (a lost decimal point, thousands typed as units): it passes
// every rule of values.csv, so it is worth a warning at its cell. Only a warning: the figure may
// be right, and `--apply` goes on.

#include <vector>

#include "collect/returned.hpp"
#include "core/dataset.hpp"
#include "core/diagnostic.hpp"

namespace baocao::collect {

// From this factor on (either way) a figure is far from the year before. Two orders of
// magnitude: a real amount or count rarely moves so much in a year, a misplaced separator
// moves it by three.
inline constexpr double kImplausibleFactor = 100;

// Warns about each amount or count whose value is at least kImplausibleFactor times larger or
// smaller than its reference: the same indicator, area and kind of period a year earlier, as an
// actual (else an estimate); for a plan, the plan a year earlier first. Rates and scores are
// bounded by their own rules; zero and opposite signs have no ratio.
void warn_implausible(const Dataset& data, const std::vector<ReturnedWorkbook>& workbooks,
                      Diagnostics& diagnostics);

}  // namespace baocao::collect

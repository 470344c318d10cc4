#pragma once
// Whether a returned workbook is one this dataset asked for: the unit, a department of it, a
// period still being collected, and the catalogue rows it was made from.

#include <optional>
#include <string>

#include "collect/xlsx_reader.hpp"
#include "compute/input_request.hpp"
#include "core/dataset.hpp"
#include "core/diagnostic.hpp"

namespace baocao::collect {

// The request the workbook answers, recomputed from the current dataset, when its identity
// holds; otherwise nullopt and one error naming `shown` and the reason.
std::optional<InputRequest> check_identity(const Dataset& data, const InputWorkbook& workbook,
                                           const std::string& shown, Diagnostics& diagnostics);

// The periods a workbook may ask for: the one after the latest period (of the same kind) with
// results, or that latest one while collect is filling it (some of its results were
// collected from workbooks).
bool period_still_asked(const Dataset& data, const Period& asked);

}  // namespace baocao::collect

#pragma once
// The summary as JSON for other programs (schema: docs/summary-json.md). The figures of an
// indicator are the rows of the catalogue (compute/figures.hpp), in its order.

#include <string>

#include "compute/summary.hpp"
#include "core/dataset.hpp"

namespace baocao {

// Two-space indented, ending with a line break; numbers unrounded, missing figures null.
std::string summary_json(const Summary& summary, const Dataset& data);

}  // namespace baocao

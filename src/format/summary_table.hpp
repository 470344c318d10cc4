#pragma once
// The summary as a table for a terminal, in Vietnamese: one section per group, one line per
// indicator, the figures formatted as reports write them.

#include <string>

#include "compute/summary.hpp"
#include "core/dataset.hpp"

namespace baocao {

std::string summary_table(const Summary& summary, const Dataset& data);

}  // namespace baocao

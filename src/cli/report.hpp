#pragma once

#include "core/diagnostic.hpp"

namespace baocao::cli {

// Prints every diagnostic to stderr, errors first, then a count line.
void print_diagnostics(const Diagnostics& diagnostics);

}  // namespace baocao::cli

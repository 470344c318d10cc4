#include "cli/report.hpp"

#include <cstdio>

#include <fmt/format.h>

namespace baocao::cli {

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.errors()) fmt::print(stderr, "{}\n", to_string(d));
  for (const auto& d : diagnostics.warnings()) fmt::print(stderr, "{}\n", to_string(d));
  if (diagnostics.has_errors()) {
    std::size_t shown = diagnostics.errors().size();
    fmt::print(stderr, "{} error(s){}; nothing was written.\n", diagnostics.error_count(),
               shown < diagnostics.error_count() ? fmt::format(", the first {} shown", shown)
                                                 : std::string{});
  }
}

}  // namespace baocao::cli

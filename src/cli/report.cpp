#include "cli/report.hpp"

#include <cstdio>

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao::cli {

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.errors()) fmt::print(stderr, "{}\n", to_string(d));
  for (const auto& d : diagnostics.warnings()) fmt::print(stderr, "{}\n", to_string(d));
  if (diagnostics.has_errors()) {
    std::size_t shown = diagnostics.errors().size();
    std::string closing = shown < diagnostics.error_count()
                              ? trf("{} error(s), the first {} shown; nothing was written.",
                                    diagnostics.error_count(), shown)
                              : trf("{} error(s); nothing was written.", diagnostics.error_count());
    fmt::print(stderr, "{}\n", closing);
  }
}

}  // namespace baocao::cli

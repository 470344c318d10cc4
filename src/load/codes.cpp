// The code column that areas.csv and indicators.csv share: each row's code is well formed and
// names that row only.

#include <fmt/format.h>

#include "load/encoding.hpp"
#include "load/parts.hpp"
#include "load/table.hpp"

namespace baocao {

bool claim_code(CsvTable& table, std::size_t column, const CodeColumn& kind, CodeIndex& index,
                const std::vector<int>& lines) {
  std::string_view code = table.raw(column);
  if (!(kind.dots ? is_indicator_code(code) : is_area_code(code))) {
    table.error(column,
                code.empty() ? std::string("code is empty")
                             : fmt::format("code `{}` is not {}", printable(code), kind.a_code),
                code_hint(code, kind.dots));
    return false;
  }
  auto next = static_cast<std::uint32_t>(lines.size());
  if (auto [it, fresh] = index.emplace(std::string(code), next); !fresh) {
    table.error(column,
                fmt::format("{} code `{}` is used twice: on lines {} and {}", kind.noun, code,
                            lines[it->second], table.line(column)),
                fmt::format("each {} has exactly one row: delete one of them or give it its own "
                            "code",
                            kind.noun));
    return false;
  }
  return true;
}

}  // namespace baocao

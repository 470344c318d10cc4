// The code column that areas.csv and indicators.csv share: each row's code is well formed and
// names that row only.

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "load/encoding.hpp"
#include "load/parts.hpp"
#include "load/table.hpp"

namespace baocao {

bool claim_code(CsvTable& table, std::size_t column, const CodeColumn& kind, CodeIndex& index,
                const std::vector<int>& lines) {
  std::string_view code = table.raw(column);
  if (!(kind.indicator ? is_indicator_code(code) : is_area_code(code))) {
    table.error(column,
                code.empty()     ? std::string(tr("code is empty"))
                : kind.indicator ? trf("code `{}` is not an indicator code", printable(code))
                                 : trf("code `{}` is not a code", printable(code)),
                code_hint(code, kind.indicator));
    return false;
  }
  auto next = static_cast<std::uint32_t>(lines.size());
  if (auto [it, fresh] = index.emplace(std::string(code), next); !fresh) {
    table.error(column,
                kind.indicator ? trf("indicator code `{}` is used twice: on lines {} and {}", code,
                                     lines[it->second], table.line(column))
                               : trf("area code `{}` is used twice: on lines {} and {}", code,
                                     lines[it->second], table.line(column)),
                kind.indicator ? tr("each indicator has exactly one row: delete one of them or "
                                    "give it its own code")
                               : tr("each area has exactly one row: delete one of them or give "
                                    "it its own code"));
    return false;
  }
  return true;
}

}  // namespace baocao

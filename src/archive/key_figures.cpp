#include "archive/manifest.hpp"

namespace baocao {

std::vector<KeyFigure> key_figures(const Summary& summary) {
  std::vector<KeyFigure> figures;
  for (const auto& row : summary.rows) {
    if (!row.indicator.key) continue;
    KeyFigure k;
    k.code = row.indicator.code;
    k.result = row.result;
    k.estimate = row.is_estimate;
    k.plan = row.plan;
    k.pct_plan = row.pct_plan.value;
    k.change = row.change.value;
    k.change_unit = std::string(to_string(row.change_unit));
    if (row.status) k.status = std::string(to_string(*row.status));
    figures.push_back(std::move(k));
  }
  return figures;
}

}  // namespace baocao

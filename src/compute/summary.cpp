#include "compute/summary.hpp"

namespace baocao {

std::string_view to_string(Status s) {
  constexpr std::string_view names[] = {"achieved", "exceeded", "not-achieved", "not-judged"};
  return names[static_cast<int>(s)];
}

std::string_view to_string(ChangeUnit u) {
  constexpr std::string_view names[] = {"%", "pp", "criteria"};
  return names[static_cast<int>(u)];
}

std::string_view to_string(Derivation d) {
  constexpr std::string_view names[] = {"ratio", "inverse-ratio", "growth", "difference"};
  return names[static_cast<int>(d)];
}

std::string_view SummaryRow::note(FigureId figure) const {
  for (const auto& n : notes)
    if (n.figure == figure) return n.text;
  return {};
}

const SummaryRow* Summary::find(std::string_view code) const {
  for (const auto& row : rows)
    if (row.indicator.code == code) return &row;
  return nullptr;
}

}  // namespace baocao

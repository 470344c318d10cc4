#pragma once
// A figure of the catalogue (compute/figures.hpp) as text, by its format kind: the one place
// that knows how a quantity, a percentage, a change or a status is written.

#include <optional>
#include <string>

#include "compute/figures.hpp"
#include "compute/summary.hpp"

namespace baocao {

// As a sentence writes it: "18.797,39 tỷ đồng", "100,3%", "tăng 12,83%", "vượt"; nothing
// when the figure is missing.
std::optional<std::string> figure_words(const Figure& figure, const SummaryRow& row);

enum class CellForm : std::uint8_t {
  document,  // briefing tables: a score with its total ("48/59")
  terminal,  // the terminal table: bare numbers; a plan of the whole year marked " (năm)"
};

// As a table cell: "18.797,39", "7.025 (ước)", "+12,83%", "vượt"; "—" when missing.
std::string figure_cell(const Figure& figure, const SummaryRow& row, const Summary& summary,
                        CellForm form);

}  // namespace baocao

#pragma once
// A figure of the catalogue (compute/figures.hpp) as text, by its format kind: the one place
// that knows how a quantity, a percentage, a change or a status is written.

#include <optional>
#include <span>
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

// The decimals of a table row (one indicator): the fewest, at most the indicator's, that
// show every quantity of `shown` in the row exactly ("146,88" beside "134,122" needs 3, alone
// 2). Computed figures are not counted: they have their own rule (up to 2, zeros dropped).
int row_decimals(const SummaryRow& row, std::span<const Figure* const> shown);

// As a table cell: "18.797,39", "7.025 (ước)", "+12,83%", "Vượt"; "—" when missing. A
// quantity shows `decimals` digits (row_decimals of the row's figures). In a document a
// number and its unit are one unbreakable run: their spaces are no-break spaces ("+1,02 điểm
// %"); " (ước)" after it may break.
std::string figure_cell(const Figure& figure, const SummaryRow& row, const Summary& summary,
                        CellForm form, int decimals);

}  // namespace baocao

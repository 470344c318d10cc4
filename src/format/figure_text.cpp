#include "format/figure_text.hpp"

#include "format/vietnamese.hpp"

namespace baocao {
namespace {

std::string quantity_cell(const FigureValue& v, const Indicator& ind, CellForm form) {
  const bool totals = form == CellForm::document;
  if (v.number)
    return totals ? vi::table_quantity(*v.number, ind) : vi::number_fixed(*v.number, ind.decimals);
  if (totals) return vi::table_range(*v.range, ind);
  return vi::number_fixed(v.range->low, ind.decimals) + "–" +
         vi::number_fixed(v.range->high, ind.decimals);
}

}  // namespace

std::optional<std::string> figure_words(const Figure& figure, const SummaryRow& row) {
  const FigureValue v = figure.read(row);
  if (!v.present()) return std::nullopt;
  switch (figure.format) {
    case FigureFormat::quantity:
      return v.number ? vi::quantity(*v.number, row.indicator) : vi::range(*v.range, row.indicator);
    case FigureFormat::percent:
    case FigureFormat::growth:
      return vi::percent(*v.number);
    case FigureFormat::change:
      return vi::change(*v.number, v.change_unit);
    case FigureFormat::status:
      return vi::status_word(*v.status);
  }
  return std::nullopt;
}

std::string figure_cell(const Figure& figure, const SummaryRow& row, const Summary& summary,
                        CellForm form) {
  const FigureValue v = figure.read(row);
  if (!v.present()) return vi::kMissing;
  if (figure.format == FigureFormat::change) return vi::change_signed(*v.number, v.change_unit);
  // Percentages and statuses read the same in a cell as in a sentence.
  if (figure.format != FigureFormat::quantity) return *figure_words(figure, row);
  std::string text = quantity_cell(v, row.indicator, form);
  if (v.is_estimate) text += " (ước)";
  // A sub-year result compared with the whole year's plan.
  if (form == CellForm::terminal && v.period && v.period->kind == PeriodKind::year &&
      *v.period != summary.period)
    text += " (năm)";
  return text;
}

}  // namespace baocao

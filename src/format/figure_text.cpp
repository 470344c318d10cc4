#include "format/figure_text.hpp"

#include <algorithm>

#include "format/vietnamese.hpp"

namespace baocao {
namespace {

std::string quantity_cell(const FigureValue& v, const Indicator& ind, CellForm form, int decimals) {
  const bool totals = form == CellForm::document;
  if (v.number)
    return totals ? vi::table_quantity(*v.number, ind, decimals)
                  : vi::number_fixed(*v.number, decimals);
  if (totals) return vi::table_range(*v.range, ind, decimals);
  return vi::number_fixed(v.range->low, decimals) + "–" + vi::number_fixed(v.range->high, decimals);
}

std::string unbreakable(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == ' ')
      out += vi::kNoBreakSpace;
    else
      out.push_back(c);
  }
  return out;
}

// The figure itself: a number with its total or unit, a percentage or a status.
std::string value_text(const Figure& figure, const FigureValue& v, const SummaryRow& row,
                       CellForm form, int decimals) {
  if (figure.format == FigureFormat::change) return vi::change_signed(*v.number, v.change_unit);
  // A status reads as the workbooks write it; percentages as in a sentence.
  if (figure.format == FigureFormat::status) return vi::status_label(*v.status);
  if (figure.format != FigureFormat::quantity) return *figure_words(figure, row);
  return quantity_cell(v, row.indicator, form, decimals);
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

int row_decimals(const SummaryRow& row, std::span<const Figure* const> shown) {
  const int most = row.indicator.decimals;
  int decimals = 0;
  for (const Figure* f : shown) {
    if (f->format != FigureFormat::quantity) continue;
    const FigureValue v = f->read(row);
    if (v.number) decimals = std::max(decimals, vi::shown_decimals(*v.number, most));
    if (v.range)
      decimals = std::max({decimals, vi::shown_decimals(v.range->low, most),
                           vi::shown_decimals(v.range->high, most)});
  }
  return decimals;
}

std::string figure_cell(const Figure& figure, const SummaryRow& row, const Summary& summary,
                        CellForm form, int decimals) {
  const FigureValue v = figure.read(row);
  if (!v.present()) return vi::kMissing;
  std::string text = value_text(figure, v, row, form, decimals);
  // "(ước)" may go to a line of its own in a narrow column; the number and its unit may not.
  if (form == CellForm::document && figure.format != FigureFormat::status)
    text = unbreakable(std::move(text));
  if (v.is_estimate) text += " (ước)";
  // A sub-year result compared with the whole year's plan.
  if (form == CellForm::terminal && v.period && v.period->kind == PeriodKind::year &&
      *v.period != summary.period)
    text += " (năm)";
  return text;
}

}  // namespace baocao

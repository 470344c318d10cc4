#include <fmt/format.h>

#include "core/i18n.hpp"
#include "xlsx/labels.hpp"
#include "xlsx/sheets.hpp"

namespace baocao::xlsx {
namespace {

// The columns of values.csv, in its order, so a reader finds a row the way it was entered: the
// names behind the codes are on the other sheets. On a data sheet of millions of rows every cell
// costs (the XML is most of the build's time), so empty notes and sources are not written.
enum DataColumn : std::uint16_t {
  kIndicatorCode,
  kAreaCode,
  kPeriod,
  kBasis,
  kValue,
  kNote,
  kSource,
  kDataColumns
};

void header(Context& cx, Sheet& s) {
  const char* headers[kDataColumns] = {"Mã chỉ tiêu", "Mã địa bàn", "Kỳ",           "Loại số liệu",
                                       "Giá trị",     "Ghi chú",    "Nguồn số liệu"};
  const double widths[kDataColumns] = {12, 12, 10, 16, 14, 40, 30};
  for (std::uint16_t c = 0; c < kDataColumns; ++c) s.column_width(c, c, widths[c]);
  s.page_setup(0, 0);
  s.row_height(0, 32);
  for (std::uint16_t c = 0; c < kDataColumns; ++c)
    s.text(0, c, headers[c], cx.format(Style::header));
}

void data_row(Context& cx, Sheet& s, std::uint32_t y, const Observation& o) {
  const Dataset& data = cx.data();
  if (o.area >= data.areas.size() || o.note >= data.texts.size() || o.source >= data.texts.size()) {
    cx.book.fail(trf("values.csv line {} refers to an area or text that is not loaded", o.line),
                 tr("this is a fault in baocao's loader: please report it with the dataset"));
    return;
  }
  const Indicator& ind = data.indicators[o.indicator];
  lxw_format* text = cx.format(Style::text);
  s.text(y, kIndicatorCode, ind.code, text);
  s.text(y, kAreaCode, data.areas[o.area].code, text);
  s.text(y, kPeriod, o.period.to_string(), text);
  s.text(y, kBasis, basis_label(o.basis), text);
  s.number(y, kValue, o.value, cx.format(Style::number, ind.decimals));
  // Notes and sources wrap inside their columns instead of running over the next ones.
  lxw_format* wrapped = cx.format(Style::text_wrap);
  if (o.note != 0) s.text(y, kNote, data.texts.at(o.note), wrapped);
  if (o.source != 0) s.text(y, kSource, data.texts.at(o.source), wrapped);
}

void filter(Sheet& s, std::uint32_t last_row) {
  s.check(worksheet_autofilter(s.handle(), 0, 0, last_row, kDataColumns - 1), 0, 0,
          tr("adding the autofilter"));
}

}  // namespace

// Every row of values.csv in scope, in file order, split over sheets of `rows_per_sheet` rows
// below the header.
void write_data_sheets(Context& cx, const std::vector<Sheet*>& sheets, std::size_t rows_per_sheet) {
  if (sheets.empty()) return;
  std::size_t sheet_index = 0;
  std::uint32_t y = 0;
  header(cx, *sheets[0]);
  for (const Observation& o : cx.data().observations) {
    if (!cx.scope.includes(o)) continue;
    if (cx.book.failed()) return;
    if (y == rows_per_sheet) {
      filter(*sheets[sheet_index], y);
      if (++sheet_index == sheets.size()) {
        cx.book.fail(tr("more data rows than data sheets planned"), bug_hint());
        return;
      }
      header(cx, *sheets[sheet_index]);
      y = 0;
    }
    data_row(cx, *sheets[sheet_index], ++y, o);
  }
  filter(*sheets[sheet_index], y);
}

}  // namespace baocao::xlsx

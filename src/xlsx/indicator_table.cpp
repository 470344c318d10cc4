#include "xlsx/indicator_table.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "compute/figures.hpp"
#include "core/i18n.hpp"
#include "core/unicode.hpp"
#include "format/vietnamese.hpp"
#include "xlsx/labels.hpp"
#include "xlsx/text.hpp"

namespace baocao::xlsx {
namespace {

constexpr std::uint32_t kTitleRow = 0;
constexpr std::uint32_t kHeaderRow = 1;

// A computed figure as a formula over two cells of its row: a is the result, b the plan or
// previous value. The formula's kind comes from the compute stage (Derivation).
struct Derived {
  std::string formula;
  double cached = 0;
  Style style = Style::percent;
  int decimals = 2;
};

Derived derive(const ComputedFigure& figure, const std::string& a, const std::string& b,
               int decimals) {
  const double v = *figure.value;
  switch (figure.derivation) {
    case Derivation::ratio:
      return {"=" + a + "/" + b, v / 100, Style::percent, 2};
    case Derivation::inverse_ratio:
      return {"=" + b + "/" + a, v / 100, Style::percent, 2};
    case Derivation::growth:
      return {"=" + a + "/" + b + "-1", v / 100, Style::signed_percent, 2};
    case Derivation::difference:
      return {"=" + a + "-" + b, v, Style::signed_number, decimals};
  }
  return {};
}

// What a column holds: a label of the indicator (STT, code, name, unit), a figure of the
// catalogue or what qualifies one (the result's "Ước" mark, a change's unit), or the note.
enum class CellKind : std::uint8_t {
  number,
  code,
  name,
  unit,
  figure,
  estimate,
  unit_of_change,
  note
};

std::string range_text(const SummaryRow& r) {
  const int d = r.indicator.decimals;
  std::string text = number_text(r.range->low, d) + "–" + number_text(r.range->high, d);
  if (r.indicator.type == IndicatorType::score && r.indicator.out_of)
    text += "/" + number_text(*r.indicator.out_of, d);
  return text;
}

struct Column {
  std::string header;
  double width;
  CellKind kind;
  const Figure* figure = nullptr;
};

// Width in character units of a figure as Excel shows it in Times New Roman 12 pt: digits and
// most letters 8 pixels, separators 4, "%" 13; a unit is 7 pixels, and the cell pads 6.
double shown_width(std::string_view text) {
  double pixels = 6;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;  // inside a multi-byte letter
    pixels += c == '%' ? 13 : (c == ',' || c == '.' || c == ' ' || c == '/') ? 4 : 8;
  }
  return (pixels - 5) / 7;
}

// Lines a wrapped text takes in a column `width` units wide, in Times New Roman 12 pt as Excel
// lays it out (the narrower of the two readers): a letter about 7 pixels, a space 4, a unit
// 7, the cell's padding 6; a word longer than the line is broken.
int wrapped_lines(std::string_view text, double width) {
  const double room = width * 7 - 1;
  int lines = 1;
  double line = 0;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = std::min(text.find(' ', at), text.size());
    const double word = 7.0 * static_cast<double>(count_code_points(text.substr(at, end - at)));
    if (line > 0 && line + 4 + word > room) {
      ++lines;
      line = word;
    } else {
      line += (line > 0 ? 4 : 0) + word;
    }
    for (; line > room; line -= room) ++lines;
    at = end + 1;
  }
  return lines;
}

// What a figure's cell shows, as wide as Excel writes it ("+1,234.50", "100.30%").
std::string shown_text(const Figure& f, const SummaryRow& r) {
  const FigureValue v = f.read(r);
  const int d = r.indicator.decimals;
  if (v.status) return std::string(vi::status_label(*v.status));
  if (!v.number) return v.range ? range_text(r) : std::string(kMissing);
  switch (f.format) {
    case FigureFormat::percent:
      return number_text(*v.number, 2) + "%";
    case FigureFormat::growth:
      return "+" + number_text(*v.number, 2) + "%";
    case FigureFormat::change:
      return "+" + number_text(*v.number, d);
    default:
      return number_text(*v.number, d);
  }
}

// The least width of a figure's column: its header wraps at spaces, its status words do too.
double least_width(const Figure& f) {
  return f.format == FigureFormat::quantity ? 9 : 8;
}

// The columns of the table, for this summary's periods, as wide as the rows' figures need. The
// code, which a reader does not need on paper, comes last and is left out of the print.
class Layout {
 public:
  Layout(const Summary& sm, const std::vector<TableSection>& sections) {
    columns_ = {{"STT", 4, CellKind::number},
                {"Chỉ tiêu", 24, CellKind::name},
                {"Đơn vị tính", 8, CellKind::unit}};
    std::vector<const Figure*> shown;
    for (const Figure& f : figures())
      if (f.workbook_order > 0) shown.push_back(&f);
    std::sort(shown.begin(), shown.end(), [](const Figure* a, const Figure* b) {
      return a->workbook_order < b->workbook_order;
    });
    for (const Figure* f : shown) {
      double width = least_width(*f);
      if (f->format != FigureFormat::status)
        for (const TableSection& section : sections)
          for (const SummaryRow* r : section.rows)
            width = std::max(width, std::ceil(shown_width(shown_text(*f, *r))));
      columns_.push_back({f->title(sm), width, CellKind::figure, f});
      if (f->id == FigureId::result) columns_.push_back({"Số ước", 4, CellKind::estimate, f});
      if (f->format == FigureFormat::change)
        columns_.push_back({"Đơn vị tăng, giảm", 6, CellKind::unit_of_change, f});
    }
    columns_.push_back({"Ghi chú", 16, CellKind::note});
    columns_.push_back({"Mã chỉ tiêu", 11, CellKind::code});
  }

  const std::vector<Column>& columns() const { return columns_; }
  std::uint16_t count() const { return static_cast<std::uint16_t>(columns_.size()); }
  // The printed columns: all but the code.
  std::uint16_t printed() const { return count() - 1; }
  double printed_width() const {
    double width = 0;
    for (std::uint16_t c = 0; c < printed(); ++c) width += columns_[c].width;
    return width;
  }
  // The column of a figure; every figure a formula or a colour rule reads is a column.
  std::uint16_t of(FigureId id) const {
    for (std::uint16_t c = 0; c < count(); ++c)
      if (columns_[c].kind == CellKind::figure && columns_[c].figure->id == id) return c;
    return 0;
  }

 private:
  std::vector<Column> columns_;
};

void header(Context& cx, Sheet& s, const Layout& layout) {
  int lines = 1;
  for (const Column& c : layout.columns())
    lines = std::max(lines, wrapped_lines(c.header, c.width));
  s.row_height(kHeaderRow, 15.75 * lines);
  for (std::uint16_t c = 0; c < layout.count(); ++c) {
    s.text(kHeaderRow, c, layout.columns()[c].header, cx.format(Style::header));
    s.column_width(c, c, layout.columns()[c].width);
  }
}

// Written only where both inputs and the compute stage's figure exist.
void write_derived(Context& cx, Sheet& s, std::uint32_t y, std::uint16_t col, const Layout& layout,
                   const Figure& f, const SummaryRow& r) {
  const ComputedFigure& computed = *f.computed(r);
  const std::uint16_t b_col = layout.of(*f.base);
  if (!computed.value || !r.result || !figure(*f.base).read(r).number) {
    s.text(y, col, kMissing, cx.format(Style::center));
    return;
  }
  Derived d = derive(computed, cell_name(y, layout.of(FigureId::result)), cell_name(y, b_col),
                     r.indicator.decimals);
  s.formula(y, col, d.formula, d.cached, cx.format(d.style, d.decimals));
}

void write_figure(Context& cx, Sheet& s, std::uint32_t y, std::uint16_t col, const Layout& layout,
                  const Figure& f, const SummaryRow& r) {
  if (f.computed) return write_derived(cx, s, y, col, layout, f, r);
  const FigureValue v = f.read(r);
  if (!v.present()) {
    s.text(y, col, kMissing, cx.format(Style::center));
    return;
  }
  switch (f.format) {
    case FigureFormat::quantity:
      if (v.number)
        s.number(y, col, *v.number,
                 cx.format(v.is_estimate ? Style::estimate : Style::number, r.indicator.decimals));
      else
        s.text(y, col, range_text(r), cx.format(Style::center));
      return;
    case FigureFormat::percent:
      s.number(y, col, *v.number / 100, cx.format(Style::percent, 2));
      return;
    case FigureFormat::growth:
      s.number(y, col, *v.number / 100, cx.format(Style::signed_percent, 2));
      return;
    case FigureFormat::change:
      s.number(y, col, *v.number, cx.format(Style::signed_number, r.indicator.decimals));
      return;
    case FigureFormat::status:
      s.text(y, col, vi::status_label(*v.status), cx.format(Style::center));
      return;
  }
}

std::string note(Context& cx, const SummaryRow& r) {
  std::vector<std::string> parts;
  if (r.previous_is_estimate) parts.emplace_back("Số cùng kỳ là số ước");
  if (r.plan && r.plan_period != cx.summary().period)
    parts.push_back("So với kế hoạch " + vietnamese_name(r.plan_period));
  if (r.range && !r.result) parts.emplace_back("Thấp nhất – cao nhất của các phường, xã");
  if (r.from_areas && r.result) {
    parts.emplace_back(r.indicator.aggregate == Aggregate::mean ? "Bình quân các phường, xã"
                                                                : "Cộng các phường, xã");
  }
  if (r.term_target)
    parts.push_back("Chỉ tiêu nhiệm kỳ: " + number_text(*r.term_target, r.indicator.decimals));
  std::string text;
  for (const std::string& p : parts) text += (text.empty() ? "" : "; ") + p;
  return text;
}

void add_formula_format(Context& cx, Sheet& s, std::uint32_t y, std::uint16_t col,
                        const std::string& formula, Style style) {
  std::string text = formula;  // libxlsxwriter's option structs take char*
  lxw_conditional_format cf{};
  cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
  cf.value_string = text.data();
  cf.format = cx.format(style);
  s.check(worksheet_conditional_format_cell(s.handle(), y, col, &cf), y, col,
          tr("adding a conditional format"));
}

// Green or red by comparing result and plan as the indicator's direction says, as a live
// formula (rounded to 9 places as the status rule is). No colour without a judged status.
void colour_by_direction(Context& cx, Sheet& s, std::uint32_t y, const Layout& layout,
                         const SummaryRow& r) {
  if (!r.status || *r.status == Status::not_judged || !r.result || !r.plan) return;
  if (r.indicator.direction == Direction::none) return;
  const bool up = r.indicator.direction == Direction::up;
  const std::uint16_t result_col = layout.of(FigureId::result);
  const std::string result = "ROUND(" + absolute_cell_name(y, result_col) + ",9)";
  const std::string plan = "ROUND(" + absolute_cell_name(y, layout.of(FigureId::plan)) + ",9)";
  const std::string good = "=" + result + (up ? ">=" : "<=") + plan;
  const std::string bad = "=" + result + (up ? "<" : ">") + plan;
  for (std::uint16_t col : {result_col, layout.of(FigureId::status)}) {
    add_formula_format(cx, s, y, col, good, Style::good);
    add_formula_format(cx, s, y, col, bad, Style::bad);
  }
}

void write_cell(Context& cx, Sheet& s, std::uint32_t y, std::uint16_t col, const Layout& layout,
                int number, const SummaryRow& r) {
  const Column& c = layout.columns()[col];
  const Indicator& ind = r.indicator;
  switch (c.kind) {
    case CellKind::number:
      return s.number(y, col, number, cx.format(Style::center));
    case CellKind::code:
      return s.text(y, col, ind.code, cx.format(Style::text));
    case CellKind::name:
      return s.text(y, col, ind.name, cx.format(Style::text_wrap));
    case CellKind::unit:
      return s.text(y, col, ind.unit, cx.format(Style::center));
    case CellKind::figure:
      return write_figure(cx, s, y, col, layout, *c.figure, r);
    case CellKind::estimate:
      return s.text(y, col, c.figure->read(r).is_estimate ? kEstimateMark : "",
                    cx.format(Style::center));
    case CellKind::unit_of_change: {
      const FigureValue v = c.figure->read(r);
      return s.text(y, col, v.number ? vi::change_unit_label(v.change_unit) : "",
                    cx.format(Style::center));
    }
    case CellKind::note:
      return s.text(y, col, note(cx, r), cx.format(Style::text_wrap));
  }
}

// The text of a cell that wraps (name, unit, note, status words), empty for the others.
std::string wrapped_text(Context& cx, const Column& c, const SummaryRow& r) {
  switch (c.kind) {
    case CellKind::name:
      return r.indicator.name;
    case CellKind::unit:
      return r.indicator.unit;
    case CellKind::note:
      return note(cx, r);
    case CellKind::figure:
      return c.figure->format == FigureFormat::status ? shown_text(*c.figure, r) : std::string();
    case CellKind::unit_of_change:
      return c.figure->read(r).number ? vi::change_unit_label(c.figure->read(r).change_unit)
                                      : std::string();
    default:
      return {};
  }
}

// Rows as tall as their wrapped texts: readers keep the height a file gives.
void fit_row_height(Context& cx, Sheet& s, std::uint32_t y, const Layout& layout,
                    const SummaryRow& r) {
  int lines = 1;
  for (const Column& c : layout.columns()) {
    const std::string text = wrapped_text(cx, c, r);
    if (!text.empty()) lines = std::max(lines, wrapped_lines(text, c.width));
  }
  if (lines > 1) s.row_height(y, 15.75 * lines);
}

void write_row(Context& cx, Sheet& s, std::uint32_t y, const Layout& layout, int number,
               const SummaryRow& r) {
  fit_row_height(cx, s, y, layout, r);
  for (std::uint16_t col = 0; col < layout.count(); ++col)
    write_cell(cx, s, y, col, layout, number, r);
  colour_by_direction(cx, s, y, layout, r);
}

}  // namespace

void write_indicator_table(Context& cx, Sheet& sheet, const std::string& title,
                           const std::vector<TableSection>& sections) {
  const Layout layout(cx.summary(), sections);
  // The header rows and the indicator's number and name stay in view.
  sheet.page_setup(kHeaderRow, kHeaderRow, 2);
  sheet.text(kTitleRow, 0, title, cx.format(Style::title));
  header(cx, sheet, layout);
  std::uint32_t y = kHeaderRow + 1;
  for (const TableSection& section : sections) {
    if (!section.heading.empty()) {
      // Merged over the printed columns only: a merge cut by the print area spills its fill.
      sheet.merged_text(y, 0, layout.printed() - 1, section.heading, cx.format(Style::group));
      sheet.blank(y++, layout.printed(), cx.format(Style::group));
    }
    int number = 0;
    for (const SummaryRow* r : section.rows) write_row(cx, sheet, y++, layout, ++number, *r);
  }
  sheet.print_columns(y - 1, layout.printed() - 1, layout.printed_width());
}

}  // namespace baocao::xlsx

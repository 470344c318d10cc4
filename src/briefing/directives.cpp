#include "briefing/directives.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "briefing/figures.hpp"
#include "briefing/text_width.hpp"
#include "compute/figures.hpp"
#include "core/i18n.hpp"
#include "core/unicode.hpp"
#include "format/figure_text.hpp"
#include "format/vietnamese.hpp"

namespace baocao::briefing {
namespace {

using CellFn = std::string (*)(const SummaryRow&);

struct ColumnDef {
  std::string key;
  bool fill;  // the indicator's name: takes the room the others leave
  Align align;
  FigureHeader header;
  const Figure* figure = nullptr;  // the labels have none
  CellFn label = nullptr;          // a label's cell; none for stt, which counts rows
};

ColumnDef figure_column(const Figure& f) {
  Align align = f.format == FigureFormat::status ? Align::center : Align::right;
  return {std::string(f.template_key), false, align, f.column, &f};
}

// The labels, then every figure of the catalogue that has a table column.
const std::vector<ColumnDef>& columns() {
  static const std::vector<ColumnDef> all = [] {
    std::vector<ColumnDef> v = {
        {"stt", false, Align::center, [](const Summary&) { return std::string("STT"); }},
        {"ten", true, Align::left, [](const Summary&) { return std::string("Chỉ tiêu"); }, nullptr,
         [](const SummaryRow& r) { return r.indicator.name; }},
        {"don_vi", false, Align::center, [](const Summary&) { return std::string("Đơn vị"); },
         nullptr, [](const SummaryRow& r) { return r.indicator.unit; }},
    };
    for (const Figure& f : figures())
      if (f.column) v.push_back(figure_column(f));
    return v;
  }();
  return all;
}

const ColumnDef* find_column(std::string_view key) {
  for (const auto& c : columns())
    if (c.key == key) return &c;
  return nullptr;
}

const std::vector<std::string> kDefaultColumns = {
    "stt", "ten", "don_vi", "ke_hoach", "ket_qua", "pct_ke_hoach", "thay_doi", "trang_thai"};

// A figure bars can show, by its template key.
const Figure* bar_figure(std::string_view key) {
  const Figure* f = find_figure_by_template_key(key);
  return f && f->bars ? f : nullptr;
}

// Percentages are drawn on an axis of their own, with a line at 100%.
bool is_percent(std::string_view key) {
  const Figure* f = bar_figure(key);
  return f && f->format == FigureFormat::percent;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A part of the directive's text and where it starts in it.
struct Part {
  std::string_view text;
  std::size_t offset = 0;
};

std::vector<Part> split(Part whole, char separator) {
  std::vector<Part> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = whole.text.find(separator, start);
    std::string_view raw =
        whole.text.substr(start, end == std::string_view::npos ? end : end - start);
    std::string_view t = trim(raw);
    std::size_t lead = static_cast<std::size_t>(t.empty() ? 0 : t.data() - raw.data());
    parts.push_back({t, whole.offset + start + lead});
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

class DirectiveCompiler {
 public:
  DirectiveCompiler(const Piece& piece, const TemplateModel& model, Diagnostics& diagnostics)
      : piece_(piece), model_(model), summary_(model.summary()), diagnostics_(diagnostics) {}

  std::optional<DirectiveSpec> run() {
    spec_.origin = piece_;
    auto parts = split({piece_.text, 0}, '|');
    Part head = parts.front();
    std::size_t colon = head.text.find(':');
    if (colon == std::string_view::npos) {
      error(head.offset, tr("a [[…]] line needs its kind and what it shows, separated by ':'"),
            tr("for example [[bảng: chỉ tiêu chủ yếu]] or [[biểu đồ cột: KT.GTSX, NS.THU]]"));
      return std::nullopt;
    }
    if (!read_kind(Part{trim(head.text.substr(0, colon)), head.offset})) return std::nullopt;
    std::string_view selection_raw = head.text.substr(colon + 1);
    std::string_view selection = trim(selection_raw);
    read_selection(
        Part{selection, head.offset + colon + 1 +
                            static_cast<std::size_t>(
                                selection.empty() ? 0 : selection.data() - selection_raw.data())});
    std::set<std::string> seen;
    for (std::size_t i = 1; i < parts.size(); ++i) read_option(parts[i], seen);
    if (!failed_) check_units();
    if (failed_) return std::nullopt;
    if (spec_.kind == DirectiveKind::table && spec_.columns.empty())
      for (const auto& key : kDefaultColumns) spec_.columns.push_back({key, std::nullopt});
    if (spec_.kind == DirectiveKind::bars && spec_.values.empty())
      spec_.values.push_back("pct_ke_hoach");
    return std::move(spec_);
  }

 private:
  void error(std::size_t offset, std::string message, std::string hint) {
    Location at = piece_.locate(offset);
    diagnostics_.error(piece_.path, at.line, at.column, std::move(message), std::move(hint));
    failed_ = true;
  }

  bool read_kind(Part kind) {
    std::string k = fold(kind.text);
    if (k == "bang" || k == "table")
      spec_.kind = DirectiveKind::table;
    else if (k == "bieu do cot" || k == "bars")
      spec_.kind = DirectiveKind::bars;
    else if (k == "bieu do duong" || k == "lines")
      spec_.kind = DirectiveKind::lines;
    else {
      error(kind.offset, trf("unknown directive \"{}\"", kind.text),
            tr("the directives are [[bảng: …]] (a table), [[biểu đồ cột: …]] (bars) and "
               "[[biểu đồ đường: …]] (lines)"));
      return false;
    }
    return true;
  }

  void read_selection(Part sel) {
    std::string f = fold(sel.text);
    if (f.empty()) {
      error(sel.offset, tr("the directive does not say which indicators it shows"),
            tr("after ':' write chỉ tiêu chủ yếu, tất cả, nhóm <group> or a list of codes"));
      return;
    }
    if (f == "chi tieu chu yeu" || f == "key") {
      spec_.group_rows = true;
      spec_.drop_empty = true;
      for (std::size_t i = 0; i < summary_.rows.size(); ++i)
        if (summary_.rows[i].indicator.key) spec_.rows.push_back(i);
      return;
    }
    if (f == "tat ca" || f == "all") {
      spec_.group_rows = true;
      for (std::size_t i = 0; i < summary_.rows.size(); ++i) spec_.rows.push_back(i);
      return;
    }
    if (f.rfind("nhom ", 0) == 0 || f.rfind("group ", 0) == 0) {
      std::size_t word = sel.text.find(' ');
      std::string_view raw = sel.text.substr(word);
      read_group(Part{trim(raw), sel.offset + word + (raw.size() - trim(raw).size())});
      return;
    }
    for (const Part& code : split(sel, ',')) {
      if (!model_.has_code(code.text)) {
        auto best = closest(code.text, model_.codes());
        error(code.offset, trf("unknown indicator code \"{}\"", code.text),
              best ? trf("did you mean {}? the codes are the `code` column of indicators.csv; a "
                         "list of codes is separated by commas",
                         *best)
                   : tr("the codes are the `code` column of indicators.csv; a list of codes is "
                        "separated by commas"));
        continue;
      }
      for (std::size_t i = 0; i < summary_.rows.size(); ++i)
        if (summary_.rows[i].indicator.code == code.text) spec_.rows.push_back(i);
    }
  }

  void read_group(Part name) {
    std::string wanted = fold(name.text);
    std::optional<std::string> group;
    for (const auto& g : summary_.groups)
      if (g == name.text) group = g;
    if (!group)
      for (const auto& g : summary_.groups)
        if (fold(g) == wanted) group = g;
    if (!group) {
      error(name.offset, trf("unknown group \"{}\"", name.text),
            trf("the groups of indicators.csv are: {}",
                fmt::format("{}", fmt::join(summary_.groups, "; "))));
      return;
    }
    for (std::size_t i = 0; i < summary_.rows.size(); ++i)
      if (summary_.rows[i].indicator.group == *group) spec_.rows.push_back(i);
  }

  void read_option(Part option, std::set<std::string>& seen) {
    std::size_t colon = option.text.find(':');
    if (colon == std::string_view::npos) {
      error(option.offset, trf("\"{}\" is not an option", option.text),
            tr("an option is written name: value, e.g. tiêu đề: Bảng 1. …"));
      return;
    }
    std::string key = fold(option.text.substr(0, colon));
    std::string_view raw = option.text.substr(colon + 1);
    std::string_view value = trim(raw);
    Part v{value, option.offset + colon + 1 +
                      static_cast<std::size_t>(value.empty() ? 0 : value.data() - raw.data())};
    std::string canonical = key == "tieu de" || key == "title"    ? "tiêu đề"
                            : key == "cot" || key == "columns"    ? "cột"
                            : key == "so lieu" || key == "values" ? "số liệu"
                                                                  : "";
    bool allowed = canonical == "tiêu đề" ||
                   (canonical == "cột" && spec_.kind == DirectiveKind::table) ||
                   (canonical == "số liệu" && spec_.kind == DirectiveKind::bars);
    if (!allowed) {
      std::string options = spec_.kind == DirectiveKind::table  ? "tiêu đề, cột"
                            : spec_.kind == DirectiveKind::bars ? "tiêu đề, số liệu"
                                                                : "tiêu đề";
      error(option.offset,
            trf("unknown option \"{}\" for this directive", trim(option.text.substr(0, colon))),
            trf("its options are: {}", options));
      return;
    }
    if (!seen.insert(canonical).second) {
      error(option.offset, trf("the option \"{}\" is given twice", canonical),
            tr("keep one of them"));
      return;
    }
    if (canonical == "tiêu đề")
      spec_.title = sub_piece(v);
    else if (canonical == "cột")
      read_columns(v);
    else
      read_values(v);
  }

  std::optional<CompiledText> sub_piece(Part part) {
    Piece p;
    p.text = std::string(part.text);
    p.path = piece_.path;
    p.start = piece_.locate(part.offset);
    auto compiled = compile_text(p, model_, diagnostics_);
    if (!compiled) failed_ = true;
    return compiled;
  }

  void read_columns(Part value) {
    std::vector<std::string> keys;
    for (const auto& c : columns()) keys.emplace_back(c.key);
    for (const Part& item : split(value, ',')) {
      std::size_t eq = item.text.find('=');
      std::string key(trim(item.text.substr(0, eq)));
      if (!find_column(key)) {
        auto best = closest(key, keys);
        std::string all = fmt::format("{}", fmt::join(keys, ", "));
        error(item.offset, trf("unknown column \"{}\"", key),
              best ? trf("did you mean {}? the columns are: {}", *best, all)
                   : trf("the columns are: {}", all));
        continue;
      }
      ColumnSpec column{key, std::nullopt};
      if (eq != std::string_view::npos) {
        std::string_view raw = item.text.substr(eq + 1);
        std::string_view header = trim(raw);
        column.header = sub_piece(Part{
            header, item.offset + eq + 1 +
                        static_cast<std::size_t>(header.empty() ? 0 : header.data() - raw.data())});
      }
      spec_.columns.push_back(std::move(column));
    }
  }

  void read_values(Part value) {
    const auto& keys = bar_value_keys();
    for (const Part& item : split(value, ',')) {
      std::string key(item.text);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        error(item.offset, trf("unknown value \"{}\" for bars", key),
              trf("bars show: {}", fmt::format("{}", fmt::join(keys, ", "))));
        continue;
      }
      spec_.values.push_back(key);
    }
    bool percent = std::any_of(spec_.values.begin(), spec_.values.end(), is_percent);
    if (percent && spec_.values.size() > 1)
      error(value.offset, tr("pct_ke_hoach (% of plan) cannot share a chart with other values"),
            tr("draw the % of plan in a chart of its own"));
  }

  // Amounts in different units cannot share one axis.
  void check_units() {
    bool raw = spec_.kind == DirectiveKind::lines ||
               (spec_.kind == DirectiveKind::bars && !spec_.values.empty() &&
                !is_percent(spec_.values.front()));
    if (!raw || spec_.rows.empty()) return;
    std::set<std::string> units;
    for (std::size_t i : spec_.rows) units.insert(summary_.rows[i].indicator.unit);
    if (units.size() > 1)
      error(0,
            trf("the indicators of this chart have different units ({}): they cannot share one "
                "axis",
                fmt::format("{}", fmt::join(units, ", "))),
            tr("draw one chart per unit, or show the % of plan (số liệu: pct_ke_hoach)"));
  }

  const Piece& piece_;
  const TemplateModel& model_;
  const Summary& summary_;
  Diagnostics& diagnostics_;
  DirectiveSpec spec_;
  bool failed_ = false;
};

std::string codes_of(const std::vector<const SummaryRow*>& rows) {
  std::vector<std::string> codes;
  for (const auto* r : rows) codes.push_back(r->indicator.code);
  return fmt::format("{}", fmt::join(codes, ", "));
}

int max_decimals(const DirectiveSpec& spec, const Summary& summary) {
  int decimals = 0;
  for (std::size_t i : spec.rows) decimals = std::max(decimals, summary.rows[i].indicator.decimals);
  return decimals;
}

std::optional<Chart> build_bars(const DirectiveSpec& spec, const TemplateModel& model,
                                Diagnostics& diagnostics) {
  const Summary& s = model.summary();
  Chart chart;
  chart.kind = ChartKind::bars;
  bool percent = is_percent(spec.values.front());
  chart.title = spec.title ? render_plain(*spec.title, model, diagnostics)
                           : fmt::format("Kết quả {} so với kế hoạch", vietnamese_name(s.period));
  for (const auto& key : spec.values) chart.series.push_back({bar_figure(key)->title(s), {}});
  std::vector<const SummaryRow*> left_out;
  for (std::size_t i : spec.rows) {
    const SummaryRow& row = s.rows[i];
    std::vector<std::optional<double>> values;
    for (const auto& key : spec.values) values.push_back(bar_figure(key)->read(row).number);
    if (std::none_of(values.begin(), values.end(), [](const auto& v) { return v.has_value(); })) {
      left_out.push_back(&row);
      continue;
    }
    chart.categories.push_back(row.indicator.name);
    for (std::size_t k = 0; k < values.size(); ++k) chart.series[k].values.push_back(values[k]);
  }
  if (!left_out.empty())
    diagnostics.warning(spec.origin.path, spec.origin.start.line, spec.origin.start.column,
                        trf("bars left out for {}: no value to draw", codes_of(left_out)),
                        tr("name the indicators that have the figure, or add it to values.csv"));
  if (chart.categories.empty()) return std::nullopt;
  if (percent) {
    chart.value_label = "% kế hoạch";
    chart.decimals = 2;
    chart.reference = 100;
    chart.reference_label = "Kế hoạch (100%)";
  } else {
    chart.value_label = s.rows[spec.rows.front()].indicator.unit;
    chart.decimals = max_decimals(spec, s);
  }
  return chart;
}

std::optional<Chart> build_lines(const DirectiveSpec& spec, const TemplateModel& model,
                                 Diagnostics& diagnostics) {
  const Summary& s = model.summary();
  int first = 0, last = 0;
  std::vector<const SummaryRow*> drawn, left_out;
  for (std::size_t i : spec.rows) {
    const SummaryRow& row = s.rows[i];
    if (row.trend.empty()) {
      left_out.push_back(&row);
      continue;
    }
    drawn.push_back(&row);
    for (const auto& yv : row.trend) {
      first = first == 0 ? yv.year : std::min(first, yv.year);
      last = std::max(last, yv.year);
    }
  }
  if (!left_out.empty())
    diagnostics.warning(spec.origin.path, spec.origin.start.line, spec.origin.start.column,
                        trf("lines left out for {}: no results over the term", codes_of(left_out)),
                        tr("add the results of the term's years to values.csv"));
  if (drawn.empty()) return std::nullopt;
  Chart chart;
  chart.kind = ChartKind::lines;
  chart.title = spec.title
                    ? render_plain(*spec.title, model, diagnostics)
                    : fmt::format("Diễn biến {}",
                                  vietnamese_name(first == last ? Period::of_year(first)
                                                                : Period::of_span(first, last)));
  for (int y = first; y <= last; ++y) chart.categories.push_back(fmt::format("{}", y));
  for (const SummaryRow* row : drawn) {
    ChartSeries series{row->indicator.name,
                       std::vector<std::optional<double>>(chart.categories.size())};
    for (const auto& yv : row->trend)
      series.values[static_cast<std::size_t>(yv.year - first)] = yv.value;
    chart.series.push_back(std::move(series));
  }
  chart.value_label = drawn.front()->indicator.unit;
  chart.decimals = max_decimals(spec, s);
  return chart;
}

// A row with no result and no plan for the period says nothing in a table of the period.
bool has_period_figures(const SummaryRow& row) {
  return row.result || row.range || row.plan;
}

// The notes of a table's values, numbered in order of first use; a note shared by several
// values (the same sentence of the source) is printed once.
class NoteNumbers {
 public:
  int number(std::string_view note) {
    auto at = std::find(texts_.begin(), texts_.end(), note);
    if (at != texts_.end()) return static_cast<int>(at - texts_.begin()) + 1;
    texts_.emplace_back(note);
    return static_cast<int>(texts_.size());
  }

  // "(1)": read alike in print, in Word and in extracted text, whatever the font (Liberation
  // Serif has no superscript zero for a tenth note). In a cell it follows a space, where a
  // narrow column may break: the number itself keeps the room it needs.
  static std::string marker(int n) { return fmt::format("({})", n); }

  std::vector<std::string> lines() const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < texts_.size(); ++i)
      out.push_back(marker(static_cast<int>(i) + 1) + " " + texts_[i]);
    return out;
  }

 private:
  std::vector<std::string> texts_;
};

// Each column as wide as its longest unbreakable run ("18.741,17", "+1,02 điểm %") and at
// least half its widest cell, so that no cell takes more than two lines; the header likewise
// (bold). Its natural width sets every cell on one line. The name column needs only its
// longest word: it takes the room left.
void fit_columns(Table& table) {
  auto need = [](std::string_view text, bool bold) {
    return std::max(widest_word_em(text, bold), text_width_em(text, bold) / 2);
  };
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    TableColumn& column = table.columns[c];
    double width = need(column.header, true);
    double natural = width;
    for (const TableRow& row : table.rows) {
      if (row.group || c >= row.cells.size()) continue;
      width =
          std::max(width, column.fill ? widest_word_em(row.cells[c]) : need(row.cells[c], false));
      natural = std::max(natural, text_width_em(row.cells[c]));
    }
    column.width = width;
    column.natural = std::max(natural, width);
  }
}

}  // namespace

const std::vector<std::string>& table_column_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> v;
    for (const auto& c : columns()) v.emplace_back(c.key);
    return v;
  }();
  return keys;
}

const std::vector<std::string>& bar_value_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> v;
    for (const Figure& f : figures())
      if (f.bars) v.emplace_back(f.template_key);
    return v;
  }();
  return keys;
}

std::optional<DirectiveSpec> compile_directive(const Piece& piece, const TemplateModel& model,
                                               Diagnostics& diagnostics) {
  return DirectiveCompiler(piece, model, diagnostics).run();
}

Table build_table(const DirectiveSpec& spec, const TemplateModel& model, Diagnostics& diagnostics) {
  const Summary& s = model.summary();
  Table table;
  if (spec.title) table.caption = render_plain(*spec.title, model, diagnostics);
  std::vector<const ColumnDef*> defs;
  std::vector<const Figure*> shown;
  for (const auto& c : spec.columns) {
    const ColumnDef* def = find_column(c.key);
    defs.push_back(def);
    if (def->figure) shown.push_back(def->figure);
    std::string header = c.header ? render_plain(*c.header, model, diagnostics) : def->header(s);
    table.columns.push_back({header, 0, def->align, def->fill});
  }
  std::set<std::string> groups;
  for (std::size_t i : spec.rows) groups.insert(s.rows[i].indicator.group);
  bool group_rows = spec.group_rows && groups.size() > 1;
  std::string current_group;
  int number = 0;
  NoteNumbers notes;
  for (std::size_t i : spec.rows) {
    const SummaryRow& row = s.rows[i];
    if (spec.drop_empty && !has_period_figures(row)) continue;
    if (group_rows && row.indicator.group != current_group) {
      current_group = row.indicator.group;
      table.rows.push_back({{current_group}, true});
    }
    TableRow out;
    ++number;
    const int decimals = row_decimals(row, shown);
    for (const ColumnDef* def : defs) {
      if (!def->figure) {
        out.cells.push_back(def->label ? def->label(row) : fmt::format("{}", number));
        continue;
      }
      std::string text = figure_cell(*def->figure, row, s, CellForm::document, decimals);
      std::string_view note = row.note(def->figure->id);
      if (!note.empty() && text != vi::kMissing) text += " " + notes.marker(notes.number(note));
      out.cells.push_back(std::move(text));
    }
    table.rows.push_back(std::move(out));
  }
  table.notes = notes.lines();
  fit_columns(table);
  return table;
}

std::optional<Chart> build_chart(const DirectiveSpec& spec, const TemplateModel& model,
                                 Diagnostics& diagnostics) {
  if (spec.kind == DirectiveKind::lines) return build_lines(spec, model, diagnostics);
  return build_bars(spec, model, diagnostics);
}

}  // namespace baocao::briefing

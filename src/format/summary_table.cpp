#include "format/summary_table.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "compute/figures.hpp"
#include "core/unicode.hpp"
#include "format/figure_text.hpp"
#include "format/vietnamese.hpp"

namespace baocao {
namespace {

constexpr std::size_t kNameWidth = 44;

using Line = std::vector<std::string>;

enum class Align { left, right };

struct Column {
  std::string title;
  Align align;
};

std::string shorten(const std::string& text, std::size_t width) {
  if (count_code_points(text) <= width) return text;
  std::string out;
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool starts_point = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_point && ++points > width - 1) break;
    out.push_back(text[i]);
  }
  return out + "…";
}

// The catalogue's figures that have a terminal column, in its order.
// The figures with a column of the terminal table, in catalogue order.
const std::vector<const Figure*>& figure_columns() {
  static const std::vector<const Figure*> columns = [] {
    std::vector<const Figure*> out;
    for (const Figure& f : figures())
      if (f.abbreviation) out.push_back(&f);
    return out;
  }();
  return columns;
}

Line row_line(const SummaryRow& row, const Summary& summary) {
  Line line = {row.indicator.code, shorten(row.indicator.name, kNameWidth), row.indicator.unit};
  const int decimals = row_decimals(row, figure_columns());
  for (const Figure* f : figure_columns())
    line.push_back(figure_cell(*f, row, summary, CellForm::terminal, decimals));
  return line;
}

std::string pad(const std::string& text, std::size_t width, Align align) {
  std::size_t n = count_code_points(text);
  std::string fill(n < width ? width - n : 0, ' ');
  return align == Align::left ? text + fill : fill + text;
}

std::string render(const std::vector<Column>& columns, const std::vector<Line>& lines,
                   const std::vector<std::pair<std::size_t, std::string>>& headings) {
  std::vector<std::size_t> width(columns.size(), 0);
  for (std::size_t c = 0; c < columns.size(); ++c) width[c] = count_code_points(columns[c].title);
  for (const Line& line : lines)
    for (std::size_t c = 0; c < columns.size(); ++c)
      width[c] = std::max(width[c], count_code_points(line[c]));
  auto format_line = [&](const Line& cells) {
    std::string out;
    for (std::size_t c = 0; c < columns.size(); ++c)
      out += (c == 0 ? "" : "  ") + pad(cells[c], width[c], columns[c].align);
    out.erase(out.find_last_not_of(' ') + 1);
    return out + "\n";
  };
  Line titles;
  for (const Column& c : columns) titles.push_back(c.title);
  std::string out = format_line(titles);
  std::size_t total = 0;
  for (std::size_t w : width) total += w + 2;
  std::string rule;
  for (std::size_t i = 0; i + 2 < total; ++i) rule += "─";
  out += rule + "\n";
  std::size_t next_heading = 0;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    while (next_heading < headings.size() && headings[next_heading].first == l)
      out += headings[next_heading++].second + "\n";
    out += format_line(lines[l]);
  }
  return out;
}

// Figures of a span of years and the term's targets, which have no column of their own.
std::string span_lines(const Summary& summary) {
  std::string out;
  for (const SummaryRow& row : summary.rows) {
    std::string parts;
    if (row.span)
      parts += fmt::format("{}{}: {}", vietnamese_name(row.span->span),
                           row.span->is_estimate ? " (ước)" : "",
                           vi::quantity(row.span->value, row.indicator));
    if (row.term_target)
      parts += fmt::format("{}chỉ tiêu nhiệm kỳ {}: {}", parts.empty() ? "" : "; ",
                           summary.term.to_string(), vi::quantity(*row.term_target, row.indicator));
    if (!parts.empty())
      out += fmt::format("  {} {}: {}\n", row.indicator.code, row.indicator.name, parts);
  }
  return out.empty() ? out : "\nGIAI ĐOẠN VÀ NHIỆM KỲ\n" + out;
}

// The table is for a terminal: a control character in a name (from a Dataset not made by the
// loader, which refuses them) is shown escaped, never sent; the table's own line breaks stay.
std::string terminal_lines(std::string_view table) {
  std::string out;
  out.reserve(table.size());
  for (std::size_t start = 0; start < table.size();) {
    std::size_t end = table.find('\n', start);
    if (end == std::string_view::npos) end = table.size();
    out += terminal_safe(table.substr(start, end - start));
    if (end < table.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string summary_table(const Summary& summary, const Dataset& data) {
  std::vector<Column> columns = {
      {"Mã", Align::left}, {"Chỉ tiêu", Align::left}, {"Đơn vị", Align::left}};
  for (const Figure* f : figure_columns())
    columns.push_back(
        {f->abbreviation(summary), f->format == FigureFormat::status ? Align::left : Align::right});
  std::vector<Line> lines;
  std::vector<std::pair<std::size_t, std::string>> headings;
  for (const std::string& group : summary.groups) {
    headings.emplace_back(lines.size(), to_upper(group));
    for (const SummaryRow& row : summary.rows)
      if (row.indicator.group == group) lines.push_back(row_line(row, summary));
  }
  std::string out =
      fmt::format("TỔNG HỢP CHỈ TIÊU {} — {}\n\n", to_upper(vietnamese_name(summary.period)),
                  to_upper(data.unit.name));
  out += render(columns, lines, headings);
  out += span_lines(summary);
  out += fmt::format(
      "\n(ước): ước thực hiện. —: không có số liệu.\n"
      "% KH: thực hiện so với kế hoạch (chỉ tiêu giảm là tốt: kế hoạch ÷ thực hiện).\n"
      "(năm): so với kế hoạch cả năm, không đánh giá.\n"
      "BQ/năm: tăng bình quân hằng năm so với năm {}.\n",
      summary.term_base_year);
  return terminal_lines(out);
}

}  // namespace baocao

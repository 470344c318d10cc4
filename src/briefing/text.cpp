// The briefing as plain text: one paragraph a line (so wording can be searched and compared),
// the header and the signature in two columns, tables aligned, charts as their values.

#include <algorithm>

#include <fmt/format.h>

#include "briefing/template.hpp"
#include "core/unicode.hpp"
#include "format/vietnamese.hpp"

namespace baocao {
namespace {

constexpr std::size_t kPageWidth = 90;

std::size_t width(std::string_view s) {
  return count_code_points(s);
}

std::string pad_right(std::string_view s, std::size_t w) {
  std::size_t n = width(s);
  return std::string(s) + std::string(n < w ? w - n : 0, ' ');
}

std::string pad_left(std::string_view s, std::size_t w) {
  std::size_t n = width(s);
  return std::string(n < w ? w - n : 0, ' ') + std::string(s);
}

std::string centre(std::string_view s, std::size_t w) {
  std::size_t n = width(s);
  std::size_t left = n < w ? (w - n) / 2 : 0;
  return std::string(left, ' ') + std::string(s);
}

// Where the right column starts, after the widest line of the left one.
std::size_t right_column(const std::vector<std::string>& left) {
  std::size_t w = 36;
  for (const auto& l : left) w = std::max(w, width(l) + 4);
  return w;
}

void two_columns(std::string& out, std::vector<std::string> left, std::vector<std::string> right) {
  std::size_t w = right_column(left);
  std::size_t rows = std::max(left.size(), right.size());
  left.resize(rows);
  right.resize(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    std::string line = right[i].empty() ? left[i] : pad_right(left[i], w) + right[i];
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
}

// The draft mark in its box, its right edge at the right column's widest line.
void draft_mark(std::string& out, std::string_view mark, std::size_t column,
                const std::vector<std::string>& right) {
  std::size_t edge = 0;
  for (const auto& line : right) edge = std::max(edge, column + width(line));
  std::string rule;
  for (std::size_t i = 0; i < width(mark) + 2; ++i) rule += "─";
  std::size_t box = width(mark) + 4;
  std::string indent(edge > box ? edge - box : 0, ' ');
  out += indent + "┌" + rule + "┐\n";
  out += indent + "│ " + std::string(mark) + " │\n";
  out += indent + "└" + rule + "┘\n";
}

void header(std::string& out, const Briefing& b) {
  std::vector<std::string> left = b.header.superior;
  left.insert(left.end(), b.header.issuing_body.begin(), b.header.issuing_body.end());
  std::vector<std::string> right;
  if (b.preset == Preset::party) {
    left.push_back("*");
    right = {"ĐẢNG CỘNG SẢN VIỆT NAM"};
  } else {
    right = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
  }
  std::size_t top = std::max(left.size(), right.size());
  left.resize(top);
  right.resize(top);
  left.push_back(b.header.number_line);
  right.push_back(b.header.place_date_line);
  if (b.draft.is_draft()) draft_mark(out, b.draft.mark, right_column(left), right);
  two_columns(out, left, right);
}

std::string cell(std::string_view text, std::size_t w, Align align) {
  if (align == Align::right) return pad_left(text, w);
  if (align == Align::center) return pad_right(centre(text, w), w);
  return pad_right(text, w);
}

void table(std::string& out, const Table& t) {
  if (!t.caption.empty()) out += t.caption + "\n";
  std::vector<std::size_t> w(t.columns.size());
  for (std::size_t c = 0; c < t.columns.size(); ++c) w[c] = width(t.columns[c].header);
  for (const auto& row : t.rows)
    if (!row.group)
      for (std::size_t c = 0; c < row.cells.size() && c < w.size(); ++c)
        w[c] = std::max(w[c], width(row.cells[c]));
  auto line = [&](const std::vector<std::string>& cells, bool heading) {
    std::string s;
    for (std::size_t c = 0; c < w.size(); ++c) {
      if (c) s += " | ";
      std::string_view text = c < cells.size() ? std::string_view(cells[c]) : "";
      s += cell(text, w[c], heading ? Align::center : t.columns[c].align);
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out += s + "\n";
  };
  std::vector<std::string> headers;
  std::size_t total = 0;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    headers.push_back(t.columns[c].header);
    total += w[c] + (c ? 3 : 0);
  }
  line(headers, true);
  out += std::string(total, '-') + "\n";
  for (const auto& row : t.rows) {
    if (row.group)
      out += (row.cells.empty() ? std::string{} : row.cells.front()) + "\n";
    else
      line(row.cells, false);
  }
  // The notes are paragraphs under the table, as the PDF and the Word file print them.
  if (!t.notes.empty()) out += "\n";
  for (const auto& note : t.notes) out += note + "\n";
}

void chart(std::string& out, const Chart& c) {
  out += fmt::format("[{}] {} ({})\n", c.kind == ChartKind::bars ? "Biểu đồ cột" : "Biểu đồ đường",
                     c.title, c.value_label);
  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    std::string values;
    for (const auto& s : c.series) {
      const auto& v = i < s.values.size() ? s.values[i] : std::nullopt;
      if (!values.empty()) values += "; ";
      values += fmt::format("{}: {}", s.name, v ? vi::number(*v, c.decimals) : vi::kMissing);
    }
    out += fmt::format("  {} — {}\n", c.categories[i], values);
  }
  if (c.reference)
    out += fmt::format("  {}: {}\n", c.reference_label.empty() ? "Mốc" : c.reference_label,
                       vi::number(*c.reference, c.decimals));
}

void block(std::string& out, const Block& b) {
  if (const auto* h = std::get_if<Heading>(&b)) {
    out += h->text + "\n";
  } else if (const auto* p = std::get_if<Paragraph>(&b)) {
    std::string text;
    for (const auto& run : p->runs) text += run.text;
    out += text + "\n";
  } else if (const auto* t = std::get_if<Table>(&b)) {
    table(out, *t);
  } else if (const auto* c = std::get_if<Chart>(&b)) {
    chart(out, *c);
  }
}

void signature(std::string& out, const Briefing& b) {
  std::vector<std::string> left = {"Nơi nhận:"};
  left.insert(left.end(), b.recipients.begin(), b.recipients.end());
  std::vector<std::string> right = {b.signature.authority, b.signature.title, "", "",
                                    b.signature.name};
  two_columns(out, left, right);
}

}  // namespace

std::string render_text(const Briefing& briefing) {
  std::string out;
  header(out, briefing);
  out += "\n" + centre(briefing.document_type, kPageWidth) + "\n";
  out += centre(briefing.summary_line, kPageWidth) + "\n";
  for (const auto& b : briefing.body) {
    out += "\n";
    block(out, b);
  }
  out += "\n";
  signature(out, briefing);
  return out;
}

}  // namespace baocao

#include "pdf/validate.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <utf8proc.h>

#include "core/i18n.hpp"
#include "core/unicode.hpp"

namespace baocao::pdf {
namespace {

constexpr std::size_t kContextCodePoints = 60;

std::string encode(char32_t c) {
  utf8proc_uint8_t buffer[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer);
  return std::string(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

// Every string of the briefing that reaches the page, in reading order.
std::vector<const std::string*> printed_texts(const Briefing& b,
                                              const layout::PresetLayout& layout) {
  std::vector<const std::string*> texts;
  auto add = [&](const std::string& s) { texts.push_back(&s); };
  add(b.draft.mark);
  for (const auto& s : b.header.superior) add(s);
  for (const auto& s : b.header.issuing_body) add(s);
  add(b.header.number_line);
  add(b.header.place_date_line);
  for (const auto& line : layout.header.right_lines) add(line.text);
  add(layout.header.issuing_mark);
  add(b.document_type);
  add(b.summary_line);
  for (const auto& block : b.body) {
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, Heading>) {
            add(x.text);
          } else if constexpr (std::is_same_v<T, Paragraph>) {
            for (const auto& run : x.runs) add(run.text);
          } else if constexpr (std::is_same_v<T, Table>) {
            add(x.caption);
            for (const auto& column : x.columns) add(column.header);
            for (const auto& row : x.rows)
              for (const auto& cell : row.cells) add(cell);
          } else {
            add(x.title);
            add(x.value_label);
            add(x.reference_label);
            for (const auto& category : x.categories) add(category);
            for (const auto& series : x.series) add(series.name);
          }
        },
        block);
  }
  add(b.signature.authority);
  add(b.signature.title);
  add(b.signature.name);
  add(layout.recipients.heading_text);
  for (const auto& s : b.recipients) add(s);
  return texts;
}

// Up to kContextCodePoints code points of `points` around position `at`, with "…" where cut.
std::string excerpt(const std::vector<char32_t>& points, std::size_t at) {
  std::size_t begin = at > kContextCodePoints / 2 ? at - kContextCodePoints / 2 : 0;
  std::size_t end = std::min(points.size(), begin + kContextCodePoints);
  std::string out = begin > 0 ? "…" : "";
  for (std::size_t i = begin; i < end; ++i) out += encode(points[i]);
  if (end < points.size()) out += "…";
  return out;
}

// The character itself, quoted, when it is visible at all.
std::string shown(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == U'\uFFFD') return "";
  return fmt::format(" \"{}\"", encode(c));
}

bool is_layout_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r';
}

}  // namespace

Diagnostics check_structure(const Briefing& briefing, const std::string& where) {
  Diagnostics d;
  const Date& date = briefing.report_date;
  if (!Date::parse(date.to_iso()))
    d.error(where, 0, 0, trf("the report date {} is not a calendar date", date.to_iso()),
            tr("pass the report date as YYYY-MM-DD"));
  for (const auto& block : briefing.body) {
    if (const auto* table = std::get_if<Table>(&block)) {
      for (const auto& row : table->rows)
        if (!row.group && row.cells.size() > table->columns.size())
          d.error(where, 0, 0,
                  trf("a row of the table \"{}\" has {} cells for {} columns (it starts \"{}\")",
                      table->caption, row.cells.size(), table->columns.size(), row.cells.front()),
                  tr("give the table as many columns as its rows have cells"));
    } else if (const auto* chart = std::get_if<Chart>(&block)) {
      for (const auto& series : chart->series)
        if (series.values.size() != chart->categories.size())
          d.error(where, 0, 0,
                  trf("the series \"{}\" of the chart \"{}\" has {} values for {} categories",
                      series.name, chart->title, series.values.size(), chart->categories.size()),
                  tr("give every series one value (or an empty one) per category"));
    }
  }
  return d;
}

Diagnostics check_glyphs(const Briefing& briefing, const layout::PresetLayout& layout,
                         const Fonts& fonts, const std::string& where) {
  Diagnostics d;
  std::set<char32_t> reported;
  for (const std::string* text : printed_texts(briefing, layout)) {
    std::vector<char32_t> points = code_points(to_nfc(*text));
    for (std::size_t i = 0; i < points.size(); ++i) {
      char32_t c = points[i];
      if (is_layout_space(c) || reported.count(c)) continue;
      for (Face face : {Face::regular, Face::bold, Face::italic, Face::bold_italic}) {
        if (fonts.has_glyph(face, c)) continue;
        reported.insert(c);
        d.error(
            where, 0, 0,
            trf("the character U+{:04X}{} has no glyph in the font {}, so it cannot be printed; "
                "it is in the text \"{}\"",
                static_cast<std::uint32_t>(c), shown(c), kFontFamily, excerpt(points, i)),
            tr("replace or remove that character in the template or the data (the font covers "
               "every Vietnamese letter, ₫, – and →)"));
        break;
      }
    }
  }
  return d;
}

}  // namespace baocao::pdf

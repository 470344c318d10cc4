#pragma once
// The briefing document model: what a briefing says and in what order, independent of PDF.
// The template stage builds it; the PDF renderer lays it out with its preset's sizes.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/date.hpp"

namespace baocao {

// The official layout a briefing follows: `party` (36-HD/VPTW) or `state` (Decree 30/2020).
enum class Preset { party, state };

enum class Align { left, center, right, justify };

struct TextRun {
  std::string text;
  bool bold = false;
  bool italic = false;
};

struct Paragraph {
  std::vector<TextRun> runs;
  Align align = Align::justify;
  bool first_line_indent = true;
};

// level 1: "I. KẾT QUẢ …" (upper case, bold); 2: "1. …" (bold); 3: "a) …" (plain).
// The numbering is part of `text`.
struct Heading {
  int level = 1;
  std::string text;
};

struct TableColumn {
  std::string header;
  // What the column's content needs, in ems of the cell text: its longest unbreakable run (a
  // number and its unit never wrap), and half its widest cell or header (two lines at most).
  double width = 1;
  Align align = Align::left;
  // Takes the room the other columns leave (the indicator's name), at least `width`.
  bool fill = false;
  // Its widest cell on one line (the header still in two), in ems; used when the name keeps
  // room enough.
  double natural = 0;
};

struct TableRow {
  std::vector<std::string> cells;  // a value with a note ends in its marker: "18.741,17 (1)"
  bool group = false;  // a section row ("Kinh tế"): first cell only, bold, across the table
};

struct Table {
  std::string caption;  // may be empty
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;
  // Printed under the table, one a line, each starting with its marker: "(1) Suy ra: …".
  std::vector<std::string> notes;
};

enum class ChartKind { bars, lines };

struct ChartSeries {
  std::string name;
  std::vector<std::optional<double>> values;  // one per category; empty = no value
};

struct Chart {
  ChartKind kind = ChartKind::bars;
  std::string title;
  std::vector<std::string> categories;  // bar labels or years
  std::vector<ChartSeries> series;
  std::string value_label;  // the axis unit: "% kế hoạch", "tỷ đồng"
  int decimals = 0;         // for the value labels
  // A dashed line across the plot at this value, e.g. 100 for "% of plan"; empty: none.
  std::optional<double> reference;
  std::string reference_label;  // its legend entry: "Kế hoạch (100%)"; may be empty
};

using Block = std::variant<Heading, Paragraph, Table, Chart>;

struct BriefingHeader {
  std::vector<std::string> superior;      // may be empty: "ĐẢNG BỘ TỈNH GIA LAI"
  std::vector<std::string> issuing_body;  // one string per printed line
  std::string number_line;                // "Số: 05/BC-HĐND", "Số 125-BC/TU", blank number
  std::string place_date_line;            // "An Khê, ngày 05 tháng 01 năm 2024"
};

struct Signature {
  std::string authority;  // "TM. THƯỜNG TRỰC HĐND", "T/M BAN THƯỜNG VỤ"
  std::string title;      // "CHỦ TỊCH", "BÍ THƯ"
  std::string name;       // may be empty: space is kept for it
};

// What a final briefing has that a draft may lack (document-formats.md: "a final document
// carries its number, its date and the signer's full name").
enum class FinalPart { number, signer_name };

// Whether a briefing is a draft, decided once by the template stage: every renderer reads it.
struct DraftStatus {
  std::vector<FinalPart> missing;  // empty: a final
  std::string mark;                // "DỰ THẢO" for a draft, printed at the top right of page 1
  bool is_draft() const { return !missing.empty(); }
};

struct DocumentInfo {
  std::string title;
  std::string subject;
  std::string author;  // the issuing body
  std::string keywords;
};

struct Briefing {
  std::string name;    // the template's name: "hdnd", "thi-uy"
  std::string issuer;  // the key of the unit.toml body that issues and signs it: "council"
  Preset preset = Preset::state;
  DraftStatus draft;
  BriefingHeader header;
  std::string document_type;  // "BÁO CÁO"
  std::string summary_line;   // "Kết quả thực hiện … năm 2023"
  std::vector<Block> body;
  Signature signature;
  std::vector<std::string> recipients;  // each as printed: "- Thường trực HĐND tỉnh;"
  DocumentInfo info;
  Date report_date;
};

}  // namespace baocao

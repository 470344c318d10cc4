#pragma once
// Tables and charts of a template body, each a line of its own:
//
//   [[bảng: chỉ tiêu chủ yếu | cột: stt, ten, don_vi, ke_hoach, ket_qua | tiêu đề: Bảng 1. …]]
//   [[biểu đồ cột: KT.GTSX, KT.BLDV | số liệu: pct_ke_hoach | tiêu đề: …]]
//   [[biểu đồ đường: KT.GTSX | tiêu đề: …]]
//
// What a table or chart shows is the key indicators (chỉ tiêu chủ yếu), all (tất cả), a group
// (nhóm Kinh tế) or a list of codes. Cells and values come from the summary as computed.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "briefing/briefing.hpp"
#include "briefing/compile.hpp"
#include "briefing/model.hpp"
#include "briefing/source.hpp"
#include "core/diagnostic.hpp"

namespace baocao::briefing {

enum class DirectiveKind { table, bars, lines };

struct ColumnSpec {
  std::string key;                     // "ke_hoach"
  std::optional<CompiledText> header;  // written in the template; else the default
};

struct DirectiveSpec {
  DirectiveKind kind = DirectiveKind::table;
  Piece origin;
  // Indices into Summary::rows: in summary order for a group, the key indicators or all of
  // them (shown under group rows when they span groups); in the written order for a list.
  std::vector<std::size_t> rows;
  bool group_rows = false;
  // The key table leaves out the rows with nothing for the period (they stay in the
  // workbooks); every other table shows each indicator it selects.
  bool drop_empty = false;
  std::vector<ColumnSpec> columns;
  std::vector<std::string> values;  // what the bars show: "pct_ke_hoach", "ket_qua", …
  std::optional<CompiledText> title;
};

// The table column keys and the chart value keys, for the README and messages.
const std::vector<std::string>& table_column_keys();
const std::vector<std::string>& bar_value_keys();

// Adds every error of the directive to `diagnostics`; returns nothing when there is one.
std::optional<DirectiveSpec> compile_directive(const Piece& piece, const TemplateModel& model,
                                               Diagnostics& diagnostics);

Table build_table(const DirectiveSpec& spec, const TemplateModel& model, Diagnostics& diagnostics);

// Nothing when no indicator of the chart has a value to draw (with a warning).
std::optional<Chart> build_chart(const DirectiveSpec& spec, const TemplateModel& model,
                                 Diagnostics& diagnostics);

}  // namespace baocao::briefing

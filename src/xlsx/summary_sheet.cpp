#include "xlsx/indicator_table.hpp"

#include "format/vietnamese.hpp"

namespace baocao::xlsx {

// The key indicators under their group headings, as the briefings' main table.
void write_summary_sheet(Context& cx, Sheet& sheet) {
  std::vector<TableSection> sections;
  int n = 0;
  for (const std::string& group : cx.scope.groups) {
    TableSection section{vi::roman(++n) + ". " + group, {}};
    for (const SummaryRow* r : cx.scope.key_rows)
      if (r->indicator.group == group) section.rows.push_back(r);
    if (section.rows.empty()) {
      --n;
      continue;
    }
    sections.push_back(std::move(section));
  }
  const std::string title = "Kết quả thực hiện các chỉ tiêu chủ yếu " +
                            vietnamese_name(cx.summary().period) + " – " + cx.owner();
  write_indicator_table(cx, sheet, title, sections);
}

}  // namespace baocao::xlsx

#include "xlsx/indicator_table.hpp"

namespace baocao::xlsx {

// Every indicator of one group, key or not.
void write_group_sheet(Context& cx, Sheet& sheet, const std::string& group) {
  const std::string title =
      "Nhóm chỉ tiêu " + group + " – " + vietnamese_name(cx.summary().period) + " – " + cx.owner();
  write_indicator_table(cx, sheet, title, {TableSection{"", cx.scope.rows_of_group(group)}});
}

}  // namespace baocao::xlsx

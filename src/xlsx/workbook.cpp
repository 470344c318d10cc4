#include "xlsx/workbook.hpp"

#include <algorithm>
#include <exception>

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "xlsx/detail.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/sheets.hpp"

namespace baocao {
namespace xlsx {
namespace {

// Above this many data rows the zip may pass 4 GB: libxlsxwriter then needs ZIP64.
constexpr std::size_t kZip64Rows = 20'000'000;

// Every sheet's name, decided before the first is added so that the fixed sheets keep their
// names whatever the groups are called.
struct SheetPlan {
  std::string summary, chart, input, info;
  std::vector<std::string> areas;  // "Địa bàn", then "Địa bàn (2)"… past Excel's columns
  std::vector<std::string> groups;
  std::vector<std::string> data;
};

// Sheets "Địa bàn" needs: one column per indicator with area figures, after the fixed ones.
std::size_t area_sheet_count(const Scope& scope) {
  std::size_t columns = 0;
  for (const SummaryRow* r : scope.rows) columns += has_area_result(*r) ? 1 : 0;
  return std::max<std::size_t>(1, (columns + kAreaColumnsPerSheet - 1) / kAreaColumnsPerSheet);
}

SheetPlan plan_sheets(const Scope& scope, std::size_t rows_per_sheet) {
  SheetNames names;
  SheetPlan plan;
  plan.summary = names.claim("Tổng hợp", "Tổng hợp");
  if (scope.has_area_values) {
    for (std::size_t i = 0, n = area_sheet_count(scope); i < n; ++i) {
      std::string name = i == 0 ? "Địa bàn" : fmt::format("Địa bàn ({})", i + 1);
      plan.areas.push_back(names.claim(name, name));
    }
  }
  if (has_charts(scope)) plan.chart = names.claim("Biểu đồ", "Biểu đồ");
  const std::size_t data_sheets =
      std::max<std::size_t>(1, (scope.observation_count + rows_per_sheet - 1) / rows_per_sheet);
  for (std::size_t i = 0; i < data_sheets; ++i) {
    std::string name = i == 0 ? "Dữ liệu" : fmt::format("Dữ liệu ({})", i + 1);
    plan.data.push_back(names.claim(name, name));
  }
  if (scope.department != nullptr) plan.input = names.claim("Nhập số liệu", "Nhập số liệu");
  plan.info = names.claim("Thông tin", "Thông tin");
  int n = 0;
  for (const std::string& g : scope.groups)
    plan.groups.push_back(names.claim(g, fmt::format("Nhóm {}", ++n)));
  return plan;
}

void write_sheets(Context& cx, const SheetPlan& plan, std::size_t rows_per_sheet) {
  Book& book = cx.book;
  if (Sheet* s = book.add_sheet(plan.summary)) write_summary_sheet(cx, *s);
  for (std::size_t i = 0; i < plan.groups.size(); ++i)
    if (Sheet* s = book.add_sheet(plan.groups[i])) write_group_sheet(cx, *s, cx.scope.groups[i]);
  for (std::size_t i = 0; i < plan.areas.size(); ++i)
    if (Sheet* s = book.add_sheet(plan.areas[i])) write_area_sheet(cx, *s, i);
  if (!plan.chart.empty())
    if (Sheet* s = book.add_sheet(plan.chart)) write_chart_sheet(cx, *s);
  std::vector<Sheet*> data;
  for (const std::string& name : plan.data)
    if (Sheet* s = book.add_sheet(name)) data.push_back(s);
  if (!book.failed()) write_data_sheets(cx, data, rows_per_sheet);
  if (!plan.input.empty())
    if (Sheet* s = book.add_sheet(plan.input)) write_input_sheet(cx, *s);
  if (Sheet* s = book.add_sheet(plan.info)) write_info_sheet(cx, *s);
  write_properties(cx);
}

}  // namespace

std::string Context::owner() const {
  return scope.department != nullptr ? scope.department->name : input.data.unit.name;
}

Diagnostics write_workbook(const WorkbookInput& input, const Scope& scope, const std::string& path,
                           const Limits& limits) {
  const std::size_t rows_per_sheet = std::max<std::size_t>(limits.data_rows_per_sheet, 1);
  BookOptions options;
  options.constant_memory = input.constant_memory;
  options.zip64 = scope.observation_count > kZip64Rows;
  options.tmpdir = input.scratch_dir;
  try {
    Book book(path, options);
    Context cx{input, scope, book};
    if (!book.failed()) write_sheets(cx, plan_sheets(scope, rows_per_sheet), rows_per_sheet);
    return book.close();
  } catch (const std::exception& e) {  // out of memory: the book was freed, nothing written
    Diagnostics diagnostics;
    diagnostics.error(path, 0, 0, trf("cannot write the workbook: {}", e.what()),
                      tr("free some memory, or use the constant-memory mode for big datasets"));
    return diagnostics;
  }
}

}  // namespace xlsx

Diagnostics write_master_workbook(const WorkbookInput& input, const std::string& path) {
  const xlsx::Scope scope = xlsx::master_scope(input.data, input.summary);
  return xlsx::write_workbook(input, scope, path, {});
}

Diagnostics write_department_workbook(const WorkbookInput& input, const std::string& department,
                                      const std::string& path) {
  Diagnostics diagnostics;
  const Department* dept = input.data.find_department(department);
  if (dept == nullptr) {
    diagnostics.error(path, 0, 0, trf("no department '{}' in unit.toml", department),
                      tr("use a code from the [[departments]] of unit.toml"));
    return diagnostics;
  }
  const xlsx::Scope scope = xlsx::department_scope(input.data, input.summary, *dept);
  if (scope.rows.empty()) {
    diagnostics.error(path, 0, 0,
                      trf("department '{}' owns no indicator: no workbook for it", department),
                      tr("give it indicators in indicators.csv, or do not ask for its workbook"));
    return diagnostics;
  }
  return xlsx::write_workbook(input, scope, path, {});
}

}  // namespace baocao

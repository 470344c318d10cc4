#include <fmt/format.h>

#include "baocao/version.hpp"
#include "xlsx/sheets.hpp"

namespace baocao::xlsx {
namespace {

void label(Context& cx, Sheet& s, std::uint32_t y, std::string_view text) {
  s.text(y, 0, text, cx.format(Style::group));
}

void line(Context& cx, Sheet& s, std::uint32_t& y, std::string_view name, std::string_view value) {
  label(cx, s, y, name);
  s.text(y++, 1, value, cx.format(Style::text));
}

void line(Context& cx, Sheet& s, std::uint32_t& y, std::string_view name, double value,
          Style style = Style::number) {
  label(cx, s, y, name);
  s.number(y++, 1, value, cx.format(style, 0));
}

void files(Context& cx, Sheet& s, std::uint32_t y) {
  s.text(y, 0, "Tệp dữ liệu đầu vào", cx.format(Style::header));
  s.text(y, 1, "Kích thước (byte)", cx.format(Style::header));
  s.text(y++, 2, "Mã băm SHA-256", cx.format(Style::header));
  for (const SourceFile& f : cx.data().files) {
    s.text(y, 0, f.path, cx.format(Style::text));
    s.number(y, 1, static_cast<double>(f.size), cx.format(Style::number, 0));
    s.text(y++, 2, f.sha256, cx.format(Style::text));
  }
}

}  // namespace

// Where the figures come from: the unit, the period, the report date, the input files with
// their hashes, and the program that wrote the workbook.
void write_info_sheet(Context& cx, Sheet& sheet) {
  const Dataset& data = cx.data();
  const Summary& summary = cx.summary();
  sheet.column_width(0, 0, 44);
  sheet.column_width(1, 1, 40);
  sheet.column_width(2, 2, 70);
  sheet.page_setup(1, 1);
  sheet.text(0, 0, "Thông tin về số liệu", cx.format(Style::title));
  sheet.text(1, 0, "Mục", cx.format(Style::header));
  sheet.text(1, 1, "Nội dung", cx.format(Style::header));
  std::uint32_t y = 2;
  line(cx, sheet, y, "Đơn vị báo cáo", data.unit.name);
  line(cx, sheet, y, "Tỉnh", data.unit.province);
  if (cx.scope.department != nullptr) {
    const Department& d = *cx.scope.department;
    line(cx, sheet, y, "Phòng ban", d.code + " – " + d.name);
  }
  std::string period = vietnamese_name(summary.period);
  if (summary.period.kind != PeriodKind::year) period += " (" + summary.period.to_string() + ")";
  line(cx, sheet, y, "Kỳ báo cáo", period);
  label(cx, sheet, y, "Ngày báo cáo");
  sheet.date(y++, 1, cx.input.report_date, cx.format(Style::date));
  line(cx, sheet, y, "Nhiệm kỳ", summary.term.to_string());
  line(cx, sheet, y, "Năm gốc tính tăng bình quân", summary.term_base_year, Style::integer);
  line(cx, sheet, y, "Số chỉ tiêu", static_cast<double>(cx.scope.rows.size()));
  line(cx, sheet, y, "Số dòng số liệu (values.csv)",
       static_cast<double>(cx.scope.observation_count));
  line(cx, sheet, y, "Chương trình", fmt::format("baocao {}", kVersion));
  files(cx, sheet, y + 1);
}

}  // namespace baocao::xlsx

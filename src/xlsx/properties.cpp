#include <ctime>

#include <fmt/format.h>

#include "baocao/version.hpp"
#include "core/i18n.hpp"
#include "xlsx/sheets.hpp"

namespace baocao::xlsx {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): the
// creation time is computed, never read from the clock or the time zone.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// Noon UTC of the report date.
std::time_t noon_of(const Date& d) {
  const std::int64_t days =
      days_from_civil(d.year, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day));
  return static_cast<std::time_t>(days * 86400 + 12 * 3600);
}

}  // namespace

// Title, subject, author (the unit), company, keywords and a creation date taken from the
// report date: the same inputs give the same bytes.
void write_properties(Context& cx) {
  const Dataset& data = cx.data();
  const std::string period = vietnamese_name(cx.summary().period);
  std::string title = cx.scope.department == nullptr
                          ? "Tổng hợp chỉ tiêu " + period + " – " + data.unit.name
                          : "Số liệu chỉ tiêu " + period + " – " + cx.owner();
  std::string subject =
      "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh "
      "và xây dựng Đảng " +
      period;
  std::string author = data.unit.name;
  std::string company = data.unit.name + ", tỉnh " + data.unit.province;
  std::string keywords = "chỉ tiêu; " + period + "; " + data.unit.name;
  if (cx.scope.department != nullptr) keywords += "; " + cx.scope.department->code;
  std::string comments = fmt::format("Tạo bởi baocao {} từ bộ dữ liệu chỉ tiêu.", kVersion);
  lxw_doc_properties p{};
  p.title = title.data();
  p.subject = subject.data();
  p.author = author.data();
  p.company = company.data();
  p.keywords = keywords.data();
  p.comments = comments.data();
  p.created = noon_of(cx.input.report_date);
  cx.book.check(workbook_set_properties(cx.book.handle(), &p), tr("setting document properties"));
}

}  // namespace baocao::xlsx

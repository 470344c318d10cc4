#include "xlsx/input_identity.hpp"

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "xlsx/text.hpp"

namespace baocao::xlsx {
namespace {

// The version of the contract between the input sheet and `collect`.
constexpr const char* kInputFormat = "1";

void set_property(Book& book, const char* name, const std::string& value) {
  book.check(workbook_set_custom_property_string(book.handle(), name, value.c_str()),
             trf("setting the document property {}", name));
}

void define_name(Book& book, const char* name, const std::string& formula) {
  book.check(workbook_define_name(book.handle(), name, formula.c_str()),
             trf("defining the name {}", name));
}

// "'Nhập số liệu'!$A$7:$M$40": a sheet name is quoted, its quotes doubled.
std::string reference(const std::string& sheet, const std::string& cells) {
  std::string quoted;
  for (char c : sheet) {
    quoted += c;
    if (c == '\'') quoted += '\'';
  }
  return "='" + quoted + "'!" + cells;
}

}  // namespace

void write_input_identity(Context& cx, Sheet& sheet, const InputRequest& request,
                          const InputSheetPlaces& places) {
  Book& book = cx.book;
  if (book.failed()) return;
  set_property(book, "baocao.format", kInputFormat);
  set_property(book, "baocao.unit", request.unit);
  set_property(book, "baocao.department", request.department);
  set_property(book, "baocao.sent_for", request.sent_for.to_string());
  set_property(book, "baocao.asked", request.asked.to_string());
  set_property(book, "baocao.plan_period", request.plan_period.to_string());
  set_property(book, "baocao.catalogue", request.fingerprint);

  define_name(book, "baocao_input",
              reference(sheet.name(), absolute_cell_name(places.header_row, 0) + ":" +
                                          absolute_cell_name(places.last_row, places.last_column)));
  define_name(
      book, "baocao_preparer",
      reference(sheet.name(), absolute_cell_name(places.preparer_row, places.preparer_column)));
  define_name(book, "baocao_phone",
              reference(sheet.name(), absolute_cell_name(places.phone_row, places.phone_column)));
}

}  // namespace baocao::xlsx

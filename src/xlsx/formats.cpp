#include "xlsx/formats.hpp"

#include <algorithm>

#include "core/i18n.hpp"
#include "xlsx/book.hpp"

namespace baocao::xlsx {
namespace {

constexpr lxw_color_t kHeaderFill = 0xDDEBF7;
constexpr lxw_color_t kGroupFill = 0xF2F2F2;
constexpr lxw_color_t kInputFill = 0xFFF2CC;
constexpr lxw_color_t kNoInputFill = 0xD9D9D9;
constexpr lxw_color_t kGoodFont = 0x006100;
constexpr lxw_color_t kGoodFill = 0xC6EFCE;
constexpr lxw_color_t kBadFont = 0x9C0006;
constexpr lxw_color_t kBadFill = 0xFFC7CE;

std::string digits(int decimals) {
  return decimals > 0 ? "." + std::string(static_cast<std::size_t>(decimals), '0') : "";
}

void table_cell(lxw_format* f) {
  format_set_border(f, LXW_BORDER_THIN);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
}

void set_number(lxw_format* f, const std::string& code) {
  format_set_num_format(f, code.c_str());
}

void style_text(lxw_format* f, Style style) {
  switch (style) {
    case Style::title:
      format_set_bold(f);
      format_set_font_size(f, 13);
      break;
    case Style::note:
      format_set_italic(f);
      break;
    case Style::header:
      table_cell(f);
      format_set_bold(f);
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_CENTER);
      format_set_bg_color(f, kHeaderFill);
      break;
    case Style::group:
      table_cell(f);
      format_set_bold(f);
      format_set_bg_color(f, kGroupFill);
      break;
    case Style::text:
      table_cell(f);
      break;
    case Style::text_wrap:
      table_cell(f);
      format_set_text_wrap(f);
      break;
    case Style::center:  // status words and units wrap in narrow columns
      table_cell(f);
      format_set_align(f, LXW_ALIGN_CENTER);
      format_set_text_wrap(f);
      break;
    default:
      break;
  }
}

void style_number(lxw_format* f, Style style, int decimals) {
  const std::string d = digits(std::max(decimals, 0));
  table_cell(f);
  switch (style) {
    case Style::number:
      set_number(f, number_format(decimals));
      break;
    case Style::estimate:
      set_number(f, number_format(decimals));
      format_set_italic(f);
      break;
    case Style::percent:
      set_number(f, "0" + d + "%");
      break;
    case Style::signed_percent:
      set_number(f, "+0" + d + "%;-0" + d + "%;0" + d + "%");
      break;
    case Style::signed_number:
      set_number(f, "+#,##0" + d + ";-#,##0" + d + ";0" + d);
      break;
    case Style::integer:
      set_number(f, "0");
      break;
    case Style::date:
      set_number(f, "dd/mm/yyyy");
      format_set_align(f, LXW_ALIGN_LEFT);
      break;
    case Style::input_number:
      set_number(f, "General");
      format_set_unlocked(f);
      format_set_bg_color(f, kInputFill);
      break;
    case Style::input_text:
      format_set_unlocked(f);
      format_set_bg_color(f, kInputFill);
      format_set_text_wrap(f);
      break;
    case Style::no_input:
      format_set_bg_color(f, kNoInputFill);
      break;
    default:
      break;
  }
}

void style_conditional(lxw_format* f, Style style) {
  const bool good = style == Style::good;
  format_set_font_color(f, good ? kGoodFont : kBadFont);
  format_set_bg_color(f, good ? kGoodFill : kBadFill);
}

}  // namespace

std::string number_format(int decimals) {
  return "#,##0" + digits(std::max(decimals, 0));
}

lxw_format* Formats::get(Style style, int decimals) {
  decimals = std::clamp(decimals, 0, kMaxDecimals);
  lxw_format*& slot = made_[static_cast<std::size_t>(style)][static_cast<std::size_t>(decimals)];
  if (slot == nullptr) slot = make(style, decimals);
  return slot;
}

lxw_format* Formats::make(Style style, int decimals) {
  lxw_format* f = workbook_add_format(book_.handle());
  if (f == nullptr) {
    book_.fail(tr("libxlsxwriter could not allocate a cell format"), "");
    return nullptr;
  }
  if (style == Style::good || style == Style::bad) {
    style_conditional(f, style);  // a differential format: only what changes
    return f;
  }
  format_set_font_name(f, "Times New Roman");
  format_set_font_size(f, 12);
  if (style <= Style::center) {
    style_text(f, style);
  } else {
    style_number(f, style, decimals);
  }
  return f;
}

}  // namespace baocao::xlsx

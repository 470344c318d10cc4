#include "format/vietnamese.hpp"

#include <cmath>

#include <fmt/format.h>

#include "format/decimal.hpp"

namespace baocao::vi {
namespace {

std::string group_thousands(const std::string& digits) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back('.');
    out.push_back(digits[i]);
  }
  return out;
}

std::string compose(const DecimalText& t) {
  std::string out = t.negative ? "-" : "";
  out += group_thousands(t.integer);
  if (!t.fraction.empty()) out += "," + t.fraction;
  return out;
}

void drop_trailing_zeros(DecimalText& t) {
  std::size_t last = t.fraction.find_last_not_of('0');
  t.fraction.resize(last == std::string::npos ? 0 : last + 1);
}

bool rounds_to_zero(double value, int decimals) {
  DecimalText t = round_decimal(value, decimals);
  return t.integer == "0" && t.fraction.find_first_not_of('0') == std::string::npos;
}

std::string unit_suffix(ChangeUnit unit) {
  std::string label = change_unit_label(unit);
  return label == "%" ? label : " " + label;
}

// A status in its two forms: one table, so the workbook and the sentences never disagree.
struct StatusWords {
  Status status;
  const char* word;   // in a sentence
  const char* label;  // in a cell
};

constexpr StatusWords kStatusWords[] = {
    {Status::achieved, "đạt", "Đạt"},
    {Status::exceeded, "vượt", "Vượt"},
    {Status::not_achieved, "không đạt", "Không đạt"},
    {Status::not_judged, "không đánh giá", "Không đánh giá"},
};

const StatusWords& status_words(Status status) {
  for (const StatusWords& w : kStatusWords)
    if (w.status == status) return w;
  return kStatusWords[0];  // unreachable: every Status has a row
}

// The total is written as a sentence writes it in tables too: "8,5/19", not "8,5/19,0".
std::string with_total(std::string text, const Indicator& indicator) {
  if (indicator.type == IndicatorType::score && indicator.out_of)
    text += "/" + number(*indicator.out_of, indicator.decimals);
  return text;
}

std::string with_unit(const std::string& number_text, const std::string& unit) {
  if (unit.empty()) return number_text;
  if (unit == "%") return number_text + "%";
  return number_text + " " + unit;
}

}  // namespace

std::string number_fixed(double value, int decimals) {
  if (!std::isfinite(value)) return kMissing;
  return compose(round_decimal(value, decimals));
}

std::string number(double value, int decimals) {
  if (!std::isfinite(value)) return kMissing;
  DecimalText t = round_decimal(value, decimals);
  drop_trailing_zeros(t);
  return compose(t);
}

int shown_decimals(double value, int decimals) {
  if (!std::isfinite(value)) return 0;
  DecimalText t = round_decimal(value, decimals);
  drop_trailing_zeros(t);
  return static_cast<int>(t.fraction.size());
}

std::string percent(double value) {
  if (!std::isfinite(value)) return kMissing;
  return number(value, 2) + "%";
}

std::string change(double value, ChangeUnit unit) {
  if (!std::isfinite(value)) return kMissing;
  if (rounds_to_zero(value, 2)) return "không thay đổi";
  return fmt::format("{} {}{}", value < 0 ? "giảm" : "tăng", number(std::fabs(value), 2),
                     unit_suffix(unit));
}

std::string change_signed(double value, ChangeUnit unit) {
  if (!std::isfinite(value)) return kMissing;
  if (rounds_to_zero(value, 2)) return "0" + unit_suffix(unit);
  return fmt::format("{}{}{}", value < 0 ? "-" : "+", number(std::fabs(value), 2),
                     unit_suffix(unit));
}

std::string status_word(Status status) {
  return status_words(status).word;
}

std::string status_label(Status status) {
  return status_words(status).label;
}

std::string change_unit_label(ChangeUnit unit) {
  switch (unit) {
    case ChangeUnit::percent:
      return "%";
    case ChangeUnit::points:
      return "điểm %";
    case ChangeUnit::criteria:
      return "tiêu chí";
  }
  return {};
}

std::string roman(int n) {
  static constexpr std::pair<int, const char*> kParts[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, letters] : kParts)
    for (; n >= value; n -= value) out += letters;
  return out;
}

std::string date(const Date& d) {
  std::string month = d.month <= 2 ? fmt::format("{:02}", d.month) : fmt::format("{}", d.month);
  return fmt::format("ngày {:02} tháng {} năm {}", d.day, month, d.year);
}

std::string quantity(double value, const Indicator& indicator) {
  return with_unit(with_total(number(value, indicator.decimals), indicator), indicator.unit);
}

std::string range(const ValueRange& r, const Indicator& indicator) {
  std::string text = number(r.low, indicator.decimals) + "–" + number(r.high, indicator.decimals);
  return with_unit(with_total(text, indicator), indicator.unit);
}

std::string table_quantity(double value, const Indicator& indicator, int decimals) {
  return with_total(number_fixed(value, decimals), indicator);
}

std::string table_range(const ValueRange& r, const Indicator& indicator, int decimals) {
  return with_total(number_fixed(r.low, decimals) + "–" + number_fixed(r.high, decimals),
                    indicator);
}

}  // namespace baocao::vi

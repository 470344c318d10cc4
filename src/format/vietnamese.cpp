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
  switch (unit) {
    case ChangeUnit::percent:
      return "%";
    case ChangeUnit::points:
      return " điểm %";
    case ChangeUnit::criteria:
      return " tiêu chí";
  }
  return {};
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
  switch (status) {
    case Status::achieved:
      return "đạt";
    case Status::exceeded:
      return "vượt";
    case Status::not_achieved:
      return "không đạt";
    case Status::not_judged:
      return "không đánh giá";
  }
  return {};
}

std::string date(const Date& d) {
  std::string month = d.month <= 2 ? fmt::format("{:02}", d.month) : fmt::format("{}", d.month);
  return fmt::format("ngày {:02} tháng {} năm {}", d.day, month, d.year);
}

std::string quantity(double value, const Indicator& indicator) {
  std::string text = number(value, indicator.decimals);
  if (indicator.type == IndicatorType::score && indicator.out_of)
    text += "/" + number(*indicator.out_of, indicator.decimals);
  return with_unit(text, indicator.unit);
}

std::string range(const ValueRange& r, const Indicator& indicator) {
  std::string text = number(r.low, indicator.decimals) + "–" + number(r.high, indicator.decimals);
  if (indicator.type == IndicatorType::score && indicator.out_of)
    text += "/" + number(*indicator.out_of, indicator.decimals);
  return with_unit(text, indicator.unit);
}

}  // namespace baocao::vi

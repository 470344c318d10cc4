#include "load/value_rules.hpp"

#include <cmath>

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao {
namespace {

ValueProblem error(std::string message, std::string hint) {
  return {true, {}, std::move(message), std::move(hint)};
}

std::optional<ValueProblem> check_count(const Indicator& ind, std::string_view text,
                                        const ParsedNumber& n) {
  const double v = *n.value;
  if (v == std::floor(v) && !n.dot_groups_thousands) return std::nullopt;
  if (n.dot_groups_thousands) {
    std::string digits;
    for (char c : text)
      if (c != '.' && c != '+') digits += c;
    return error(trf("value `{}` of count indicator `{}` has a decimal point: did "
                     "you mean {}?",
                     text, ind.code, digits),
                 trf("a count is a whole number written without a thousands "
                     "separator: write {}",
                     digits));
  }
  return error(trf("value `{}` of count indicator `{}` is not a whole number", text, ind.code),
               tr("a count is a whole number of people, members, sites…: check the figure, "
                  "or make the indicator an amount or a rate"));
}

}  // namespace

std::optional<ValueProblem> check_value(const Indicator& ind, std::string_view text,
                                        const ParsedNumber& n, bool has_note) {
  const double v = *n.value;
  if (ind.type == IndicatorType::count)
    if (auto problem = check_count(ind, text, n)) return problem;
  if (ind.type == IndicatorType::score && ind.out_of && (v < 0 || v > *ind.out_of))
    return error(trf("value `{}` of score indicator `{}` is outside 0…{:g} (out_of)", text,
                     ind.code, *ind.out_of),
                 tr("a score counts the criteria met: from 0 to out_of"));
  // A share of a whole (out_of = 100): no note makes 120 % of the households possible.
  if (ind.type == IndicatorType::rate && ind.out_of && (v < 0 || v > *ind.out_of))
    return error(trf("value `{}` of rate indicator `{}` is outside 0…{:g} (out_of)", text, ind.code,
                     *ind.out_of),
                 tr("a share cannot exceed the whole: check the figure (from 0 to out_of)"));
  if (ind.type == IndicatorType::rate && !ind.out_of && ind.unit == "%" && !has_note &&
      (v < -100 || v > 1000))
    return error(trf("value `{}` of rate indicator `{}` is outside −100…1000 %", text, ind.code),
                 tr("check the figure; if it is right, say why in the note column"));
  if (n.fraction_digits > ind.decimals)
    return ValueProblem{false, tr("more digits than decimals"),
                        trf("value `{}` has {} digits after the decimal point but "
                            "indicator `{}` shows {} (decimals)",
                            text, n.fraction_digits, ind.code, ind.decimals),
                        trf("reports will round it to {} digits: round it in the file, "
                            "or raise decimals in indicators.csv",
                            ind.decimals)};
  return std::nullopt;
}

std::optional<ValueProblem> check_value(const Indicator& ind, double value, bool has_note) {
  const std::string text = fmt::format("{}", value);
  ParsedNumber n = parse_number(text);
  if (!n.value) {  // not a finite number in the contract's syntax: should not come here
    n = ParsedNumber{};
    n.value = value;
  }
  // The cell holds a number: a dot in it is a decimal point, never a thousands separator.
  n.dot_groups_thousands = false;
  return check_value(ind, text, n, has_note);
}

ValueProblem not_a_number(std::string_view shown, const ParsedNumber& number,
                          std::string general_hint) {
  if (number.meant.empty())
    return {true, {}, trf("value `{}` {}", shown, number.problem), std::move(general_hint)};
  return {true,
          {},
          number.meant_otherwise.empty()
              ? trf("value `{}` {} (it may mean {})", shown, number.problem, number.meant)
              : trf("value `{}` {} (it may mean {}, or {} if the comma separates thousands)", shown,
                    number.problem, number.meant, number.meant_otherwise),
          trf("write it as {}: numbers use a dot before the decimals and no thousands separator",
              number.meant)};
}

}  // namespace baocao

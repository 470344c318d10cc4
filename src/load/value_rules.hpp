#pragma once
// The rules a value must meet for its indicator's type, as values.csv applies them: one place,
// so that figures collected from returned workbooks are held to exactly the same rules.

#include <optional>
#include <string>
#include <string_view>

#include "core/dataset.hpp"
#include "load/number.hpp"

namespace baocao {

struct ValueProblem {
  bool error = true;      // false: a warning, and the value is kept
  std::string_view kind;  // a warning's kind (translated: shown), under which repeats are counted
  std::string message;
  std::string hint;
};

// `text` is the value as written (quoted in messages) and `number` its parse, with `value` set.
// `has_note`: the row explains itself, which lets a percentage lie outside −100…1000. At most
// one problem: the first rule broken (an error), or the warning when no rule is.
std::optional<ValueProblem> check_value(const Indicator& indicator, std::string_view text,
                                        const ParsedNumber& number, bool has_note);

// The same rules for a number held as a number (a spreadsheet cell): quoted in its shortest
// form.
std::optional<ValueProblem> check_value(const Indicator& indicator, double value, bool has_note);

// The error for a value that is not a number (`number` without `value`), `shown` as it is quoted:
// with the number it may mean and how to write that, or `general_hint` when no guess fits.
ValueProblem not_a_number(std::string_view shown, const ParsedNumber& number,
                          std::string general_hint);

}  // namespace baocao

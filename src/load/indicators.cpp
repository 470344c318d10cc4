// indicators.csv: the indicator catalogue.

#include <algorithm>
#include <initializer_list>
#include <utility>

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "core/unicode.hpp"
#include "load/encoding.hpp"
#include "load/number.hpp"
#include "load/parts.hpp"
#include "load/table.hpp"

namespace baocao {
namespace {

enum Column : std::size_t {
  kCode,
  kName,
  kUnit,
  kGroup,
  kType,
  kDirection,
  kDecimals,
  kDepartment,
  kOutOf,
  kAggregate,
  kKey,
  kPlanWord,
  kAreas,
};

template <typename E>
using Choices = std::initializer_list<std::pair<std::string_view, E>>;

template <typename E>
std::optional<E> parse_choice(std::string_view s, Choices<E> choices) {
  for (const auto& [name, value] : choices)
    if (s == name) return value;
  return std::nullopt;
}

// Reports a value that is not one of `choices`, with the meaning of each in `explained`.
template <typename E>
std::optional<E> read_choice(CsvTable& table, std::size_t column, Choices<E> choices,
                             std::string_view explained) {
  std::string_view s = table.raw(column);
  if (auto v = parse_choice(s, choices)) return v;
  std::string names;
  for (const auto& c : choices) names += fmt::format("{}{}", names.empty() ? "" : ", ", c.first);
  std::string lowered(s);
  for (char& c : lowered)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  std::string hint = parse_choice(lowered, choices) ? trf("write it in lower case: {}", lowered)
                                                    : trf("write one of: {}", explained);
  table.error(column,
              s.empty() ? trf("{} is empty", table.name(column))
                        : trf("{} `{}` is not one of {}", table.name(column), printable(s), names),
              std::move(hint));
  return std::nullopt;
}

std::optional<int> read_decimals(CsvTable& table) {
  std::string_view s = table.raw(kDecimals);
  if (s.size() == 1 && s[0] >= '0' && s[0] <= '4') return s[0] - '0';
  table.error(kDecimals,
              s.empty() ? std::string(tr("decimals is empty"))
                        : trf("decimals `{}` is not a whole number from 0 to 4", printable(s)),
              tr("write how many digits reports show after the decimal comma: 0 for counts, "
                 "2 for 18.797,39"));
  return std::nullopt;
}

// Each group is a sheet of the workbooks, and Excel allows 31 UTF-16 units in a sheet name.
void warn_long_group(CsvTable& table, const std::string& group) {
  std::size_t units = count_utf16_units(group);
  if (units <= kMaxSheetNameUnits) return;
  table.warning(kGroup, tr("group too long for a sheet name"),
                trf("group `{}` is {} characters long (as Excel counts them): its sheet "
                    "in the workbooks is named after its first {} only",
                    group, units, kMaxSheetNameUnits),
                tr("give the group a shorter name if the sheet's name should be whole"));
}

}  // namespace

bool is_indicator_code(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'))
      return false;
  return true;
}

void load_indicators(const LoadContext& ctx, Dataset& data, Catalog& catalog, SourceFile& file) {
  CsvTable table(ctx.path("indicators.csv"), ctx.shown("indicators.csv"),
                 {{"code"},
                  {"name"},
                  {"unit"},
                  {"group"},
                  {"type"},
                  {"direction"},
                  {"decimals"},
                  {"department"},
                  {"out_of", false},
                  {"aggregate"},
                  {"key"},
                  {"plan_word", false},
                  {"areas", false}},
                 ctx.diagnostics);
  table.check_drawable(ctx.drawable);
  if (!table.open()) {
    file = table.finish();
    return;
  }
  catalog.indicators_known = table.has(kCode);
  std::string departments;
  for (const auto& d : data.unit.departments)
    departments += fmt::format("{}{}", departments.empty() ? "" : ", ", d.code);

  while (table.next_row()) {
    if (!claim_code(table, kCode, CodeColumn{true}, catalog.indicator_index,
                    catalog.indicator_line))
      continue;
    std::string_view code = table.raw(kCode);
    bool complete = true;
    Indicator ind;
    ind.code = std::string(code);
    auto required_text = [&](std::size_t column, std::string_view example) {
      std::string value = table.text(column);
      if (value.empty()) {
        complete = false;
        table.error(column, trf("{} of indicator `{}` is empty", table.name(column), code),
                    trf("write it, e.g. {}", example));
      }
      return value;
    };
    ind.name = required_text(kName, "Tổng giá trị sản xuất");
    ind.unit = required_text(kUnit, "tỷ đồng, %, đảng viên");
    ind.group = required_text(kGroup, "Kinh tế");
    auto type = read_choice<IndicatorType>(
        table, kType,
        {{"amount", IndicatorType::amount},
         {"count", IndicatorType::count},
         {"rate", IndicatorType::rate},
         {"score", IndicatorType::score}},
        tr("amount (money, output, income), count (people, members, sites), rate (a percentage), "
           "score (criteria met out of out_of)"));
    auto direction = read_choice<Direction>(
        table, kDirection,
        {{"up", Direction::up}, {"down", Direction::down}, {"none", Direction::none}},
        tr("up (higher is better), down (lower is better, e.g. poverty rate), none (not judged, "
           "e.g. budget spending)"));
    auto decimals = read_decimals(table);
    auto aggregate = read_choice<Aggregate>(
        table, kAggregate,
        {{"sum", Aggregate::sum},
         {"mean", Aggregate::mean},
         {"range", Aggregate::range},
         {"none", Aggregate::none}},
        tr("sum, mean, range (shown as min–max) or none (reported for the unit only)"));
    auto key = read_choice<bool>(table, kKey, {{"yes", true}, {"no", false}},
                                 tr("yes for a main target (chỉ tiêu chủ yếu), otherwise no"));
    std::optional<AreaScope> scope = AreaScope::all;
    if (!table.raw(kAreas).empty())
      scope = read_choice<AreaScope>(
          table, kAreas,
          {{"all", AreaScope::all}, {"wards", AreaScope::wards}, {"communes", AreaScope::communes}},
          tr("all (the default), wards or communes"));
    complete = complete && type && direction && decimals && aggregate && key && scope;
    if (type) ind.type = *type;
    if (direction) ind.direction = *direction;
    if (decimals) ind.decimals = *decimals;
    if (aggregate) ind.aggregate = *aggregate;
    if (key) ind.key = *key;
    if (scope) ind.areas = *scope;
    if (std::string word = table.text(kPlanWord); !word.empty()) ind.plan_word = word;

    ind.department = std::string(table.raw(kDepartment));
    if (ind.department.empty()) {
      table.error(kDepartment, trf("department of indicator `{}` is empty", code),
                  departments.empty()
                      ? std::string(tr("write the code of a department listed in unit.toml"))
                      : trf("write one of the department codes of unit.toml: {}", departments));
    } else if (catalog.unit_known && data.find_department(ind.department) == nullptr) {
      table.error(kDepartment,
                  trf("department `{}` is not in unit.toml", printable(ind.department)),
                  trf("use one of {}, or add a [[departments]] block with code = \"{}\" to "
                      "unit.toml",
                      departments.empty() ? std::string(tr("its department codes")) : departments,
                      printable(ind.department)));
    }

    std::string_view out_of = table.raw(kOutOf);
    if (type == IndicatorType::score) {
      ParsedNumber n = parse_number(out_of);
      if (!n.value || *n.value <= 0) {
        complete = false;
        table.error(kOutOf,
                    out_of.empty() ? trf("score indicator `{}` has no out_of", code)
                                   : trf("out_of `{}` is not a positive number", printable(out_of)),
                    tr("write the total the score is out of: 19 for \"x/19 tiêu chí\""));
      } else {
        ind.out_of = *n.value;
      }
    } else if (type == IndicatorType::rate && !out_of.empty()) {
      // A share of a whole (tỷ lệ hộ nghèo): its values lie in 0…out_of.
      ParsedNumber n = parse_number(out_of);
      if (!n.value || *n.value <= 0) {
        complete = false;
        table.error(kOutOf, trf("out_of `{}` is not a positive number", printable(out_of)),
                    tr("write 100 for a share that cannot exceed the whole, or leave out_of empty "
                       "(a growth rate)"));
      } else {
        ind.out_of = *n.value;
      }
    } else if (type && !out_of.empty()) {
      table.error(kOutOf,
                  trf("out_of is given but indicator `{}` is of type {}, not score or rate", code,
                      to_string(*type)),
                  tr("leave out_of empty, or make the type score (or rate, for a share)"));
    }
    if (type == IndicatorType::rate && aggregate == Aggregate::sum)
      table.warning(kAggregate, tr("rate summed"),
                    trf("rate indicator `{}` has aggregate sum: the unit's figure will "
                        "be the sum of its areas' rates",
                        code),
                    tr("a rate is usually combined with mean, or given for the unit only (none)"));

    if (!ind.group.empty() &&
        std::find(data.groups.begin(), data.groups.end(), ind.group) == data.groups.end()) {
      data.groups.push_back(ind.group);
      warn_long_group(table, ind.group);
    }
    data.indicators.push_back(std::move(ind));
    catalog.indicator_line.push_back(table.line(kCode));
    catalog.indicator_complete.push_back(complete);
  }
  file = table.finish();
}

}  // namespace baocao

// areas.csv: the unit and its wards and communes.

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "load/encoding.hpp"
#include "load/parts.hpp"
#include "load/table.hpp"

namespace baocao {
namespace {

enum Column : std::size_t { kCode, kName, kType, kParent };

std::optional<AreaType> parse_area_type(std::string_view s) {
  if (s == "unit") return AreaType::unit;
  if (s == "ward") return AreaType::ward;
  if (s == "commune") return AreaType::commune;
  return std::nullopt;
}

// A ward or a commune, as a message names it.
std::string_view kind_word(AreaType type) {
  return type == AreaType::ward ? tr("ward") : tr("commune");
}

std::string area_type_hint(std::string_view typed) {
  std::string hint = tr("write unit (the whole town or district), ward (phường) or commune (xã)");
  if (typed == "phường" || typed == "Phường") return tr("write ward for a phường");
  if (typed == "xã" || typed == "Xã") return tr("write commune for a xã");
  if (typed == "Unit" || typed == "Ward" || typed == "Commune" || typed == "UNIT" ||
      typed == "WARD" || typed == "COMMUNE")
    hint = tr("write the type in lower case: unit, ward or commune");
  return hint;
}

struct PendingParent {
  std::uint32_t area;
  std::string parent;
  int line;
  int field;
};

}  // namespace

bool is_area_code(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

std::string code_hint(std::string_view typed, bool dots) {
  std::string upper;
  bool only_case = true;
  for (char c : typed) {
    char u = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    bool ok = (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '-' ||
              (dots && u == '.');
    only_case = only_case && ok;
    upper += u;
  }
  std::string allowed = dots ? tr("capital letters without accents, digits and the signs . - _")
                             : tr("capital letters without accents, digits and the signs - _");
  if (only_case && !typed.empty()) return trf("codes use {}: write {}", allowed, upper);
  return trf("codes use {} (no spaces, no Vietnamese letters)", allowed);
}

void load_areas(const LoadContext& ctx, Dataset& data, Catalog& catalog, SourceFile& file) {
  CsvTable table(ctx.path("areas.csv"), ctx.shown("areas.csv"),
                 {{"code"}, {"name"}, {"type"}, {"parent", false}}, ctx.diagnostics);
  table.check_drawable(ctx.drawable);
  if (!table.open()) {
    file = table.finish();
    return;
  }
  // Without a code column nothing in values.csv can be matched: do not report every row.
  catalog.areas_known = table.has(kCode);
  std::vector<PendingParent> parents;
  std::vector<std::uint32_t> units;
  while (table.next_row()) {
    if (!claim_code(table, kCode, CodeColumn{false}, catalog.area_index, catalog.area_line))
      continue;
    std::string_view code = table.raw(kCode);
    auto index = static_cast<std::uint32_t>(data.areas.size());
    Area area;
    area.code = std::string(code);
    area.name = table.text(kName);
    if (area.name.empty())
      table.error(kName, trf("name of area `{}` is empty", code),
                  tr("write the name as reports print it, e.g. phường Tây Sơn, xã Song An"));
    std::string_view type = table.raw(kType);
    auto parsed = parse_area_type(type);
    if (!parsed)
      table.error(kType,
                  type.empty() ? std::string(tr("type is empty"))
                               : trf("type `{}` is not an area type", printable(type)),
                  area_type_hint(table.text(kType)));
    area.type = parsed.value_or(AreaType::ward);
    std::string_view parent = table.raw(kParent);
    if (parsed == AreaType::unit) {
      units.push_back(index);
      if (!parent.empty())
        table.error(
            kParent,
            trf("the unit `{}` has parent `{}`: the unit is the top area", code, printable(parent)),
            tr("leave parent empty on the unit's row"));
    } else if (parsed) {
      if (parent.empty())
        table.error(kParent,
                    *parsed == AreaType::ward ? trf("ward `{}` has no parent", code)
                                              : trf("commune `{}` has no parent", code),
                    tr("write the unit's code as the parent of every ward and commune"));
      else
        parents.push_back({index, std::string(parent), table.line(kParent), table.field(kParent)});
    }
    data.areas.push_back(std::move(area));
    catalog.area_line.push_back(table.line(kCode));
    catalog.area_type_known.push_back(parsed.has_value());
  }
  file = table.finish();

  const std::string& shown = table.shown_path();
  if (!table.complete()) return;  // the missing column is reported; the rest would guess
  if (units.empty()) {
    ctx.diagnostics.error(shown, 0, 0, tr("no row has type `unit`"),
                          trf("add a row for the whole unit: {},{},unit,",
                              data.unit.code.empty() ? "ANKHE" : data.unit.code,
                              data.unit.name.empty() ? "thị xã An Khê" : data.unit.name));
  } else {
    for (std::size_t k = 1; k < units.size(); ++k)
      ctx.diagnostics.error(
          shown, catalog.area_line[units[k]], 0,
          trf("a second row of type `unit` (`{}`): the first is `{}` on line {}",
              data.areas[units[k]].code, data.areas[units[0]].code, catalog.area_line[units[0]]),
          tr("one row is the unit itself; the others are wards or communes"));
    std::uint32_t unit = units[0];
    data.unit_area = unit;
    catalog.unit_area_known = units.size() == 1;
    if (!data.unit.code.empty() && data.areas[unit].code != data.unit.code)
      ctx.diagnostics.error(shown, catalog.area_line[unit], 1,
                            trf("the unit's code is `{}` here but \"{}\" in unit.toml",
                                data.areas[unit].code, data.unit.code),
                            tr("use the same code in both files"));
  }
  for (const auto& p : parents) {
    auto it = catalog.area_index.find(p.parent);
    std::string_view kind = kind_word(data.areas[p.area].type);
    if (it == catalog.area_index.end()) {
      ctx.diagnostics.error(shown, p.line, p.field,
                            trf("parent `{}` of {} `{}` is not an area code in this file",
                                printable(p.parent), kind, data.areas[p.area].code),
                            units.empty()
                                ? std::string(tr("write the unit's code as the parent"))
                                : trf("write the unit's code: {}", data.areas[units[0]].code));
    } else if (data.areas[it->second].type != AreaType::unit) {
      ctx.diagnostics.error(
          shown, p.line, p.field,
          trf("parent `{}` of {} `{}` is not the unit but a {}", p.parent, kind,
              data.areas[p.area].code, kind_word(data.areas[it->second].type)),
          units.empty()
              ? std::string(tr("the parent of a ward or commune is the unit"))
              : trf("the parent of a ward or commune is the unit: {}", data.areas[units[0]].code));
    } else {
      data.areas[p.area].parent = p.parent;
    }
  }
}

}  // namespace baocao

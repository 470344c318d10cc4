#include "format/summary_json.hpp"

#include <nlohmann/json.hpp>

#include "compute/figures.hpp"

namespace baocao {
namespace {

using Json = nlohmann::ordered_json;

Json optional_number(const std::optional<double>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json indicator_json(const Indicator& i) {
  Json j;
  j["code"] = i.code;
  j["name"] = i.name;
  j["group"] = i.group;
  j["unit"] = i.unit;
  j["type"] = to_string(i.type);
  j["direction"] = to_string(i.direction);
  j["decimals"] = i.decimals;
  j["department"] = i.department;
  j["out_of"] = optional_number(i.out_of);
  j["aggregate"] = to_string(i.aggregate);
  j["areas_scope"] = to_string(i.areas);
  j["key"] = i.key;
  j["plan_word"] = i.plan_word;
  return j;
}

Json areas_json(const SummaryRow& row, const Dataset& data) {
  Json list = Json::array();
  for (const AreaFigure& a : row.areas) {
    const Area& area = data.areas[a.area];
    list.push_back({{"code", area.code},
                    {"name", area.name},
                    {"type", to_string(area.type)},
                    {"result", optional_number(a.result)},
                    {"is_estimate", a.result && a.is_estimate},
                    {"plan", optional_number(a.plan)},
                    {"previous", optional_number(a.previous)}});
  }
  return list;
}

// A figure's value: a number, a status word, or for a figure of a period of its own that has
// no key of its own for it (a span of years) an object with that period.
Json value_json(const Figure& figure, const FigureValue& v) {
  if (figure.format == FigureFormat::status) return v.status ? Json(to_string(*v.status)) : Json();
  if (v.period && v.number && figure.period_key.empty())
    return {
        {"period", v.period->to_string()}, {"value", *v.number}, {"is_estimate", v.is_estimate}};
  return optional_number(v.number);
}

// The figure and the keys that qualify it, in the schema's order.
void add_figure(Json& j, const Figure& figure, const SummaryRow& row) {
  const FigureValue v = figure.read(row);
  j[figure.key] = value_json(figure, v);
  if (!figure.estimate_key.empty()) j[figure.estimate_key] = (v.number || v.range) && v.is_estimate;
  if (figure.id == FigureId::result) {
    j["from_areas"] = row.from_areas;
    j["range"] = v.range ? Json{{"low", v.range->low}, {"high", v.range->high}} : Json();
  }
  if (!figure.period_key.empty())
    j[figure.period_key] = v.period ? v.period->to_string() : std::string();
  if (figure.format == FigureFormat::change)
    j[std::string(figure.key) + "_unit"] = to_string(v.change_unit);
  if (figure.computed)
    j[std::string(figure.key) + "_derivation"] = to_string(figure.computed(row)->derivation);
}

Json row_json(const SummaryRow& row, const Dataset& data) {
  Json j = indicator_json(row.indicator);
  for (const Figure& figure : figures()) add_figure(j, figure, row);
  j["trend"] = Json::array();
  for (const YearValue& y : row.trend)
    j["trend"].push_back({{"year", y.year}, {"value", y.value}, {"is_estimate", y.is_estimate}});
  j["areas"] = areas_json(row, data);
  return j;
}

}  // namespace

std::string summary_json(const Summary& summary, const Dataset& data) {
  Json j;
  j["unit"] = {
      {"code", data.unit.code}, {"name", data.unit.name}, {"province", data.unit.province}};
  j["period"] = summary.period.to_string();
  j["period_name"] = vietnamese_name(summary.period);
  j["previous_period"] = summary.previous_period.to_string();
  j["next_year"] = summary.next_year;
  j["term"] = summary.term.to_string();
  j["term_base_year"] = summary.term_base_year;
  j["groups"] = summary.groups;
  j["indicators"] = Json::array();
  for (const SummaryRow& row : summary.rows) j["indicators"].push_back(row_json(row, data));
  j["warnings"] = Json::array();
  for (const Diagnostic& d : summary.diagnostics.warnings())
    j["warnings"].push_back(
        {{"file", d.file}, {"line", d.line}, {"message", d.message}, {"hint", d.hint}});
  return j.dump(2) + "\n";
}

}  // namespace baocao

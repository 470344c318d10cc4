#include "briefing/model.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "briefing/figures.hpp"
#include "compute/figures.hpp"
#include "core/unicode.hpp"
#include "format/figure_text.hpp"
#include "format/vietnamese.hpp"

namespace baocao::briefing {
namespace {

// Labels: always present. Figures: `false` when there is no value.
const std::vector<std::string> kLabels = {"ma",   "ten",       "don_vi",
                                          "nhom", "phong_ban", "tu_ke_hoach"};
// Words of a sentence that follow from a figure without being one: missing with it.
struct FigureWord {
  std::string_view field;
  FigureId figure;
};
constexpr FigureWord kFigureWords[] = {
    {"dat", FigureId::result}, {"thuc_hien", FigureId::result}, {"giai_doan", FigureId::span}};

// The catalogue's template keys, then the words that follow from a figure.
const std::vector<std::string>& figure_fields() {
  static const std::vector<std::string> fields = [] {
    std::vector<std::string> v;
    for (const Figure& f : figures()) v.emplace_back(f.template_key);
    for (const FigureWord& w : kFigureWords) v.emplace_back(w.field);
    return v;
  }();
  return fields;
}

using Text = std::optional<std::string>;

std::map<std::string, Text> indicator_texts(const SummaryRow& row, const Dataset& data,
                                            const Summary& summary) {
  const Indicator& ind = row.indicator;
  std::map<std::string, Text> f;
  f["ma"] = ind.code;
  f["ten"] = ind.name;
  f["don_vi"] = ind.unit;
  f["nhom"] = ind.group;
  const Department* dept = data.find_department(ind.department);
  f["phong_ban"] = dept ? dept->name : ind.department;
  f["tu_ke_hoach"] = plan_word(row, summary.period);
  for (const Figure& figure : figures())
    f[std::string(figure.template_key)] = figure_words(figure, row);

  bool has_result = f["ket_qua"].has_value();
  f["dat"] = has_result ? Text(result_verb(row.is_estimate)) : std::nullopt;
  f["thuc_hien"] = has_result ? Text(carry_out_verb(row.is_estimate)) : std::nullopt;
  f["giai_doan"] = row.span ? Text(vietnamese_name(row.span->span)) : std::nullopt;
  return f;
}

mustache::data indicator_object(const SummaryRow& row, const Dataset& data,
                                const Summary& summary) {
  mustache::data obj{mustache::data::type::object};
  for (auto& [field, text] : indicator_texts(row, data, summary)) {
    if (text)
      obj.set(field, mustache::data{*text});
    else
      obj.set(field, mustache::data{mustache::data::type::bool_false});
  }
  return obj;
}

// A code's dotted parts as a tree, so that "KT.GTSX" is reached as KT -> GTSX.
struct CodeNode {
  mustache::data fields{mustache::data::type::object};
  std::map<std::string, CodeNode> children;
};

mustache::data to_data(const CodeNode& node) {
  mustache::data out = node.fields;
  for (const auto& [part, child] : node.children) out.set(part, to_data(child));
  return out;
}

mustache::data object_of(const std::vector<std::pair<std::string, std::string>>& fields) {
  mustache::data obj{mustache::data::type::object};
  for (const auto& [name, value] : fields) obj.set(name, mustache::data{value});
  return obj;
}

mustache::data letters_helper(std::string (*change)(std::string_view)) {
  return mustache::data{
      mustache::lambda2{[change](const std::string& text, const mustache::renderer& render) {
        return change(render(text));
      }}};
}

std::string upper(std::string_view text) {
  return to_upper(text);
}

}  // namespace

const std::vector<std::string>& indicator_fields() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> v = kLabels;
    v.insert(v.end(), figure_fields().begin(), figure_fields().end());
    return v;
  }();
  return all;
}

bool is_figure_field(std::string_view field) {
  return std::find(figure_fields().begin(), figure_fields().end(), field) != figure_fields().end();
}

std::string_view figure_meaning(std::string_view field) {
  if (const Figure* f = find_figure_by_template_key(field)) return f->meaning;
  for (const FigureWord& w : kFigureWords)
    if (w.field == field) return figure(w.figure).meaning;
  return {};
}

TemplateModel::TemplateModel(const Dataset& data, const Summary& summary, const Date& report_date)
    : summary_(summary), root_(mustache::data::type::object) {
  const Unit& unit = data.unit;
  std::vector<std::pair<std::string, std::string>> place = {
      {"ten", unit.name}, {"tinh", unit.province}, {"noi", unit.place}};
  std::vector<std::pair<std::string, std::string>> period = {
      {"ten", vietnamese_name(summary.period)},
      {"nam", fmt::format("{}", summary.period.whole_year().year)},
      {"truoc", vietnamese_name(summary.previous_period)},
      {"nam_sau", fmt::format("{}", summary.next_year)},
      {"ten_nam_sau", vietnamese_name(Period::of_year(summary.next_year))},
      {"nhiem_ky", summary.term.to_string()},
      {"nam_goc", fmt::format("{}", summary.term_base_year)},
      {"ngay", vi::date(report_date)},
      {"noi_ngay", place_date_line(unit.place, report_date)}};
  root_.set("dia_phuong", object_of(place));
  root_.set("ky", object_of(period));
  root_.set("chu_hoa", letters_helper(&upper));
  root_.set("chu_thuong_dau", letters_helper(&lower_first));
  for (const auto& [name, value] : place) top_level_names_.push_back("dia_phuong." + name);
  for (const auto& [name, value] : period) top_level_names_.push_back("ky." + name);
  top_level_names_.push_back("chu_hoa");
  top_level_names_.push_back("chu_thuong_dau");

  std::map<std::string, CodeNode> codes;
  for (const auto& row : summary.rows) {
    auto parts = mustache::split(row.indicator.code, '.');
    if (parts.empty()) continue;
    CodeNode* node = &codes[parts[0]];
    for (std::size_t i = 1; i < parts.size(); ++i) node = &node->children[parts[i]];
    node->fields = indicator_object(row, data, summary);
    codes_.push_back(row.indicator.code);
  }
  for (const auto& [part, node] : codes) root_.set(part, to_data(node));

  // The pointers stay valid: nothing is added to the model after this.
  for (const auto& code : codes_) {
    const mustache::data* obj = &root_;
    for (const auto& part : mustache::split(code, '.')) obj = obj ? obj->get(part) : nullptr;
    if (!obj) continue;
    for (const auto& field : figure_fields())
      if (const auto* value = obj->get(field); value && value->is_false())
        missing_.emplace(value, MissingFigure{code, field});
  }
  top_level_names_.insert(top_level_names_.end(), codes_.begin(), codes_.end());
}

const MissingFigure* TemplateModel::missing(const mustache::data* value) const {
  auto it = missing_.find(value);
  return it == missing_.end() ? nullptr : &it->second;
}

bool TemplateModel::has_code(std::string_view code) const {
  return std::find(codes_.begin(), codes_.end(), code) != codes_.end();
}

}  // namespace baocao::briefing

#pragma once
// The names a template can use: the figures of the summary, pre-formatted as Vietnamese text,
// as kainjow mustache data. See templates/README.md for the list.
//
//   dia_phuong.ten / .tinh / .noi          the reporting unit
//   ky.ten / .nam / .truoc / .nam_sau …    the report period
//   KT.GTSX.ket_qua …                      an indicator by its code; inside {{#KT.GTSX}} …
//                                          {{/KT.GTSX}} its fields are named alone: {{ket_qua}}
//   {{#chu_hoa}}…{{/chu_hoa}}              helpers that change the letters of their text
//
// A code's dots make nested objects (KT -> GTSX), which is how mustache reads a dotted name.
// Codes are upper case and every other name lower case, so they never clash. A figure that
// has no value is `false`: a section on it renders nothing, and the template stage replaces a
// placeholder of it by a marker that drops its sentence.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <kainjow/mustache.hpp>

#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "core/date.hpp"

namespace baocao::briefing {

namespace mustache = kainjow::mustache;

struct MissingFigure {
  std::string code;   // "KT.GTSX"
  std::string field;  // "ke_hoach"
};

// The names of an indicator's fields, in the README's order.
const std::vector<std::string>& indicator_fields();
// Whether a field is a figure that may be missing (as opposed to a label such as `ten`): a
// figure of the catalogue (compute/figures.hpp) or a word that follows from one (`dat`).
bool is_figure_field(std::string_view field);
// What a missing figure field stands for, in warnings: "the plan"; empty for a label.
std::string_view figure_meaning(std::string_view field);

class TemplateModel {
 public:
  TemplateModel(const Dataset& data, const Summary& summary, const Date& report_date);
  TemplateModel(const TemplateModel&) = delete;
  TemplateModel& operator=(const TemplateModel&) = delete;

  const mustache::data& root() const { return root_; }
  const Summary& summary() const { return summary_; }

  // The figure `value` stands for when it is a missing figure of an indicator, else nullptr.
  const MissingFigure* missing(const mustache::data* value) const;

  // Every name that can be written at the top level ("ky.ten", "KT.GTSX", "chu_hoa"), for
  // suggestions in messages.
  const std::vector<std::string>& top_level_names() const { return top_level_names_; }
  const std::vector<std::string>& codes() const { return codes_; }
  bool has_code(std::string_view code) const;

 private:
  const Summary& summary_;
  mustache::data root_;
  std::unordered_map<const mustache::data*, MissingFigure> missing_;
  std::vector<std::string> top_level_names_;
  std::vector<std::string> codes_;
};

}  // namespace baocao::briefing

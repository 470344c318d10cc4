#include "collect/identity.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "collect/returned.hpp"
#include "compute/compute.hpp"
#include "core/i18n.hpp"

namespace baocao::collect {
namespace {

std::string property(const InputWorkbook& w, const std::string& name) {
  auto it = w.properties.find(name);
  return it == w.properties.end() ? std::string() : it->second;
}

bool any_collected_result(const Dataset& data, const Period& period) {
  std::uint32_t last_source = 0;  // sources repeat: each is looked at once in a run of them
  bool last_collected = false;
  for (const auto& o : data.observations) {
    if (o.period != period || (o.basis != Basis::actual && o.basis != Basis::estimate)) continue;
    if (o.source != last_source) {
      std::string_view source = data.texts.at(o.source);
      last_source = o.source;
      last_collected = source.find("collect ") != std::string_view::npos &&
                       source.find(" sha256:") != std::string_view::npos;
    }
    if (last_collected) return true;
  }
  return false;
}

// The department that owns most of the indicator codes in column B, when it is not `claimed`:
// a workbook of one department relabelled as another's.
std::string owner_of_rows(const Dataset& data, const InputWorkbook& w, const std::string& claimed) {
  std::map<std::string, int> owners;
  for (const auto& cell : w.cells)
    if (cell.at.column == w.input->first.column + 1)
      if (auto i = data.find_indicator(cell.text)) ++owners[data.indicators[*i].department];
  std::string best;
  int most = 0;
  for (const auto& [dept, n] : owners)
    if (n > most) best = dept, most = n;
  return best == claimed ? std::string() : best;
}

}  // namespace

bool period_still_asked(const Dataset& data, const Period& asked) {
  std::optional<Period> latest;
  for (const Period& p : result_periods(data))
    if (p.kind == asked.kind) latest = p;
  if (!latest || asked > *latest) return true;
  return asked == *latest && any_collected_result(data, asked);
}

std::optional<InputRequest> check_identity(const Dataset& data, const InputWorkbook& w,
                                           const std::string& shown, Diagnostics& diagnostics) {
  auto refuse = [&](std::string message, std::string hint) {
    diagnostics.error(shown, 0, 0, std::move(message), std::move(hint));
    return std::nullopt;
  };
  std::string format = property(w, "baocao.format");
  if (format.empty() || !w.input)
    return refuse(
        tr("not a baocao department workbook: it has no baocao identity (custom "
           "properties) or no input table (the defined name baocao_input)"),
        tr("collect the workbook baocao build wrote under phong-ban/ for this dataset, filled "
           "in"));
  if (format != "1")
    return refuse(trf("the workbook is in input format {}, which this baocao does not "
                      "read (it reads format 1)",
                      format),
                  tr("collect it with the baocao version that made it, or send a new workbook"));

  std::string unit = property(w, "baocao.unit");
  if (unit != data.unit.code)
    return refuse(
        trf("the workbook was made for unit `{}`, not for this dataset's unit "
            "`{}`",
            unit, data.unit.code),
        tr("collect it into that unit's dataset with --data, or send this unit's workbook"));

  std::string dept = property(w, "baocao.department");
  if (data.find_department(dept) == nullptr)
    return refuse(trf("the workbook is for department `{}`, which unit.toml does not list", dept),
                  tr("add the department to unit.toml, or collect the workbook of a listed one"));

  auto sent_for = Period::parse(property(w, "baocao.sent_for"));
  auto asked = Period::parse(property(w, "baocao.asked"));
  if (!sent_for || !asked || *asked != next_period(*sent_for) ||
      property(w, "baocao.plan_period") != std::to_string(asked->year + 1))
    return refuse(trf("the workbook's periods (sent for `{}`, asked `{}`, plan `{}`) do "
                      "not fit together",
                      property(w, "baocao.sent_for"), property(w, "baocao.asked"),
                      property(w, "baocao.plan_period")),
                  tr("the identity was edited: send the department a new workbook"));
  if (!period_still_asked(data, *asked))
    return refuse(trf("the workbook asks for period {}, which is no longer being "
                      "collected: the dataset already has its results",
                      asked->to_string()),
                  tr("this is an old workbook: collect the one sent with the latest bundle"));

  InputRequest request = make_input_request(data, dept, *sent_for);
  if (property(w, "baocao.catalogue") != request.fingerprint) {
    if (std::string owner = owner_of_rows(data, w, dept); !owner.empty())
      return refuse(trf("the workbook says department `{}` but its rows are indicators "
                        "of department `{}`",
                        dept, owner),
                    tr("the identity was edited: collect the workbook as baocao made it"));
    return refuse(trf("the catalogue changed since the workbook was made: department "
                      "`{}`'s indicators or areas are not those it asks for",
                      dept),
                  tr("build the bundle again and send the department the new workbook, or collect "
                     "with the indicators.csv and areas.csv it was made from"));
  }
  return request;
}

}  // namespace baocao::collect

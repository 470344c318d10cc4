#include "compute/figures.hpp"

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao {
namespace {

std::string of_period(std::string_view words, const Period& period) {
  return std::string(words) + " " + vietnamese_name(period);
}

FigureValue read_result(const SummaryRow& r) {
  return {.number = r.result, .range = r.range, .is_estimate = r.is_estimate};
}

FigureValue read_plan(const SummaryRow& r) {
  return {.number = r.plan, .period = r.plan_period};
}

FigureValue read_previous(const SummaryRow& r) {
  return {.number = r.previous, .is_estimate = r.previous_is_estimate};
}

FigureValue read_change(const SummaryRow& r) {
  return {.number = r.change.value, .change_unit = r.change_unit};
}

FigureValue read_span(const SummaryRow& r) {
  if (!r.span) return {};
  return {.number = r.span->value, .is_estimate = r.span->is_estimate, .period = r.span->span};
}

// A function's static, so that outputs built at start-up (a CSV header) find it filled. Built
// at the first call, after main() chose the language (init_messages), the meanings are in the
// user's language.
const std::vector<Figure>& catalogue() {
  static const std::vector<Figure> kFigures = {
      {.id = FigureId::result,
       .key = "result",
       .template_key = "ket_qua",
       .meaning = tr("the result"),
       .format = FigureFormat::quantity,
       .read = read_result,
       .title = [](const Summary& s) { return of_period("Thực hiện", s.period); },
       .column = [](const Summary& s) { return of_period("Thực hiện", s.period); },
       .abbreviation = [](const Summary&) { return std::string("Thực hiện"); },
       .estimate_key = "is_estimate",
       .csv = true,
       .bars = true,
       .workbook_order = 3},
      {.id = FigureId::plan,
       .key = "plan",
       .template_key = "ke_hoach",
       .meaning = tr("the plan"),
       .format = FigureFormat::quantity,
       .read = read_plan,
       .title = [](const Summary& s) { return of_period("Kế hoạch", s.period); },
       .column = [](const Summary& s) { return of_period("Kế hoạch", s.period); },
       .abbreviation = [](const Summary&) { return std::string("Kế hoạch"); },
       .period_key = "plan_period",
       .csv = true,
       .bars = true,
       .workbook_order = 2},
      {.id = FigureId::pct_plan,
       .key = "pct_plan",
       .template_key = "pct_ke_hoach",
       .meaning = tr("the % of plan (no result or no plan)"),
       .format = FigureFormat::percent,
       .read = [](const SummaryRow& r) { return FigureValue{.number = r.pct_plan.value}; },
       .computed = [](const SummaryRow& r) { return &r.pct_plan; },
       .base = FigureId::plan,
       .title = [](const Summary&) { return std::string("% kế hoạch"); },
       .column = [](const Summary&) { return std::string("% KH"); },
       .abbreviation = [](const Summary&) { return std::string("% KH"); },
       .csv = true,
       .bars = true,
       .workbook_order = 4},
      {.id = FigureId::previous,
       .key = "previous",
       .template_key = "nam_truoc",
       .meaning = tr("the value a year earlier"),
       .format = FigureFormat::quantity,
       .read = read_previous,
       .title = [](const Summary& s) { return of_period("Thực hiện", s.previous_period); },
       .column = [](const Summary& s) { return of_period("Thực hiện", s.previous_period); },
       .abbreviation =
           [](const Summary& s) {
             return fmt::format("Cùng kỳ {}", s.previous_period.to_string());
           },
       .estimate_key = "previous_is_estimate",
       .csv = true,
       .bars = true,
       .workbook_order = 1},
      {.id = FigureId::change,
       .key = "change",
       .template_key = "thay_doi",
       .meaning = tr("the change (no result or no value a year earlier)"),
       .format = FigureFormat::change,
       .read = read_change,
       .computed = [](const SummaryRow& r) { return &r.change; },
       .base = FigureId::previous,
       .title = [](const Summary&) { return std::string("Tăng, giảm so với cùng kỳ"); },
       .column = [](const Summary& s) { return of_period("So với", s.previous_period); },
       .abbreviation = [](const Summary&) { return std::string("Tăng/giảm"); },
       .csv = true,
       .workbook_order = 5},
      {.id = FigureId::avg_growth,
       .key = "avg_growth",
       .template_key = "tang_truong_bq",
       .meaning = tr("the average growth over the term"),
       .format = FigureFormat::growth,
       .read = [](const SummaryRow& r) { return FigureValue{.number = r.avg_growth}; },
       .title =
           [](const Summary& s) {
             return fmt::format("Tăng bình quân/năm từ năm {}", s.term_base_year);
           },
       .column = [](const Summary&) { return std::string("Tăng trưởng bình quân (%/năm)"); },
       .abbreviation = [](const Summary&) { return std::string("BQ/năm"); },
       .csv = true,
       .workbook_order = 6},
      {.id = FigureId::status,
       .key = "status",
       .template_key = "trang_thai",
       .meaning = tr("the status (no result or no plan)"),
       .format = FigureFormat::status,
       .read = [](const SummaryRow& r) { return FigureValue{.status = r.status}; },
       .title = [](const Summary&) { return std::string("Đánh giá"); },
       .column = [](const Summary&) { return std::string("Đánh giá"); },
       .abbreviation = [](const Summary&) { return std::string("Đánh giá"); },
       .csv = true,
       .workbook_order = 7},
      {.id = FigureId::next_plan,
       .key = "next_plan",
       .template_key = "ke_hoach_nam_sau",
       .meaning = tr("the next year's plan"),
       .format = FigureFormat::quantity,
       .read = [](const SummaryRow& r) { return FigureValue{.number = r.next_plan}; },
       .title = [](const Summary& s) { return fmt::format("Kế hoạch năm {}", s.next_year); },
       .column = [](const Summary& s) { return fmt::format("Kế hoạch năm {}", s.next_year); },
       .abbreviation = [](const Summary& s) { return fmt::format("KH {}", s.next_year); },
       .csv = true,
       .bars = true,
       .workbook_order = 8},
      {.id = FigureId::term_target,
       .key = "term_target",
       .template_key = "muc_tieu_nhiem_ky",
       .meaning = tr("the term target"),
       .format = FigureFormat::quantity,
       .read = [](const SummaryRow& r) { return FigureValue{.number = r.term_target}; },
       .title = [](const Summary& s) { return "Mục tiêu nhiệm kỳ " + s.term.to_string(); },
       .column = [](const Summary& s) { return "Mục tiêu nhiệm kỳ " + s.term.to_string(); }},
      {.id = FigureId::span,
       .key = "span",
       .template_key = "gia_tri_giai_doan",
       .meaning = tr("a value for a span of years"),
       .format = FigureFormat::quantity,
       .read = read_span},
  };
  return kFigures;
}

}  // namespace

const std::vector<Figure>& figures() {
  return catalogue();
}

const Figure& figure(FigureId id) {
  for (const Figure& f : figures())
    if (f.id == id) return f;
  return figures().front();  // unreachable: every FigureId has a row (tested)
}

const Figure* find_figure_by_template_key(std::string_view template_key) {
  for (const Figure& f : figures())
    if (f.template_key == template_key) return &f;
  return nullptr;
}

}  // namespace baocao

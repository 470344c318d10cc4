#include "xlsx/fixture.hpp"

namespace baocao::testing {
namespace {

Indicator indicator(std::string code, std::string name, std::string unit, std::string group,
                    IndicatorType type, Direction direction, int decimals, std::string dept,
                    bool key) {
  Indicator i;
  i.code = std::move(code);
  i.name = std::move(name);
  i.unit = std::move(unit);
  i.group = std::move(group);
  i.type = type;
  i.direction = direction;
  i.decimals = decimals;
  i.department = std::move(dept);
  i.key = key;
  return i;
}

void unit(Dataset& d) {
  d.unit.code = "ANKHE";
  d.unit.name = "thị xã An Khê";
  d.unit.province = "Gia Lai";
  d.unit.place = "An Khê";
  d.unit.term = Period::of_span(2020, 2025);
  d.unit.term_base_year = 2020;
  d.unit.departments = {{"TCKH", "Phòng Tài chính - Kế hoạch"},
                        {"VHXH", "Phòng Văn hóa - Xã hội"},
                        {"NOIVU", "Phòng Nội vụ"}};
  d.areas = {{"ANKHE", "thị xã An Khê", AreaType::unit, ""},
             {"TAYSON", "phường Tây Sơn", AreaType::ward, "ANKHE"},
             {"SONGAN", "xã Song An", AreaType::commune, "ANKHE"}};
  d.unit_area = 0;
  d.files = {{"data/unit.toml", 1234, std::string(64, 'a')},
             {"data/areas.csv", 120, std::string(64, 'b')},
             {"data/indicators.csv", 2048, std::string(64, 'c')},
             {"data/values.csv", 4096, std::string(64, 'd')}};
}

void indicators(Dataset& d) {
  using enum IndicatorType;
  using enum Direction;
  d.indicators = {
      indicator("KT.GTSX", "Tổng giá trị sản xuất (giá hiện hành)", "tỷ đồng", "Kinh tế", amount,
                up, 2, "TCKH", true),
      indicator("NS.THU", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "Ngân sách", amount,
                none, 2, "TCKH", true),
      indicator("XH.NGHEO", "Tỷ lệ hộ nghèo", "%", "Văn hóa - Xã hội", rate, down, 2, "VHXH", true),
      indicator("XH.BHYT", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "Văn hóa - Xã hội", rate, up,
                1, "VHXH", true),
      indicator("NTM.XA", "Số tiêu chí nông thôn mới của các xã", "tiêu chí",
                "Đô thị - Nông thôn mới", score, up, 0, "VHXH", true),
      indicator("DT.VANMINH", "Số tiêu chí đô thị văn minh đạt được", "tiêu chí",
                "Đô thị - Nông thôn mới", score, up, 0, "TCKH", true),
      indicator("KT.HOKD", "Số hộ kinh doanh cá thể", "hộ", "Kinh tế", count, up, 0, "TCKH", false),
  };
  d.indicators[4].out_of = 19;
  d.indicators[4].aggregate = Aggregate::range;
  d.indicators[4].areas = AreaScope::communes;
  d.indicators[5].out_of = 10;
  d.indicators[6].aggregate = Aggregate::sum;
  d.indicators[1].plan_word = "dự toán";
  d.groups = {"Kinh tế", "Ngân sách", "Văn hóa - Xã hội", "Đô thị - Nông thôn mới"};
}

void observations(Dataset& d) {
  const std::uint32_t formula_note = d.texts.intern("=1+2 là ghi chú, không phải công thức");
  const std::uint32_t escape_note = d.texts.intern("Mã _x0041_ giữ nguyên");
  const std::uint32_t plus_note = d.texts.intern("+5% so với dự kiến");
  const std::uint32_t source = d.texts.intern("Chi cục Thống kê");
  const std::uint32_t at_source = d.texts.intern("@Phòng Tài chính");
  const std::uint32_t minus_note = d.texts.intern("-3% do giảm thu tiền sử dụng đất");
  std::uint32_t line = 2;
  auto add = [&](std::uint32_t ind, std::uint32_t area, Period p, Basis b, double v,
                 std::uint32_t note = 0, std::uint32_t src = 0) {
    d.observations.push_back({.value = v,
                              .indicator = ind,
                              .area = area,
                              .period = p,
                              .line = line++,
                              .note = note,
                              .source = src,
                              .basis = b});
  };
  const Period y20 = Period::of_year(2020), y21 = Period::of_year(2021);
  const Period y22 = Period::of_year(2022), y23 = Period::of_year(2023);
  add(0, 0, y20, Basis::actual, 10500.25, 0, source);
  add(0, 0, y21, Basis::actual, 12800.5, 0, source);
  add(0, 0, y22, Basis::actual, 16660, 0, source);
  add(0, 0, y23, Basis::estimate, 18797.39, formula_note, source);
  add(0, 0, y23, Basis::plan, 18741.16);
  add(1, 0, y23, Basis::actual, 250.5, plus_note, at_source);
  add(1, 0, y23, Basis::plan, 200);
  add(1, 0, y22, Basis::actual, 230, minus_note);
  add(2, 0, y23, Basis::actual, 7.16, escape_note);
  add(2, 0, y23, Basis::plan, 7.34);
  add(2, 0, y22, Basis::actual, 8.18);
  add(3, 0, y23, Basis::actual, 93.5);
  add(3, 0, y22, Basis::actual, 92.1);
  add(4, 0, y23, Basis::low, 9);
  add(4, 0, y23, Basis::high, 14);
  add(5, 0, y23, Basis::actual, 8);
  add(5, 0, y23, Basis::plan, 9);
  add(5, 0, y22, Basis::actual, 7);
  add(6, 1, y23, Basis::estimate, 70);
  add(6, 2, y23, Basis::actual, 50);
  add(6, 0, y23, Basis::plan, 110);
}

SummaryRow row_of(const Dataset& d, std::uint32_t index) {
  SummaryRow r;
  r.indicator_index = index;
  r.indicator = d.indicators[index];
  r.plan_period = Period::of_year(2023);
  return r;
}

ComputedFigure figure(double value, Derivation derivation) {
  return {value, derivation};
}

std::vector<SummaryRow> rows(const Dataset& d) {
  std::vector<SummaryRow> rows;
  SummaryRow r = row_of(d, 0);  // an estimate, % of plan and growth
  r.result = 18797.39, r.is_estimate = true, r.plan = 18741.16, r.previous = 16660;
  r.pct_plan = figure(18797.39 / 18741.16 * 100, Derivation::ratio);
  r.change = figure((18797.39 / 16660 - 1) * 100, Derivation::growth);
  r.avg_growth = 21.4, r.status = Status::exceeded, r.next_plan = 21000, r.term_target = 25000;
  r.trend = {{2020, 10500.25, false},
             {2021, 12800.5, false},
             {2022, 16660, false},
             {2023, 18797.39, true}};
  rows.push_back(r);
  r = row_of(d, 1);  // direction none: not judged
  r.result = 250.5, r.plan = 200, r.previous = 230;
  r.pct_plan = figure(250.5 / 200 * 100, Derivation::ratio);
  r.change = figure((250.5 / 230 - 1) * 100, Derivation::growth);
  r.status = Status::not_judged;
  r.trend = {{2022, 230, false}, {2023, 250.5, false}};
  rows.push_back(r);
  r = row_of(d, 2);  // down: plan ÷ result, change in points
  r.result = 7.16, r.plan = 7.34, r.previous = 8.18;
  r.pct_plan = figure(7.34 / 7.16 * 100, Derivation::inverse_ratio);
  r.change = figure(7.16 - 8.18, Derivation::difference), r.change_unit = ChangeUnit::points;
  r.status = Status::achieved;
  rows.push_back(r);
  r = row_of(d, 3);  // no plan
  r.result = 93.5, r.previous = 92.1;
  r.change = figure(93.5 - 92.1, Derivation::difference), r.change_unit = ChangeUnit::points;
  rows.push_back(r);
  r = row_of(d, 4);  // a range from the communes
  r.range = ValueRange{9, 14}, r.change_unit = ChangeUnit::criteria;
  r.areas = {{2, 12, false, std::nullopt, std::nullopt, std::nullopt}};
  rows.push_back(r);
  r = row_of(d, 5);  // a score below plan
  r.result = 8, r.plan = 9, r.previous = 7;
  r.pct_plan = figure(8.0 / 9 * 100, Derivation::ratio);
  r.change = figure(1, Derivation::difference), r.change_unit = ChangeUnit::criteria;
  r.status = Status::not_achieved, r.next_plan = 10;
  rows.push_back(r);
  r = row_of(d, 6);  // summed from the areas, one of them estimated
  r.result = 120, r.is_estimate = true, r.from_areas = true, r.plan = 110;
  r.pct_plan = figure(120.0 / 110 * 100, Derivation::ratio), r.status = Status::exceeded;
  r.areas = {{1, 70, true, std::nullopt, std::nullopt, 75},
             {2, 50, false, std::nullopt, 45, std::nullopt}};
  rows.push_back(r);
  return rows;
}

}  // namespace

WorkbookFixture make_workbook_fixture() {
  WorkbookFixture f;
  unit(f.data);
  indicators(f.data);
  observations(f.data);
  f.summary.period = Period::of_year(2023);
  f.summary.previous_period = Period::of_year(2022);
  f.summary.next_year = 2024;
  f.summary.term = f.data.unit.term;
  f.summary.term_base_year = 2020;
  f.summary.groups = f.data.groups;
  f.summary.rows = rows(f.data);
  return f;
}

}  // namespace baocao::testing

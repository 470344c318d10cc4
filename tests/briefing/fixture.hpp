#pragma once
// A small dataset and its summary built by hand, so that the template stage is tested on
// figures chosen here rather than on whatever compute makes of a file.

#include <filesystem>
#include <string>

#include "briefing/template.hpp"
#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {

struct Fixture {
  Dataset data;
  Summary summary;
  Date date{2024, 1, 5};
  std::string number;

  Fixture() {
    Unit& u = data.unit;
    u.code = "ANKHE";
    u.name = "thị xã An Khê";
    u.province = "Gia Lai";
    u.place = "An Khê";
    u.term = Period::of_span(2020, 2025);
    u.term_base_year = 2020;
    u.bodies = {{"council",
                 {},
                 {"HỘI ĐỒNG NHÂN DÂN", "THỊ XÃ AN KHÊ"},
                 "HĐND",
                 "TM. HỘI ĐỒNG NHÂN DÂN",
                 "CHỦ TỊCH",
                 "Nguyễn Văn A"},
                {"party",
                 {"ĐẢNG BỘ TỈNH GIA LAI"},
                 {"THỊ ỦY AN KHÊ"},
                 "TU",
                 "T/M BAN THƯỜNG VỤ",
                 "BÍ THƯ",
                 ""}};
    u.departments = {{"CCTK", "Chi cục Thống kê"}, {"LDTBXH", "Phòng Lao động - TB&XH"}};

    summary.period = Period::of_year(2023);
    summary.previous_period = Period::of_year(2022);
    summary.next_year = 2024;
    summary.term = u.term;
    summary.term_base_year = 2020;
    summary.groups = {"Kinh tế", "Ngân sách", "Văn hóa - Xã hội", "Đô thị - Nông thôn mới"};

    SummaryRow& gtsx = row("KT.GTSX", "Tổng giá trị sản xuất (giá hiện hành)", "tỷ đồng", "Kinh tế",
                           IndicatorType::amount, 2);
    gtsx.indicator.key = true;
    gtsx.result = 18797.39;
    gtsx.plan = 18741.17;
    gtsx.plan_period = summary.period;
    gtsx.pct_plan = {100.29997, Derivation::ratio};
    gtsx.previous = 16659.74;
    gtsx.change = {12.830, Derivation::growth};
    gtsx.avg_growth = 11.2;
    gtsx.status = Status::exceeded;
    gtsx.next_plan = 21000.5;
    gtsx.trend = {{2021, 15000, false}, {2022, 16659.74, false}, {2023, 18797.39, false}};

    SummaryRow& ttgt = row("KT.TTGT", "Tốc độ tăng trưởng giá trị sản xuất", "%", "Kinh tế",
                           IndicatorType::rate, 2);
    ttgt.span = SpanValue{Period::of_span(2021, 2023), 12.5, false};
    ttgt.next_plan = 12.25;

    SummaryRow& chi =
        row("NS.CHI", "Tổng chi ngân sách", "tỷ đồng", "Ngân sách", IndicatorType::amount, 3);
    chi.indicator.key = true;
    chi.indicator.direction = Direction::none;
    chi.indicator.plan_word = "dự toán";
    chi.result = 429.789;
    chi.is_estimate = true;
    chi.plan = 451.08;
    chi.plan_period = summary.period;
    chi.pct_plan = {95.28, Derivation::ratio};
    chi.status = Status::not_judged;

    SummaryRow& hn =
        row("XH.HN", "Tỷ lệ hộ nghèo", "%", "Văn hóa - Xã hội", IndicatorType::rate, 2);
    hn.indicator.key = true;
    hn.indicator.direction = Direction::down;
    hn.result = 1.42;
    hn.previous = 1.92;
    hn.change = {-0.5, Derivation::difference};
    hn.change_unit = ChangeUnit::points;
    hn.next_plan = 1.09;

    SummaryRow& ldvl = row("XH.LDVL", "Lao động - TB&XH có việc làm", "người", "Văn hóa - Xã hội",
                           IndicatorType::count, 0);
    ldvl.indicator.department = "LDTBXH";
    ldvl.next_plan = 46918;

    SummaryRow& ntm = row("NTM.NC", "Số tiêu chí nông thôn mới nâng cao", "tiêu chí",
                          "Đô thị - Nông thôn mới", IndicatorType::score, 0);
    ntm.indicator.key = true;
    ntm.indicator.out_of = 19;
    ntm.indicator.aggregate = Aggregate::range;
    ntm.range = ValueRange{9, 14};
  }

  // Adds an indicator and its summary row (the reference is valid until the next row).
  SummaryRow& row(const std::string& code, const std::string& name, const std::string& unit,
                  const std::string& group, IndicatorType type, int decimals) {
    Indicator i;
    i.code = code;
    i.name = name;
    i.unit = unit;
    i.group = group;
    i.type = type;
    i.decimals = decimals;
    i.department = "CCTK";
    data.indicators.push_back(i);
    SummaryRow r;
    r.indicator_index = static_cast<std::uint32_t>(summary.rows.size());
    r.indicator = i;
    r.plan_period = summary.period;
    summary.rows.push_back(r);
    return summary.rows.back();
  }

  // A row by code, to change one figure in a test.
  SummaryRow& find(const std::string& code) {
    for (auto& r : summary.rows)
      if (r.indicator.code == code) return r;
    throw std::runtime_error("no row " + code);
  }

  BriefingRequest request() const { return {data, summary, date, number}; }
};

inline const std::string kStateToml = R"(preset = "state"
document_type = "BÁO CÁO"
summary_line = "Kết quả thực hiện các chỉ tiêu {{ky.ten}}"
recipients = ["Thường trực HĐND tỉnh", "- UBND thị xã;", "Lưu: VT"]
)";

inline const std::string kPartyToml = R"(preset = "party"
document_type = "BÁO CÁO"
summary_line = "Kết quả lãnh đạo {{ky.ten}}"
recipients = ["Thường trực Tỉnh ủy", "Lưu: VT"]

[info]
title = "Tiêu đề {{ky.ten}}"
keywords = "báo cáo"
)";

// Writes templates/<name>/template.toml and body.md under `dir`.
inline void write_template(const std::filesystem::path& dir, const std::string& name,
                           const std::string& toml, const std::string& body) {
  write_file(dir / name / "template.toml", toml);
  write_file(dir / name / "body.md", body);
}

}  // namespace baocao::testing

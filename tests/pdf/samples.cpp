#include "pdf/samples.hpp"

#include <fmt/format.h>

namespace baocao::testing {
namespace {

Paragraph text(std::string s) {
  return Paragraph{{{std::move(s)}}};
}

std::vector<Block> common_body() {
  std::vector<Block> body;
  body.push_back(Heading{1, "I. Kết quả thực hiện nhiệm vụ năm 2023"});
  body.push_back(Heading{2, "1. Về kinh tế"});
  body.push_back(Paragraph{{{"Năm 2023, trong bối cảnh còn nhiều khó khăn, "},
                            {"kinh tế thị xã tiếp tục tăng trưởng khá", true},
                            {"; "},
                            {"các chỉ tiêu chủ yếu", false, true},
                            {" đều đạt và vượt kế hoạch. " + kOutputSentence +
                             "; tổng giá trị sản lượng công nghiệp, tiểu thủ công nghiệp đạt "
                             "8.262,8 tỷ đồng."}}});
  body.push_back(
      text("Thương mại - dịch vụ phát triển khá, tổng mức luân chuyển hàng hóa bán lẻ và dịch vụ "
           "ước đạt 7.025 tỷ đồng, bằng 100,19% kế hoạch. Thu ngân sách trên địa bàn đạt 134,122 "
           "tỷ đồng; tổng chi ngân sách ước thực hiện 429,789 tỷ đồng, bằng 95,28% dự toán."));
  body.push_back(Heading{3, "a) Chữ có dấu"});
  body.push_back(text(kAllDiacritics));
  return body;
}

}  // namespace

Table long_table(int rows) {
  Table table;
  table.caption = "Bảng 1. Kết quả các chỉ tiêu chủ yếu năm 2023";
  table.columns = {{"TT", 0.6, Align::center},          {"Chỉ tiêu", 4, Align::left},
                   {"Đơn vị tính", 1.4, Align::center}, {"Kế hoạch", 1.5, Align::right},
                   {"Thực hiện", 1.5, Align::right},    {"So với kế hoạch (%)", 1.5, Align::right}};
  for (int i = 1; i <= rows; ++i) {
    if (i % 40 == 1)
      table.rows.push_back({{fmt::format("Nhóm {}: Kinh tế - xã hội", i / 40 + 1)}, true});
    table.rows.push_back({{std::to_string(i),
                           i % 7 == 0 ? fmt::format("Chỉ tiêu số {} có tên dài, phải xuống dòng "
                                                    "trong ô của bảng",
                                                    i)
                                      : fmt::format("Chỉ tiêu số {}", i),
                           "tỷ đồng", fmt::format("{}.{:03},5", i, i * 7 % 1000),
                           fmt::format("{}.{:03},25", i, i * 11 % 1000),
                           fmt::format("{},{}", 90 + i % 20, i % 10)}});
  }
  return table;
}

Chart plan_chart() {
  Chart chart;
  chart.kind = ChartKind::bars;
  chart.title = "Biểu đồ 1. Kết quả so với kế hoạch các chỉ tiêu chủ yếu năm 2023";
  chart.categories = {"Tổng giá trị sản xuất", "Công nghiệp - TTCN", "Bán lẻ hàng hóa",
                      "Thu ngân sách", "Kết nạp đảng viên"};
  chart.series = {{"Thực hiện (% kế hoạch)", {100.3, 98.6, 100.19, 112.4, 101.35}}};
  chart.value_label = "% kế hoạch";
  chart.decimals = 2;
  chart.reference = 100;
  chart.reference_label = "Kế hoạch (100%)";
  return chart;
}

Chart trend_chart() {
  Chart chart;
  chart.kind = ChartKind::lines;
  chart.title = "Biểu đồ 2. Giá trị sản xuất giai đoạn 2020 - 2023";
  chart.categories = {"2020", "2021", "2022", "2023"};
  chart.series = {{"Tổng giá trị sản xuất", {12500.5, 14210.75, 16659.1, 18797.39}},
                  {"Công nghiệp - TTCN", {5100.2, 6020, std::nullopt, 8262.8}}};
  chart.value_label = "tỷ đồng";
  chart.decimals = 1;
  return chart;
}

Briefing state_briefing() {
  Briefing b;
  b.name = "hdnd";
  b.preset = Preset::state;
  b.header.issuing_body = {"HỘI ĐỒNG NHÂN DÂN", "THỊ XÃ AN KHÊ"};
  b.header.number_line = "Số: 05/BC-HĐND";
  b.header.place_date_line = kDateLine;
  b.document_type = "BÁO CÁO";
  b.summary_line =
      "Kết quả giám sát tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023";
  b.body = common_body();
  b.body.push_back(plan_chart());
  b.body.push_back(trend_chart());
  b.body.push_back(Heading{1, "II. Phương hướng, nhiệm vụ năm 2024"});
  b.body.push_back(
      text("Tiếp tục thực hiện có hiệu quả các nghị quyết của Hội đồng nhân dân "
           "thị xã; tập trung tháo gỡ khó khăn, thúc đẩy sản xuất kinh doanh."));
  b.signature = {"TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"};
  b.recipients = {"- Thường trực HĐND tỉnh;", "- Thường trực Thị ủy;", "- UBND thị xã;",
                  "- Các đại biểu HĐND thị xã;", "- Lưu: VT, HĐND."};
  b.info = {"Báo cáo kết quả thực hiện nhiệm vụ năm 2023 (HĐND)",
            "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023",
            "Hội đồng nhân dân thị xã An Khê", "An Khê; 2023; kinh tế - xã hội"};
  b.report_date = {2024, 1, 5};
  return b;
}

Briefing party_briefing() {
  Briefing b;
  b.name = "thi-uy";
  b.preset = Preset::party;
  b.header.superior = {"ĐẢNG BỘ TỈNH GIA LAI"};
  b.header.issuing_body = {"THỊ ỦY AN KHÊ"};
  b.header.number_line = "Số 125-BC/TU";
  b.header.place_date_line = kDateLine;
  b.document_type = "BÁO CÁO";
  b.summary_line = "Tình hình thực hiện Nghị quyết Đại hội Đảng bộ thị xã năm 2023";
  b.body = common_body();
  b.body.push_back(long_table(120));
  b.body.push_back(
      text("Đảng bộ thị xã chú trọng xây dựng hệ thống chính trị theo hướng tinh "
           "gọn, hoạt động hiệu lực, hiệu quả."));
  b.signature = {"T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Thị Bình"};
  b.recipients = {"- Ban Thường vụ Tỉnh ủy (b/c),", "- Các đồng chí Thị ủy viên,",
                  "- Lưu Văn phòng Thị ủy."};
  b.info = {"Báo cáo tình hình thực hiện Nghị quyết năm 2023 (Thị ủy)",
            "Tình hình thực hiện Nghị quyết Đại hội Đảng bộ thị xã năm 2023", "Thị ủy An Khê",
            "An Khê; 2023; Nghị quyết"};
  b.report_date = {2024, 1, 5};
  return b;
}

}  // namespace baocao::testing

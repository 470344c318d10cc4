// The plain-text layout of a briefing built by hand.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "briefing/template.hpp"

namespace baocao {
namespace {

using ::testing::HasSubstr;

Briefing sample(Preset preset) {
  Briefing b;
  b.name = "x";
  b.preset = preset;
  if (preset == Preset::party) b.header.superior = {"ĐẢNG BỘ TỈNH GIA LAI"};
  b.header.issuing_body = {preset == Preset::party ? "THỊ ỦY AN KHÊ" : "HỘI ĐỒNG NHÂN DÂN"};
  b.header.number_line = preset == Preset::party ? "Số 125-BC/TU" : "Số: 05/BC-HĐND";
  b.header.place_date_line = "An Khê, ngày 05 tháng 01 năm 2024";
  b.document_type = "BÁO CÁO";
  b.summary_line = "Kết quả năm 2023";
  b.body.emplace_back(Heading{1, "I. KẾT QUẢ"});
  b.body.emplace_back(
      Paragraph{{{"Thu ", false, false}, {"đạt", true, false}, {" 5.", false, true}}});
  Table t;
  t.caption = "Bảng 1";
  t.columns = {
      {"STT", 0.5, Align::center}, {"Chỉ tiêu", 3, Align::left}, {"Kết quả", 1, Align::right}};
  t.rows = {{{"Kinh tế"}, true}, {{"1", "Thu", "1.234,5"}, false}, {{"2", "Chi tiêu", "7"}, false}};
  b.body.emplace_back(t);
  Chart c;
  c.kind = ChartKind::bars;
  c.title = "Hình 1";
  c.categories = {"Thu", "Chi"};
  c.series = {{"% kế hoạch", {100.3, std::nullopt}}};
  c.value_label = "% kế hoạch";
  c.decimals = 2;
  c.reference = 100;
  c.reference_label = "Kế hoạch (100%)";
  b.body.emplace_back(c);
  b.signature = {preset == Preset::party ? "T/M BAN THƯỜNG VỤ" : "TM. HỘI ĐỒNG NHÂN DÂN",
                 preset == Preset::party ? "BÍ THƯ" : "CHỦ TỊCH", "Nguyễn Văn A"};
  b.recipients = {"- Thường trực HĐND tỉnh;", "- Lưu: VT."};
  return b;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

TEST(TextLayout, StateHeaderInTwoColumns) {
  auto l = lines(render_text(sample(Preset::state)));
  ASSERT_GE(l.size(), 3u);
  EXPECT_EQ(l[0], "HỘI ĐỒNG NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(l[1], "                                    Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(l[2], "Số: 05/BC-HĐND                      An Khê, ngày 05 tháng 01 năm 2024");
}

TEST(TextLayout, PartyHeaderHasTheStar) {
  auto l = lines(render_text(sample(Preset::party)));
  EXPECT_EQ(l[0], "ĐẢNG BỘ TỈNH GIA LAI                ĐẢNG CỘNG SẢN VIỆT NAM");
  EXPECT_EQ(l[1], "THỊ ỦY AN KHÊ");
  EXPECT_EQ(l[2], "*");
  EXPECT_EQ(l[3], "Số 125-BC/TU                        An Khê, ngày 05 tháng 01 năm 2024");
}

TEST(TextLayout, BodyTableChartAndSignature) {
  std::string text = render_text(sample(Preset::state));
  EXPECT_THAT(text, HasSubstr("\nI. KẾT QUẢ\n\nThu đạt 5.\n"));
  EXPECT_THAT(text, HasSubstr("Bảng 1\n"
                              "STT | Chỉ tiêu | Kết quả\n"
                              "------------------------\n"
                              "Kinh tế\n"
                              " 1  | Thu      | 1.234,5\n"
                              " 2  | Chi tiêu |       7\n"));
  EXPECT_THAT(text, HasSubstr("[Biểu đồ cột] Hình 1 (% kế hoạch)\n"
                              "  Thu — % kế hoạch: 100,3\n"
                              "  Chi — % kế hoạch: —\n"
                              "  Kế hoạch (100%): 100\n"));
  EXPECT_THAT(text, HasSubstr("Nơi nhận:                           TM. HỘI ĐỒNG NHÂN DÂN\n"
                              "- Thường trực HĐND tỉnh;            CHỦ TỊCH\n"
                              "- Lưu: VT.\n"));
  EXPECT_THAT(text, HasSubstr("\n                                    Nguyễn Văn A\n"));
  EXPECT_THAT(text, HasSubstr("\n                                         BÁO CÁO\n"));
}

}  // namespace
}  // namespace baocao

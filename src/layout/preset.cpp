#include "layout/preset.hpp"

#include "core/unicode.hpp"

namespace baocao::layout {
namespace {

// Shared by both layouts: the guidance says nothing about tables and charts, so they follow
// the body's typeface at the sizes offices use for tables in briefings.
TableLayout common_table() {
  return {
      .caption = {.size = 13, .bold = true},
      .header = {.size = 12, .bold = true},
      .cell = {.size = 12},
      .group = {.size = 12, .bold = true},
  };
}

// Decree 30 (Appendix I, "chỉ dẫn về dự thảo văn bản"): upper case, 13–14 pt, upright, bold,
// in a rectangle with a single border; Party documents mark their drafts the same way.
DraftMarkLayout common_draft_mark() {
  return {.style = {.size = 14, .bold = true, .upper = true}};
}

ChartLayout common_chart() {
  return {
      .title = {.size = 13, .bold = true},
      .axis = {.size = 10},
      .label = {.size = 10},
      .value = {.size = 9},
      .legend = {.size = 10},
      .grid_color = {0.80, 0.80, 0.80},
      .reference_color = {0.75, 0.12, 0.12},
      .palette = {{0.16, 0.34, 0.60},
                  {0.90, 0.52, 0.13},
                  {0.27, 0.58, 0.29},
                  {0.50, 0.50, 0.50},
                  {0.55, 0.27, 0.62}},
  };
}

// Decree 30/2020/NĐ-CP, Appendix I (state format): People's Council briefings.
PresetLayout state_layout() {
  PresetLayout p;
  p.guidance = "Nghị định 30/2020/NĐ-CP, Phụ lục I";
  p.guidance_version = "2020-03-05";
  p.margins = {.top_mm = 20, .bottom_mm = 20, .left_mm = 30, .right_mm = 15};
  p.header = {
      .left_column_mm = 65,
      .line_spacing = 1.1,
      .superior = {.size = 13, .upper = true},
      .issuing_body = {.size = 13, .bold = true, .upper = true},
      .issuing_rule = {.length_ratio = 0.4, .thickness_pt = 0.5, .gap_pt = 6},
      .issuing_mark = "",
      .issuing_mark_style = {},
      .number = {.size = 13},
      .right_lines = {{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       {.size = 13, .bold = true, .upper = true}},
                      {"Độc lập - Tự do - Hạnh phúc", {.size = 14, .bold = true}}},
      .right_rule = {.length_ratio = 1.0, .thickness_pt = 0.5, .gap_pt = 6},
      .place_date = {.size = 14, .italic = true},
      .date_on_number_line = true,
      .gap_after_pt = 22,
  };
  p.draft_mark = common_draft_mark();
  p.title = {
      .document_type = {.size = 14, .bold = true, .upper = true},
      .summary = {.size = 14, .bold = true},
      .line_spacing = 1.15,
      .summary_width_ratio = 0.85,
      .summary_rule = {.length_ratio = 0.4, .thickness_pt = 0.5, .gap_pt = 5},
      .gap_after_pt = 18,
  };
  p.body = {
      .text = {.size = 14},
      .line_spacing = 1.15,
      .first_line_indent_mm = 12.7,
      .paragraph_space_pt = 6,
      .headings = {{.size = 14, .bold = true, .upper = true},
                   {.size = 14, .bold = true},
                   {.size = 14}},
      .heading_space_before_pt = 6,
  };
  p.table = common_table();
  p.chart = common_chart();
  p.page_number = {.style = {.size = 14}, .baseline_from_top_mm = 12, .first_numbered_page = 2};
  p.signature = {
      .authority = {.size = 14, .bold = true, .upper = true},
      .title = {.size = 14, .bold = true, .upper = true},
      .name = {.size = 14, .bold = true},
      .line_spacing = 1.15,
      .signing_space_mm = 24,
      .space_before_pt = 12,
  };
  p.recipients = {
      .heading = {.size = 12, .bold = true, .italic = true},
      .list = {.size = 11},
      .heading_text = "Nơi nhận:",
      .line_spacing = 1.1,
  };
  return p;
}

// Guidance 36-HD/VPTW of the Central Party Office (2018): Party Committee briefings.
PresetLayout party_layout() {
  PresetLayout p;
  p.guidance = "Hướng dẫn 36-HD/VPTW của Văn phòng Trung ương Đảng";
  p.guidance_version = "2018-04-03";
  p.margins = {.top_mm = 20, .bottom_mm = 20, .left_mm = 30, .right_mm = 15};
  p.header = {
      .left_column_mm = 75,
      .line_spacing = 1.1,
      .superior = {.size = 14, .upper = true},
      .issuing_body = {.size = 14, .bold = true, .upper = true},
      .issuing_rule = {},
      .issuing_mark = "*",
      .issuing_mark_style = {.size = 14},
      .number = {.size = 14},
      .right_lines = {{"ĐẢNG CỘNG SẢN VIỆT NAM", {.size = 15, .bold = true, .upper = true}}},
      .right_rule = {.length_ratio = 1.0, .thickness_pt = 0.5, .gap_pt = 6},
      .place_date = {.size = 14, .italic = true},
      .date_on_number_line = false,
      .gap_after_pt = 22,
  };
  p.draft_mark = common_draft_mark();
  p.title = {
      .document_type = {.size = 16, .bold = true, .upper = true},
      .summary = {.size = 14, .bold = true},
      .line_spacing = 1.15,
      .summary_width_ratio = 0.85,
      .summary_rule = {},
      .gap_after_pt = 18,
  };
  p.body = {
      .text = {.size = 14},
      .line_spacing = 1.15,
      .first_line_indent_mm = 10,
      .paragraph_space_pt = 6,
      .headings = {{.size = 14, .bold = true, .upper = true},
                   {.size = 14, .bold = true},
                   {.size = 14}},
      .heading_space_before_pt = 6,
  };
  p.table = common_table();
  p.chart = common_chart();
  p.page_number = {.style = {.size = 14}, .baseline_from_top_mm = 12, .first_numbered_page = 2};
  p.signature = {
      .authority = {.size = 14, .bold = true, .upper = true},
      .title = {.size = 14, .upper = true},
      .name = {.size = 14, .bold = true},
      .line_spacing = 1.15,
      .signing_space_mm = 24,
      .space_before_pt = 12,
  };
  p.recipients = {
      .heading = {.size = 14, .underline = true},
      .list = {.size = 12},
      .heading_text = "Nơi nhận:",
      .line_spacing = 1.1,
  };
  return p;
}

}  // namespace

const PresetLayout& preset_layout(Preset preset) {
  static const PresetLayout state = state_layout();
  static const PresetLayout party = party_layout();
  return preset == Preset::party ? party : state;
}

std::string styled(const TextStyle& style, std::string_view text) {
  return style.upper ? to_upper(text) : to_nfc(text);
}

}  // namespace baocao::layout

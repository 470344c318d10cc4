#pragma once
// Charts in the Word file: each Chart block is a chart part of its own
// (word/charts/chartN.xml, chart.cpp), drawn inline in a centred paragraph of the body
// (drawing.cpp). Charts are numbered from 1 in the order of the body.

#include <string>
#include <vector>

#include "briefing/briefing.hpp"
#include "layout/preset.hpp"

namespace baocao::docx {

// The Chart blocks of the body, in order: chart N is the N-th.
std::vector<const Chart*> body_charts(const Briefing& briefing);

// "word/charts/chart3.xml" and its relationship id in word/_rels/document.xml.rels.
std::string chart_part_name(std::size_t number);
std::string chart_relationship_id(std::size_t number);

// The chart part: a c:chartSpace with the data cached in it (no embedded workbook).
std::string chart_xml(const Chart& chart, const layout::ChartLayout& style);

// The chart's size in the body: the text width, and the plot height plus room for the title,
// the category labels and the legend, in EMU (1/914400 inch).
struct ChartExtent {
  long long width = 0;
  long long height = 0;
};
ChartExtent chart_extent(const Chart& chart, const layout::PresetLayout& layout);

// The centred paragraph that shows chart `number` inline; its drawing id is `number`.
// `keep_next`: Word keeps it on the page of the next paragraph.
std::string chart_paragraph_xml(const Chart& chart, std::size_t number,
                                const layout::PresetLayout& layout, bool keep_next = false);

}  // namespace baocao::docx

#include "docx/render.hpp"

#include "docx/chart.hpp"
#include "docx/parts.hpp"
#include "layout/preset.hpp"

namespace baocao {

std::vector<docx::PackagePart> briefing_docx_parts(const Briefing& briefing) {
  const layout::PresetLayout& layout = layout::preset_layout(briefing.preset);
  std::vector<const Chart*> charts = docx::body_charts(briefing);
  // [Content_Types].xml first, as Word writes it: some readers look for it there.
  std::vector<docx::PackagePart> parts{
      {"[Content_Types].xml", docx::content_types_xml(charts.size())},
      {"_rels/.rels", docx::package_relationships_xml()},
      {"word/document.xml", docx::document_xml(briefing, layout)},
      {"word/_rels/document.xml.rels", docx::document_relationships_xml(charts.size())},
      {"word/styles.xml", docx::styles_xml(layout)},
      {"word/settings.xml", docx::settings_xml()},
      {"word/header1.xml", docx::page_header_xml(layout)},
  };
  for (std::size_t n = 1; n <= charts.size(); ++n)
    parts.push_back({docx::chart_part_name(n), docx::chart_xml(*charts[n - 1], layout.chart)});
  parts.push_back({"docProps/core.xml", docx::core_properties_xml(briefing)});
  parts.push_back({"docProps/app.xml", docx::app_properties_xml()});
  return parts;
}

Diagnostics write_briefing_docx(const Briefing& briefing, const std::string& path) {
  return docx::write_package(briefing_docx_parts(briefing), path);
}

}  // namespace baocao

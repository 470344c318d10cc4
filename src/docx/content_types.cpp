#include <fmt/format.h>

#include "docx/chart.hpp"
#include "docx/parts.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

constexpr const char* kWordprocessing =
    "application/vnd.openxmlformats-officedocument.wordprocessingml";

}  // namespace

std::string content_types_xml(std::size_t charts) {
  std::string out(kXmlDeclaration);
  out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">";
  out +=
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>";
  out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  auto over = [&](const std::string& part, const std::string& type) {
    out += fmt::format("<Override PartName=\"{}\" ContentType=\"{}\"/>", part, type);
  };
  over("/word/document.xml", fmt::format("{}.document.main+xml", kWordprocessing));
  over("/word/styles.xml", fmt::format("{}.styles+xml", kWordprocessing));
  over("/word/settings.xml", fmt::format("{}.settings+xml", kWordprocessing));
  over("/word/header1.xml", fmt::format("{}.header+xml", kWordprocessing));
  for (std::size_t n = 1; n <= charts; ++n)
    over(fmt::format("/{}", chart_part_name(n)),
         "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  over("/docProps/app.xml",
       "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  out += "</Types>";
  return out;
}

}  // namespace baocao::docx

#include <string_view>

#include <fmt/format.h>

#include "docx/chart.hpp"
#include "docx/parts.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

constexpr const char* kOfficeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string relationship(const std::string& id, const std::string& type,
                         const std::string& target) {
  return fmt::format("<Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"/>", id, type, target);
}

std::string relationships(const std::string& items) {
  return fmt::format(
      "{}<Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{}</Relationships>",
      kXmlDeclaration, items);
}

}  // namespace

std::string package_relationships_xml() {
  return relationships(
      relationship("rId1", fmt::format("{}/officeDocument", kOfficeRelationships),
                   "word/document.xml") +
      relationship("rId2",
                   "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                   "core-properties",
                   "docProps/core.xml") +
      relationship("rId3", fmt::format("{}/extended-properties", kOfficeRelationships),
                   "docProps/app.xml"));
}

std::string document_relationships_xml(std::size_t charts) {
  std::string items =
      relationship("rId1", fmt::format("{}/styles", kOfficeRelationships), "styles.xml") +
      relationship("rId2", fmt::format("{}/settings", kOfficeRelationships), "settings.xml") +
      relationship(kHeaderRelationship, fmt::format("{}/header", kOfficeRelationships),
                   "header1.xml");
  // Targets are relative to word/: "charts/chart1.xml".
  for (std::size_t n = 1; n <= charts; ++n)
    items += relationship(chart_relationship_id(n), fmt::format("{}/chart", kOfficeRelationships),
                          chart_part_name(n).substr(std::string_view("word/").size()));
  return relationships(items);
}

}  // namespace baocao::docx

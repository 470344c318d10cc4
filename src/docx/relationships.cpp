#include <fmt/format.h>

#include "docx/parts.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {
namespace {

constexpr const char* kOfficeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string relationship(const char* id, const std::string& type, const char* target) {
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

std::string document_relationships_xml() {
  return relationships(
      relationship("rId1", fmt::format("{}/styles", kOfficeRelationships), "styles.xml") +
      relationship("rId2", fmt::format("{}/settings", kOfficeRelationships), "settings.xml") +
      relationship(kHeaderRelationship, fmt::format("{}/header", kOfficeRelationships),
                   "header1.xml"));
}

}  // namespace baocao::docx

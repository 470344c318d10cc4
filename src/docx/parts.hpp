#pragma once
// One function per part of the Word file, as libxlsxwriter has one file per part of a workbook.
// Each returns the part's XML.

#include <cstddef>
#include <string>

#include "briefing/briefing.hpp"
#include "layout/preset.hpp"

namespace baocao::docx {

// The relationship id of the page-number header in word/_rels/document.xml.rels.
inline constexpr const char* kHeaderRelationship = "rIdHeader";

std::string content_types_xml(std::size_t charts);                // [Content_Types].xml
std::string package_relationships_xml();                          // _rels/.rels
std::string document_relationships_xml(std::size_t charts);       // word/_rels/document.xml.rels
std::string styles_xml(const layout::PresetLayout& layout);       // word/styles.xml
std::string settings_xml();                                       // word/settings.xml
std::string page_header_xml(const layout::PresetLayout& layout);  // word/header1.xml
std::string core_properties_xml(const Briefing& briefing);        // docProps/core.xml
std::string app_properties_xml();                                 // docProps/app.xml
std::string document_xml(const Briefing& briefing, const layout::PresetLayout& layout);

// "2024-01-05T05:00:00Z": the report date at 12:00 +07:00, in UTC, as the PDF dates it.
std::string w3c_date(const Date& date);

}  // namespace baocao::docx

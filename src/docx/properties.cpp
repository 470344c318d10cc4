// docProps/core.xml and app.xml: the PDF's Info dictionary, in the package's vocabulary.

#include <fmt/format.h>

#include "baocao/version.hpp"
#include "docx/parts.hpp"
#include "docx/xml.hpp"

namespace baocao::docx {

std::string w3c_date(const Date& date) {
  // 12:00 at +07:00 is 05:00 UTC on the same day: no day to carry.
  return fmt::format("{:04}-{:02}-{:02}T05:00:00Z", date.year, date.month, date.day);
}

std::string core_properties_xml(const Briefing& briefing) {
  const DocumentInfo& info = briefing.info;
  std::string date = w3c_date(briefing.report_date);
  std::string out(kXmlDeclaration);
  out +=
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
  out += fmt::format("<dc:title>{}</dc:title>", xml_escape(info.title));
  if (!info.subject.empty())
    out += fmt::format("<dc:subject>{}</dc:subject>", xml_escape(info.subject));
  out += fmt::format("<dc:creator>{}</dc:creator>", xml_escape(info.author));
  if (!info.keywords.empty())
    out += fmt::format("<cp:keywords>{}</cp:keywords>", xml_escape(info.keywords));
  out += "<dc:language>vi-VN</dc:language>";
  out += fmt::format("<dcterms:created xsi:type=\"dcterms:W3CDTF\">{}</dcterms:created>", date);
  out += fmt::format("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{}</dcterms:modified>", date);
  out += "</cp:coreProperties>";
  return out;
}

std::string app_properties_xml() {
  std::string out(kXmlDeclaration);
  out +=
      "<Properties "
      "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">";
  out += fmt::format("<Application>baocao {}</Application>", xml_escape(kVersion));
  out += "<DocSecurity>0</DocSecurity>";
  out += "</Properties>";
  return out;
}

}  // namespace baocao::docx

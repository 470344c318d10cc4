#include "pdf/metadata.hpp"

#include <fmt/format.h>
#include <podofo/podofo.h>

#include "baocao/version.hpp"
#include "core/unicode.hpp"
#include "core/xml_escape.hpp"

namespace baocao::pdf {
namespace {

using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfString;

PdfString utf8(const std::string& text) {
  std::string nfc = to_nfc(text);
  return PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(nfc.c_str()));
}

constexpr const char* kIccName = "sRGB IEC61966-2.1";

}  // namespace

std::string pdf_date(const Date& date) {
  return fmt::format("D:{:04}{:02}{:02}120000+07'00'", date.year, date.month, date.day);
}

std::string xmp_date(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}T12:00:00+07:00", date.year, date.month, date.day);
}

std::string creator_name() {
  return fmt::format("baocao {}", kVersion);
}

std::string producer_name() {
  return fmt::format("PoDoFo {}.{}.{}", PODOFO_VERSION_MAJOR, PODOFO_VERSION_MINOR,
                     PODOFO_VERSION_PATCH);
}

std::string xmp_packet(const Briefing& briefing) {
  const DocumentInfo& info = briefing.info;
  std::string date = xmp_date(briefing.report_date);
  std::string out;
  // The packet id is the constant the XMP specification prescribes.
  out += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  out += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
  out += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  out += "  <rdf:Description rdf:about=\"\"\n";
  out += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
  out += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
  out += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
  out += "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
  out += "   <dc:format>application/pdf</dc:format>\n";
  out += fmt::format(
      "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n",
      xml_escape(info.title));
  out += fmt::format("   <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
                     xml_escape(info.author));
  if (!info.subject.empty())
    out += fmt::format(
        "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt>"
        "</dc:description>\n",
        xml_escape(info.subject));
  if (!info.keywords.empty())
    out += fmt::format("   <pdf:Keywords>{}</pdf:Keywords>\n", xml_escape(info.keywords));
  out += fmt::format("   <pdf:Producer>{}</pdf:Producer>\n", xml_escape(producer_name()));
  out += fmt::format("   <xmp:CreatorTool>{}</xmp:CreatorTool>\n", xml_escape(creator_name()));
  out += fmt::format("   <xmp:CreateDate>{}</xmp:CreateDate>\n", date);
  out += fmt::format("   <xmp:ModifyDate>{}</xmp:ModifyDate>\n", date);
  out += fmt::format("   <xmp:MetadataDate>{}</xmp:MetadataDate>\n", date);
  out += "   <pdfaid:part>2</pdfaid:part>\n";
  out += "   <pdfaid:conformance>B</pdfaid:conformance>\n";
  out += "  </rdf:Description>\n";
  out += " </rdf:RDF>\n";
  out += "</x:xmpmeta>\n";
  out += "<?xpacket end=\"w\"?>";
  return out;
}

void write_archive_metadata(PoDoFo::PdfMemDocument& document, const Briefing& briefing,
                            const std::string& icc_profile) {
  const DocumentInfo& info = briefing.info;
  PoDoFo::PdfInfo* pdf_info = document.GetInfo();
  pdf_info->SetTitle(utf8(info.title));
  pdf_info->SetAuthor(utf8(info.author));
  if (!info.subject.empty()) pdf_info->SetSubject(utf8(info.subject));
  if (!info.keywords.empty()) pdf_info->SetKeywords(utf8(info.keywords));
  pdf_info->SetCreator(utf8(creator_name()));
  pdf_info->SetProducer(utf8(producer_name()));
  // No setter for dates in 0.9.8, and the default CreationDate is the clock's.
  auto& dictionary = pdf_info->GetObject()->GetDictionary();
  std::string date = pdf_date(briefing.report_date);
  dictionary.AddKey("CreationDate", PdfString(date.c_str()));
  dictionary.AddKey("ModDate", PdfString(date.c_str()));

  PoDoFo::PdfVecObjects& objects = document.GetObjects();
  PdfObject* catalog = document.GetCatalog();

  // Uncompressed, so that archive tools (and pdfinfo -meta) read it as is.
  std::string xmp = xmp_packet(briefing);
  PdfObject* metadata = objects.CreateObject("Metadata");
  metadata->GetDictionary().AddKey("Subtype", PdfName("XML"));
  metadata->GetStream()->Set(xmp.data(), static_cast<PoDoFo::pdf_long>(xmp.size()),
                             PoDoFo::TVecFilters());
  catalog->GetDictionary().AddKey("Metadata", metadata->Reference());

  PdfObject* profile = objects.CreateObject();
  profile->GetDictionary().AddKey("N", PdfObject(static_cast<PoDoFo::pdf_int64>(3)));
  profile->GetStream()->Set(icc_profile.data(), static_cast<PoDoFo::pdf_long>(icc_profile.size()));
  PdfObject* intent = objects.CreateObject("OutputIntent");
  auto& intent_dictionary = intent->GetDictionary();
  intent_dictionary.AddKey("S", PdfName("GTS_PDFA1"));
  intent_dictionary.AddKey("OutputConditionIdentifier", PdfString(kIccName));
  intent_dictionary.AddKey("Info", PdfString(kIccName));
  intent_dictionary.AddKey("DestOutputProfile", profile->Reference());
  PoDoFo::PdfArray intents;
  intents.push_back(intent->Reference());
  catalog->GetDictionary().AddKey("OutputIntents", intents);

  catalog->GetDictionary().AddKey("Lang", PdfString("vi-VN"));
}

}  // namespace baocao::pdf

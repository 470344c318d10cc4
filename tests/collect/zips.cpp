#include "collect/zips.hpp"

#include <zip.h>

#include <stdexcept>

namespace baocao::testing {

std::string make_zip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open_from_source");
  for (const auto& e : entries) {
    zip_source_t* s = zip_source_buffer(archive, e.content.data(), e.content.size(), 0);
    zip_int64_t i = zip_file_add(archive, e.name.c_str(), s, ZIP_FL_ENC_UTF_8);
    if (i < 0) throw std::runtime_error("zip_file_add");
    if (e.encrypt && zip_file_set_encryption(archive, static_cast<zip_uint64_t>(i), ZIP_EM_AES_256,
                                             "secret") != 0)
      throw std::runtime_error("zip_file_set_encryption");
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  std::string out;
  zip_source_open(buffer);
  char chunk[65536];
  for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;)
    out.append(chunk, static_cast<std::size_t>(n));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

std::string make_workbook(const std::string& sheet_data, const std::string& input_ref,
                          const std::vector<std::string>& shared_strings,
                          const std::string& custom_xml, const std::string& styles_xml) {
  const std::string ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::vector<ZipEntry> parts;
  parts.push_back(
      {"_rels/.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
       "relationships\"><Relationship Id=\"rId1\" Type=\"" +
           ns + "/officeDocument\" Target=\"xl/workbook.xml\"/>" +
           (custom_xml.empty() ? ""
                               : "<Relationship Id=\"rId2\" Type=\"" + ns +
                                     "/custom-properties\" Target=\"docProps/custom.xml\"/>") +
           "</Relationships>"});
  parts.push_back(
      {"xl/_rels/workbook.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
       "relationships\"><Relationship Id=\"rId1\" Type=\"" +
           ns + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
           ns +
           "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"" +
           ns + "/styles\" Target=\"styles.xml\"/></Relationships>"});
  parts.push_back(
      {"xl/workbook.xml",
       "<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
       "xmlns:r=\"" +
           ns +
           "\"><x:sheets><x:sheet name=\"Nhập số liệu\" sheetId=\"1\" "
           "r:id=\"rId1\"/></x:sheets><x:definedNames><x:definedName name=\"baocao_input\">" +
           input_ref + "</x:definedName></x:definedNames></x:workbook>"});
  std::string sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
  for (const auto& s : shared_strings) sst += "<si>" + s + "</si>";
  parts.push_back({"xl/sharedStrings.xml", sst + "</sst>"});
  parts.push_back({"xl/styles.xml",
                   styles_xml.empty()
                       ? "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                         "main\"><cellXfs><xf numFmtId=\"0\"/></cellXfs></styleSheet>"
                       : styles_xml});
  parts.push_back({"xl/worksheets/sheet1.xml",
                   "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<sheetData>" +
                       sheet_data + "</sheetData></worksheet>"});
  if (!custom_xml.empty()) parts.push_back({"docProps/custom.xml", custom_xml});
  return make_zip(parts);
}

}  // namespace baocao::testing

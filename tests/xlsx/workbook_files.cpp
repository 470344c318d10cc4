#include "xlsx/workbook_files.hpp"

#include <sstream>

#include "support/test_support.hpp"

namespace baocao::testing {

std::string zip_part(const std::filesystem::path& xlsx, const std::string& part) {
  return run("unzip -p '" + xlsx.string() + "' '" + part + "'").out;
}

std::string all_zip_parts(const std::filesystem::path& xlsx) {
  return run("unzip -p '" + xlsx.string() + "'").out;
}

std::vector<std::string> zip_part_names(const std::filesystem::path& xlsx) {
  std::istringstream in(run("unzip -Z1 '" + xlsx.string() + "'").out);
  std::vector<std::string> names;
  for (std::string line; std::getline(in, line);) names.push_back(line);
  return names;
}

std::vector<std::string> sheet_names(const std::filesystem::path& xlsx) {
  const std::string xml = zip_part(xlsx, "xl/workbook.xml");
  std::vector<std::string> names;
  for (std::size_t at = xml.find("<sheet name=\""); at != std::string::npos;
       at = xml.find("<sheet name=\"", at)) {
    at += 13;
    names.push_back(xml.substr(at, xml.find('"', at) - at));
  }
  return names;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++n;
  return n;
}

}  // namespace baocao::testing

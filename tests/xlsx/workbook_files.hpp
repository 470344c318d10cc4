#pragma once
// Reading written workbooks back in tests: the parts of the zip, as text.

#include <filesystem>
#include <string>
#include <vector>

namespace baocao::testing {

// One part, e.g. "xl/workbook.xml" ("" when it is missing).
std::string zip_part(const std::filesystem::path& xlsx, const std::string& part);
// Every part, concatenated: what a search of the unzipped file would see.
std::string all_zip_parts(const std::filesystem::path& xlsx);
std::vector<std::string> zip_part_names(const std::filesystem::path& xlsx);
// Sheet names in tab order, from xl/workbook.xml.
std::vector<std::string> sheet_names(const std::filesystem::path& xlsx);
// Occurrences of `needle` in `haystack`.
std::size_t count_of(const std::string& haystack, const std::string& needle);

}  // namespace baocao::testing

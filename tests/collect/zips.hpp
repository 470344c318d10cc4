#pragma once
// Zip packages built in memory with libzip, for the reader's tests: hand-made workbooks as
// other programs write them, and hostile packages.

#include <string>
#include <utility>
#include <vector>

namespace baocao::testing {

struct ZipEntry {
  std::string name;
  std::string content;
  bool encrypt = false;  // AES-256 with the password "secret"
};

std::string make_zip(const std::vector<ZipEntry>& entries);

// A minimal workbook: the package and workbook relationships, custom properties `custom_xml`,
// shared strings, styles and one sheet "Nhập số liệu" with `sheet_data` (the <sheetData>
// children) and the defined name baocao_input = `input_ref`.
std::string make_workbook(const std::string& sheet_data, const std::string& input_ref,
                          const std::vector<std::string>& shared_strings = {},
                          const std::string& custom_xml = {}, const std::string& styles_xml = {});

}  // namespace baocao::testing

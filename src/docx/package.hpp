#pragma once
// An Open Packaging Conventions zip written with libzip, byte for byte the same for the same
// parts: entries in the order they were added, every time stamp a fixed date, fixed compression.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace baocao::docx {

struct PackagePart {
  std::string name;     // inside the zip: "word/document.xml"
  std::string content;  // the XML, UTF-8
};

// Writes the zip of `parts` to `path` (replacing a file there). A libzip or write failure comes
// back as an error naming `path`.
Diagnostics write_package(const std::vector<PackagePart>& parts, const std::string& path);

}  // namespace baocao::docx

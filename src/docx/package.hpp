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

// The zip of `parts`, in order, made in memory: libzip would otherwise write a temporary file
// of its own beside `path`, which a killed build would leave under a name the bundle does not
// know. Empty, with an error naming `path`, on a libzip failure.
std::string package_bytes(const std::vector<PackagePart>& parts, const std::string& path,
                          Diagnostics& diagnostics);

// Writes the zip of `parts` to `path` (replacing a file there). A libzip or write failure comes
// back as an error naming `path`.
Diagnostics write_package(const std::vector<PackagePart>& parts, const std::string& path);

}  // namespace baocao::docx

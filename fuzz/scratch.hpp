#pragma once
// What the fuzz targets share: a folder of their own for the files the loaders read (the
// loaders read folders, not memory), removed when the process ends.

#include <filesystem>
#include <string>
#include <string_view>

namespace baocao::fuzz {

// A fresh folder in /dev/shm (else the temp folder) for this process, created on first use.
const std::filesystem::path& scratch();

void write(const std::filesystem::path& path, std::string_view bytes);

// The repository (for data/ and templates/), as CMake configured it.
std::filesystem::path source_dir();

}  // namespace baocao::fuzz

// The loader and validator on one file of the shipped dataset replaced by the input:
// BAOCAO_FUZZ_FILE (areas.csv, indicators.csv, values.csv or unit.toml), seeded with that file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <filesystem>

#include "load/load.hpp"
#include "scratch.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::filesystem::copy(baocao::fuzz::source_dir() / "data", baocao::fuzz::scratch() / "data");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto dir = baocao::fuzz::scratch() / "data";
  baocao::fuzz::write(dir / BAOCAO_FUZZ_FILE,
                      std::string_view(reinterpret_cast<const char*>(data), size));
  baocao::LoadResult result = baocao::load_dataset(dir.string());
  // A dataset comes back only without errors, and errors always say where.
  if (result.dataset && result.diagnostics.has_errors()) __builtin_trap();
  for (const auto& d : result.diagnostics.errors())
    if (d.file.empty() || d.message.empty()) __builtin_trap();
  return 0;
}

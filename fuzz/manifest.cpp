// The manifest parser on any bytes. What it accepts must write back to the same manifest: a
// bundle verified today must verify after a seal rewrites its manifest.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "archive/manifest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string error;
  auto manifest =
      baocao::parse_manifest(std::string_view(reinterpret_cast<const char*>(data), size), error);
  if (!manifest) {
    if (error.empty()) __builtin_trap();  // a refusal always says why
    return 0;
  }
  for (const auto& r : manifest->outputs)
    if (!baocao::is_safe_relative_path(r.path)) __builtin_trap();
  std::string text = baocao::to_json(*manifest);
  auto again = baocao::parse_manifest(text, error);
  if (!again || !(*again == *manifest) || baocao::to_json(*again) != text) __builtin_trap();
  return 0;
}

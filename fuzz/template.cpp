// The template stage on any body.md: compiled against the shipped data's summary with the
// shipped hdnd template.toml, rendered to a briefing and to text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "briefing/template.hpp"
#include "compute/compute.hpp"
#include "load/load.hpp"
#include "scratch.hpp"

namespace {

struct Shipped {
  baocao::Dataset data;
  baocao::Summary summary;
};
std::optional<Shipped> shipped;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto source = baocao::fuzz::source_dir();
  baocao::LoadResult loaded = baocao::load_dataset((source / "data").string());
  if (!loaded.dataset) std::abort();
  auto period = baocao::default_period(*loaded.dataset);
  if (!period) std::abort();
  shipped.emplace();
  shipped->data = std::move(*loaded.dataset);
  shipped->summary = baocao::compute_summary(shipped->data, *period);
  std::filesystem::create_directories(baocao::fuzz::scratch() / "templates" / "t");
  std::filesystem::copy_file(source / "templates" / "hdnd" / "template.toml",
                             baocao::fuzz::scratch() / "templates" / "t" / "template.toml",
                             std::filesystem::copy_options::overwrite_existing);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto templates = baocao::fuzz::scratch() / "templates";
  baocao::fuzz::write(templates / "t" / "body.md",
                      std::string_view(reinterpret_cast<const char*>(data), size));
  baocao::BriefingRequest request{shipped->data, shipped->summary, baocao::Date{2024, 1, 5}, "05"};
  baocao::BriefingResult result = baocao::build_briefing(templates.string(), "t", request);
  if (result.briefing) {
    if (result.diagnostics.has_errors()) __builtin_trap();
    std::string text = baocao::render_text(*result.briefing);
    if (text.empty()) __builtin_trap();
  }
  return 0;
}

#pragma once
// A deterministic synthetic indicator dataset that follows the data contract: the input of the
// benchmarks and of the scale tests. The same options give byte-identical files.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::gen {

// Bumped whenever the same options would give different files: caches of generated datasets
// (bench/, scripts/bench.sh) compare it to decide whether to regenerate.
inline constexpr int kGeneratorVersion = 2;

struct GeneratorOptions {
  int areas = 11;       // wards and communes; areas.csv gets one more row (the unit)
  int indicators = 60;  // the catalogue repeats, as numbered copies, past its size
  int years = 5;        // end_year - years + 1 .. end_year
  int end_year = 2023;  // the report year
  std::uint64_t seed = 1;
  double estimate_share = 0.2;  // indicators whose last year is an `estimate`, not an `actual`
  std::string out;              // the dataset folder (created)
};

// town: 11 × 60 × 5; province: 220 × 150 × 5; national: 10,600 × 100 × 5.
std::optional<GeneratorOptions> preset(std::string_view name);

struct GeneratorReport {
  std::string error;  // empty on success
  std::uint64_t values_rows = 0;
  std::uint64_t values_bytes = 0;
  int area_rows = 0;  // areas.csv rows, the unit included
};

GeneratorReport write_dataset(const GeneratorOptions& options);

}  // namespace baocao::gen

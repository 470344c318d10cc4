// The returned-workbook reader of `baocao collect` on any bytes: the zip package, the XML of its
// parts and the input table's cells, under limits small enough that a run stays fast (the
// bounds themselves are what a zip bomb must hit).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "collect/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  baocao::collect::ReadLimits limits;
  limits.file_bytes = 1 << 20;
  limits.part_bytes = 4 << 20;
  limits.total_bytes = 16 << 20;
  limits.cells = 100'000;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto outcome = baocao::collect::read_input_workbook(bytes, limits);
  if (outcome.workbook && outcome.workbook->cells.size() > limits.cells)
    __builtin_trap();  // the cap must hold
  return 0;
}

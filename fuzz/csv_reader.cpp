// The streaming CSV reader on any bytes, in chunks of a size the input's first byte chooses, so
// that records, quotes, CR LF pairs and the byte-order mark fall across chunk boundaries.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "load/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::size_t chunk = 1 + data[0] % 64;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::size_t at = 0;
  baocao::CsvReader reader(
      [&](char* buffer, std::size_t n) {
        std::size_t take = std::min(n, input.size() - at);
        std::memcpy(buffer, input.data() + at, take);
        at += take;
        return take;
      },
      chunk, 64);
  baocao::CsvRecord record;
  std::size_t fields = 0;
  while (reader.next(record)) {
    for (const auto& field : record.fields) fields += field.text.size();
    if (record.fields.size() > 64) __builtin_trap();  // the cap must hold
  }
  return fields == static_cast<std::size_t>(-1);
}

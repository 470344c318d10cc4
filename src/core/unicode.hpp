#pragma once
// UTF-8 helpers shared by every stage: all text is NFC from the loader on.

#include <cstddef>
#include <string>
#include <string_view>

namespace baocao {

// Offset of the first byte that is not part of a valid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text);

// Unicode NFC. `text` must be valid UTF-8. ASCII is returned as is without a copy of work.
std::string to_nfc(std::string_view text);

// Code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

// Upper case of Vietnamese text ("Thị ủy" -> "THỊ ỦY"), NFC in and out.
std::string to_upper(std::string_view text);

}  // namespace baocao

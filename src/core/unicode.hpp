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

// Offset of the first control character in UTF-8 `text` (C0, DEL, or C1 U+0080-U+009F), or
// npos. With `layout` true, tab, line feed and carriage return are not counted: the text may
// be laid out in lines (a CSV note, a template file).
std::size_t find_control_character(std::string_view text, bool layout);

// The code point of the control character at `offset` (as find_control_character found it),
// to name it in a message: "U+0007".
std::string control_character_name(std::string_view text, std::size_t offset);

// `text` safe to print on a terminal: control characters (C0, DEL, C1) and bytes that are not
// UTF-8 shown as \xNN (a C1 character as \u0080…\u009F), so that no escape sequence in a file
// name or a value can drive the terminal. Every other character is kept.
std::string terminal_safe(std::string_view text);

// UTF-16 code units of valid UTF-8 text, as Excel counts a sheet name's length: a character
// outside the Basic Multilingual Plane (an emoji) counts two.
std::size_t count_utf16_units(std::string_view text);
// Excel's limit for a sheet name.
inline constexpr std::size_t kMaxSheetNameUnits = 31;

// Upper case of Vietnamese text ("Thị ủy" -> "THỊ ỦY"), NFC in and out.
std::string to_upper(std::string_view text);

}  // namespace baocao

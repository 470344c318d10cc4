#pragma once
// Telling the user which legacy Vietnamese encoding a file that is not UTF-8 is probably in.
// Office files still arrive typed with the old fonts (.VnTime = TCVN3, VNI-Times = VNI) or
// saved from Excel as "CSV" in the Windows code page 1258.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace baocao {

enum class LegacyEncoding : std::uint8_t { unknown, windows1258, tcvn3, vni };

// "Windows-1258", "TCVN3 (ABC)", "VNI"; empty for unknown.
std::string_view encoding_name(LegacyEncoding e);

// A guess from byte statistics: how Vietnamese letters look in each encoding (a vowel followed
// by a combining tone mark in Windows-1258, one byte a letter in TCVN3, a vowel followed by a
// mark byte in VNI). Valid UTF-8 sequences in `bytes` are ignored. `unknown` when no encoding
// explains the bytes clearly better than the others.
LegacyEncoding guess_legacy_encoding(std::string_view bytes);

// "UTF-16 LE", "UTF-16 BE", "UTF-32 LE" or "UTF-32 BE" when `head` (a file's first bytes)
// starts with that encoding's byte-order mark, as Notepad's "Unicode" and Excel's "Unicode
// Text" write; empty otherwise.
std::string_view unicode_bom_name(std::string_view head);

// The hint for a file in one of those: how to save it as UTF-8 instead.
std::string utf8_save_hint();

// `text` made safe to quote in a message: bytes that are not UTF-8 and control characters are
// shown as \xNN, and text longer than `max_code_points` is cut with "…".
std::string printable(std::string_view text, std::size_t max_code_points = 40);

}  // namespace baocao

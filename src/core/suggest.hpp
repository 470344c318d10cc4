#pragma once
// "Did you mean …?" hints for misspelt column names, placeholders and codes.

#include <cstddef>
#include <string_view>

namespace baocao {

// Levenshtein distance in bytes: misspellings of ASCII names are what it is used for.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace baocao

#pragma once
// The characters that the documents' fonts can draw, so that a character without a glyph is
// found in the data or the template, at its place, before any document is made.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

struct Repertoire {
  std::vector<char32_t> code_points;  // sorted; each has a glyph in every face of the fonts
  std::string font_name;              // "Liberation Serif", for messages

  bool contains(char32_t c) const;
};

// Offset of the first character of UTF-8 `text` that `repertoire` cannot draw, or npos. Line
// breaks and tabs are layout, not drawn.
std::size_t find_undrawable(std::string_view text, const Repertoire& repertoire);

// What to say about the character at `offset`: "the character U+6F22 "漢" has no glyph in the
// font Liberation Serif, so it cannot be printed".
std::string undrawable_message(std::string_view text, std::size_t offset,
                               const Repertoire& repertoire);
// The hint that goes with it, in the user's language.
std::string undrawable_hint();

}  // namespace baocao

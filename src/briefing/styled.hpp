#pragma once
// Rendered template text on its way to the document: whitespace and punctuation tidied,
// **bold** and *italic* runs, and sentences (a sentence with a missing figure is left out).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "briefing/briefing.hpp"

namespace baocao::briefing {

// Stands in the rendered text for a figure that has no value: kMissingMark, the number of the
// placeholder, kMissingMark.
inline constexpr char kMissingMark = '\x1F';

// Line breaks and runs of spaces as one space; no space before , ; : . ! ? ) ] or after ( [;
// punctuation doubled by a left-out clause tidied ("…; ." -> "….", ": ;" -> ":"), and a
// text that ends on "," or ";" ends on "." instead.
std::string tidy(std::string_view rendered);

enum StyleBits : std::uint8_t { kBold = 1, kItalic = 2 };

// Plain text with a style per byte.
struct StyledText {
  std::string text;
  std::vector<std::uint8_t> style;
  bool empty() const { return text.empty(); }
};

// "**bold**", "*italic*", "\*" for an asterisk. A marker left open styles to the end.
StyledText parse_emphasis(std::string_view text);

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Sentences end at . ! ? … (with closing quotes or brackets) followed by a space or the end.
std::vector<Span> split_sentences(std::string_view text);

// The sentences joined by one space.
StyledText join(const StyledText& from, const std::vector<Span>& sentences);

// Runs of the same style.
std::vector<TextRun> to_runs(const StyledText& text);

}  // namespace baocao::briefing

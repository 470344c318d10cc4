#pragma once
// Line breaking of styled text, independent of PDF: words are measured through TextMeasure,
// broken greedily into lines of a given width, then placed (left, centred, right, justified).
// The PDF word-spacing operator does not act on Identity-H text, so justified lines are drawn
// word by word at the positions computed here.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "briefing/briefing.hpp"

namespace baocao::pdf {

enum class Face { regular, bold, italic, bold_italic };  // the order of the font files

constexpr Face face_of(bool bold, bool italic) {
  return bold ? (italic ? Face::bold_italic : Face::bold) : (italic ? Face::italic : Face::regular);
}

class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  // Advance width in points of NFC UTF-8 `text` in `face` at `size`.
  virtual double width(Face face, double size, std::string_view text) const = 0;
};

// A stretch of one word in one face: "tăng" in bold followed by "," upright is two pieces.
struct Piece {
  std::string text;
  Face face = Face::regular;
  double width = 0;
};

struct Word {
  std::vector<Piece> pieces;
  double width = 0;
  double space_after = 0;    // the natural space before the next word
  bool break_after = false;  // a newline in the text ends the line here
  // No line break after this word: it or the next is a lone dash ("kinh tế - xã hội"). A line
  // ending in "-" would also be taken for a hyphenated word by text extraction and joined.
  bool glue_next = false;
};

// Splits runs into words at spaces (several spaces make a wider gap; "\n" forces a new line;
// a no-break space is a gap glued to the next word).
std::vector<Word> split_words(const std::vector<TextRun>& runs, double size,
                              const TextMeasure& measure);

// One line: words [begin, end).
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool last = false;  // the paragraph's last line, or one ended by "\n": never stretched
};

// What the last line of a paragraph (or of a part ended by "\n") may not be.
enum class LastLine {
  any,
  // Headings and title lines: never one word or number alone; the word before it goes along.
  no_lone_word,
  // Body paragraphs: not one short syllable alone (Vietnamese words are space-separated
  // syllables) when the line above can take it with slightly tighter spaces, or can give it a
  // word and stay within a looser but acceptable spacing.
  no_short_syllable,
};

// Spacing limits of that repair, as fractions of the natural space: a justified line is
// tightened to no less than kMinSpaceRatio and loosened to no more than kMaxSpaceRatio.
constexpr double kMinSpaceRatio = 0.8;
constexpr double kMaxSpaceRatio = 2.0;
// A "short syllable": a last word no wider than this many ems.
constexpr double kShortWordEms = 2.5;

// Greedy line breaking: as many words as fit, then the last line repaired as `last_line`
// asks. The first line may be shorter (indent). A word wider than a whole line is split
// between code points first.
std::vector<Line> break_lines(std::vector<Word>& words, double first_width, double width,
                              double size, const TextMeasure& measure,
                              LastLine last_line = LastLine::any);

// Left edge of each word of `line`, for a line starting at `x` with room `width`. A line wider
// than its room with natural spaces (tightened by break_lines) has its spaces narrowed to fit.
std::vector<double> place_words(const std::vector<Word>& words, const Line& line, double x,
                                double width, Align align);

// Width of `line` set with natural spaces.
double natural_width(const std::vector<Word>& words, const Line& line);

// Splits a UTF-8 string into code points; invalid bytes come back as U+FFFD.
std::vector<char32_t> code_points(std::string_view text);

}  // namespace baocao::pdf

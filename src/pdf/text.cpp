#include "pdf/text.hpp"

#include <algorithm>

#include <utf8proc.h>

#include "core/unicode.hpp"

namespace baocao::pdf {
namespace {

// Tolerance for "fits": widths are sums of rounded glyph advances.
constexpr double kEpsilon = 0.01;

bool is_lone_dash(const Word& word) {
  if (word.pieces.size() != 1) return false;
  const std::string& t = word.pieces.front().text;
  return t == "-" || t == "\u2013" || t == "\u2014";
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r';
}

std::string encode(char32_t c) {
  utf8proc_uint8_t buffer[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer);
  return std::string(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
}

class WordBuilder {
 public:
  WordBuilder(double size, const TextMeasure& measure) : size_(size), measure_(measure) {}

  void add(char32_t c, Face face) {
    // A no-break space ("+1,02 điểm %") is an ordinary gap that lines never break at: drawn
    // as a gap, it extracts as a space.
    if (c == U'\u00A0') {
      if (current_.pieces.empty()) return;
      end_word(face);
      words_.back().glue_next = true;
      return;
    }
    if (is_space(c)) {
      // Consecutive spaces widen the gap ("Số:     /BC-HĐND" keeps room for the number).
      if (current_.pieces.empty() && !words_.empty() && c != U'\n')
        words_.back().space_after += measure_.width(face, size_, " ");
      end_word(face);
      if (c == U'\n' && !words_.empty()) words_.back().break_after = true;
      return;
    }
    if (current_.pieces.empty() || current_.pieces.back().face != face)
      current_.pieces.push_back({{}, face, 0});
    current_.pieces.back().text += encode(c);
  }

  std::vector<Word> finish() {
    end_word(Face::regular);
    if (!words_.empty()) words_.back().space_after = 0;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (!is_lone_dash(words_[i])) continue;
      if (i > 0) words_[i - 1].glue_next = true;
      words_[i].glue_next = true;
    }
    return std::move(words_);
  }

 private:
  void end_word(Face space_face) {
    if (current_.pieces.empty()) return;
    for (auto& piece : current_.pieces) {
      piece.width = measure_.width(piece.face, size_, piece.text);
      current_.width += piece.width;
    }
    current_.space_after = measure_.width(space_face, size_, " ");
    words_.push_back(std::move(current_));
    current_ = {};
  }

  double size_;
  const TextMeasure& measure_;
  Word current_;
  std::vector<Word> words_;
};

// Cuts a word wider than `limit` into chunks that fit, between code points.
std::vector<Word> split_wide_word(const Word& word, double limit, double size,
                                  const TextMeasure& measure) {
  std::vector<Word> chunks(1);
  for (const auto& piece : word.pieces) {
    for (char32_t c : code_points(piece.text)) {
      std::string text = encode(c);
      double w = measure.width(piece.face, size, text);
      Word& chunk = chunks.back();
      if (chunk.width + w > limit + kEpsilon && chunk.width > 0) chunks.emplace_back();
      Word& target = chunks.back();
      if (target.pieces.empty() || target.pieces.back().face != piece.face)
        target.pieces.push_back({{}, piece.face, 0});
      target.pieces.back().text += text;
      target.pieces.back().width += w;
      target.width += w;
    }
  }
  chunks.back().space_after = word.space_after;
  chunks.back().break_after = word.break_after;
  return chunks;
}

// The last word of each part rides with the word before it ("NĂM 2023" moves down together).
void glue_last_words(std::vector<Word>& words) {
  for (std::size_t i = 1; i < words.size(); ++i) {
    bool part_end = i + 1 == words.size() || words[i].break_after;
    if (part_end && !words[i - 1].break_after) words[i - 1].glue_next = true;
  }
}

// The spaces of `line` set justified in `room`, as a multiple of its natural spaces.
double space_ratio(const std::vector<Word>& words, const Line& line, double room) {
  double ink = 0;
  double spaces = 0;
  for (std::size_t i = line.begin; i < line.end; ++i) {
    ink += words[i].width;
    if (i + 1 < line.end) spaces += words[i].space_after;
  }
  return spaces > 0 ? (room - ink) / spaces : 1;
}

// A last line of one short word: taken up by the line above when its spaces may tighten
// enough, else given the line above's last word when that line's spaces stay acceptable.
void avoid_short_last_line(const std::vector<Word>& words, std::vector<Line>& lines,
                           double first_width, double width, double size) {
  for (std::size_t k = 1; k < lines.size(); ++k) {
    Line& above = lines[k - 1];
    Line& last = lines[k];
    if (!last.last || above.last || last.end - last.begin != 1) continue;
    if (words[last.begin].width > kShortWordEms * size + kEpsilon) continue;
    double room = k == 1 ? first_width : width;
    if (space_ratio(words, {above.begin, last.end, true}, room) >= kMinSpaceRatio) {
      above.end = last.end;
      above.last = true;
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
      continue;
    }
    bool can_give = above.end - above.begin >= 3 && !words[above.end - 2].glue_next;
    if (can_give &&
        space_ratio(words, {above.begin, above.end - 1, false}, room) <= kMaxSpaceRatio) {
      --above.end;
      --last.begin;
    }
  }
}

}  // namespace

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      out.push_back(U'\uFFFD');
      ++i;
      continue;
    }
    out.push_back(static_cast<char32_t>(cp));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::vector<Word> split_words(const std::vector<TextRun>& runs, double size,
                              const TextMeasure& measure) {
  WordBuilder builder(size, measure);
  for (const auto& run : runs) {
    Face face = face_of(run.bold, run.italic);
    for (char32_t c : code_points(to_nfc(run.text))) builder.add(c, face);
  }
  return builder.finish();
}

std::vector<Line> break_lines(std::vector<Word>& words, double first_width, double width,
                              double size, const TextMeasure& measure, LastLine last_line) {
  double limit = std::min(first_width, width);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].width <= limit + kEpsilon) continue;
    auto chunks = split_wide_word(words[i], limit, size, measure);
    for (std::size_t k = 0; k + 1 < chunks.size(); ++k) chunks[k].space_after = 0;
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(i));
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(i), chunks.begin(), chunks.end());
    i += chunks.size() - 1;
  }
  if (last_line == LastLine::no_lone_word) glue_last_words(words);

  std::vector<Line> lines;
  std::size_t i = 0;
  while (i < words.size()) {
    double room = lines.empty() ? first_width : width;
    Line line{i, i + 1, false};
    double used = words[i].width;
    while (line.end < words.size() && !words[line.end - 1].break_after) {
      double next = used + words[line.end - 1].space_after + words[line.end].width;
      if (next > room + kEpsilon) break;
      used = next;
      ++line.end;
    }
    if (line.end < words.size() && !words[line.end - 1].break_after) {
      std::size_t end = line.end;
      while (end > line.begin + 1 && words[end - 1].glue_next) --end;
      if (end > line.begin + 1 || !words[line.begin].glue_next) line.end = end;
    }
    line.last = line.end == words.size() || words[line.end - 1].break_after;
    lines.push_back(line);
    i = line.end;
  }
  if (last_line == LastLine::no_short_syllable)
    avoid_short_last_line(words, lines, first_width, width, size);
  return lines;
}

double natural_width(const std::vector<Word>& words, const Line& line) {
  double w = 0;
  for (std::size_t i = line.begin; i < line.end; ++i) {
    w += words[i].width;
    if (i + 1 < line.end) w += words[i].space_after;
  }
  return w;
}

std::vector<double> place_words(const std::vector<Word>& words, const Line& line, double x,
                                double width, Align align) {
  std::vector<double> xs;
  std::size_t count = line.end - line.begin;
  xs.reserve(count);
  bool overfull = natural_width(words, line) > width + kEpsilon;
  if (count > 1 && ((align == Align::justify && !line.last) || overfull)) {
    double ink = 0;
    for (std::size_t i = line.begin; i < line.end; ++i) ink += words[i].width;
    double gap = (width - ink) / static_cast<double>(count - 1);
    for (std::size_t i = line.begin; i < line.end; ++i) {
      xs.push_back(x);
      x += words[i].width + gap;
    }
    return xs;
  }
  double slack = width - natural_width(words, line);
  if (align == Align::center) x += slack / 2;
  if (align == Align::right) x += slack;
  for (std::size_t i = line.begin; i < line.end; ++i) {
    xs.push_back(x);
    x += words[i].width + words[i].space_after;
  }
  return xs;
}

}  // namespace baocao::pdf

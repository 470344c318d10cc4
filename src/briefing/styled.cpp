#include "briefing/styled.hpp"

#include <algorithm>

namespace baocao::briefing {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool in(char c, std::string_view set) {
  return set.find(c) != std::string_view::npos;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string remove_spaces_by_punctuation(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' && i + 1 < s.size() && in(s[i + 1], ",;:.!?)]")) continue;
    if (c == ' ' && !out.empty() && in(out.back(), "([")) continue;
    out += c;
  }
  return out;
}

// One pass of the rules for punctuation that a left-out clause doubled; true if it changed.
bool fix_doubled(std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!in(s[i], ",;:")) continue;
    std::size_t j = i + 1;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j >= s.size()) continue;
    if (in(s[j], ".!?")) {  // "a; ." -> "a."
      s.erase(i, j - i);
      return true;
    }
    if (in(s[j], ",;")) {  // "a: ; b" -> "a: b", "a, , b" -> "a, b"
      std::size_t k = j + 1;
      s.erase(j, k - j);
      return true;
    }
  }
  std::size_t lead = 0;
  while (lead < s.size() && (in(s[lead], ",;") || s[lead] == ' ')) ++lead;
  if (lead > 0) {
    s.erase(0, lead);
    return true;
  }
  return false;
}

}  // namespace

std::string tidy(std::string_view rendered) {
  std::string s = remove_spaces_by_punctuation(collapse_spaces(rendered));
  while (fix_doubled(s)) {
  }
  s = collapse_spaces(s);
  // A text cannot end on a clause mark: its last clause was left out.
  if (!s.empty() && (s.back() == ';' || s.back() == ',')) s.back() = '.';
  return s;
}

StyledText parse_emphasis(std::string_view text) {
  StyledText out;
  out.text.reserve(text.size());
  std::uint8_t style = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size() && text[i + 1] == '*') {
      out.text += '*';
      out.style.push_back(style);
      ++i;
    } else if (c == '*' && i + 1 < text.size() && text[i + 1] == '*') {
      style ^= kBold;
      ++i;
    } else if (c == '*') {
      style ^= kItalic;
    } else {
      out.text += c;
      out.style.push_back(style);
    }
  }
  return out;
}

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> out;
  std::size_t begin = 0;
  auto close = [&](std::size_t end) {
    if (end > begin) out.push_back({begin, end});
    begin = end;
    while (begin < text.size() && text[begin] == ' ') ++begin;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t end = 0;
    if (in(text[i], ".!?"))
      end = i + 1;
    else if (text.compare(i, 3, "…") == 0)
      end = i + 3;
    else
      continue;
    // Closing quotes and brackets belong to the sentence they close.
    while (end < text.size() && (in(text[end], ")]\"'") || text.compare(end, 3, "”") == 0 ||
                                 text.compare(end, 3, "’") == 0))
      end += text[end] < 0 ? 3 : 1;
    if (end == text.size() || text[end] == ' ') {
      close(end);
      i = begin - 1;  // the loop's ++i lands on the next sentence's first byte
    }
  }
  if (begin < text.size()) out.push_back({begin, text.size()});
  return out;
}

StyledText join(const StyledText& from, const std::vector<Span>& sentences) {
  StyledText out;
  for (const auto& s : sentences) {
    if (!out.text.empty()) {
      std::uint8_t shared = out.style.back() & from.style[s.begin];
      out.text += ' ';
      out.style.push_back(shared);
    }
    out.text.append(from.text, s.begin, s.end - s.begin);
    out.style.insert(out.style.end(), from.style.begin() + static_cast<std::ptrdiff_t>(s.begin),
                     from.style.begin() + static_cast<std::ptrdiff_t>(s.end));
  }
  return out;
}

std::vector<TextRun> to_runs(const StyledText& text) {
  std::vector<TextRun> runs;
  for (std::size_t i = 0; i < text.text.size(); ++i) {
    std::uint8_t style = text.style[i];
    bool bold = (style & kBold) != 0;
    bool italic = (style & kItalic) != 0;
    if (runs.empty() || runs.back().bold != bold || runs.back().italic != italic)
      runs.push_back({"", bold, italic});
    runs.back().text += text.text[i];
  }
  return runs;
}

}  // namespace baocao::briefing

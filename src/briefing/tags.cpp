#include "briefing/tags.hpp"

namespace baocao::briefing {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

Tag classify(std::string_view contents, bool triple) {
  Tag tag;
  std::string body = trim(contents);
  if (triple || body.empty()) {
    tag.name = body;
    return tag;
  }
  switch (body[0]) {
    case '#':
      tag.kind = TagKind::section;
      break;
    case '^':
      tag.kind = TagKind::inverted;
      break;
    case '/':
      tag.kind = TagKind::close;
      break;
    case '>':
      tag.kind = TagKind::partial;
      break;
    case '!':
      tag.kind = TagKind::comment;
      break;
    case '=':
      tag.kind = TagKind::set_delimiter;
      break;
    case '&':
      break;  // an unescaped variable: the same as {{x}} here, as nothing is escaped
    default:
      tag.name = body;
      return tag;
  }
  tag.name = trim(std::string_view(body).substr(1));
  return tag;
}

}  // namespace

TagScan scan_tags(std::string_view text) {
  TagScan scan;
  std::size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string_view::npos) {
    bool triple = pos + 2 < text.size() && text[pos + 2] == '{';
    std::size_t contents = pos + (triple ? 3 : 2);
    std::string_view end_mark = triple ? "}}}" : "}}";
    std::size_t end = text.find(end_mark, contents);
    if (end == std::string_view::npos) {
      scan.unclosed_at = pos;
      return scan;
    }
    Tag tag = classify(text.substr(contents, end - contents), triple);
    tag.offset = pos;
    tag.length = end + end_mark.size() - pos;
    scan.tags.push_back(std::move(tag));
    pos = end + end_mark.size();
  }
  return scan;
}

std::string tag_text(const Tag& tag) {
  switch (tag.kind) {
    case TagKind::section:
      return "{{#" + tag.name + "}}";
    case TagKind::inverted:
      return "{{^" + tag.name + "}}";
    case TagKind::close:
      return "{{/" + tag.name + "}}";
    case TagKind::partial:
      return "{{> " + tag.name + "}}";
    case TagKind::comment:
      return "{{! … }}";
    case TagKind::set_delimiter:
      return "{{=" + tag.name;
    case TagKind::variable:
      break;
  }
  return "{{" + tag.name + "}}";
}

}  // namespace baocao::briefing

#pragma once
// The mustache tags of a piece of template text, found the way kainjow mustache finds them
// (default delimiters), so that each tag can be checked and located before rendering.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::briefing {

enum class TagKind { variable, section, inverted, close, comment, partial, set_delimiter };

struct Tag {
  TagKind kind = TagKind::variable;
  std::string name;  // trimmed, without the leading # ^ / > & !
  std::size_t offset = 0;
  std::size_t length = 0;  // the whole tag, braces included
};

struct TagScan {
  std::vector<Tag> tags;
  std::optional<std::size_t> unclosed_at;  // a "{{" without its "}}"
};

TagScan scan_tags(std::string_view text);

// The tag as written in messages: "{{#KT.GTSX}}".
std::string tag_text(const Tag& tag);

}  // namespace baocao::briefing

#include "briefing/body.hpp"

#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "core/unicode.hpp"

namespace baocao::briefing {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

class BodyParser {
 public:
  BodyParser(const TemplateFile& file, Diagnostics& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  std::vector<BodyBlock> parse() {
    const std::string& text = file_.text;
    for (std::size_t line = 0; line < file_.line_starts.size(); ++line) {
      std::size_t begin = file_.line_starts[line];
      std::size_t end =
          line + 1 < file_.line_starts.size() ? file_.line_starts[line + 1] - 1 : text.size();
      std::size_t first = begin;
      while (first < end && is_blank(text[first])) ++first;
      std::size_t last = end;
      while (last > first && is_blank(text[last - 1])) --last;
      std::string_view content(text.data() + first, last - first);
      int line_number = static_cast<int>(line) + 1;
      int column = static_cast<int>(count_code_points({text.data() + begin, first - begin})) + 1;
      if (content.empty()) {
        flush();
      } else if (is_comment_line(content)) {
        continue;
      } else if (content.front() == '#') {
        flush();
        heading(content, line_number, column);
      } else if (content.substr(0, 2) == "[[") {
        flush();
        directive(content, line_number, column);
      } else {
        if (!paragraph_begin_) {
          paragraph_begin_ = begin;
          paragraph_line_ = line_number;
        }
        paragraph_end_ = end;
      }
    }
    flush();
    return std::move(blocks_);
  }

 private:
  static bool is_comment_line(std::string_view content) {
    return content.substr(0, 3) == "{{!" && content.find("}}") == content.size() - 2;
  }

  void flush() {
    if (!paragraph_begin_) return;
    Piece p;
    p.text = file_.text.substr(*paragraph_begin_, paragraph_end_ - *paragraph_begin_);
    p.path = file_.path;
    p.start = {paragraph_line_, 1};
    blocks_.push_back(BodyParagraph{std::move(p)});
    paragraph_begin_.reset();
  }

  void heading(std::string_view content, int line, int column) {
    std::size_t level = 0;
    while (level < content.size() && content[level] == '#') ++level;
    if (level < content.size() && !is_blank(content[level])) {
      diagnostics_.error(file_.path, line, column,
                         tr("a heading needs a space after its #: \"# I. KẾT QUẢ …\""),
                         tr("write \"# \" for a part, \"## \" for a section, \"### \" for a "
                            "point"));
      return;
    }
    std::size_t start = level;
    while (start < content.size() && is_blank(content[start])) ++start;
    if (level > 3) {
      diagnostics_.error(file_.path, line, column, trf("a heading has 1 to 3 #, not {}", level),
                         tr("\"# \" is a part (I.), \"## \" a section (1.), \"### \" a point "
                            "(a))"));
      return;
    }
    if (start == content.size()) {
      diagnostics_.error(file_.path, line, column, tr("the heading has no text"),
                         tr("write the heading after the #: \"## Kinh tế\""));
      return;
    }
    Piece p;
    p.text = std::string(content.substr(start));
    p.path = file_.path;
    p.start = {line, column + static_cast<int>(count_code_points(content.substr(0, start)))};
    blocks_.push_back(BodyHeading{static_cast<int>(level), std::move(p)});
  }

  void directive(std::string_view content, int line, int column) {
    if (content.size() < 4 || content.substr(content.size() - 2) != "]]") {
      diagnostics_.error(file_.path, line, column, tr("a [[…]] line must end with ]]"),
                         tr("a table or chart is one line: [[bảng: chỉ tiêu chủ yếu]]"));
      return;
    }
    Piece p;
    p.text = std::string(content.substr(2, content.size() - 4));
    p.path = file_.path;
    p.start = {line, column + 2};
    blocks_.push_back(BodyDirective{std::move(p)});
  }

  const TemplateFile& file_;
  Diagnostics& diagnostics_;
  std::vector<BodyBlock> blocks_;
  std::optional<std::size_t> paragraph_begin_;
  std::size_t paragraph_end_ = 0;
  int paragraph_line_ = 0;
};

}  // namespace

std::vector<BodyBlock> parse_body(const TemplateFile& file, Diagnostics& diagnostics) {
  return BodyParser(file, diagnostics).parse();
}

}  // namespace baocao::briefing

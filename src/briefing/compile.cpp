#include "briefing/compile.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "briefing/tags.hpp"
#include "core/i18n.hpp"
#include "core/suggest.hpp"
#include "core/unicode.hpp"

namespace baocao::briefing {
namespace {

// The mustache library renders a section by recursion: a template of thousands of nested
// sections would overflow the stack. A sentence needs a handful.
constexpr std::size_t kMaxSectionDepth = 32;

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The hint for a helper (a lambda) used other than as a section.
std::string helper_hint(const Tag& tag) {
  return trf("write {{{{#{0}}}}}text{{{{/{0}}}}}", tag.name);
}

// Checks the tags of one piece, mirroring how kainjow resolves names.
class Checker {
 public:
  Checker(const Piece& piece, const TemplateModel& model, Diagnostics& diagnostics)
      : piece_(piece), model_(model), diagnostics_(diagnostics), context_(&model.root()) {}

  // Returns the missing figures' placeholders, or nothing after an error.
  std::optional<std::vector<std::pair<const Tag*, MissingFigure>>> run(const TagScan& scan) {
    if (scan.unclosed_at) {
      error(*scan.unclosed_at, tr("a placeholder opened with {{ is not closed with }}"),
            tr("close it with }} on the same paragraph, or remove the stray {{"));
      return std::nullopt;
    }
    for (const Tag& tag : scan.tags) {
      if (!check(tag)) break;
    }
    for (auto it = open_.rbegin(); it != open_.rend(); ++it)
      error(it->tag->offset, trf("{} is not closed", tag_text(*it->tag)),
            trf("add {{{{/{}}}}} in the same paragraph: a section ends before a blank line, a "
                "heading or a [[…]] line",
                it->tag->name));
    if (failed_) return std::nullopt;
    return std::move(missing_);
  }

 private:
  struct Open {
    const Tag* tag;
    bool pushed;
    bool indicator;
  };

  void error(std::size_t offset, std::string message, std::string hint) {
    Location at = piece_.locate(offset);
    diagnostics_.error(piece_.path, at.line, at.column, std::move(message), std::move(hint));
    failed_ = true;
  }

  bool inside_indicator() const {
    return std::any_of(open_.begin(), open_.end(), [](const Open& o) { return o.indicator; });
  }

  bool is_indicator(const mustache::data* value) const {
    if (!value || !value->is_object()) return false;
    const auto* code = value->get("ma");
    return code && code->is_string() && model_.has_code(code->string_value());
  }

  bool check(const Tag& tag) {
    switch (tag.kind) {
      case TagKind::comment:
        return true;
      case TagKind::set_delimiter:
        error(tag.offset, tr("changing the placeholder delimiters ({{=… …=}}) is not supported"),
              tr("write placeholders as {{name}}"));
        return false;
      case TagKind::partial:
        error(tag.offset, trf("{}: partials are not used in these templates", tag_text(tag)),
              tr("for a table or a chart write a line such as [[bảng: chỉ tiêu chủ yếu]] (see "
                 "templates/README.md)"));
        return true;
      case TagKind::variable:
        check_variable(tag);
        return true;
      case TagKind::section:
      case TagKind::inverted:
        if (open_.size() == kMaxSectionDepth) {
          error(tag.offset,
                trf("{} opens a section nested more than {} deep", tag_text(tag), kMaxSectionDepth),
                tr("close some sections before opening more: a sentence needs a few levels"));
          open_.clear();  // not "not closed" once for each of them as well
          return false;
        }
        open_section(tag);
        return true;
      case TagKind::close:
        return close_section(tag);
    }
    return true;
  }

  void check_variable(const Tag& tag) {
    if (tag.name.empty()) {
      error(tag.offset, tr("an empty placeholder {{}}"), tr("write a name between the braces"));
      return;
    }
    if (tag.name == "." && open_.empty()) {
      error(tag.offset, tr("{{.}} is used outside a section"),
            tr("{{.}} stands for the figure of the section it is in: "
               "{{#thay_doi}}{{.}}{{/thay_doi}}"));
      return;
    }
    const mustache::data* value = context_.get(tag.name);
    if (!value) return unknown(tag);
    if (value->is_object() && is_indicator(value)) {
      error(tag.offset, trf("{} names an indicator, not a text to print", tag_text(tag)),
            trf("name one of its figures: {{{{{0}.ket_qua}}}}, or write {{{{#{0}}}}} … "
                "{{{{ket_qua}}}} … {{{{/{0}}}}}",
                tag.name));
    } else if (value->is_object()) {
      error(tag.offset, trf("{} names a group of names, not a text to print", tag_text(tag)),
            tr("name one of its fields, e.g. {{ky.ten}} (see templates/README.md)"));
    } else if (value->is_lambda() || value->is_lambda2()) {
      error(tag.offset, trf("{} is a helper that changes the text of a section", tag_text(tag)),
            helper_hint(tag));
    } else if (value->is_list()) {
      error(tag.offset, trf("{} is a list", tag_text(tag)),
            trf("use it as a section: {{{{#{0}}}}} … {{{{/{0}}}}}", tag.name));
    } else if (value->is_false()) {
      if (const MissingFigure* figure = model_.missing(value)) missing_.emplace_back(&tag, *figure);
    }
  }

  void open_section(const Tag& tag) {
    const mustache::data* value = tag.name.empty() ? nullptr : context_.get(tag.name);
    Open open{&tag, false, false};
    if (!value) {
      unknown(tag);
    } else if (value->is_lambda() || value->is_lambda2()) {
      if (tag.kind == TagKind::inverted)
        error(tag.offset, trf("{} is a helper and cannot be inverted", tag_text(tag)),
              helper_hint(tag));
    } else {
      context_.push(value);
      open.pushed = true;
      open.indicator = is_indicator(value);
    }
    open_.push_back(open);
  }

  bool close_section(const Tag& tag) {
    if (open_.empty()) {
      error(tag.offset, trf("{} closes a section that was not opened", tag_text(tag)),
            trf("remove it, or open the section before it with {{{{#{}}}}}", tag.name));
      return true;
    }
    const Open& last = open_.back();
    if (last.tag->name != tag.name) {
      Location opened = piece_.locate(last.tag->offset);
      error(tag.offset,
            trf("{} does not close the last open section, {} (line {})", tag_text(tag),
                tag_text(*last.tag), opened.line),
            trf("sections close in the reverse order they open: write {{{{/{}}}}} first",
                last.tag->name));
      open_.clear();
      return false;
    }
    if (last.pushed) context_.pop();
    open_.pop_back();
    return true;
  }

  void unknown(const Tag& tag) {
    auto parts = mustache::split(tag.name, '.');
    std::size_t code_parts = 0;
    while (code_parts < parts.size() && !has_lower(parts[code_parts])) ++code_parts;
    if (code_parts > 0) {
      std::string code;
      for (std::size_t i = 0; i < code_parts; ++i) code += (i ? "." : "") + parts[i];
      if (!model_.has_code(code)) {
        auto best = closest(code, model_.codes());
        error(tag.offset, trf("unknown indicator code {} in {}", code, tag_text(tag)),
              best
                  ? trf("did you mean {}? the codes are the `code` column of indicators.csv", *best)
                  : tr("the codes are the `code` column of indicators.csv"));
        return;
      }
      std::string field;
      for (std::size_t i = code_parts; i < parts.size(); ++i)
        field += (i > code_parts ? "." : "") + parts[i];
      auto best = closest(field, indicator_fields());
      error(tag.offset, trf("indicator {} has no field '{}' in {}", code, field, tag_text(tag)),
            best ? trf("did you mean {{{{{}}}}}? the fields of an indicator are listed in "
                       "templates/README.md",
                       *best)
                 : tr("the fields of an indicator are listed in templates/README.md"));
      return;
    }
    const auto& fields = indicator_fields();
    if (!inside_indicator() && std::find(fields.begin(), fields.end(), tag.name) != fields.end()) {
      error(tag.offset,
            trf("{} is a field of an indicator, used outside any indicator", tag_text(tag)),
            trf("write it with the code, {{{{KT.GTSX.{}}}}}, or inside {{{{#KT.GTSX}}}} … "
                "{{{{/KT.GTSX}}}}",
                tag.name));
      return;
    }
    std::vector<std::string> candidates = model_.top_level_names();
    if (inside_indicator()) candidates.insert(candidates.end(), fields.begin(), fields.end());
    auto best = closest(tag.name, candidates);
    error(tag.offset, trf("unknown placeholder {}", tag_text(tag)),
          best ? trf("did you mean {{{{{}}}}}? the names are listed in templates/README.md", *best)
               : tr("the names are listed in templates/README.md"));
  }

  const Piece& piece_;
  const TemplateModel& model_;
  Diagnostics& diagnostics_;
  mustache::context<std::string> context_;
  std::vector<Open> open_;
  std::vector<std::pair<const Tag*, MissingFigure>> missing_;
  bool failed_ = false;
};

// "Unclosed tag at 12" -> 12.
std::optional<std::size_t> offset_in_message(std::string_view message) {
  auto at = message.rfind(" at ");
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t value = 0;
  auto digits = message.substr(at + 4);
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc{}) return std::nullopt;
  return value;
}

// Emphasis markers outside the tags must pair up.
void check_emphasis(const Piece& piece, const TagScan& scan, Diagnostics& diagnostics) {
  std::optional<std::size_t> bold, italic;
  std::size_t next_tag = 0;
  const std::string& t = piece.text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (next_tag < scan.tags.size() && i == scan.tags[next_tag].offset) {
      i += scan.tags[next_tag++].length - 1;
      continue;
    }
    if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] == '*') {
      ++i;
    } else if (t[i] == '*' && i + 1 < t.size() && t[i + 1] == '*') {
      bold = bold ? std::nullopt : std::optional<std::size_t>(i);
      ++i;
    } else if (t[i] == '*') {
      italic = italic ? std::nullopt : std::optional<std::size_t>(i);
    }
  }
  auto report = [&](std::size_t offset, std::string message, std::string_view marker) {
    Location at = piece.locate(offset);
    diagnostics.error(
        piece.path, at.line, at.column, std::move(message),
        trf("close it with {} in the same paragraph; for an asterisk itself write \\*", marker));
  };
  if (bold) report(*bold, tr("** (bold) is opened here and not closed"), "**");
  if (italic) report(*italic, tr("* (italic) is opened here and not closed"), "*");
}

std::string preview(std::string_view sentence, const CompiledText& compiled) {
  std::string out;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (sentence[i] != kMissingMark) {
      out += sentence[i];
      continue;
    }
    std::size_t end = sentence.find(kMissingMark, i + 1);
    std::size_t index = 0;
    std::from_chars(sentence.data() + i + 1, sentence.data() + end, index);
    out += index < compiled.missing.size()
               ? fmt::format("{{{{{}}}}}", compiled.missing[index].figure.field)
               : "{{?}}";
    i = end;
  }
  if (count_code_points(out) <= 80) return out;
  std::size_t cut = 0, n = 0;
  while (cut < out.size() && n < 77) {
    ++cut;
    while (cut < out.size() && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) ++cut;
    ++n;
  }
  return out.substr(0, cut) + "…";
}

void warn_left_out(std::string_view sentence, const CompiledText& compiled,
                   Diagnostics& diagnostics) {
  std::vector<const MissingUse*> uses;
  std::size_t i = sentence.find(kMissingMark);
  while (i != std::string_view::npos) {
    std::size_t end = sentence.find(kMissingMark, i + 1);
    if (end == std::string_view::npos) break;
    std::size_t index = 0;
    std::from_chars(sentence.data() + i + 1, sentence.data() + end, index);
    if (index < compiled.missing.size()) uses.push_back(&compiled.missing[index]);
    i = sentence.find(kMissingMark, end + 1);
  }
  if (uses.empty()) return;
  std::string what;
  for (const MissingUse* use : uses) {
    // The meanings are marked for translation where the figures are listed (compute/figures).
    std::string meaning(figure_meaning(use->figure.field));
    std::string item =
        meaning.empty() ? trf("{} has no value for {{{{{}}}}}", use->figure.code, use->figure.field)
                        : trf("{} has no value for {{{{{}}}}} ({})", use->figure.code,
                              use->figure.field, tr(meaning.c_str()));
    if (what.find(item) == std::string::npos) what += (what.empty() ? "" : "; ") + item;
  }
  const MissingUse& first = *uses.front();
  diagnostics.warning(
      compiled.origin.path, first.where.line, first.where.column,
      trf("sentence left out: {}: \"{}\"", what, preview(sentence, compiled)),
      trf("add the figure to values.csv, or put the clause in {{{{#{0}}}}}…{{{{/{0}}}}} so that "
          "only the clause is left out when the figure is missing",
          first.figure.field));
}

}  // namespace

std::optional<std::string> closest(std::string_view name,
                                   const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(2, name.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    std::size_t d = edit_distance(name, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::optional<CompiledText> compile_text(const Piece& piece, const TemplateModel& model,
                                         Diagnostics& diagnostics) {
  TagScan scan = scan_tags(piece.text);
  std::size_t errors_before = diagnostics.error_count();
  Checker checker(piece, model, diagnostics);
  auto missing = checker.run(scan);
  if (!scan.unclosed_at) check_emphasis(piece, scan, diagnostics);
  if (!missing || diagnostics.error_count() > errors_before) return std::nullopt;

  mustache::mustache parsed{piece.text};
  if (!parsed.is_valid()) {
    Location at = piece.locate(offset_in_message(parsed.error_message()).value_or(0));
    diagnostics.error(piece.path, at.line, at.column,
                      trf("the template text cannot be read: {}", parsed.error_message()),
                      tr("check the {{ }} placeholders and that each {{#…}} has its {{/…}}"));
    return std::nullopt;
  }

  CompiledText compiled;
  compiled.origin = piece;
  std::size_t copied = 0;
  for (const auto& [tag, figure] : *missing) {
    compiled.source.append(piece.text, copied, tag->offset - copied);
    compiled.source += kMissingMark;
    compiled.source += fmt::format("{}", compiled.missing.size());
    compiled.source += kMissingMark;
    compiled.missing.push_back({figure, piece.locate(tag->offset)});
    copied = tag->offset + tag->length;
  }
  compiled.source.append(piece.text, copied);
  return compiled;
}

StyledText render_piece(const CompiledText& compiled, const TemplateModel& model,
                        Diagnostics& diagnostics) {
  mustache::mustache tmpl{compiled.source};
  tmpl.set_custom_escape([](const std::string& s) { return s; });  // not HTML: "TB&XH" stays
  std::string rendered = tmpl.render(model.root());
  if (!tmpl.is_valid()) {
    diagnostics.error(compiled.origin.path, compiled.origin.start.line,
                      compiled.origin.start.column,
                      trf("the template text cannot be rendered: {}", tmpl.error_message()),
                      tr("check the {{#…}} sections of this paragraph"));
    return {};
  }
  StyledText styled = parse_emphasis(tidy(rendered));
  if (styled.text.find(kMissingMark) == std::string::npos) return styled;
  std::vector<Span> kept;
  for (const Span& s : split_sentences(styled.text)) {
    std::string_view sentence(styled.text.data() + s.begin, s.end - s.begin);
    if (sentence.find(kMissingMark) == std::string_view::npos)
      kept.push_back(s);
    else
      warn_left_out(sentence, compiled, diagnostics);
  }
  return join(styled, kept);
}

std::string render_plain(const CompiledText& compiled, const TemplateModel& model,
                         Diagnostics& diagnostics) {
  return render_piece(compiled, model, diagnostics).text;
}

}  // namespace baocao::briefing

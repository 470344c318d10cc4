#include "briefing/metadata.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include "briefing/compile.hpp"
#include "core/i18n.hpp"
#include "load/toml_text.hpp"

namespace baocao::briefing {
namespace {

int line_of(const toml::node& n) {
  return static_cast<int>(n.source().begin.line);
}

class MetadataReader {
 public:
  MetadataReader(const TemplateFile& file, Diagnostics& diagnostics, const Repertoire* drawable)
      : file_(file), diagnostics_(diagnostics), drawable_(drawable) {}

  std::optional<TemplateMetadata> read() {
    if (int line = line_with_too_many_dots(file_.text); line > 0) {
      error(line, tr("too many dotted keys: this is not a template.toml"),
            tr("each setting is one line `key = value`: preset = \"state\""));
      return std::nullopt;
    }
    toml::table root;
    try {
      root = toml::parse(file_.text, file_.path);
    } catch (const toml::parse_error& e) {
      error(static_cast<int>(e.source().begin.line),
            trf("this is not valid TOML: {}", e.description()),
            tr("each setting is one line `key = value`, a text in double quotes: "
               "preset = \"state\"; a list in brackets: recipients = [\"Lưu: VT\"]"));
      return std::nullopt;
    }
    // The file's characters were checked; an escape (\u0007, \t) can still make one.
    std::size_t errors = diagnostics_.error_count();
    check_toml_texts(root, file_.path, diagnostics_, drawable_);
    if (diagnostics_.error_count() > errors) return std::nullopt;
    check_keys(root,
               {"preset", "issuer", "document_type", "summary_line", "body", "recipients", "info"},
               "");
    TemplateMetadata meta;
    read_preset(root, meta);
    if (auto p = piece(root, "document_type", true)) meta.document_type = *p;
    if (auto p = piece(root, "summary_line", true)) meta.summary_line = *p;
    if (auto p = piece(root, "body", false)) read_body_file(*p, meta);
    read_recipients(root, meta);
    if (const toml::node* info = root.get("info")) {
      if (const toml::table* t = info->as_table()) {
        check_keys(*t, {"title", "subject", "keywords"}, "info.");
        meta.title = piece(*t, "title", false);
        meta.subject = piece(*t, "subject", false);
        meta.keywords = piece(*t, "keywords", false);
      } else {
        error(line_of(*info), tr("`info` must be a table"),
              tr("write [info] on its own line, then title = \"…\", subject = \"…\""));
      }
    }
    return meta;
  }

 private:
  void error(int line, std::string message, std::string hint) {
    diagnostics_.error(file_.path, line, 0, std::move(message), std::move(hint));
  }

  void check_keys(const toml::table& t, std::vector<std::string> known, std::string_view prefix) {
    for (const auto& [key, node] : t) {
      std::string name(key.str());
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      auto best = closest(name, known);
      error(line_of(node), trf("unknown setting `{}{}`", prefix, name),
            best ? trf("did you mean `{}`?", *best)
                 : trf("the settings are: {}", fmt::format("{}", fmt::join(known, ", "))));
    }
  }

  std::optional<Piece> piece(const toml::table& t, std::string_view key, bool required) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required)
        error(0, trf("the setting `{}` is missing", key), trf("add a line {} = \"…\"", key));
      return std::nullopt;
    }
    return string_piece(*n, key);
  }

  std::optional<Piece> string_piece(const toml::node& n, std::string_view what) {
    const auto* s = n.as_string();
    if (!s) {
      error(line_of(n), trf("`{}` must be a text in double quotes", what),
            trf("write {} = \"…\"", what));
      return std::nullopt;
    }
    Piece p;
    p.text = s->get();
    p.path = file_.path;
    p.start = {line_of(n), 0};
    p.exact_columns = false;
    return p;
  }

  void read_preset(const toml::table& root, TemplateMetadata& meta) {
    auto preset = piece(root, "preset", true);
    if (preset) {
      if (preset->text == "party")
        meta.preset = Preset::party;
      else if (preset->text == "state")
        meta.preset = Preset::state;
      else
        error(preset->start.line, trf("unknown preset \"{}\"", preset->text),
              tr("write preset = \"party\" (Party format, 36-HD/VPTW) or preset = \"state\" "
                 "(state format, Decree 30/2020)"));
    }
    meta.issuer = meta.preset == Preset::party ? "party" : "council";
    meta.issuer_line = preset ? preset->start.line : 0;
    if (root.get("issuer")) {
      // Whether unit.toml has this body is checked with the dataset (see template.cpp).
      auto issuer = piece(root, "issuer", false);
      if (issuer && !issuer->text.empty()) {
        meta.issuer = issuer->text;
        meta.issuer_line = issuer->start.line;
        meta.issuer_written = true;
      } else if (issuer) {
        error(issuer->start.line, tr("`issuer` is empty"),
              tr("write the key of a body of unit.toml: issuer = \"council\" for [bodies.council] "
                 "or [council]"));
      }
    }
  }

  void read_body_file(const Piece& p, TemplateMetadata& meta) {
    if (p.text.empty() || p.text.find('/') != std::string::npos ||
        p.text.find('\\') != std::string::npos || p.text.front() == '.') {
      error(p.start.line, trf("`body` must name a file of this folder, not \"{}\"", p.text),
            tr("write body = \"body.md\""));
      return;
    }
    meta.body_file = p.text;
  }

  void read_recipients(const toml::table& root, TemplateMetadata& meta) {
    const toml::node* n = root.get("recipients");
    if (!n) {
      error(0, tr("the setting `recipients` (Nơi nhận) is missing"),
            tr("add recipients = [\"Thường trực HĐND tỉnh\", \"Lưu: VT\"]"));
      return;
    }
    const toml::array* list = n->as_array();
    if (!list || list->empty()) {
      error(line_of(*n), tr("`recipients` must be a list of texts with at least one recipient"),
            tr("write recipients = [\"Thường trực HĐND tỉnh\", \"Lưu: VT\"]"));
      return;
    }
    for (const toml::node& item : *list)
      if (auto p = string_piece(item, "recipients")) meta.recipients.push_back(*p);
  }

  const TemplateFile& file_;
  Diagnostics& diagnostics_;
  const Repertoire* drawable_;
};

}  // namespace

std::optional<TemplateMetadata> read_metadata(const std::string& path, Diagnostics& diagnostics,
                                              const Repertoire* drawable) {
  // Its texts are checked for the fonts once read, not its comments.
  auto file = read_template_file(path, diagnostics);
  if (!file) return std::nullopt;
  return MetadataReader(*file, diagnostics, drawable).read();
}

}  // namespace baocao::briefing

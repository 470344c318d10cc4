#include "briefing/template.hpp"

#include <algorithm>
#include <array>
#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "briefing/body.hpp"
#include "briefing/compile.hpp"
#include "briefing/directives.hpp"
#include "briefing/draft.hpp"
#include "briefing/figures.hpp"
#include "briefing/metadata.hpp"
#include "briefing/model.hpp"
#include "core/i18n.hpp"
#include "core/unicode.hpp"

namespace baocao {
namespace fs = std::filesystem;
using namespace briefing;

namespace {

constexpr const char* kMetadataFile = "template.toml";

struct CompiledHeading {
  int level;
  CompiledText text;
};
struct CompiledParagraph {
  CompiledText text;
};
using CompiledBlock = std::variant<CompiledHeading, CompiledParagraph, DirectiveSpec>;

struct CompiledTemplate {
  TemplateMetadata meta;
  CompiledText document_type;
  CompiledText summary_line;
  std::vector<CompiledText> recipients;
  std::optional<CompiledText> title, subject, keywords;
  std::vector<CompiledBlock> body;
};

class TemplateCompiler {
 public:
  TemplateCompiler(const TemplateModel& model, const Unit& unit, const Repertoire* drawable,
                   Diagnostics& diagnostics)
      : model_(model), unit_(unit), drawable_(drawable), diagnostics_(diagnostics) {}

  std::optional<CompiledTemplate> run(const fs::path& folder) {
    auto meta = read_metadata((folder / kMetadataFile).string(), diagnostics_, drawable_);
    CompiledTemplate out;
    if (meta) {
      check_issuer(*meta, folder / kMetadataFile);
      out.meta = *meta;
      out.document_type = text(meta->document_type);
      out.summary_line = text(meta->summary_line);
      for (const auto& r : meta->recipients) out.recipients.push_back(text(r));
      out.title = optional_text(meta->title);
      out.subject = optional_text(meta->subject);
      out.keywords = optional_text(meta->keywords);
    }
    // The body is checked even when template.toml has errors, so that all are shown together.
    std::string body_name = meta ? meta->body_file : "body.md";
    if (auto file = read_template_file((folder / body_name).string(), diagnostics_, drawable_))
      for (auto& block : parse_body(*file, diagnostics_)) body(block, out);
    if (!meta || failed_) return std::nullopt;
    return out;
  }

 private:
  CompiledText text(const Piece& piece) {
    auto compiled = compile_text(piece, model_, diagnostics_);
    if (!compiled) {
      failed_ = true;
      return {};
    }
    return std::move(*compiled);
  }

  std::optional<CompiledText> optional_text(const std::optional<Piece>& piece) {
    if (!piece) return std::nullopt;
    return text(*piece);
  }

  // The issuer is a body of the dataset's unit.toml, so it is known only here.
  void check_issuer(const TemplateMetadata& meta, const fs::path& toml) {
    if (unit_.find_body(meta.issuer)) return;
    std::vector<std::string> keys;
    for (const auto& b : unit_.bodies) keys.push_back(b.key);
    std::string bodies = keys.empty() ? std::string(tr("unit.toml has none"))
                                      : trf("the bodies of unit.toml are {}",
                                            fmt::format("{}", fmt::join(keys, ", ")));
    failed_ = true;
    if (meta.issuer_written)
      diagnostics_.error(
          toml.string(), meta.issuer_line, 0,
          trf("issuer \"{}\" is not a body of unit.toml", meta.issuer),
          trf("{}: write one of them, or add [bodies.{}] to unit.toml", bodies, meta.issuer));
    else
      diagnostics_.error(
          toml.string(), meta.issuer_line, 0,
          trf("the preset's issuing body \"{}\" is not a body of unit.toml", meta.issuer),
          trf("{}: name one with a line issuer = \"…\"", bodies));
  }

  void body(const BodyBlock& block, CompiledTemplate& out) {
    if (const auto* h = std::get_if<BodyHeading>(&block)) {
      out.body.emplace_back(CompiledHeading{h->level, text(h->text)});
    } else if (const auto* p = std::get_if<BodyParagraph>(&block)) {
      out.body.emplace_back(CompiledParagraph{text(p->text)});
    } else if (const auto* d = std::get_if<BodyDirective>(&block)) {
      auto spec = compile_directive(d->text, model_, diagnostics_);
      if (spec)
        out.body.emplace_back(std::move(*spec));
      else
        failed_ = true;
    }
  }

  const TemplateModel& model_;
  const Unit& unit_;
  const Repertoire* drawable_;
  Diagnostics& diagnostics_;
  bool failed_ = false;
};

class TemplateRenderer {
 public:
  TemplateRenderer(const TemplateModel& model, const BriefingRequest& request,
                   Diagnostics& diagnostics)
      : model_(model), request_(request), diagnostics_(diagnostics) {}

  Briefing run(const std::string& name, const CompiledTemplate& t) {
    const Unit& unit = request_.data.unit;
    const IssuingBody& body = *unit.find_body(t.meta.issuer);  // checked when compiled
    Briefing b;
    b.name = name;
    b.issuer = t.meta.issuer;
    b.preset = t.meta.preset;
    b.draft = draft_status(request_.number, body.signer_name);
    b.report_date = request_.report_date;
    b.header.superior = body.superior;
    b.header.issuing_body = body.name;
    b.header.number_line = number_line(t.meta.preset, body.symbol, request_.number);
    b.header.place_date_line = place_date_line(unit.place, request_.report_date);
    b.document_type = plain(t.document_type);
    b.summary_line = plain(t.summary_line);
    for (const auto& block : t.body) render(block, b.body);
    b.signature = {body.authority, body.signer_title, body.signer_name};
    std::vector<std::string> recipients;
    for (const auto& r : t.recipients)
      if (std::string item = plain(r); !item.empty()) recipients.push_back(item);
    for (std::size_t i = 0; i < recipients.size(); ++i)
      b.recipients.push_back(recipient_line(recipients[i], i + 1 == recipients.size()));
    b.info.title = t.title ? plain(*t.title) : b.summary_line;
    b.info.subject = t.subject ? plain(*t.subject) : b.document_type + " " + b.summary_line;
    b.info.keywords = t.keywords ? plain(*t.keywords) : std::string{};
    b.info.author = fmt::format("{}", fmt::join(b.header.issuing_body, " "));
    return b;
  }

 private:
  std::string plain(const CompiledText& text) { return render_plain(text, model_, diagnostics_); }

  void render(const CompiledBlock& block, std::vector<Block>& out) {
    if (const auto* h = std::get_if<CompiledHeading>(&block)) {
      std::string text = plain(h->text);
      if (text.empty()) return;
      int level = h->level;
      int& counter = counters_[static_cast<std::size_t>(level - 1)];
      ++counter;
      for (std::size_t deeper = static_cast<std::size_t>(level); deeper < counters_.size();
           ++deeper)
        counters_[deeper] = 0;
      if (!has_heading_number(level, text)) text = heading_number(level, counter) + " " + text;
      if (level == 1) text = to_upper(text);
      out.emplace_back(Heading{level, text});
    } else if (const auto* p = std::get_if<CompiledParagraph>(&block)) {
      StyledText styled = render_piece(p->text, model_, diagnostics_);
      if (styled.empty()) return;
      Paragraph paragraph;
      paragraph.runs = to_runs(styled);
      out.emplace_back(std::move(paragraph));
    } else if (const auto* d = std::get_if<DirectiveSpec>(&block)) {
      if (d->kind == DirectiveKind::table) {
        out.emplace_back(build_table(*d, model_, diagnostics_));
      } else if (auto chart = build_chart(*d, model_, diagnostics_)) {
        out.emplace_back(std::move(*chart));
      }
    }
  }

  const TemplateModel& model_;
  const BriefingRequest& request_;
  Diagnostics& diagnostics_;
  std::array<int, 3> counters_{};
};

}  // namespace

std::vector<std::string> list_templates(const std::string& templates_dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(templates_dir, ec)) {
    if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / kMetadataFile, ec))
      names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

BriefingResult build_briefing(const std::string& templates_dir, const std::string& name,
                              const BriefingRequest& request) {
  BriefingResult result;
  fs::path folder = fs::path(templates_dir) / name;
  std::error_code ec;
  if (!fs::is_regular_file(folder / kMetadataFile, ec)) {
    auto names = list_templates(templates_dir);
    result.diagnostics.error(
        folder.string(), 0, 0, trf("there is no template \"{}\"", name),
        names.empty() ? trf("a template is a folder of {} holding {}", templates_dir, kMetadataFile)
                      : trf("the templates are: {}", fmt::format("{}", fmt::join(names, ", "))));
    return result;
  }
  if (name.size() > kMaxTemplateName) {
    result.diagnostics.error(
        folder.string(), 0, 0,
        trf("the template's name is {} characters long: it becomes part of the "
            "briefings' file names, which take at most {}",
            name.size(), kMaxTemplateName),
        tr("rename the folder to a short name such as hdnd or thi-uy"));
    return result;
  }
  TemplateModel model(request.data, request.summary, request.report_date);
  auto compiled =
      TemplateCompiler(model, request.data.unit, request.drawable, result.diagnostics).run(folder);
  if (!compiled || result.diagnostics.has_errors()) return result;
  Briefing briefing = TemplateRenderer(model, request, result.diagnostics).run(name, *compiled);
  if (!result.diagnostics.has_errors()) result.briefing = std::move(briefing);
  return result;
}

}  // namespace baocao

#include "archive/sources.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "archive/output_kinds.hpp"
#include "archive/prepare.hpp"
#include "baocao/version.hpp"
#include "briefing/draft.hpp"
#include "briefing/template.hpp"
#include "core/i18n.hpp"
#include "pdf/render.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

std::string relative_to(const std::string& path, const std::string& dir) {
  fs::path rel = fs::path(path).lexically_relative(dir);
  if (rel.empty() || *rel.begin() == "..") rel = fs::path(path).filename();
  return rel.generic_string();
}

std::vector<FileRecord> input_records(const Dataset& data, const std::string& data_dir) {
  std::vector<FileRecord> records;
  for (const auto& f : data.files)
    records.push_back({relative_to(f.path, data_dir), f.size, f.sha256});
  return records;
}

// Every file of the templates found, so that the manifest shows which wording a PDF came from.
std::vector<FileRecord> template_records(const std::string& templates_dir,
                                         const std::vector<std::string>& names,
                                         Diagnostics& diagnostics) {
  std::vector<FileRecord> records;
  for (const auto& name : names) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(fs::path(templates_dir) / name, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      std::string error;
      auto digest = digest_file(it->path().string(), &error);
      if (!digest) {
        diagnostics.error(it->path().string(), 0, 0,
                          trf("the template file cannot be read: {}", error),
                          tr("check that the file exists and can be read"));
        continue;
      }
      records.push_back(
          {relative_to(it->path().string(), templates_dir), digest->size, digest->sha256});
    }
  }
  std::sort(records.begin(), records.end(),
            [](const FileRecord& a, const FileRecord& b) { return a.path < b.path; });
  return records;
}

std::vector<std::string> find_templates(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return {};
  return list_templates(dir);
}

// The briefings, or false when a template is missing or has errors.
bool build_briefings(const BuildOptions& options, const std::vector<std::string>& names,
                     const Repertoire* drawable, BundleSources& sources, BuildResult& result) {
  if (names.empty()) {
    result.status = BuildStatus::data_error;
    result.diagnostics.error(options.templates_dir, 0, 0,
                             tr("no briefing templates found (each is a sub-folder)"),
                             tr("give the templates folder with --templates, or build the "
                                "workbooks alone with --only xlsx"));
    return false;
  }
  for (const auto& [name, number] : options.numbers) {
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    result.status = BuildStatus::usage_error;
    result.diagnostics.error(
        "--number", 0, 0,
        trf("there is no template named \"{}\" in {}", name, options.templates_dir),
        trf("the templates are: {}", fmt::format("{}", fmt::join(names, ", "))));
  }
  if (result.status == BuildStatus::usage_error) return false;
  for (const auto& name : names) {
    auto number = options.numbers.find(name);
    std::string text = number == options.numbers.end() ? std::string{} : number->second;
    BriefingRequest request{sources.data, sources.summary, options.report_date, text, drawable};
    BriefingResult built = build_briefing(options.templates_dir, name, request);
    result.diagnostics.append(built.diagnostics);
    if (!built.briefing || built.diagnostics.has_errors()) {
      result.status = BuildStatus::data_error;
      continue;
    }
    sources.briefings.push_back(std::move(*built.briefing));
    if (!text.empty()) sources.numbers[name] = text;
  }
  return result.status == BuildStatus::ok;
}

// Each briefing as a draft or a final; with --final, a draft stops the build before anything
// is written, with what it lacks and how to give it.
void check_drafts(const BuildOptions& options, const BundleSources& sources, BuildResult& result) {
  std::string unit_toml = (fs::path(options.data_dir) / "unit.toml").generic_string();
  for (const auto& briefing : sources.briefings) {
    std::string missing = describe_missing(briefing, unit_toml);
    result.briefings.push_back({briefing.name, missing});
    if (!options.final || missing.empty()) continue;
    result.diagnostics.error(
        "--final", 0, 0, trf("the briefing \"{}\" is a draft: it lacks {}", briefing.name, missing),
        tr("give what it lacks as shown, or build without --final: the bundle is then a draft "
           "and its briefings say so (\"DỰ THẢO\" on page 1)"));
    result.status = BuildStatus::data_error;
  }
}

}  // namespace

std::optional<BundleSources> prepare_sources(const BuildOptions& options, BuildResult& result) {
  // The fonts' characters, when briefings are made: a character they lack is found in the data
  // or the template, at its place, before any folder is made.
  std::optional<Repertoire> drawable;
  if (selects_templates(options.only)) drawable = briefing_repertoire(options.pdf);
  PreparedReport prepared =
      prepare_report(options.data_dir, options.period, drawable ? &*drawable : nullptr);
  result.diagnostics.append(prepared.diagnostics);
  if (prepared.status != PrepareStatus::ok) {
    result.status = prepared.status == PrepareStatus::usage_error ? BuildStatus::usage_error
                                                                  : BuildStatus::data_error;
    return std::nullopt;
  }
  Diagnostics date = check_report_date(options.report_date, prepared.summary.period);
  if (date.has_errors()) {
    result.diagnostics.append(date);
    result.status = BuildStatus::usage_error;
    return std::nullopt;
  }
  std::optional<BundleSources> sources(std::in_place);
  sources->data = std::move(prepared.data);
  sources->summary = std::move(prepared.summary);
  auto names = find_templates(options.templates_dir);
  if (selects_templates(options.only) &&
      !build_briefings(options, names, drawable ? &*drawable : nullptr, *sources, result))
    return std::nullopt;
  check_drafts(options, *sources, result);
  if (result.status != BuildStatus::ok) return std::nullopt;
  sources->inputs = input_records(sources->data, options.data_dir);
  sources->templates = template_records(options.templates_dir, names, result.diagnostics);
  if (result.diagnostics.has_errors()) {
    result.status = BuildStatus::data_error;
    return std::nullopt;
  }
  return sources;
}

Manifest describe_sources(const BundleSources& sources, const BuildOptions& options) {
  Manifest m;
  m.tool_version = kVersion;
  m.period = sources.summary.period.to_string();
  m.report_date = options.report_date.to_iso();
  m.inputs = sources.inputs;
  m.templates = sources.templates;
  m.key_figures = key_figures(sources.summary);
  return m;
}

}  // namespace baocao

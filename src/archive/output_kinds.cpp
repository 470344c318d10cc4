#include "archive/output_kinds.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "archive/outputs.hpp"
#include "archive/scratch.hpp"
#include "archive/sources.hpp"
#include "docx/render.hpp"
#include "pdf/render.hpp"
#include "xlsx/workbook.hpp"

namespace baocao {
namespace {

// The writers. Each refers to the sources, which outlive the writing (outputs.hpp).

void plan_master_workbook(const OutputKind& kind, const BundleSources& sources,
                          const BuildOptions& options, std::vector<PlannedOutput>& plan) {
  WorkbookInput input =
      workbook_input(sources.data, sources.summary, options, sources.data.observations.size());
  plan.push_back({kind.path(sources.summary.period), &kind, [input](const std::string& path) {
                    return write_with_scratch_fallback(input, [&](const WorkbookInput& in) {
                      return write_master_workbook(in, path);
                    });
                  }});
}

void plan_briefing_pdfs(const OutputKind& kind, const BundleSources& sources,
                        const BuildOptions& options, std::vector<PlannedOutput>& plan) {
  for (const auto& briefing : sources.briefings)
    plan.push_back({kind.path(sources.summary.period, briefing.name), &kind,
                    [&briefing, pdf = options.pdf](const std::string& path) {
                      return write_briefing_pdf(briefing, path, pdf);
                    }});
}

void plan_briefing_docx(const OutputKind& kind, const BundleSources& sources, const BuildOptions&,
                        std::vector<PlannedOutput>& plan) {
  for (const auto& briefing : sources.briefings)
    plan.push_back(
        {kind.path(sources.summary.period, briefing.name), &kind,
         [&briefing](const std::string& path) { return write_briefing_docx(briefing, path); }});
}

// Largest department first, as for the kinds.
void plan_department_workbooks(const OutputKind& kind, const BundleSources& sources,
                               const BuildOptions& options, std::vector<PlannedOutput>& plan) {
  for (const auto& [department, rows] : departments_by_size(sources.data)) {
    WorkbookInput input = workbook_input(sources.data, sources.summary, options, rows);
    plan.push_back({kind.path(sources.summary.period, department), &kind,
                    [input, department](const std::string& path) {
                      return write_with_scratch_fallback(input, [&](const WorkbookInput& in) {
                        return write_department_workbook(in, department, path);
                      });
                    }});
  }
}

// Largest first, so that no big file starts last when they are written in parallel: the
// master workbook (every row), then the briefings (a fixed cost, above a town department's
// workbook; the Word files, with no fonts embedded, after the PDFs), then the department
// workbooks.
constexpr std::array kKinds = {
    OutputKind{"master-workbook", OutputSelection::workbooks, false, "", "tong-hop", ".xlsx",
               plan_master_workbook},
    OutputKind{"briefing-pdf", OutputSelection::briefings, true, "", "bao-cao", ".pdf",
               plan_briefing_pdfs},
    OutputKind{"briefing-docx", OutputSelection::briefings, true, "", "bao-cao", ".docx",
               plan_briefing_docx},
    OutputKind{"department-workbook", OutputSelection::workbooks, false, "phong-ban", "", ".xlsx",
               plan_department_workbooks},
};

struct SelectionName {
  std::string_view name;
  OutputSelection selection;
};
constexpr std::array kSelectionNames = {
    SelectionName{"xlsx", OutputSelection::workbooks},
    SelectionName{"pdf", OutputSelection::briefings},
    SelectionName{"all", OutputSelection::all},
};

// Whether `path` could be a file of `kind`: in its folder, starting with its stem, ending with
// its extension.
bool follows_pattern(const OutputKind& kind, std::string_view path) {
  std::string_view file = path;
  if (!kind.folder.empty()) {
    std::string folder = fmt::format("{}/", kind.folder);
    if (!file.starts_with(folder)) return false;
    file.remove_prefix(folder.size());
  }
  if (file.find('/') != std::string_view::npos) return false;
  if (!kind.stem.empty() && !file.starts_with(fmt::format("{}-", kind.stem))) return false;
  return file.size() > kind.extension.size() && file.ends_with(kind.extension);
}

}  // namespace

std::string OutputKind::path(const Period& period, std::string_view file_name) const {
  std::string file;
  for (std::string_view part : {stem, file_name})
    if (!part.empty()) file += fmt::format("{}-", part);
  file += fmt::format("{}{}", period.to_string(), extension);
  return folder.empty() ? file : fmt::format("{}/{}", folder, file);
}

std::span<const OutputKind> output_kinds() {
  return kKinds;
}

const OutputKind* find_output_kind(std::string_view name) {
  auto it = std::find_if(kKinds.begin(), kKinds.end(),
                         [&](const OutputKind& kind) { return kind.name == name; });
  return it == kKinds.end() ? nullptr : &*it;
}

const OutputKind* kind_of_unrecorded_output(std::string_view path) {
  auto it = std::find_if(kKinds.begin(), kKinds.end(),
                         [&](const OutputKind& kind) { return follows_pattern(kind, path); });
  return it == kKinds.end() ? nullptr : &*it;
}

bool is_selected(const OutputKind& kind, OutputSelection only) {
  return only == OutputSelection::all || only == kind.group;
}

bool selects_templates(OutputSelection only) {
  return std::any_of(kKinds.begin(), kKinds.end(), [&](const OutputKind& kind) {
    return kind.from_templates && is_selected(kind, only);
  });
}

std::vector<std::string> output_selection_names() {
  std::vector<std::string> names;
  for (const auto& s : kSelectionNames) names.emplace_back(s.name);
  return names;
}

std::optional<OutputSelection> output_selection_named(std::string_view name) {
  for (const auto& s : kSelectionNames)
    if (s.name == name) return s.selection;
  return std::nullopt;
}

}  // namespace baocao

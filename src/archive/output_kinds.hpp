#pragma once
// The kinds of file a bundle holds, as one table: each kind's id (recorded in manifest.json),
// its `--only` group, where its files go and how they are written. Everything that treats
// outputs by kind (planning, the update of a bundle, the manifest) asks this table, so a new
// kind of output is a new row and its writer.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "archive/build.hpp"
#include "core/period.hpp"

namespace baocao {

struct BundleSources;
struct PlannedOutput;

struct OutputKind {
  std::string_view name;       // stable id, recorded in manifest.json: "briefing-pdf"
  OutputSelection group;       // its `--only` group: workbooks or briefings, never all
  bool from_templates;         // made from templates/: depends on them and on the document numbers
  std::string_view folder;     // inside the bundle folder; empty: the bundle folder itself
  std::string_view stem;       // the file name's first part: "tong-hop", "bao-cao"; may be empty
  std::string_view extension;  // ".xlsx"
  // Appends this kind's files for the sources, each with its path and writer.
  void (*plan)(const OutputKind& kind, const BundleSources& sources, const BuildOptions& options,
               std::vector<PlannedOutput>& plan);

  // Relative to the bundle folder: [folder/][stem-][file_name-]period extension, where
  // `file_name` is the template or department of a kind with a file for each
  // ("bao-cao-hdnd-2023.pdf").
  std::string path(const Period& period, std::string_view file_name = {}) const;
};

// Every kind, in the order their files are planned (largest first, see outputs.hpp).
std::span<const OutputKind> output_kinds();

// The kind with this id, or null (a manifest of a newer baocao may name kinds unknown here).
const OutputKind* find_output_kind(std::string_view name);

// The kind whose path pattern `path` follows, or null. Only for the outputs of manifests
// written before kinds were recorded: every other place knows the kind of each output.
const OutputKind* kind_of_unrecorded_output(std::string_view path);

bool is_selected(const OutputKind& kind, OutputSelection only);
// Whether a build with `only` makes files from templates/ (and so carries document numbers).
bool selects_templates(OutputSelection only);

// The `--only` values: "xlsx" (workbooks), "pdf" (briefings), "all".
std::vector<std::string> output_selection_names();
std::optional<OutputSelection> output_selection_named(std::string_view name);

}  // namespace baocao

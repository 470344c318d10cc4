#pragma once
// manifest.json: what a bundle was built from and what it holds, so that an archive can prove
// later that nothing changed. Written with a stable key order and no clock time, so that a
// rebuild from the same inputs and report date reproduces it byte for byte.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compute/summary.hpp"

namespace baocao {

inline constexpr const char* kManifestName = "manifest.json";
// Far above any real manifest (a national build's is under a megabyte): a bigger file is not
// read into memory.
inline constexpr std::uint64_t kMaxManifestBytes = 64ull << 20;

struct FileRecord {
  std::string path;  // relative, with '/' separators
  std::uint64_t size = 0;
  std::string sha256;
  // Outputs only: the output kind's id (output_kinds.hpp), "briefing-pdf". Empty for inputs and
  // templates, and for the outputs of manifests written before kinds were recorded.
  std::string kind = {};
  friend bool operator==(const FileRecord&, const FileRecord&) = default;
};

// A key indicator's headline figures as the bundle states them.
struct KeyFigure {
  std::string code;
  std::optional<double> result;
  bool estimate = false;
  std::optional<double> plan;
  std::optional<double> pct_plan;  // in percent
  std::optional<double> change;    // in `change_unit`
  std::string change_unit;         // "%", "pp", "criteria"
  std::optional<std::string> status;
  friend bool operator==(const KeyFigure&, const KeyFigure&) = default;
};

struct Manifest {
  // Bumped when the layout changes incompatibly. Not for an added field that older readers
  // skip: the outputs' "kind" came in format 1, which is why a format 1 manifest may lack it.
  static constexpr int kFormat = 1;

  std::string tool_version;
  std::string period;                                   // "2023"
  std::string report_date;                              // "2024-01-05"
  std::map<std::string, std::string> document_numbers;  // template -> number in its PDF
  // The templates whose briefings are drafts ("DỰ THẢO": no number or no signer's name), by
  // name. nullopt for a manifest written before drafts were recorded, which says nothing of it.
  std::optional<std::vector<std::string>> drafts;
  std::vector<FileRecord> inputs;     // relative to the data folder
  std::vector<FileRecord> templates;  // relative to the templates folder
  std::vector<FileRecord> outputs;    // relative to the bundle folder, sorted by path
  std::vector<KeyFigure> key_figures;
  std::optional<std::string> sealed_date;  // set by `baocao seal`

  const FileRecord* find_output(std::string_view path) const;
  friend bool operator==(const Manifest&, const Manifest&) = default;
};

// 2-space indent, keys in a fixed order, numbers in their shortest round-trip form, a final
// newline.
std::string to_json(const Manifest& manifest);
// nullopt with a message in `error` when the text is not a manifest this version can read.
// Paths that are absolute or climb out of their folder ("..") are rejected.
std::optional<Manifest> parse_manifest(std::string_view text, std::string& error);

std::vector<KeyFigure> key_figures(const Summary& summary);

// A relative path that stays inside its folder: not empty, not absolute, no "." or ".."
// component, no backslash.
bool is_safe_relative_path(std::string_view path);

}  // namespace baocao

#pragma once
// The loader's pieces, one per file of the dataset, and what they share: the dataset being
// built and what is known about the files read so far, so that a later file is checked against
// as much as could be read of the earlier ones.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/dataset.hpp"
#include "core/diagnostic.hpp"
#include "core/repertoire.hpp"

namespace baocao {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using CodeIndex = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

struct LoadContext {
  std::string dir;  // as the user gave it
  Diagnostics& diagnostics;
  const Repertoire* drawable = nullptr;  // the fonts' characters, when they are to be checked

  std::filesystem::path path(std::string_view file) const {
    return std::filesystem::path(dir) / file;
  }
  // How messages name a file: "data/values.csv".
  std::string shown(std::string_view file) const { return path(file).string(); }
};

// What the later files are checked against.
struct Catalog {
  bool unit_known = false;        // unit.toml could be parsed (its departments can be checked)
  bool areas_known = false;       // areas.csv could be read: an unknown area code is an error
  bool unit_area_known = false;   // exactly one `unit` row: Dataset::unit_area is it
  bool indicators_known = false;  // indicators.csv could be read

  CodeIndex area_index;
  std::vector<int> area_line;
  std::vector<bool> area_type_known;

  CodeIndex indicator_index;
  std::vector<int> indicator_line;
  // Every column of the indicator's row was valid, so rules that depend on its type,
  // aggregate or scope can be applied to its values.
  std::vector<bool> indicator_complete;
};

// unit.toml: fills data.unit. Returns false when the file could not be parsed at all.
bool load_unit(const LoadContext& ctx, Dataset& data, SourceFile& file);
void load_areas(const LoadContext& ctx, Dataset& data, Catalog& catalog, SourceFile& file);
void load_indicators(const LoadContext& ctx, Dataset& data, Catalog& catalog, SourceFile& file);
void load_values(const LoadContext& ctx, Dataset& data, const Catalog& catalog, SourceFile& file);

// Code rules shared by the files.
bool is_area_code(std::string_view code);       // [A-Z0-9_-]+
bool is_indicator_code(std::string_view code);  // [A-Z0-9_.-]+
// What to write instead of a malformed code (its upper case when that is all that is wrong).
std::string code_hint(std::string_view typed, bool dots);

// Whose codes a file holds: indicator codes may hold dots ("KT.GTSX"), area codes not; the
// messages name them.
struct CodeColumn {
  bool indicator = false;
};
class CsvTable;
// Checks the code in `column` of the table's current row and records it in `index` as the next
// row (`lines` holds the line of each row recorded so far). False, after reporting it, when
// the code is malformed or another row has it.
bool claim_code(CsvTable& table, std::size_t column, const CodeColumn& kind, CodeIndex& index,
                const std::vector<int>& lines);

}  // namespace baocao

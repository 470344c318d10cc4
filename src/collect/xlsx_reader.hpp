#pragma once
// A returned department workbook read from its bytes: the identity in its custom document
// properties and the cells of the input table that the defined name `baocao_input` marks.
// Pure (no file system, no clock): the entry point a fuzz target calls.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "collect/cells.hpp"
#include "collect/parts.hpp"
#include "collect/zip_package.hpp"

namespace baocao::collect {

inline constexpr std::string_view kInputName = "baocao_input";

struct InputWorkbook {
  std::map<std::string, std::string> properties;  // custom document properties
  std::vector<SheetEntry> sheets;                 // tab order
  std::optional<AreaRef> input;                   // where `baocao_input` points, when it does
  std::vector<Cell> cells;  // the cells in `input`'s columns from its first row down, in order
  std::size_t cells_outside = 0;  // cells of that sheet outside it
};

struct ReadOutcome {
  std::optional<InputWorkbook> workbook;  // present when the package could be read
  PackageError error;                     // otherwise: why not
};

ReadOutcome read_input_workbook(std::string_view bytes, const ReadLimits& limits = {});

}  // namespace baocao::collect

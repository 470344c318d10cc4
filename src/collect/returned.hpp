#pragma once
// A returned workbook checked against what was asked: its identity (unit, department, period,
// catalogue) and its table, row by row, by the rules values.csv follows. What comes out is the
// values.csv rows it gives, or located errors `FILE:SHEET!CELL: error: …`.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "collect/xlsx_reader.hpp"
#include "core/dataset.hpp"
#include "core/diagnostic.hpp"

namespace baocao::collect {

// One values.csv row a workbook gives.
struct CollectedRow {
  std::uint32_t indicator = 0;
  std::uint32_t area = 0;
  Period period;
  Basis basis = Basis::actual;
  double value = 0;
  std::string note;
  std::string source;  // the sheet's source cell, then the provenance
  std::string where;   // "TCKH-2023.xlsx:Nhập số liệu!I7", for messages
};

struct ReturnedWorkbook {
  std::string shown;  // the file as the user gave it
  std::string department;
  Period asked;
  std::vector<CollectedRow> rows;       // sheet order: each row's figure, then its plan
  std::size_t owed = 0;                 // rows of the table
  std::vector<std::string> not_filled;  // "KT.GTSX AK" of rows left empty
};

// The provenance written into each collected row's source: "collect TCKH TCKH-2023.xlsx
// sha256:<hex>". `file_name` has no folder.
std::string provenance(std::string_view department, std::string_view file_name,
                       std::string_view sha256);
// Whether a values.csv source was written by collecting a workbook of `department`.
bool collected_from(std::string_view source, std::string_view department);

// Checks a read workbook. `shown` names it in messages, `file_name` and `sha256` go into the
// provenance. Errors are added to `diagnostics`; the rows are only meaningful without them.
ReturnedWorkbook check_returned(const Dataset& data, const InputWorkbook& workbook,
                                const std::string& shown, std::string_view file_name,
                                std::string_view sha256, Diagnostics& diagnostics);

}  // namespace baocao::collect

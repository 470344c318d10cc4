#pragma once
// The parts of an .xlsx package that collect reads, one reader per part (each in a file of
// its own). Every reader takes the part's bytes through the package, within its limits.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "collect/cells.hpp"
#include "collect/zip_package.hpp"

namespace baocao::collect {

// _rels/.rels and xl/_rels/workbook.xml.rels: relationship id -> part name (resolved against
// the folder of the part the relationships belong to, so "worksheets/sheet1.xml" of
// xl/workbook.xml becomes "xl/worksheets/sheet1.xml").
struct Relationship {
  std::string id;
  std::string type;    // the last segment of the type URI: "worksheet", "officeDocument", …
  std::string target;  // a part name within the package
};
bool read_relationships(ZipPackage& package, std::string_view rels_part,
                        std::string_view owner_folder, std::vector<Relationship>& out,
                        PackageError& error);
// "xl/" + "../docProps/custom.xml" -> "docProps/custom.xml"; "/xl/x.xml" -> "xl/x.xml".
std::string resolve_part_name(std::string_view folder, std::string_view target);

// xl/workbook.xml: the sheets in tab order with their parts, and the defined names.
struct SheetEntry {
  std::string name;
  std::string part;
  bool hidden = false;
};
struct DefinedName {
  std::string name;
  std::string value;            // the formula text: "'Nhập số liệu'!$A$5:$M$40"
  bool workbook_scoped = true;  // no localSheetId
};
struct WorkbookPart {
  std::vector<SheetEntry> sheets;
  std::vector<DefinedName> names;
  // The workbook-scoped name `name`, or nullptr.
  const DefinedName* find_name(std::string_view name) const;
};
bool read_workbook_part(ZipPackage& package, std::string_view part,
                        const std::vector<Relationship>& rels, WorkbookPart& out,
                        PackageError& error);

// xl/sharedStrings.xml: the strings in index order (rich text runs joined; phonetic runs left
// out).
bool read_shared_strings(ZipPackage& package, std::string_view part, std::vector<std::string>& out,
                         PackageError& error);

// xl/styles.xml: for each cell format (the `s` of a cell), whether it shows a date or time.
bool read_date_styles(ZipPackage& package, std::string_view part, std::vector<bool>& out,
                      PackageError& error);
// Whether a number format code shows a date or time ("dd/mm/yyyy", "h:mm"), not a number.
bool is_date_format(std::string_view format_code);
bool is_builtin_date_format(int id);

// docProps/custom.xml: custom document properties, name -> value as text.
bool read_custom_properties(ZipPackage& package, std::string_view part,
                            std::map<std::string, std::string>& out, PackageError& error);

// A worksheet's cells in the columns of `area`, from its first row down (below it too, so that
// a figure typed under the table is seen); others are counted in `outside`. Sheet order. Rows and
// cells without an `r` attribute follow the previous one. Shared strings are resolved and
// date-styled numbers marked.
struct SheetCells {
  std::vector<Cell> cells;
  std::size_t outside = 0;
};
bool read_sheet_cells(ZipPackage& package, std::string_view part, const AreaRef& area,
                      const std::vector<std::string>& shared_strings,
                      const std::vector<bool>& date_styles, std::uint64_t max_cells,
                      SheetCells& out, PackageError& error);

}  // namespace baocao::collect

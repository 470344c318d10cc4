#pragma once
// Excel workbooks (libxlsxwriter): the master workbook and one per department.

#include <string>

#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"

namespace baocao {

struct WorkbookInput {
  const Dataset& data;
  const Summary& summary;
  Date report_date;  // document properties' creation date: never the clock
  // Workbook-wide streaming mode: raw data sheets in row order, no chart caches. The caller
  // chooses it for big workbooks (archive: above BuildOptions::constant_memory_rows).
  bool constant_memory = false;
  // Where libxlsxwriter keeps the workbook's parts until it zips them. Empty: libxlsxwriter's
  // default, for which the library reads TMPDIR itself (else /tmp); baocao's own code leaves the
  // environment to the CLI.
  std::string scratch_dir;
  // The deadline and addressee printed on each department's input sheet: unit.toml's
  // [collection] with the build options over it. Empty: a space to fill in by hand.
  Collection collection;
};

// Each writes one complete .xlsx to `path`; the caller writes to a temporary name and renames
// it into place. Errors (every libxlsxwriter return code is checked) come back as diagnostics
// naming `path`.
Diagnostics write_master_workbook(const WorkbookInput& input, const std::string& path);
// Only `department`'s indicators and values: nothing of another department may be in the file.
Diagnostics write_department_workbook(const WorkbookInput& input, const std::string& department,
                                      const std::string& path);

}  // namespace baocao

#pragma once
// libxlsxwriter prints its own "[ERROR]…" and "[WARNING]…" lines to stderr (a full disk, a zip
// member it could not write) and returns an error code as well: the code comes back as a
// diagnostic naming the file and the system's reason, so its lines are not shown raw.

namespace baocao::xlsx {

// From now on, lines starting "[ERROR]" or "[WARNING]" written through the C stream stderr
// are dropped; every other byte goes on to file descriptor 2 unbuffered, in order. Once per
// process; call it before threads write workbooks (write_workbook calls it too). Sanitizer
// reports write to the descriptor directly and are never touched.
void quiet_libxlsxwriter();

}  // namespace baocao::xlsx

#pragma once
// Where the small workbooks' temporary files go.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "xlsx/workbook.hpp"

namespace baocao {

struct ScratchSpace {
  std::string dir;               // a memory-backed folder, e.g. /dev/shm
  std::uint64_t free_bytes = 0;  // what statvfs says it has free
};

// libxlsxwriter writes each part of a workbook (two dozen for ours) to a temporary file before
// zipping it; creating and deleting them on a disk file system is 10-15 % of a town's build.
// A memory-backed folder is used when: the user has not chosen one (`user_tmpdir`, the TMPDIR
// the CLI read, is empty), it is a writable folder, and it has room to spare (`needed` bytes,
// Docker gives /dev/shm only 64 MB). Empty when not: libxlsxwriter's default then applies, and
// that default is the library's own reading of TMPDIR (else /tmp), the one place outside the
// CLI where the environment counts.
std::string memory_scratch_dir(std::uint64_t needed, std::string_view user_tmpdir);

// The scratch folder for a workbook of `rows` values rows that is not written in constant-memory
// mode (a constant-memory workbook's parts can be gigabytes: they stay on disk). Room for two
// such workbooks' data sheets (about 300 bytes of XML a row) and a margin.
std::string workbook_scratch_dir(std::size_t rows, std::string_view user_tmpdir);

// The rule above, on given facts, so that it can be tested anywhere.
std::string choose_scratch_dir(std::string_view user_tmpdir, const ScratchSpace& candidate,
                               std::uint64_t needed);

// `write(input)`, and when that fails with the parts in a scratch folder, once more with
// libxlsxwriter's default folder: the memory folder can fill up between the look and the write,
// and that must not fail a build that the disk could have done.
Diagnostics write_with_scratch_fallback(
    WorkbookInput input, const std::function<Diagnostics(const WorkbookInput&)>& write);

}  // namespace baocao

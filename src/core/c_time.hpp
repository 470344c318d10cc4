#pragma once
// The C library's gmtime() and localtime() return one static buffer that every thread shares.
// Two libraries we run in parallel use them: libxlsxwriter formats docProps/core.xml's dates
// with gmtime() when it closes a workbook, and PoDoFo stamps a new document with the clock
// through localtime(). ThreadSanitizer caught a document being created while a workbook was
// closing: the clock's date, not the report date, landed in the workbook.
//
// So: close workbooks under a shared lock of this mutex (they write the same report date into
// the buffer, so they may run together), and create PDF documents under an exclusive one. The
// Word files' zips (libzip) read the time zone with localtime_r() when they close, and
// mktime() sets it again: closed under a shared lock, the one mktime() under an exclusive one.

#include <shared_mutex>

namespace baocao {

std::shared_mutex& c_time_buffer_mutex();

}  // namespace baocao

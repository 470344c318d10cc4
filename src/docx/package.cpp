#include "docx/package.hpp"

#include <ctime>
#include <fstream>
#include <mutex>
#include <shared_mutex>

#include <fmt/format.h>
#include <zip.h>

#include "core/c_time.hpp"
#include "core/i18n.hpp"

namespace baocao::docx {
namespace {

// 1980-01-01, the earliest date a zip's DOS time stamp holds: no clock in the file. libzip
// stores local time, so noon local keeps the stamp on that day in every zone. mktime() reads
// the zone again, which PoDoFo's localtime() may be doing in another thread (core/c_time.hpp):
// worked out once, under the exclusive lock.
std::time_t fixed_mtime() {
  static const std::time_t mtime = [] {
    std::unique_lock zone(c_time_buffer_mutex());
    std::tm tm{};
    tm.tm_year = 80;
    tm.tm_mon = 0;
    tm.tm_mday = 1;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    return std::mktime(&tm);
  }();
  return mtime;
}

// `message` quotes libzip's own text (zip_error_strerror), which stays English.
void libzip_error(Diagnostics& diagnostics, const std::string& path, std::string message) {
  diagnostics.error(path, 0, 0, std::move(message),
                    tr("libzip failed while making the Word file; check the free memory"));
}

// Adds one part; false (with the error in `diagnostics`) on a libzip failure.
bool add_part(zip_t* archive, const PackagePart& part, const std::string& path,
              Diagnostics& diagnostics) {
  // Not copied: `part` outlives zip_close, which reads it.
  zip_source_t* source = zip_source_buffer(archive, part.content.data(), part.content.size(), 0);
  zip_int64_t index =
      source == nullptr ? -1 : zip_file_add(archive, part.name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    if (source != nullptr) zip_source_free(source);
    libzip_error(diagnostics, path,
                 trf("cannot add {}: {}", part.name, zip_error_strerror(zip_get_error(archive))));
    return false;
  }
  auto entry = static_cast<zip_uint64_t>(index);
  if (zip_file_set_mtime(archive, entry, fixed_mtime(), 0) != 0 ||
      zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 9) != 0) {
    libzip_error(
        diagnostics, path,
        trf("cannot set up {}: {}", part.name, zip_error_strerror(zip_get_error(archive))));
    return false;
  }
  return true;
}

// Zips `parts` into `buffer`, a memory source; false with the error on a failure.
bool zip_into(zip_source_t* buffer, const std::vector<PackagePart>& parts, const std::string& path,
              Diagnostics& diagnostics) {
  zip_error_t error;
  zip_error_init(&error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    libzip_error(diagnostics, path,
                 trf("cannot start the Word file: {}", zip_error_strerror(&error)));
    zip_error_fini(&error);
    return false;
  }
  zip_source_keep(buffer);  // the archive releases it on close; the bytes are read after
  for (const auto& part : parts) {
    if (!add_part(archive, part, path, diagnostics)) {
      zip_discard(archive);
      return false;
    }
  }
  // zip_close() converts the time stamps with localtime_r(): it reads the zone as workbooks
  // read gmtime()'s buffer, so under the shared lock (core/c_time.hpp).
  std::shared_lock zone(c_time_buffer_mutex());
  if (zip_close(archive) != 0) {
    libzip_error(
        diagnostics, path,
        trf("cannot finish the Word file: {}", zip_error_strerror(zip_get_error(archive))));
    zip_discard(archive);
    return false;
  }
  return true;
}

std::string read_source(zip_source_t* buffer, const std::string& path, Diagnostics& diagnostics) {
  std::string bytes;
  if (zip_source_open(buffer) != 0) {
    libzip_error(
        diagnostics, path,
        trf("cannot read the Word file back: {}", zip_error_strerror(zip_source_error(buffer))));
    return bytes;
  }
  char chunk[65536];
  zip_int64_t n = 0;
  while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
    bytes.append(chunk, static_cast<std::size_t>(n));
  if (n < 0) {
    libzip_error(
        diagnostics, path,
        trf("cannot read the Word file back: {}", zip_error_strerror(zip_source_error(buffer))));
    bytes.clear();
  }
  zip_source_close(buffer);
  return bytes;
}

// The zip of `parts`, in order, made in memory: libzip would otherwise write a temporary file
// of its own beside `path`, which a killed build would leave under a name the bundle does not
// know. Empty, with an error naming `path`, on a libzip failure.
std::string package_bytes(const std::vector<PackagePart>& parts, const std::string& path,
                          Diagnostics& diagnostics) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) {
    libzip_error(diagnostics, path,
                 trf("cannot start the Word file: {}", zip_error_strerror(&error)));
    zip_error_fini(&error);
    return {};
  }
  std::string bytes;
  if (zip_into(buffer, parts, path, diagnostics)) bytes = read_source(buffer, path, diagnostics);
  zip_source_free(buffer);
  return bytes;
}

}  // namespace

Diagnostics write_package(const std::vector<PackagePart>& parts, const std::string& path) {
  Diagnostics diagnostics;
  std::string bytes = package_bytes(parts, path, diagnostics);
  if (diagnostics.has_errors()) return diagnostics;
  errno = 0;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  int error = errno;  // the system's reason (ENOSPC, EACCES…): the stream keeps none
  if (!out)
    diagnostics.error(path, 0, 0,
                      error != 0 ? trf("cannot write the Word file: {}", std::strerror(error))
                                 : std::string(tr("cannot write the Word file")),
                      tr("check that the output folder exists and can be written, and its free "
                         "space"));
  return diagnostics;
}

}  // namespace baocao::docx

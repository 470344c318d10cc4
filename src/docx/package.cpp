#include "docx/package.hpp"

#include <ctime>

#include <fmt/format.h>
#include <zip.h>

namespace baocao::docx {
namespace {

// 1980-01-01, the earliest date a zip's DOS time stamp holds: no clock in the file. libzip
// stores local time (localtime()), so noon local keeps the stamp on that day in every zone.
std::time_t fixed_mtime() {
  std::tm tm{};
  tm.tm_year = 80;
  tm.tm_mon = 0;
  tm.tm_mday = 1;
  tm.tm_hour = 12;  // noon: mktime's local time stays on 1980-01-01 whatever the zone
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

std::string libzip_message(zip_t* archive) {
  return zip_error_strerror(zip_get_error(archive));
}

// Adds one part; false (with the error in `diagnostics`) on a libzip failure.
bool add_part(zip_t* archive, const PackagePart& part, const std::string& path,
              Diagnostics& diagnostics) {
  // ZIP_SOURCE_BUFFER does not copy: `part` outlives zip_close, which reads it.
  zip_source_t* source = zip_source_buffer(archive, part.content.data(), part.content.size(), 0);
  if (source == nullptr) {
    diagnostics.error(path, 0, 0,
                      fmt::format("cannot add {}: {}", part.name, libzip_message(archive)));
    return false;
  }
  zip_int64_t index = zip_file_add(archive, part.name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    diagnostics.error(path, 0, 0,
                      fmt::format("cannot add {}: {}", part.name, libzip_message(archive)));
    return false;
  }
  auto entry = static_cast<zip_uint64_t>(index);
  if (zip_file_set_mtime(archive, entry, fixed_mtime(), 0) != 0 ||
      zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 9) != 0) {
    diagnostics.error(path, 0, 0,
                      fmt::format("cannot set up {}: {}", part.name, libzip_message(archive)));
    return false;
  }
  return true;
}

}  // namespace

Diagnostics write_package(const std::vector<PackagePart>& parts, const std::string& path) {
  Diagnostics diagnostics;
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == nullptr) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    diagnostics.error(path, 0, 0,
                      fmt::format("cannot create the Word file: {}", zip_error_strerror(&error)),
                      "check that the output folder exists and can be written");
    zip_error_fini(&error);
    return diagnostics;
  }
  for (const auto& part : parts) {
    if (!add_part(archive, part, path, diagnostics)) {
      zip_discard(archive);
      return diagnostics;
    }
  }
  if (zip_close(archive) != 0) {
    diagnostics.error(path, 0, 0,
                      fmt::format("cannot write the Word file: {}", libzip_message(archive)),
                      "check the free space and permissions of the output folder");
    zip_discard(archive);
  }
  return diagnostics;
}

}  // namespace baocao::docx

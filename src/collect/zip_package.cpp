#include "collect/zip_package.hpp"

#include <zip.h>

#include <array>

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao::collect {
namespace {

constexpr std::size_t kChunk = 64 * 1024;

std::string mib(std::uint64_t bytes) {
  return fmt::format("{} MiB", bytes >> 20);
}

struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

struct ZipPackage::Handle {
  zip_t* archive = nullptr;
  ~Handle() {
    if (archive != nullptr) zip_discard(archive);
  }
};

ZipPackage::ZipPackage(std::unique_ptr<Handle> handle, ReadLimits limits)
    : handle_(std::move(handle)), limits_(limits) {}
ZipPackage::ZipPackage(ZipPackage&&) noexcept = default;
ZipPackage& ZipPackage::operator=(ZipPackage&&) noexcept = default;
ZipPackage::~ZipPackage() = default;

std::optional<ZipPackage> ZipPackage::open(std::string_view bytes, const ReadLimits& limits,
                                           PackageError& error) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (source == nullptr) {
    error = {trf("cannot read the file as a zip package: {}", zip_error_strerror(&zerr)),
             tr("save the workbook again as Excel .xlsx")};
    zip_error_fini(&zerr);
    return std::nullopt;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
  if (archive == nullptr) {
    zip_source_free(source);
    error = {trf("the file is a damaged zip package ({}): not a workbook that can be read",
                 zip_error_strerror(&zerr)),
             tr("the file was cut short or damaged on the way: ask the department to send it "
                "again, or open it in Excel or LibreOffice and save it again as .xlsx")};
    zip_error_fini(&zerr);
    return std::nullopt;
  }
  zip_error_fini(&zerr);
  auto handle = std::make_unique<Handle>();
  handle->archive = archive;
  return ZipPackage(std::move(handle), limits);
}

bool ZipPackage::has(std::string_view name) const {
  return zip_name_locate(handle_->archive, std::string(name).c_str(), 0) >= 0;
}

bool ZipPackage::stream(std::string_view name, const Sink& sink, PackageError& error) {
  std::string part(name);
  zip_int64_t index = zip_name_locate(handle_->archive, part.c_str(), 0);
  if (index < 0) {
    error = {trf("the workbook has no part {}", part),
             tr("the file is not a complete .xlsx workbook: save it again as Excel .xlsx")};
    return false;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(handle_->archive, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    error = {
        trf("cannot read part {}: {}", part, zip_error_strerror(zip_get_error(handle_->archive))),
        tr("the file is damaged: ask the department to send it again")};
    return false;
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE) {
    error = {trf("part {} is encrypted: the workbook is protected with a password", part),
             tr("ask the department to save the workbook without a password to open it (sheet "
                "protection is fine)")};
    return false;
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> file(
      zip_fopen_index(handle_->archive, static_cast<zip_uint64_t>(index), 0));
  if (!file) {
    error = {
        trf("cannot open part {}: {}", part, zip_error_strerror(zip_get_error(handle_->archive))),
        tr("the file is damaged or uses a compression LibreOffice and Excel do not write: "
           "save it again as Excel .xlsx")};
    return false;
  }
  std::array<char, kChunk> buffer;
  std::uint64_t part_read = 0;
  for (;;) {
    zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
    if (n < 0) {
      error = {
          trf("part {} is damaged: {}", part, zip_error_strerror(zip_file_get_error(file.get()))),
          tr("ask the department to send the file again")};
      return false;
    }
    if (n == 0) return true;
    auto got = static_cast<std::uint64_t>(n);
    part_read += got;
    total_read_ += got;
    if (part_read > limits_.part_bytes || total_read_ > limits_.total_bytes) {
      error = {trf("part {} expands to more than {} ({} in all): refused as a possible "
                   "zip bomb",
                   part, mib(limits_.part_bytes), mib(limits_.total_bytes)),
               tr("a department workbook is far smaller: check where the file came from")};
      return false;
    }
    if (!sink({buffer.data(), static_cast<std::size_t>(n)})) return false;
  }
}

std::optional<std::string> ZipPackage::read(std::string_view name, PackageError& error) {
  std::string out;
  if (!stream(
          name,
          [&](std::string_view chunk) {
            out.append(chunk);
            return true;
          },
          error))
    return std::nullopt;
  return out;
}

FileKind sniff_file_kind(std::string_view bytes) {
  if (bytes.empty()) return FileKind::empty;
  constexpr std::string_view kOle("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  if (bytes.starts_with(kOle)) return FileKind::xls;
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) {
    // OpenDocument puts an uncompressed "mimetype" entry first: its name at offset 30 and its
    // contents right after.
    if (bytes.size() > 38 && bytes.substr(30, 8) == "mimetype") {
      if (bytes.substr(38).starts_with("application/vnd.oasis.opendocument")) return FileKind::ods;
    }
    return FileKind::xlsx;  // a zip: whether it is a workbook is seen from its parts
  }
  // Text (a CSV renamed .xlsx, an HTML page saved as .xls…): printable bytes in the first
  // kilobyte, no NUL.
  std::string_view head = bytes.substr(0, 1024);
  bool text = true;
  for (unsigned char c : head)
    if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) text = false;
  return text ? FileKind::text : FileKind::unknown;
}

PackageError not_a_workbook(FileKind kind) {
  switch (kind) {
    case FileKind::xls:
      return {tr("the file is an Excel 97–2003 workbook (.xls), not an .xlsx workbook"),
              tr("open it in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\", then "
                 "collect the .xlsx")};
    case FileKind::ods:
      return {
          tr("the file is an OpenDocument spreadsheet (.ods), not an .xlsx workbook"),
          tr("open it in LibreOffice and save it as \"Excel 2007-365 (.xlsx)\", then collect the "
             ".xlsx")};
    case FileKind::zip_other:
      return {tr("the file is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml)"),
              tr("collect the department workbook itself, not an archive holding it")};
    case FileKind::text:
      return {
          tr("the file is text (a CSV or another text file named .xlsx), not an .xlsx workbook"),
          tr("collect the workbook the department filled in; a CSV export loses the cells' "
             "identity")};
    case FileKind::empty:
      return {tr("the file is empty"), tr("ask the department to send the workbook again")};
    case FileKind::xlsx:
    case FileKind::unknown:
      break;
  }
  return {tr("the file is not an .xlsx workbook (it is not a zip package)"),
          tr("ask the department to send the workbook again, saved as Excel .xlsx")};
}

}  // namespace baocao::collect

#pragma once
// The zip package of a returned workbook, read from memory with libzip. Nothing in it is
// trusted: declared sizes are ignored, every part is read in chunks and reading stops at a
// limit per part and in total, so a zip bomb is an error instead of a read of unbounded size.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::collect {

struct ReadLimits {
  std::uint64_t file_bytes = std::uint64_t{64} << 20;    // the .xlsx itself
  std::uint64_t part_bytes = std::uint64_t{128} << 20;   // one part, uncompressed
  std::uint64_t total_bytes = std::uint64_t{512} << 20;  // every part read, uncompressed
  std::uint64_t cells = 4'000'000;  // cells kept from the input sheet (a national department
                                    // owes about 160,000 rows of 13 cells)
};

// What a file is by its first bytes and, for a zip, its entries.
enum class FileKind : std::uint8_t { xlsx, xls, ods, zip_other, text, empty, unknown };

// A problem with the file as a whole: `message` says what, `hint` what to do.
struct PackageError {
  std::string message;
  std::string hint;
};

class ZipPackage {
 public:
  // Opens `bytes` (which must outlive the package) as a zip; nullopt with `error` set when it
  // is not one, or is damaged.
  static std::optional<ZipPackage> open(std::string_view bytes, const ReadLimits& limits,
                                        PackageError& error);

  ZipPackage(ZipPackage&&) noexcept;
  ZipPackage& operator=(ZipPackage&&) noexcept;
  ~ZipPackage();

  bool has(std::string_view name) const;
  // Feeds the part's uncompressed bytes to `sink` in chunks. False with `error` set when the
  // part is missing, encrypted, damaged, or larger than the limits allow, or when `sink`
  // returns false (then `error` is left as the sink set it).
  using Sink = std::function<bool(std::string_view chunk)>;
  bool stream(std::string_view name, const Sink& sink, PackageError& error);
  // The whole part, within the same limits.
  std::optional<std::string> read(std::string_view name, PackageError& error);

 private:
  struct Handle;
  ZipPackage(std::unique_ptr<Handle> handle, ReadLimits limits);
  std::unique_ptr<Handle> handle_;
  ReadLimits limits_;
  std::uint64_t total_read_ = 0;
};

// Sniffs the kind of a file from its bytes (magic numbers; for a zip, its mimetype entry).
FileKind sniff_file_kind(std::string_view bytes);

// The error for a file that is not an .xlsx workbook, by its kind.
PackageError not_a_workbook(FileKind kind);

}  // namespace baocao::collect

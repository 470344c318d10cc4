#pragma once
// Files appear under their final name only when complete: each is written to a temporary name
// in the same folder, flushed to disk, and renamed into place (rename is atomic within a file
// system). A run killed at any point leaves every final name absent, old or complete; what it
// leaves behind under a temporary name is removed by the next run.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace baocao {

struct FileDigest {
  std::uint64_t size = 0;
  std::string sha256;  // lower-case hex
  friend bool operator==(const FileDigest&, const FileDigest&) = default;
};

// The size and SHA-256 of a regular file on disk; nullopt with the reason in `error` when
// unreadable or not a regular file (a link is not followed, a pipe or device not read).
std::optional<FileDigest> digest_file(const std::string& path, std::string* error = nullptr);
// The same, read from an open descriptor to its end.
std::optional<FileDigest> digest_fd(int fd, std::string* error = nullptr);

// "DIR/.NAME.tmp-PID-N" for "DIR/NAME"; N counts up within the process.
std::string temporary_path_for(const std::string& final_path);
// Whether a file name (no folder) has the form temporary_path_for gives, for any PID and N.
bool is_temporary_name(std::string_view file_name);
// Whether a temporary name's writer process (its PID) is no longer running.
bool temporary_owner_is_gone(std::string_view file_name);
// Removes the temporaries under `dir` (recursively) that no running writer owns: those of
// processes that are gone, and this process's own that it is no longer writing. Returns the
// paths removed, sorted.
std::vector<std::string> remove_stale_temporaries(const std::string& dir);

// A complete, synced file waiting under its temporary name for commit(). Destroying it
// without commit() removes the temporary.
class StagedFile {
 public:
  StagedFile() = default;
  StagedFile(std::string final_path, std::string temp_path, FileDigest digest);
  StagedFile(StagedFile&& other) noexcept;
  StagedFile& operator=(StagedFile&& other) noexcept;
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  ~StagedFile();

  const std::string& final_path() const { return final_path_; }
  const std::string& temp_path() const { return temp_path_; }
  const FileDigest& digest() const { return digest_; }
  bool pending() const { return pending_; }

  // Renames the temporary over the final name. The folder entry is made durable by
  // sync_directory() once every file of the folder is committed.
  bool commit(std::string* error);
  void discard();

 private:
  std::string final_path_;
  std::string temp_path_;
  FileDigest digest_;
  bool pending_ = false;
};

// Writes one complete file at the path it is given; errors come back as diagnostics.
using FileWriter = std::function<Diagnostics(const std::string& path)>;

// Runs `write` on a temporary path beside `final_path`, syncs the result to disk and hashes
// it. On any failure (an error from the writer, an exception, an I/O error) the temporary is
// removed, nullopt is returned and `diagnostics` says why, naming `final_path`.
std::optional<StagedFile> stage_file(const std::string& final_path, const FileWriter& write,
                                     Diagnostics& diagnostics);
std::optional<StagedFile> stage_bytes(const std::string& final_path, std::string_view bytes,
                                      Diagnostics& diagnostics);

// fsync on a folder, so that renames and removals in it survive a power cut.
bool sync_directory(const std::string& dir, std::string* error = nullptr);

// stage_bytes, commit and sync_directory in one step.
bool write_file_atomically(const std::string& path, std::string_view bytes,
                           Diagnostics& diagnostics);

}  // namespace baocao

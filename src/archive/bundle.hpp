#pragma once
// A bundle folder: created, checked and locked. The names of its files are in output_kinds.hpp.

#include <optional>
#include <string>

#include "core/diagnostic.hpp"

namespace baocao {

// An exclusive lock on a folder (flock), so that two builds, or a build and a seal, never
// write one bundle at the same time. Released when the object goes away.
class FolderLock {
 public:
  FolderLock() = default;
  explicit FolderLock(int fd) : fd_(fd) {}
  FolderLock(FolderLock&& other) noexcept;
  FolderLock& operator=(FolderLock&& other) noexcept;
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  ~FolderLock();

 private:
  int fd_ = -1;
};

std::optional<FolderLock> lock_folder(const std::string& dir, Diagnostics& diagnostics);

// Creates `dir` (and its parents) and checks that files can be written in it. Errors name the
// folder, say why (a file in the way, no permission, a read-only disk) and what to do.
bool prepare_folder(const std::string& dir, Diagnostics& diagnostics);

}  // namespace baocao

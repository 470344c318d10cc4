#pragma once
// A bundle folder: created, checked and locked. The names of its files are in output_kinds.hpp.

#include <optional>
#include <string>

#include "archive/regular_file.hpp"
#include "core/diagnostic.hpp"

namespace baocao {

// An exclusive lock on a folder (flock), so that two builds, or a build and a seal, never
// write one bundle at the same time. Released when the object goes away.
class FolderLock {
 public:
  FolderLock() = default;
  explicit FolderLock(int fd) : fd_(fd) {}

 private:
  UniqueFd fd_;  // the lock goes with the descriptor
};

std::optional<FolderLock> lock_folder(const std::string& dir, Diagnostics& diagnostics);

// The lock of a bundle, for `build` and `seal`: a hidden file beside it (".2023.lock" for
// output/2023), which stays the same file while the bundle folder itself is replaced. Where
// no file can be made there, the bundle folder itself is locked.
std::optional<FolderLock> lock_bundle(const std::string& bundle_dir, Diagnostics& diagnostics);

// Creates `dir` (and its parents) and checks that files can be written in it. Errors name the
// folder, say why (a file in the way, no permission, a read-only disk) and what to do.
bool prepare_folder(const std::string& dir, Diagnostics& diagnostics);

}  // namespace baocao

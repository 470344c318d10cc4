#pragma once
// The layout of a bundle folder and exclusive access to it.

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "core/period.hpp"

namespace baocao {

inline constexpr const char* kDepartmentFolder = "phong-ban";

// Paths relative to the bundle folder <out>/<period>/.
std::string master_workbook_path(const Period& period);  // "tong-hop-2023.xlsx"
std::string department_workbook_path(std::string_view department,
                                     const Period& period);  // "phong-ban/TCKH-2023.xlsx"
std::string briefing_path(std::string_view template_name,
                          const Period& period);  // "bao-cao-hdnd-2023.pdf"
bool is_briefing_path(std::string_view path);

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

#include "archive/scratch.hpp"

#include <sys/statvfs.h>
#include <unistd.h>

#include <filesystem>

namespace baocao {

std::string choose_scratch_dir(std::string_view user_tmpdir, const ScratchSpace& candidate,
                               std::uint64_t needed) {
  if (!user_tmpdir.empty()) return {};
  if (candidate.dir.empty() || candidate.free_bytes < needed) return {};
  return candidate.dir;
}

std::string memory_scratch_dir(std::uint64_t needed, std::string_view user_tmpdir) {
  static constexpr const char* kShm = "/dev/shm";
  ScratchSpace shm;
  std::error_code ec;
  struct statvfs fs {};
  if (std::filesystem::is_directory(kShm, ec) && ::access(kShm, W_OK | X_OK) == 0 &&
      ::statvfs(kShm, &fs) == 0) {
    shm.dir = kShm;
    shm.free_bytes = static_cast<std::uint64_t>(fs.f_bavail) * fs.f_frsize;
  }
  return choose_scratch_dir(user_tmpdir, shm, needed);
}

Diagnostics write_with_scratch_fallback(
    WorkbookInput input, const std::function<Diagnostics(const WorkbookInput&)>& write) {
  Diagnostics first = write(input);
  if (!first.has_errors() || input.scratch_dir.empty()) return first;
  input.scratch_dir.clear();
  return write(input);
}

std::string workbook_scratch_dir(std::size_t rows, std::string_view user_tmpdir) {
  return memory_scratch_dir(static_cast<std::uint64_t>(rows) * 600 + (std::uint64_t{64} << 20),
                            user_tmpdir);
}

}  // namespace baocao

#include "archive/replace.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2 (glibc 2.28+)
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

#include <fmt/format.h>

#include "archive/atomic_file.hpp"
#include "archive/regular_file.hpp"
#include "core/i18n.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

std::string parent_of(const std::string& path) {
  std::string parent = fs::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

// The first folder of the old bundle whose entries cannot be removed (the bundle itself
// included) and why, or empty. Links to folders are not entered: removing one touches the link.
std::string folder_that_cannot_be_emptied(const std::string& dir, int& err) {
  if (::access(dir.c_str(), W_OK | X_OK) != 0) {
    err = errno;
    return dir;
  }
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_symlink(ec) || !it->is_directory(ec)) continue;
    if (::access(it->path().c_str(), W_OK | X_OK) != 0) {
      err = errno;
      return it->path().string();
    }
  }
  return {};
}

bool copy_open_file(int from, const struct stat& st, const std::string& to_path, bool writable,
                    std::string& error) {
  int out = ::open(to_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (out < 0) {
    error = std::strerror(errno);
    return false;
  }
  UniqueFd guard(out);
  std::string buffer(1 << 20, '\0');
  for (;;) {
    ssize_t n = ::read(from, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      return false;
    }
    if (n == 0) break;
    for (ssize_t done = 0; done < n;) {
      ssize_t w = ::write(out, buffer.data() + done, static_cast<std::size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) {
        error = std::strerror(errno);
        return false;
      }
      done += w;
    }
  }
  mode_t mode = (st.st_mode & 07777) | (writable ? S_IWUSR : 0);
  struct timespec times[2] = {st.st_atim, st.st_mtim};
  if (::fchmod(out, mode) != 0 || ::futimens(out, times) != 0 || ::fsync(out) != 0) {
    error = std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace

std::optional<NewBundleFolder> NewBundleFolder::create(const std::string& bundle_dir,
                                                       Diagnostics& diagnostics) {
  std::string path = temporary_path_for(bundle_dir);
  if (::mkdir(path.c_str(), 0777) != 0) {
    diagnostics.error(
        bundle_dir, 0, 0,
        trf("the new bundle cannot be made beside it ({}): {}", path, std::strerror(errno)),
        tr("ask for permission to write in the output folder, or choose another one with --out"));
    return std::nullopt;
  }
  return NewBundleFolder(bundle_dir, path);
}

NewBundleFolder::NewBundleFolder(NewBundleFolder&& other) noexcept
    : bundle_dir_(std::move(other.bundle_dir_)),
      path_(std::exchange(other.path_, std::string())),
      placed_(other.placed_) {}

NewBundleFolder::~NewBundleFolder() {
  if (placed_ || path_.empty()) return;
  std::error_code ec;
  fs::remove_all(path_, ec);
}

bool NewBundleFolder::put_in_place(const StepHook& before_step, Diagnostics& diagnostics) {
  struct stat st {};
  bool old_exists = ::lstat(bundle_dir_.c_str(), &st) == 0;
  if (old_exists && S_ISDIR(st.st_mode)) {
    int err = 0;
    std::string stuck = folder_that_cannot_be_emptied(bundle_dir_, err);
    if (!stuck.empty()) {
      diagnostics.error(stuck, 0, 0,
                        trf("the bundle cannot be replaced: files cannot be removed from this "
                            "folder ({})",
                            std::strerror(err)),
                        tr("ask for write permission on it, or choose another output folder with "
                           "--out; nothing was replaced"));
      return false;
    }
  }
  if (before_step) before_step(bundle_dir_);
  int flags = old_exists ? RENAME_EXCHANGE : RENAME_NOREPLACE;
  if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, bundle_dir_.c_str(), flags) != 0) {
    diagnostics.error(bundle_dir_, 0, 0,
                      trf("the new bundle cannot be put in place: {}",
                          errno == EINVAL && old_exists
                              ? std::string(tr("the file system cannot exchange two folders"))
                              : std::string(std::strerror(errno))),
                      tr("choose an output folder on a local disk with --out; nothing was "
                         "replaced"));
    return false;
  }
  placed_ = true;
  sync_directory(parent_of(bundle_dir_));
  if (!old_exists) return true;
  // The old bundle is now under the new folder's temporary name.
  if (before_step) before_step(path_);
  std::error_code ec;
  fs::remove_all(path_, ec);
  if (ec)
    diagnostics.warning(path_, 0, 0,
                        trf("the replaced bundle could not be removed: {}", ec.message()),
                        tr("the next `baocao build` removes it"));
  return true;
}

std::vector<std::string> remove_stale_bundle_folders(const std::string& bundle_dir) {
  std::vector<std::string> removed;
  const std::string prefix = "." + fs::path(bundle_dir).filename().string() + ".tmp-";
  std::error_code ec;
  for (auto it = fs::directory_iterator(parent_of(bundle_dir), ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0 || !is_temporary_name(name) || it->is_symlink(ec) ||
        !it->is_directory(ec) || !temporary_owner_is_gone(name))
      continue;
    std::error_code removing;
    fs::remove_all(it->path(), removing);
    if (!removing) removed.push_back(it->path().string());
  }
  return removed;
}

bool carry_over(const std::string& from_dir, const std::string& relative,
                const std::string& to_path, bool writable, std::string& error) {
  UniqueFd dir = open_folder(from_dir, &error);
  if (!dir) return false;
  OpenedEntry entry = open_regular_at(dir.get(), relative);
  if (entry.type != EntryType::regular) {
    error = entry_problem(entry, relative);
    return false;
  }
  // A link keeps the very file (its bytes, times and mode); made through the open descriptor,
  // so that it is the file that was checked.
  if (!writable || (entry.status.st_mode & S_IWUSR) != 0) {
    std::string fd_path = fmt::format("/proc/self/fd/{}", entry.fd.get());
    if (::linkat(AT_FDCWD, fd_path.c_str(), AT_FDCWD, to_path.c_str(), AT_SYMLINK_FOLLOW) == 0)
      return true;
  }
  return copy_open_file(entry.fd.get(), entry.status, to_path, writable, error);
}

}  // namespace baocao

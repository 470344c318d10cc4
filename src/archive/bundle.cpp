#include "archive/bundle.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "archive/atomic_file.hpp"
#include "core/i18n.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

// The deepest part of `dir` that exists, to say what stands in the way.
fs::path existing_ancestor(const fs::path& dir) {
  std::error_code ec;
  for (fs::path p = dir; !p.empty(); p = p.parent_path()) {
    if (fs::exists(fs::symlink_status(p, ec))) return p;
    if (p == p.parent_path()) break;
  }
  return {};
}

std::optional<FolderLock> take_lock(int fd, const std::string& dir, Diagnostics& diagnostics) {
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    ::close(fd);
    diagnostics.error(dir, 0, 0,
                      err == EWOULDBLOCK
                          ? tr("another baocao command is writing this bundle right now")
                          : trf("cannot lock the folder: {}", std::strerror(err)),
                      tr("wait for it to finish, then run the command again"));
    return std::nullopt;
  }
  return FolderLock(fd);
}

}  // namespace

std::optional<FolderLock> lock_folder(const std::string& dir, Diagnostics& diagnostics) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    diagnostics.error(dir, 0, 0, trf("cannot open the folder: {}", std::strerror(errno)),
                      tr("choose another output folder with --out"));
    return std::nullopt;
  }
  return take_lock(fd, dir, diagnostics);
}

std::optional<FolderLock> lock_bundle(const std::string& bundle_dir, Diagnostics& diagnostics) {
  fs::path dir = fs::path(bundle_dir).lexically_normal();
  if (!dir.has_filename()) dir = dir.parent_path();  // "output/2023/"
  std::string name = dir.filename().string();
  if (name.empty() || name == "." || name == "..") {
    dir = fs::absolute(dir).lexically_normal();
    if (!dir.has_filename()) dir = dir.parent_path();
    name = dir.filename().string();
  }
  fs::path lock_file = dir.parent_path() / ("." + name + ".lock");
  int fd = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return lock_folder(bundle_dir, diagnostics);
  return take_lock(fd, bundle_dir, diagnostics);
}

bool prepare_folder(const std::string& dir, Diagnostics& diagnostics) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    fs::path blocker = existing_ancestor(dir);
    std::error_code ec2;
    if (!blocker.empty() && !fs::is_directory(blocker, ec2)) {
      diagnostics.error(dir, 0, 0,
                        trf("the output folder cannot be created: '{}' is a file, not a folder",
                            blocker.string()),
                        tr("choose another output folder with --out"));
    } else {
      diagnostics.error(
          dir, 0, 0,
          trf("the output folder cannot be created: {}",
              ec ? ec.message() : std::string(tr("not a folder"))),
          trf("ask for permission to write in '{}', or choose another output folder with --out",
              blocker.empty() ? std::string(".") : blocker.string()));
    }
    return false;
  }
  // A folder can exist and still refuse files (permissions, a read-only disk, /proc).
  std::string probe = temporary_path_for((fs::path(dir) / ".write-check").string());
  int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    diagnostics.error(
        dir, 0, 0, trf("files cannot be written in the output folder: {}", std::strerror(errno)),
        tr("ask for permission to write in it, or choose another output folder with --out"));
    return false;
  }
  ::close(fd);
  ::unlink(probe.c_str());
  return true;
}

}  // namespace baocao

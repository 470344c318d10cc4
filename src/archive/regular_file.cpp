#include "archive/regular_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "core/i18n.hpp"

namespace baocao {
namespace {

EntryType type_of(mode_t mode) {
  if (S_ISREG(mode)) return EntryType::regular;
  if (S_ISLNK(mode)) return EntryType::symlink;
  if (S_ISDIR(mode)) return EntryType::folder;
  if (S_ISFIFO(mode)) return EntryType::fifo;
  if (S_ISSOCK(mode)) return EntryType::socket;
  return EntryType::device;
}

// What stands at `name` in `dir_fd`, not following a link.
EntryType look_at(int dir_fd, const std::string& name, struct stat& st, int& err) {
  if (::fstatat(dir_fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
    err = errno;
    return err == ENOENT || err == ENOTDIR ? EntryType::missing : EntryType::unreadable;
  }
  return type_of(st.st_mode);
}

}  // namespace

UniqueFd::UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

UniqueFd::~UniqueFd() {
  if (fd_ >= 0) ::close(fd_);
}

std::string_view describe(EntryType type) {
  switch (type) {
    case EntryType::regular:
      return tr("a file");
    case EntryType::missing:
      return tr("missing");
    case EntryType::symlink:
      return tr("a symbolic link");
    case EntryType::folder:
      return tr("a folder");
    case EntryType::fifo:
      return tr("a named pipe (FIFO)");
    case EntryType::device:
      return tr("a device");
    case EntryType::socket:
      return tr("a socket");
    case EntryType::unreadable:
      return tr("unreadable");
  }
  return "?";
}

OpenedEntry open_regular_at(int dir_fd, std::string_view relative) {
  OpenedEntry entry;
  UniqueFd folder;  // the folder reached so far; dir_fd itself at first
  int at = dir_fd;
  std::size_t start = 0;
  for (;;) {
    std::size_t slash = relative.find('/', start);
    bool last = slash == std::string_view::npos;
    std::string name(relative.substr(start, last ? std::string_view::npos : slash - start));
    entry.where = std::string(relative.substr(0, last ? relative.size() : slash));
    entry.type = look_at(at, name, entry.status, entry.error);
    if (!last) {
      if (entry.type != EntryType::folder) {
        if (entry.type == EntryType::regular) entry.type = EntryType::missing;
        return entry;
      }
      int fd = ::openat(at, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (fd < 0) {
        entry.error = errno;
        entry.type = errno == ELOOP ? EntryType::symlink : EntryType::unreadable;
        return entry;
      }
      folder = UniqueFd(fd);
      at = fd;
      start = slash + 1;
      continue;
    }
    if (entry.type != EntryType::regular) return entry;
    // Swapped for something else since the look: O_NOFOLLOW refuses a link, O_NONBLOCK keeps a
    // pipe from blocking, and fstat below sees what was opened.
    int fd = ::openat(at, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
      entry.error = errno;
      entry.type = errno == ELOOP ? EntryType::symlink : EntryType::unreadable;
      return entry;
    }
    entry.fd = UniqueFd(fd);
    if (::fstat(fd, &entry.status) != 0) {
      entry.error = errno;
      entry.type = EntryType::unreadable;
      entry.fd = UniqueFd();
      return entry;
    }
    entry.type = type_of(entry.status.st_mode);
    if (entry.type != EntryType::regular) entry.fd = UniqueFd();
    return entry;
  }
}

UniqueFd open_folder(const std::string& path, std::string* error) {
  int fd = ::open(path.empty() ? "." : path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 && error) *error = std::strerror(errno);
  return UniqueFd(fd);
}

std::optional<std::string> read_regular_at(int dir_fd, std::string_view relative,
                                           std::uint64_t max_bytes, std::string& error) {
  OpenedEntry entry = open_regular_at(dir_fd, relative);
  if (entry.type != EntryType::regular) {
    error = entry_problem(entry, relative);
    return std::nullopt;
  }
  if (static_cast<std::uint64_t>(entry.status.st_size) > max_bytes) {
    error = trf("{} bytes, more than a file of this kind can hold ({})", entry.status.st_size,
                max_bytes);
    return std::nullopt;
  }
  std::string text;
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(entry.fd.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    if (text.size() > max_bytes) {
      error = trf("more than a file of this kind can hold ({} bytes)", max_bytes);
      return std::nullopt;
    }
  }
  return text;
}

std::string entry_problem(const OpenedEntry& entry, std::string_view relative) {
  bool itself = entry.where == relative;  // else one of its folders is in the way
  switch (entry.type) {
    case EntryType::regular:
      return {};
    case EntryType::missing:
      return tr("the file is not there");
    case EntryType::unreadable:
      return trf("the file cannot be read: {}", std::strerror(entry.error));
    case EntryType::symlink:
      return itself ? tr("it is a symbolic link, not a regular file: it is not followed")
                    : trf("its folder '{}' is a symbolic link, not a regular file: it is not "
                          "followed",
                          entry.where);
    default:
      return itself ? trf("it is {}, not a regular file: it is not opened", describe(entry.type))
                    : trf("its folder '{}' is {}, not a regular file: it is not opened",
                          entry.where, describe(entry.type));
  }
}

}  // namespace baocao

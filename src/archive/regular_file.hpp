#pragma once
// Opening the files of a bundle as an archive tool must: only regular files inside the bundle
// folder. A symbolic link (as the file or as one of its folders) is never followed, and a named
// pipe or a device is never opened, so nothing outside the bundle is read or changed and no read
// can block. The type is looked at before the open (lstat) and again on the open descriptor
// (fstat), so a file swapped between the two is still caught.

#include <sys/stat.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao {

// A file descriptor closed when the object goes away.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& other) noexcept;
  UniqueFd& operator=(UniqueFd&& other) noexcept;
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd();
  int get() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

enum class EntryType { regular, missing, symlink, folder, fifo, device, socket, unreadable };

// "a symbolic link", "a folder", "a named pipe (FIFO)", "a device", "a socket".
std::string_view describe(EntryType type);

struct OpenedEntry {
  UniqueFd fd;  // open read-only when `type` is regular
  EntryType type = EntryType::missing;
  std::string where;  // `relative`, or the folder of it that is not a plain folder
  int error = 0;      // errno when `type` is unreadable
  struct stat status {};
};

// Opens `relative` (a path with '/' separators, no "..") under the folder `dir_fd` without
// following any link and without opening anything but a regular file: every folder of the path
// is opened with O_NOFOLLOW|O_DIRECTORY, the file itself with O_NOFOLLOW|O_NONBLOCK after
// lstat said it is a regular file, and fstat confirms it.
OpenedEntry open_regular_at(int dir_fd, std::string_view relative);

// The folder `path` itself, opened to serve as `dir_fd` above; an error's reason in `error`.
UniqueFd open_folder(const std::string& path, std::string* error = nullptr);

// The whole of a regular file of at most `max_bytes`; nullopt with the reason in `error`.
std::optional<std::string> read_regular_at(int dir_fd, std::string_view relative,
                                           std::uint64_t max_bytes, std::string& error);

// A one-line reason an entry cannot be used as a file: "is a symbolic link: it is not followed".
std::string entry_problem(const OpenedEntry& entry, std::string_view relative);

}  // namespace baocao

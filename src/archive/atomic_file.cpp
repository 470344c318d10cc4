#include "archive/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "core/sha256.hpp"

namespace baocao {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kTempMarker = ".tmp-";

// The temporaries this process is writing or holding staged: cleanup must leave them alone.
std::mutex live_mutex;
std::set<std::string>& live_temporaries() {
  static std::set<std::string> live;
  return live;
}
void set_live(const std::string& path, bool live) {
  std::lock_guard lock(live_mutex);
  if (live)
    live_temporaries().insert(path);
  else
    live_temporaries().erase(path);
}
bool is_live(const std::string& path) {
  std::lock_guard lock(live_mutex);
  return live_temporaries().count(path) > 0;
}

std::string errno_text(int err) {
  return std::strerror(err);
}

std::string io_hint(int err) {
  switch (err) {
    case ENOSPC:
    case EDQUOT:
      return tr("free some disk space, or choose another output folder with --out");
    case EACCES:
    case EPERM:
    case EROFS:
      return tr("ask for write permission on the folder, or choose another one with --out");
    default:
      return tr("check the output folder, or choose another one with --out");
  }
}

void io_error(Diagnostics& diagnostics, const std::string& path, const std::string& what, int err) {
  diagnostics.error(path, 0, 0, fmt::format("{}: {}", what, errno_text(err)), io_hint(err));
}

// The writer names the path it was given (the temporary): the user knows the final name.
Diagnostics renamed(const Diagnostics& from, const std::string& temp, const std::string& final) {
  Diagnostics out;
  for (Diagnostic d : from.items()) {
    if (d.file == temp) d.file = final;
    for (std::string* text : {&d.message, &d.hint})
      for (auto at = text->find(temp); at != std::string::npos; at = text->find(temp))
        text->replace(at, temp.size(), final);
    out.add(std::move(d));
  }
  return out;
}

std::optional<FileDigest> hash_open_file(int fd, int& err) {
  Sha256 hash;
  FileDigest digest;
  std::string buffer(1 << 20, '\0');
  for (;;) {
    ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      err = errno;
      return std::nullopt;
    }
    if (n == 0) break;
    hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
    digest.size += static_cast<std::uint64_t>(n);
  }
  digest.sha256 = hash.hex();
  return digest;
}

// Hashes the file while reading it back and forces it to disk.
std::optional<FileDigest> sync_and_digest(const std::string& path, int& err) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    err = errno;
    return std::nullopt;
  }
  auto digest = hash_open_file(fd, err);
  if (digest && ::fsync(fd) != 0) {
    err = errno;
    digest.reset();
  }
  ::close(fd);
  return digest;
}

std::optional<long> temporary_owner(std::string_view name) {
  if (!is_temporary_name(name)) return std::nullopt;
  auto digits = name.substr(name.rfind(kTempMarker) + kTempMarker.size());
  long pid = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), pid);
  return pid;
}

bool process_is_running(long pid) {
  if (pid <= 0) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool write_all(const std::string& path, std::string_view bytes, int& err) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    err = errno;
    return false;
  }
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      err = errno;
      ::close(fd);
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::close(fd) != 0) {
    err = errno;
    return false;
  }
  return true;
}

}  // namespace

std::optional<FileDigest> digest_file(const std::string& path, std::string* error) {
  int err = 0;
  int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  std::optional<FileDigest> digest;
  struct stat st {};
  if (fd < 0)
    err = errno == ELOOP ? EINVAL : errno;
  else if (::fstat(fd, &st) != 0)
    err = errno;
  else if (!S_ISREG(st.st_mode))
    err = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
  else
    digest = hash_open_file(fd, err);
  if (fd >= 0) ::close(fd);
  if (!digest && error)
    *error = err == EINVAL ? std::string(tr("not a regular file")) : errno_text(err);
  return digest;
}

std::optional<FileDigest> digest_fd(int fd, std::string* error) {
  int err = 0;
  auto digest = hash_open_file(fd, err);
  if (!digest && error) *error = errno_text(err);
  return digest;
}

std::string temporary_path_for(const std::string& final_path) {
  static std::atomic<unsigned long> counter{0};
  fs::path path(final_path);
  std::string name = fmt::format(".{}{}{}-{}", path.filename().string(), kTempMarker,
                                 static_cast<long>(::getpid()), ++counter);
  return (path.parent_path() / name).string();
}

bool is_temporary_name(std::string_view name) {
  if (name.size() < 2 || name[0] != '.') return false;
  auto marker = name.rfind(kTempMarker);
  if (marker == std::string_view::npos || marker < 2) return false;
  auto rest = name.substr(marker + kTempMarker.size());
  auto dash = rest.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash + 1 == rest.size()) return false;
  for (std::size_t i = 0; i < rest.size(); ++i)
    if (i != dash && (rest[i] < '0' || rest[i] > '9')) return false;
  return true;
}

bool temporary_owner_is_gone(std::string_view file_name) {
  auto owner = temporary_owner(file_name);
  return owner && *owner != static_cast<long>(::getpid()) && !process_is_running(*owner);
}

std::vector<std::string> remove_stale_temporaries(const std::string& dir) {
  std::vector<std::string> removed;
  std::error_code ec;
  const long self = static_cast<long>(::getpid());
  for (auto it =
           fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    auto owner = temporary_owner(it->path().filename().string());
    if (!owner || it->is_directory(ec)) continue;
    std::string path = it->path().string();
    bool stale = *owner == self ? !is_live(path) : !process_is_running(*owner);
    if (stale && ::unlink(path.c_str()) == 0) removed.push_back(path);
  }
  std::sort(removed.begin(), removed.end());
  return removed;
}

StagedFile::StagedFile(std::string final_path, std::string temp_path, FileDigest digest)
    : final_path_(std::move(final_path)),
      temp_path_(std::move(temp_path)),
      digest_(std::move(digest)),
      pending_(true) {}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : final_path_(std::move(other.final_path_)),
      temp_path_(std::move(other.temp_path_)),
      digest_(std::move(other.digest_)),
      pending_(std::exchange(other.pending_, false)) {}

StagedFile& StagedFile::operator=(StagedFile&& other) noexcept {
  if (this != &other) {
    discard();
    final_path_ = std::move(other.final_path_);
    temp_path_ = std::move(other.temp_path_);
    digest_ = std::move(other.digest_);
    pending_ = std::exchange(other.pending_, false);
  }
  return *this;
}

StagedFile::~StagedFile() {
  discard();
}

bool StagedFile::commit(std::string* error) {
  if (!pending_) {
    if (error) *error = tr("nothing to commit");
    return false;
  }
  if (::rename(temp_path_.c_str(), final_path_.c_str()) != 0) {
    if (error) *error = errno_text(errno);
    return false;
  }
  pending_ = false;
  set_live(temp_path_, false);
  return true;
}

void StagedFile::discard() {
  if (!pending_) return;
  ::unlink(temp_path_.c_str());
  set_live(temp_path_, false);
  pending_ = false;
}

std::optional<StagedFile> stage_file(const std::string& final_path, const FileWriter& write,
                                     Diagnostics& diagnostics) {
  std::string temp = temporary_path_for(final_path);
  set_live(temp, true);
  auto abandon = [&] {
    ::unlink(temp.c_str());
    set_live(temp, false);
    return std::nullopt;
  };
  Diagnostics produced;
  try {
    produced = write(temp);
  } catch (const std::exception& e) {
    produced.error(temp, 0, 0, trf("could not be written: {}", e.what()));
  } catch (...) {
    produced.error(temp, 0, 0, tr("could not be written: unknown failure"));
  }
  diagnostics.append(renamed(produced, temp, final_path));
  if (produced.has_errors()) return abandon();
  int err = 0;
  auto digest = sync_and_digest(temp, err);
  if (!digest) {
    io_error(diagnostics, final_path, tr("could not be written"), err);
    return abandon();
  }
  return StagedFile(final_path, temp, std::move(*digest));
}

std::optional<StagedFile> stage_bytes(const std::string& final_path, std::string_view bytes,
                                      Diagnostics& diagnostics) {
  return stage_file(
      final_path,
      [&](const std::string& path) {
        Diagnostics d;
        int err = 0;
        if (!write_all(path, bytes, err)) io_error(d, path, tr("could not be written"), err);
        return d;
      },
      diagnostics);
}

bool sync_directory(const std::string& dir, std::string* error) {
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    if (error) *error = errno_text(errno);
    if (fd >= 0) ::close(fd);
    return false;
  }
  ::close(fd);
  return true;
}

bool write_file_atomically(const std::string& path, std::string_view bytes,
                           Diagnostics& diagnostics) {
  auto staged = stage_bytes(path, bytes, diagnostics);
  if (!staged) return false;
  std::string error;
  if (!staged->commit(&error)) {
    diagnostics.error(path, 0, 0, trf("could not be put in place: {}", error),
                      tr("check the output folder, or choose another one with --out"));
    return false;
  }
  sync_directory(fs::path(path).parent_path().string());
  return true;
}

}  // namespace baocao

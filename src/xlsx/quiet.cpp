#include "xlsx/quiet.hpp"

#include <unistd.h>

#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

namespace baocao::xlsx {
namespace {

constexpr std::string_view kMarks[] = {"[ERROR]", "[WARNING]"};

struct LineFilter {
  std::string held;  // the start of a line that may yet be one of the marks
  bool line_start = true;
  bool dropping = false;
};

bool could_be_mark(std::string_view s) {
  for (auto mark : kMarks)
    if (mark.starts_with(s)) return true;
  return false;
}

bool is_mark(std::string_view s) {
  for (auto mark : kMarks)
    if (s == mark) return true;
  return false;
}

void write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(STDERR_FILENO, bytes.data(), bytes.size());
    if (n <= 0) return;  // nowhere to report it
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

// Called under the stream's own lock, so one call at a time.
ssize_t filter_write(void* cookie, const char* buffer, std::size_t size) {
  auto& f = *static_cast<LineFilter*>(cookie);
  std::string out;
  for (std::size_t i = 0; i < size; ++i) {
    char c = buffer[i];
    if (f.dropping) {
      if (c == '\n') {
        f.dropping = false;
        f.line_start = true;
      }
      continue;
    }
    if (!f.held.empty() || (f.line_start && c == '[')) {
      f.held += c;
      if (is_mark(f.held)) {
        f.dropping = true;
        f.held.clear();
      } else if (!could_be_mark(f.held)) {
        out += f.held;
        f.held.clear();
        f.line_start = c == '\n';
      }
      continue;
    }
    out += c;
    f.line_start = c == '\n';
  }
  write_all(out);
  return static_cast<ssize_t>(size);
}

}  // namespace

void quiet_libxlsxwriter() {
  static std::once_flag once;
  std::call_once(once, [] {
    static LineFilter filter;
    cookie_io_functions_t io{nullptr, filter_write, nullptr, nullptr};
    std::fflush(stderr);
    FILE* filtered = ::fopencookie(&filter, "w", io);
    if (filtered == nullptr) return;  // then the lines are shown as they are
    std::setvbuf(filtered, nullptr, _IONBF, 0);
    stderr = filtered;
  });
}

}  // namespace baocao::xlsx

#include "load/base_dataset.hpp"

#include <stdexcept>

#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

// Offsets of the start and end (before the line break) of line n.
std::pair<std::size_t, std::size_t> line_span(const std::string& text, int n) {
  std::size_t begin = 0;
  for (int i = 1; i < n; ++i) {
    begin = text.find('\n', begin);
    if (begin == std::string::npos) throw std::out_of_range("no such line");
    ++begin;
  }
  std::size_t end = text.find('\n', begin);
  return {begin, end == std::string::npos ? text.size() : end};
}

}  // namespace

std::string with_line(const std::string& text, int n, const std::string& content) {
  auto [begin, end] = line_span(text, n);
  return text.substr(0, begin) + content + text.substr(end);
}

std::string without_line(const std::string& text, int n) {
  auto [begin, end] = line_span(text, n);
  return text.substr(0, begin) + text.substr(end < text.size() ? end + 1 : end);
}

void write_dataset(const std::filesystem::path& dir,
                   const std::map<std::string, std::string>& files) {
  std::filesystem::create_directories(dir);
  for (const auto& [name, content] : files) write_file(dir / name, content);
}

}  // namespace baocao::testing

#include "support/reference.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <set>

#include "support/test_support.hpp"

namespace baocao::testing {
namespace fs = std::filesystem;

namespace {

// Lines without their '\n'; a final '\n' ends the last line rather than starting an empty one,
// so "a\n" and "a" differ only in the message about the end of the file.
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::size_t first_differing_column(const std::string& a, const std::string& b) {
  auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return static_cast<std::size_t>(ia - a.begin());
}

// A long line (sheet XML, a paragraph) is shown around `column` only, so the message stays
// readable; the cut may fall inside a UTF-8 sequence, which a terminal shows as one odd glyph.
std::string excerpt(const std::optional<std::string>& line, std::size_t column) {
  constexpr std::size_t kWidth = 160;
  if (!line) return "(end of file)";
  if (line->size() <= kWidth) return "\"" + *line + "\"";
  std::size_t from = column > kWidth / 2 ? column - kWidth / 2 : 0;
  std::string shown = line->substr(from, kWidth);
  return (from > 0 ? "\"…" : "\"") + shown + (from + kWidth < line->size() ? "…\"" : "\"");
}

std::string update_hint(const std::string& shown) {
  return "If the change is intended, run the tests with BAOCAO_UPDATE_REFS=1 and review the "
         "diff of " +
         shown + ".";
}

}  // namespace

bool update_refs_requested() {
  const char* value = std::getenv("BAOCAO_UPDATE_REFS");
  return value != nullptr && *value != '\0' && std::string(value) != "0";
}

std::optional<LineDifference> first_difference(const std::string& expected,
                                               const std::string& actual) {
  if (expected == actual) return std::nullopt;
  auto want = split_lines(expected), got = split_lines(actual);
  std::size_t n = std::max(want.size(), got.size());
  for (std::size_t i = 0; i < n; ++i) {
    LineDifference d{i + 1, std::nullopt, std::nullopt};
    if (i < want.size()) d.expected = want[i];
    if (i < got.size()) d.actual = got[i];
    if (d.expected != d.actual) return d;
  }
  // Same lines: only the newline at the end of the last one differs.
  bool expected_ends = !expected.empty() && expected.back() == '\n';
  return LineDifference{want.size(), expected_ends ? "(ends with a newline)" : "(no newline)",
                        expected_ends ? "(no newline)" : "(ends with a newline)"};
}

::testing::AssertionResult compare_with_reference(const fs::path& file, const std::string& shown,
                                                  const std::string& actual, bool update) {
  bool exists = fs::exists(file);
  if (update) {
    if (!exists || read_file(file) != actual) {
      write_file(file, actual);
      std::cerr << "updated the reference " << shown << "\n";
    }
    return ::testing::AssertionSuccess();
  }
  if (!exists)
    return ::testing::AssertionFailure()
           << "the reference " << shown << " does not exist.\n"
           << "Run the tests with BAOCAO_UPDATE_REFS=1 to create it, then review " << shown
           << " and add it to git.";
  auto d = first_difference(read_file(file), actual);
  if (!d) return ::testing::AssertionSuccess();
  std::size_t column =
      d->expected && d->actual ? first_differing_column(*d->expected, *d->actual) : 0;
  return ::testing::AssertionFailure()
         << "the output differs from the reference " << shown << ", first at line " << d->line
         << (d->expected && d->actual ? ", byte " + std::to_string(column + 1) : "") << ":\n"
         << "  expected: " << excerpt(d->expected, column) << "\n"
         << "  actual:   " << excerpt(d->actual, column) << "\n"
         << update_hint(shown);
}

::testing::AssertionResult matches_reference(const std::string& name, const std::string& actual) {
  return compare_with_reference(test_dir() / name, "tests/" + name, actual,
                                update_refs_requested());
}

::testing::AssertionResult check_stale_references(const fs::path& folder, const std::string& shown,
                                                  const std::vector<std::string>& keep,
                                                  bool update) {
  const std::set<std::string> wanted(keep.begin(), keep.end());
  std::vector<std::string> stale;
  if (fs::is_directory(folder))
    for (const auto& entry : fs::directory_iterator(folder))
      if (!wanted.count(entry.path().filename().string()))
        stale.push_back(entry.path().filename().string());
  if (stale.empty()) return ::testing::AssertionSuccess();
  std::sort(stale.begin(), stale.end());
  if (update) {
    for (const auto& file : stale) fs::remove_all(folder / file);
    return ::testing::AssertionSuccess();
  }
  auto failure = ::testing::AssertionFailure();
  failure << shown << " holds references of outputs that no longer exist:";
  for (const auto& file : stale) failure << " " << file;
  return failure << "\nRun the tests with BAOCAO_UPDATE_REFS=1 to remove them and review the "
                    "diff of "
                 << shown << ".";
}

::testing::AssertionResult no_stale_references(const std::string& name,
                                               const std::vector<std::string>& keep) {
  return check_stale_references(test_dir() / name, "tests/" + name, keep, update_refs_requested());
}

}  // namespace baocao::testing

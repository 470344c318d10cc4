#pragma once
// Reference outputs, kept as Typst and libxlsxwriter keep theirs: text files under tests/ that
// a test compares an output with. A change nobody intended fails the test; an intended one is
// recorded by running the tests with BAOCAO_UPDATE_REFS=1 and reviewing the diff.

#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace baocao::testing {

// True when BAOCAO_UPDATE_REFS is set to anything but "" or "0": references are rewritten.
bool update_refs_requested();

// Compares `actual` with the reference `name`, a path under tests/ (e.g.
// "briefing/refs/render-text/hdnd.txt"); when update_refs_requested(), writes `actual` there
// instead (creating it) and succeeds.
::testing::AssertionResult matches_reference(const std::string& name, const std::string& actual);

// Files of the folder `name` (under tests/) that are not in `keep`: references of outputs that
// no longer exist. Fails naming them; when update_refs_requested(), removes them and succeeds.
::testing::AssertionResult no_stale_references(const std::string& name,
                                               const std::vector<std::string>& keep);

// The parts of the above, without the environment or tests/, for the helper's own tests.
struct LineDifference {
  std::size_t line = 0;                 // 1-based
  std::optional<std::string> expected;  // nullopt: past the end of the reference
  std::optional<std::string> actual;    // nullopt: past the end of the output
};
std::optional<LineDifference> first_difference(const std::string& expected,
                                               const std::string& actual);
// `shown` is how the message names the file (e.g. "tests/pdf/refs/state.txt").
::testing::AssertionResult compare_with_reference(const std::filesystem::path& file,
                                                  const std::string& shown,
                                                  const std::string& actual, bool update);
::testing::AssertionResult check_stale_references(const std::filesystem::path& folder,
                                                  const std::string& shown,
                                                  const std::vector<std::string>& keep,
                                                  bool update);

}  // namespace baocao::testing

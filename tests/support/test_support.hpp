#pragma once
// Helpers shared by the tests of every stage.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

namespace baocao::testing {

std::filesystem::path source_dir();         // the repository
std::filesystem::path test_dir();           // tests/
std::filesystem::path shipped_data();       // data/
std::filesystem::path shipped_templates();  // templates/
std::string exe();                          // the built `baocao`

// A fresh empty folder under the system temp folder, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& content);
// Copies a dataset folder (e.g. data/) so a test can change one file of it.
void copy_dir(const std::filesystem::path& from, const std::filesystem::path& to);
// `dir / name` made a link to /dev/full, which takes a file and refuses its bytes with ENOSPC as
// a full disk does; removing the failed file removes the link, never the device.
std::string file_on_full_disk(const TempDir& dir, const std::string& name);

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};
// Runs `command` through /bin/sh with stdin from /dev/null.
CommandResult run(const std::string& command);
// A path as one word of a /bin/sh command line: in single quotes, a quote in it escaped.
std::string shell_quoted(const std::filesystem::path& p);

// The messages of one run under an English and one under a Vietnamese locale, line by line:
// each line translated and at the same place (`place` of the line: FILE:LINE:COLUMN, "" for a
// hint or a closing line), as GoogleTest expectations. Returns how many lines have a place.
std::size_t expect_translated_in_place(const std::string& english, const std::string& vietnamese,
                                       const std::function<std::string(const std::string&)>& place);

}  // namespace baocao::testing

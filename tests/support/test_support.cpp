#include "support/test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

namespace baocao::testing {
namespace fs = std::filesystem;

fs::path source_dir() {
  return BAOCAO_SOURCE_DIR;
}
fs::path test_dir() {
  return BAOCAO_TEST_DIR;
}
fs::path shipped_data() {
  return source_dir() / "data";
}
fs::path shipped_templates() {
  return source_dir() / "templates";
}
std::string exe() {
  return BAOCAO_EXE;
}

TempDir::TempDir() {
  std::random_device rd;
  for (int attempt = 0; attempt < 100; ++attempt) {
    auto candidate = fs::temp_directory_path() / ("baocao-test-" + std::to_string(rd()));
    if (fs::create_directory(candidate)) {
      path_ = candidate;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary folder");
}

TempDir::~TempDir() {
  std::error_code ec;
  // Tests may leave read-only files (sealed bundles): make them writable first.
  for (auto it = fs::recursive_directory_iterator(path_, ec); !ec && it != fs::end(it);
       it.increment(ec))
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& p, const std::string& content) {
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

void copy_dir(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

std::string file_on_full_disk(const TempDir& dir, const std::string& name) {
  fs::path path = dir / name;
  fs::create_symlink("/dev/full", path);
  return path.string();
}

namespace {
std::string slurp_and_remove(const fs::path& p) {
  std::string s = read_file(p);
  fs::remove(p);
  return s;
}
}  // namespace

std::string shell_quoted(const std::filesystem::path& p) {
  std::string out = "'";
  for (char c : p.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

CommandResult run(const std::string& command) {
  TempDir dir;
  auto out = dir / "out", err = dir / "err";
  std::string full = command + " </dev/null >'" + out.string() + "' 2>'" + err.string() + "'";
  int status = std::system(full.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp_and_remove(out);
  r.err = slurp_and_remove(err);
  return r;
}

namespace {
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}
}  // namespace

std::size_t expect_translated_in_place(
    const std::string& english, const std::string& vietnamese,
    const std::function<std::string(const std::string&)>& place) {
  auto en = lines_of(english), vi = lines_of(vietnamese);
  EXPECT_EQ(en.size(), vi.size()) << english << "\n" << vietnamese;
  std::size_t located = 0;
  for (std::size_t i = 0; i < std::min(en.size(), vi.size()); ++i) {
    EXPECT_EQ(place(en[i]), place(vi[i])) << vi[i];
    EXPECT_NE(en[i], vi[i]) << "not translated: " << vi[i];
    if (!place(en[i]).empty()) ++located;
  }
  return located;
}

}  // namespace baocao::testing

// `baocao check` speaks the user's language (issue #17): the same bad dataset under a Vietnamese
// and an English locale gives the same places (FILE:LINE:FIELD) with the text translated.
// No vi_VN locale needs to be generated for it (src/core/i18n.cpp): on a machine without one
// this test runs the fallback through C.UTF-8 and LANGUAGE.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "load/base_dataset.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run;
using testing::TempDir;

// A dataset with three errors in values.csv and one warning.
void write_bad_dataset(const TempDir& tmp) {
  auto files = testing::base_files();
  auto& values = files["values.csv"];
  values = testing::with_line(values, 2, "KT.GTSX,ANKHE,2023,actual,\"18.797,39\",,");
  values = testing::with_line(values, 3, "KT.GTSX,ANHKE,2023,plan,18741.17,,");
  values = testing::with_line(values, 4, "KT.GTSX,TAYSON,2023,actual,1200.555,,");
  values = testing::with_line(values, 9, "XD.TSDV,ANKHE,2023,actual,2.744,,");
  testing::write_dataset(tmp / "data", files);
}

// `baocao check` with only the given locale variables set.
testing::CommandResult check_with(const TempDir& tmp, const std::string& locale_vars) {
  return run("cd '" + tmp.path().string() +
             "' && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG " + locale_vars + " '" +
             testing::exe() + "' check --data data");
}

// "data/values.csv:2:5" of "data/values.csv:2:5: error: …"; hints and the closing line give "".
std::string place(const std::string& line) {
  if (!line.starts_with("data/")) return "";
  return line.substr(0, line.find(": "));
}

TEST(CheckLanguage, VietnameseAndEnglishDiagnosticsHaveTheSamePlaces) {
  TempDir tmp;
  write_bad_dataset(tmp);
  auto en = check_with(tmp, "LANG=C");
  auto vi = check_with(tmp, "LANG=vi_VN.UTF-8");
  EXPECT_EQ(en.exit_code, 1);
  EXPECT_EQ(vi.exit_code, 1);

  // The three errors and the warning of values.csv.
  EXPECT_EQ(testing::expect_translated_in_place(en.err, vi.err, place), 4u) << en.err;

  EXPECT_THAT(en.err, HasSubstr("data/values.csv:2:5: error: value `18.797,39` has thousands "
                                "separators and a decimal comma (it may mean 18797.39)\n"));
  EXPECT_THAT(en.err, HasSubstr("3 error(s); nothing was written.\n"));
  EXPECT_THAT(vi.err, HasSubstr("data/values.csv:2:5: lỗi: giá trị `18.797,39` có dấu phân cách "
                                "hàng nghìn và dấu phẩy thập phân (có thể ý là 18797.39)\n"));
  EXPECT_THAT(vi.err, HasSubstr("data/values.csv:3:2: lỗi: không có địa bàn nào mang mã "
                                "`ANHKE` trong areas.csv\n  gợi ý: có phải ý là `ANKHE`?"));
  EXPECT_THAT(vi.err, HasSubstr("data/values.csv:9:5: lỗi: giá trị `2.744` của chỉ tiêu đếm "
                                "`XD.TSDV` có dấu chấm thập phân: có phải ý là 2744?\n"));
  EXPECT_THAT(vi.err, HasSubstr("data/values.csv:4:5: cảnh báo: giá trị `1200.555` có 3 chữ số "
                                "sau dấu chấm thập phân nhưng chỉ tiêu `KT.GTSX` chỉ hiển thị 2 "
                                "(decimals)\n"));
  EXPECT_THAT(vi.err, HasSubstr("3 lỗi; chưa ghi ra tệp nào.\n"));
  EXPECT_THAT(vi.err, Not(HasSubstr(": error: ")));
}

// As in any GNU program: LC_ALL before LC_MESSAGES before LANG, and LANGUAGE (a list of
// languages) ignored under the plain C locale.
TEST(CheckLanguage, TheLocaleVariablesChooseAsInGnuPrograms) {
  TempDir tmp;
  write_bad_dataset(tmp);
  const std::string vi = ": lỗi: ", en = ": error: ";
  EXPECT_THAT(check_with(tmp, "LC_ALL=vi_VN.UTF-8 LANG=C").err, HasSubstr(vi));
  EXPECT_THAT(check_with(tmp, "LC_MESSAGES=vi_VN.UTF-8 LANG=C").err, HasSubstr(vi));
  EXPECT_THAT(check_with(tmp, "LC_ALL=C LANG=vi_VN.UTF-8").err, HasSubstr(en));
  EXPECT_THAT(check_with(tmp, "LANGUAGE=vi LANG=C.UTF-8").err, HasSubstr(vi));
  EXPECT_THAT(check_with(tmp, "LANGUAGE=vi LANG=C").err, HasSubstr(en));
  EXPECT_THAT(check_with(tmp, "LANGUAGE=en LANG=vi_VN.UTF-8").err, HasSubstr(en));
  EXPECT_THAT(check_with(tmp, "").err, HasSubstr(en));
}

// `--help` of the program and of every subcommand, and CLI11's usage errors, in Vietnamese.
// Every option's description starts in the same column, counted in characters as a terminal
// shows them (CLI11 alone pads by bytes: THƯ_MỤC BẮT_BUỘC came out four columns short).
void expect_descriptions_aligned(const std::string& help, const std::string& command) {
  std::istringstream lines(help);
  std::size_t column = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("  ", 0) != 0) continue;
    auto gap = line.find("  ", 2);
    if (gap == std::string::npos) continue;  // a name too long: its description is below
    auto start = line.find_first_not_of(' ', gap);
    if (start == std::string::npos) continue;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < start; ++i)
      chars += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    if (column == 0) column = chars;
    EXPECT_EQ(chars, column) << command << ": " << line;
  }
  EXPECT_GT(column, 0u) << command;
}

TEST(CliLanguage, HelpAndUsageErrorsAreVietnamese) {
  TempDir tmp;
  for (std::string command :
       {"", "check", "build", "collect", "seal", "verify", "summary", "render-text"}) {
    auto r = run("env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=vi_VN.UTF-8 '" + testing::exe() +
                 "' " + command + " --help");
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_THAT(r.out, HasSubstr("Cách dùng: baocao")) << command;
    EXPECT_THAT(r.out,
                HasSubstr("Tùy chọn:\n  -h,--help                   In hướng dẫn này rồi thoát"))
        << command;
    EXPECT_THAT(r.out, HasSubstr("Mã thoát: 0 ")) << command;
    for (const char* english : {"Usage:", "Options:", "Print this help", "Exit codes:", "folder",
                                "TEXT", "UINT", "FOLDER", "DIR"})
      EXPECT_THAT(r.out, Not(HasSubstr(english))) << command << "\n" << r.out;
    expect_descriptions_aligned(r.out, command);
  }
  auto bogus = run("env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=vi_VN.UTF-8 '" + testing::exe() +
                   "' check --bogus");
  EXPECT_EQ(bogus.exit_code, 2);
  EXPECT_EQ(bogus.err, "Không cần tham số sau: --bogus\nChạy với --help để xem hướng dẫn.\n");
}

}  // namespace
}  // namespace baocao

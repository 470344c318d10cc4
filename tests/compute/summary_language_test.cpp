// The warnings of compute/ speak the user's language (issue #17): `baocao summary` prints them,
// and under a Vietnamese locale they are whole Vietnamese sentences at the same FILE:LINE as
// the English ones.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace baocao {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace t = baocao::testing;

// data/ with the poverty rate (XH.HN, a `down` indicator) at 0 for 2023 and a plan of 0 for
// it: % of plan (plan ÷ result) cannot be computed, which compute warns about at line 25.
void write_dataset(const t::TempDir& tmp) {
  t::copy_dir(t::shipped_data(), tmp / "data");
  std::istringstream in(t::read_file(tmp / "data" / "values.csv"));
  std::string values;
  int replaced = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("XH.HN,ANKHE,2023,actual,")) {
      line = "XH.HN,ANKHE,2023,actual,0,,\nXH.HN,ANKHE,2023,plan,0,,";
      ++replaced;
    }
    values += line + "\n";
  }
  ASSERT_EQ(replaced, 1) << "data/values.csv no longer has XH.HN's 2023 actual";
  t::write_file(tmp / "data" / "values.csv", values);
}

t::CommandResult summary_with(const t::TempDir& tmp, const std::string& locale_vars) {
  return t::run("cd " + t::shell_quoted(tmp.path()) +
                " && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG " + locale_vars + " " +
                t::shell_quoted(t::exe()) + " summary --data data --period 2023 --format csv");
}

// The lines of `text` that start with a place in data/ ("data/values.csv:25: …").
std::vector<std::string> located_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("data/")) out.push_back(line);
  return out;
}

std::string place(const std::string& line) {
  return line.substr(0, line.find(": "));
}

TEST(SummaryLanguage, ComputeWarningsAreVietnameseAtTheSamePlaces) {
  t::TempDir tmp;
  write_dataset(tmp);
  auto en = summary_with(tmp, "LANG=C");
  auto vi = summary_with(tmp, "LANG=vi_VN.UTF-8");
  ASSERT_EQ(en.exit_code, 0) << en.err;
  ASSERT_EQ(vi.exit_code, 0) << vi.err;
  EXPECT_EQ(en.out, vi.out);  // the CSV is data, the same in every language

  const std::string name = "XH.HN (Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều giai đoạn 2022-2025))";
  EXPECT_THAT(en.err, HasSubstr("data/values.csv:25: warning: indicator " + name +
                                ": the result for 2023 is 0; for a `down` indicator % of plan is "
                                "plan ÷ result, so it cannot be computed and is shown as —\n"));
  EXPECT_THAT(vi.err, HasSubstr("data/values.csv:25: cảnh báo: chỉ tiêu " + name +
                                ": kết quả kỳ 2023 bằng 0; với chỉ tiêu `down`, tỷ lệ so với kế "
                                "hoạch là kế hoạch ÷ kết quả, nên không tính được và được ghi là "
                                "—\n"));
  EXPECT_THAT(vi.err, HasSubstr("hãy kiểm tra giá trị này trong values.csv"));
  EXPECT_THAT(vi.err, Not(HasSubstr("warning")));
  EXPECT_THAT(vi.err, Not(HasSubstr("the result")));

  auto en_lines = located_lines(en.err), vi_lines = located_lines(vi.err);
  ASSERT_EQ(en_lines.size(), 1u) << en.err;
  ASSERT_EQ(vi_lines.size(), en_lines.size()) << vi.err;
  EXPECT_EQ(place(vi_lines[0]), place(en_lines[0]));
  EXPECT_EQ(place(en_lines[0]), "data/values.csv:25");
}

}  // namespace
}  // namespace baocao

// A fourth issuing body and a fourth template, added as data only: a copy of data/unit.toml
// gets a [bodies.<key>] table, a temporary templates folder gets a template that names it, and
// `baocao build` prints the body's header, number and signature in the PDF.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/test_support.hpp"

namespace baocao {
namespace {
namespace fs = std::filesystem;
using ::baocao::testing::CommandResult;
using ::baocao::testing::TempDir;
using ::testing::HasSubstr;

// A department's own report, signed by a deputy: a superior body in the state format's header
// and a "KT." authority line, neither of which the shipped bodies have.
constexpr const char* kFinanceOffice = R"(
[bodies.tckh]
superior = "UBND THỊ XÃ AN KHÊ"
name = ["PHÒNG TÀI CHÍNH -", "KẾ HOẠCH"]
symbol = "TCKH"
authority = "KT. TRƯỞNG PHÒNG"
signer_title = "PHÓ TRƯỞNG PHÒNG"
signer_name = "Trần Thị Cúc"
)";

constexpr const char* kTemplateToml = R"(preset = "state"
issuer = "tckh"
document_type = "BÁO CÁO"
summary_line = "Tình hình thu, chi ngân sách {{ky.ten}}"
recipients = ["UBND thị xã", "Lưu: VT"]
)";

constexpr const char* kBody = R"({{#NS.THU}}{{ten}} {{dat}} {{ket_qua}}.{{/NS.THU}}
)";

std::string q(const fs::path& p) {
  return "'" + p.string() + "'";
}

struct FourthBody {
  TempDir tmp;
  fs::path data = tmp / "data";
  fs::path templates = tmp / "templates";
  fs::path out = tmp / "out";

  FourthBody() {
    testing::copy_dir(testing::shipped_data(), data);
    testing::write_file(data / "unit.toml",
                        testing::read_file(data / "unit.toml") + kFinanceOffice);
    testing::copy_dir(testing::shipped_templates(), templates);
    testing::write_file(templates / "ngan-sach" / "template.toml", kTemplateToml);
    testing::write_file(templates / "ngan-sach" / "body.md", kBody);
  }

  CommandResult build(const std::string& extra = "") const {
    return testing::run(testing::exe() + " build --data " + q(data) + " --templates " +
                        q(templates) + " --out " + q(out) +
                        " --date 2024-01-05 --quiet --number ngan-sach=3 " + extra);
  }
};

// In the order the PDF draws it (-raw keeps a line's final "-", which the default mode takes
// for a hyphenation), whitespace runs as one space.
std::string pdf_text(const fs::path& pdf) {
  CommandResult r = testing::run("pdftotext -raw -enc UTF-8 " + q(pdf) + " -");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string text;
  for (char c : r.out) {
    bool space = c == ' ' || c == '\n' || c == '\f';
    if (!space || (!text.empty() && text.back() != ' ')) text += space ? ' ' : c;
  }
  return text;
}

TEST(IssuingBody, AFourthBodyAndTemplateNeedNoCode) {
  FourthBody w;
  CommandResult r = w.build();
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  fs::path pdf = w.out / "2023" / "bao-cao-ngan-sach-2023.pdf";
  ASSERT_TRUE(fs::exists(pdf));
  std::string text = pdf_text(pdf);
  // The header: the superior body above the issuing body's two lines, then the number.
  auto superior = text.find("UBND THỊ XÃ AN KHÊ");
  auto name = text.find("PHÒNG TÀI CHÍNH - KẾ HOẠCH");
  ASSERT_NE(superior, std::string::npos) << text;
  ASSERT_NE(name, std::string::npos) << text;
  EXPECT_LT(superior, name);
  EXPECT_THAT(text, HasSubstr("Số: 03/BC-TCKH"));
  EXPECT_THAT(text, HasSubstr("BÁO CÁO Tình hình thu, chi ngân sách năm 2023"));
  EXPECT_THAT(text, HasSubstr("Thu ngân sách trên địa bàn đạt 134,122 tỷ đồng."));
  EXPECT_THAT(text, HasSubstr("KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG"));
  EXPECT_THAT(text, HasSubstr("Trần Thị Cúc"));
  // The shipped briefings are built beside it, each with its own body.
  EXPECT_THAT(pdf_text(w.out / "2023" / "bao-cao-ubnd-2023.pdf"), HasSubstr("TM. ỦY BAN NHÂN DÂN"));
}

TEST(IssuingBody, ATemplateNamingNoBodyOfTheUnitStopsTheBuild) {
  FourthBody w;
  testing::write_file(w.templates / "ngan-sach" / "template.toml",
                      std::string("# mẫu\n") + kTemplateToml);
  testing::write_file(w.data / "unit.toml",
                      testing::read_file(testing::shipped_data() / "unit.toml"));
  CommandResult r = w.build();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr((w.templates / "ngan-sach" / "template.toml").string() +
                               ":3: error: issuer \"tckh\" is not a body of unit.toml"));
  EXPECT_THAT(r.err, HasSubstr("the bodies of unit.toml are council, party, ubnd"));
  EXPECT_FALSE(fs::exists(w.out / "2023"));
}

}  // namespace
}  // namespace baocao

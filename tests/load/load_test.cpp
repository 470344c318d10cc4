// What a valid dataset loads into, and the forms the contract accepts.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/sha256.hpp"
#include "load/base_dataset.hpp"
#include "load/load.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using testing::base_files;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::TempDir;
using testing::with_line;
using Files = std::map<std::string, std::string>;

std::string dump(const Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds.items()) out += to_string(d) + "\n";
  return out;
}

LoadResult load(const TempDir& tmp, const Files& files) {
  testing::write_dataset(tmp / "data", files);
  return load_dataset((tmp / "data").string());
}

Dataset load_ok(const TempDir& tmp, const Files& files) {
  LoadResult r = load(tmp, files);
  EXPECT_TRUE(r.dataset) << dump(r.diagnostics);
  EXPECT_EQ(r.diagnostics.error_count(), 0u) << dump(r.diagnostics);
  return r.dataset ? std::move(*r.dataset) : Dataset{};
}

TEST(Load, TheUnitIsReadFromUnitToml) {
  TempDir tmp;
  Dataset d = load_ok(tmp, base_files());
  const Unit& u = d.unit;
  EXPECT_EQ(u.code, "ANKHE");
  EXPECT_EQ(u.name, "thị xã An Khê");
  EXPECT_EQ(u.province, "Gia Lai");
  EXPECT_EQ(u.place, "An Khê");
  EXPECT_EQ(u.term, Period::of_span(2020, 2025));
  EXPECT_EQ(u.term_base_year, 2020);
  ASSERT_EQ(u.bodies.size(), 2u);
  ASSERT_TRUE(u.find_body("party"));
  EXPECT_EQ(*u.find_body("party"), (IssuingBody{"party",
                                                {"ĐẢNG BỘ TỈNH GIA LAI"},
                                                {"THỊ ỦY AN KHÊ"},
                                                "TU",
                                                "T/M BAN THƯỜNG VỤ",
                                                "BÍ THƯ",
                                                ""}));
  ASSERT_TRUE(u.find_body("council"));
  EXPECT_EQ(*u.find_body("council"), (IssuingBody{"council",
                                                  {},
                                                  {"HỘI ĐỒNG NHÂN DÂN", "THỊ XÃ AN KHÊ"},
                                                  "HĐND",
                                                  "TM. HỘI ĐỒNG NHÂN DÂN",
                                                  "CHỦ TỊCH",
                                                  ""}));
  EXPECT_FALSE(u.find_body("ubnd"));
  ASSERT_EQ(u.departments.size(), 2u);
  EXPECT_EQ(u.departments[1].code, "BTC");
  EXPECT_EQ(u.departments[1].name, "Ban Tổ chức Thị ủy");
}

// [collection] is optional, and so are its keys; a TOML date is a date too.
TEST(Load, TheCollectionIsReadFromUnitToml) {
  TempDir tmp;
  EXPECT_EQ(load_ok(tmp, base_files()).unit.collection, Collection{});
  Files files = base_files();
  files["unit.toml"] += "\n[collection]\ndeadline = \"2025-01-15\"\nreturn_to = \"Văn phòng\"\n";
  const Collection c = load_ok(tmp, files).unit.collection;
  EXPECT_EQ(c.deadline, (Date{2025, 1, 15}));
  EXPECT_EQ(c.return_to, "Văn phòng");
  TempDir other;
  files = base_files();
  files["unit.toml"] += "\n[collection]\ndeadline = 2025-02-01\n";
  const Collection d = load_ok(other, files).unit.collection;
  EXPECT_EQ(d.deadline, (Date{2025, 2, 1}));
  EXPECT_EQ(d.return_to, "");
}

// [bodies.<key>] in place of [party] and [council]: any number of bodies, found by key, the
// superior body optional, the signer's name may be left empty or out.
TEST(Load, IssuingBodiesAreReadFromBodiesTables) {
  TempDir tmp;
  Files files = base_files();
  std::string& unit = files["unit.toml"];
  unit = unit.substr(0, unit.find("[party]")) +
         "[bodies.thi-uy]\n"
         "superior = \"ĐẢNG BỘ TỈNH GIA LAI\"\n"
         "name = \"THỊ ỦY AN KHÊ\"\n"
         "symbol = \"TU\"\n"
         "authority = \"T/M BAN THƯỜNG VỤ\"\n"
         "signer_title = \"BÍ THƯ\"\n"
         "\n"
         "[bodies.ubnd]\n"
         "name = [\"ỦY BAN NHÂN DÂN\", \"THỊ XÃ AN KHÊ\"]\n"
         "symbol = \"UBND\"\n"
         "authority = \"TM. ỦY BAN NHÂN DÂN\"\n"
         "signer_title = \"CHỦ TỊCH\"\n"
         "signer_name = \"Nguyễn Văn B\"\n"
         "x_note = \"ignored\"\n" +
         unit.substr(unit.find("\n[[departments]]"));
  Dataset d = load_ok(tmp, files);
  const Unit& u = d.unit;
  ASSERT_EQ(u.bodies.size(), 2u);
  EXPECT_EQ(u.bodies[0].key, "thi-uy");
  EXPECT_EQ(u.bodies[1].key, "ubnd");
  EXPECT_FALSE(u.find_body("party"));
  ASSERT_TRUE(u.find_body("ubnd"));
  EXPECT_EQ(*u.find_body("ubnd"), (IssuingBody{"ubnd",
                                               {},
                                               {"ỦY BAN NHÂN DÂN", "THỊ XÃ AN KHÊ"},
                                               "UBND",
                                               "TM. ỦY BAN NHÂN DÂN",
                                               "CHỦ TỊCH",
                                               "Nguyễn Văn B"}));
  EXPECT_THAT(u.find_body("thi-uy")->superior, ElementsAre("ĐẢNG BỘ TỈNH GIA LAI"));
  EXPECT_EQ(u.find_body("thi-uy")->signer_name, "");
  EXPECT_EQ(u.departments.size(), 2u);
}

// The older [party] and [council] stand beside [bodies.*].
TEST(Load, OldAndNewBodyTablesTogether) {
  TempDir tmp;
  Files files = base_files();
  files["unit.toml"] +=
      "\n[bodies.ubnd]\nname = \"ỦY BAN NHÂN DÂN\"\nsymbol = \"UBND\"\n"
      "authority = \"TM. ỦY BAN NHÂN DÂN\"\nsigner_title = \"CHỦ TỊCH\"\n";
  Dataset d = load_ok(tmp, files);
  std::vector<std::string> keys;
  for (const auto& b : d.unit.bodies) keys.push_back(b.key);
  EXPECT_THAT(keys, ElementsAre("council", "party", "ubnd"));
}

TEST(Load, AreasIndicatorsAndValuesAreReadInFileOrder) {
  TempDir tmp;
  Dataset d = load_ok(tmp, base_files());
  ASSERT_EQ(d.areas.size(), 3u);
  EXPECT_EQ(d.unit_area, 0u);
  EXPECT_EQ(d.areas[1].code, "TAYSON");
  EXPECT_EQ(d.areas[1].name, "phường Tây Sơn");
  EXPECT_EQ(d.areas[1].type, AreaType::ward);
  EXPECT_EQ(d.areas[1].parent, "ANKHE");
  EXPECT_EQ(d.areas[2].type, AreaType::commune);

  ASSERT_EQ(d.indicators.size(), 4u);
  const Indicator& score = d.indicators[2];
  EXPECT_EQ(score.code, "NTM.NC");
  EXPECT_EQ(score.type, IndicatorType::score);
  EXPECT_EQ(score.out_of, 19.0);
  EXPECT_EQ(score.aggregate, Aggregate::range);
  EXPECT_EQ(score.areas, AreaScope::communes);
  EXPECT_TRUE(score.key);
  EXPECT_EQ(score.plan_word, "kế hoạch");  // the default
  const Indicator& rate = d.indicators[1];
  EXPECT_EQ(rate.direction, Direction::down);
  EXPECT_EQ(rate.decimals, 2);
  EXPECT_EQ(rate.unit, "%");
  EXPECT_FALSE(rate.out_of);
  EXPECT_EQ(d.indicators[3].department, "BTC");
  EXPECT_FALSE(d.indicators[3].key);
  EXPECT_THAT(d.groups, ElementsAre("Kinh tế", "Văn hóa - Xã hội", "Đô thị - Nông thôn mới",
                                    "Xây dựng Đảng"));

  ASSERT_EQ(d.observations.size(), 8u);
  const Observation& plan = d.observations[1];
  EXPECT_EQ(plan.indicator, 0u);
  EXPECT_EQ(plan.area, 0u);
  EXPECT_EQ(plan.period, Period::of_year(2023));
  EXPECT_EQ(plan.basis, Basis::plan);
  EXPECT_DOUBLE_EQ(plan.value, 18741.17);
  EXPECT_EQ(plan.line, 3u);
  EXPECT_EQ(d.texts.at(plan.note), "Suy ra: 100,3% kế hoạch");
  EXPECT_EQ(d.texts.at(plan.source), "Báo Gia Lai");
  EXPECT_EQ(d.observations[0].source, plan.source);  // interned once
  EXPECT_EQ(d.observations[0].note, 0u);
  EXPECT_EQ(d.observations[4].basis, Basis::low);
  EXPECT_EQ(d.observations[7].value, 2744);
}

TEST(Load, FilesAreListedWithSizeAndChecksum) {
  TempDir tmp;
  Files files = base_files();
  Dataset d = load_ok(tmp, files);
  ASSERT_EQ(d.files.size(), 4u);
  const char* names[] = {"unit.toml", "areas.csv", "indicators.csv", "values.csv"};
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(d.files[i].path, (tmp / "data" / names[i]).string());
    EXPECT_EQ(d.files[i].size, files[names[i]].size());
    EXPECT_EQ(d.files[i].sha256, sha256_hex(files[names[i]]));
  }
}

TEST(Load, MessagesNameFilesAsTheFolderWasGiven) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] = with_line(files["values.csv"], 2, "KT.GTSX,ANKHE,2023,actual,x,,");
  testing::write_dataset(tmp / "data", files);
  for (std::string dir : {(tmp / "data").string(), (tmp / "data").string() + "/"}) {
    LoadResult r = load_dataset(dir);
    ASSERT_EQ(r.diagnostics.errors().size(), 1u);
    EXPECT_EQ(r.diagnostics.errors()[0].file, (tmp / "data" / "values.csv").string());
  }
}

TEST(Load, AMissingFolderIsOneError) {
  LoadResult r = load_dataset("/nonexistent/baocao-data");
  ASSERT_EQ(r.diagnostics.error_count(), 1u);
  EXPECT_EQ(r.diagnostics.errors()[0].file, "/nonexistent/baocao-data");
  EXPECT_THAT(r.diagnostics.errors()[0].message, HasSubstr("dataset folder not found"));
}

TEST(Load, ByteOrderMarksAndCrlfAreAcceptedInEveryFile) {
  TempDir tmp;
  Files files = base_files();
  for (auto& [name, content] : files) {
    std::string crlf;
    for (char c : content) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    content = "\xEF\xBB\xBF" + crlf;
  }
  Dataset d = load_ok(tmp, files);
  EXPECT_EQ(d.unit.code, "ANKHE");
  EXPECT_EQ(d.areas[0].code, "ANKHE");  // the mark is not part of the first column's name
  ASSERT_EQ(d.observations.size(), 8u);
  EXPECT_EQ(d.observations[7].line, 9u);
  EXPECT_EQ(d.texts.at(d.observations[1].source), "Báo Gia Lai");  // no CR at the end
}

TEST(Load, QuotedNewlinesAreKeptAndLaterRowsKeepTheirLines) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] =
      with_line(files["values.csv"], 3,
                "KT.GTSX,ANKHE,2023,plan,18741.17,\"Suy ra:\r\n100,3%\nkế hoạch\",Báo Gia Lai");
  Dataset d = load_ok(tmp, files);
  ASSERT_EQ(d.observations.size(), 8u);
  EXPECT_EQ(d.texts.at(d.observations[1].note), "Suy ra:\r\n100,3%\nkế hoạch");
  EXPECT_EQ(d.observations[1].line, 3u);
  EXPECT_EQ(d.observations[2].line, 6u);
  EXPECT_EQ(d.observations[7].line, 11u);
}

TEST(Load, NfdTextIsNormalisedAndEqualsNfc) {
  TempDir tmp;
  Files files = base_files();
  const std::string nfd_group = "Kinh te\xCC\x82\xCC\x81";  // "Kinh tế" as e + ^ + ´
  const std::string nfd_ward = "phu\xCC\x9Bo\xCC\x9B\xCC\x80ng Ta\xCC\x82y So\xCC\x9Bn";
  ASSERT_NE(nfd_group, "Kinh tế");
  files["areas.csv"] = with_line(files["areas.csv"], 3, "TAYSON," + nfd_ward + ",ward,ANKHE");
  files["indicators.csv"] +=
      "KT.THU,Thu nhập,triệu đồng," + nfd_group + ",amount,up,2,TCKH,,none,yes,,\n";
  files["unit.toml"] =
      with_line(files["unit.toml"], 2, "name = \"thi\xCC\xA3 xa\xCC\x83 An Khe\xCC\x82\"");
  Dataset d = load_ok(tmp, files);
  EXPECT_EQ(d.areas[1].name, "phường Tây Sơn");
  EXPECT_EQ(d.unit.name, "thị xã An Khê");
  EXPECT_EQ(d.indicators[4].group, "Kinh tế");
  // One group, whichever way it was typed.
  EXPECT_EQ(std::count(d.groups.begin(), d.groups.end(), "Kinh tế"), 1);
  EXPECT_EQ(d.groups.size(), 4u);
}

TEST(Load, ASourceTypedTwoWaysAndComingBackIsOneNormalisedText) {
  TempDir tmp;
  Files files = base_files();
  const std::string nfd =
      "Chi cu\xCC\xA3"
      "c Thô\xCC\x81"
      "ng kê";  // "Chi cục Thống kê", decomposed
  std::string values = "code,area,period,basis,value,note,source\n";
  values += "KT.GTSX,ANKHE,2023,actual,1,,Chi cục Thống kê\n";
  values += "KT.GTSX,ANKHE,2023,plan,2,," + nfd + "\n";
  values += "KT.GTSX,ANKHE,2022,actual,3,,Báo Gia Lai\n";
  values += "KT.GTSX,ANKHE,2022,plan,4,," + nfd + "\n";  // back after another source
  values += "KT.GTSX,ANKHE,2021,actual,5,,Chi cục Thống kê\n";
  files["values.csv"] = values;
  Dataset d = load_ok(tmp, files);
  ASSERT_EQ(d.observations.size(), 5u);
  const std::uint32_t id = d.observations[0].source;
  EXPECT_EQ(d.texts.at(id), "Chi cục Thống kê");
  for (std::size_t i : {1u, 3u, 4u}) EXPECT_EQ(d.observations[i].source, id) << i;
  EXPECT_EQ(d.texts.at(d.observations[2].source), "Báo Gia Lai");
  EXPECT_EQ(d.texts.size(), 3u);  // the empty text and the two sources
}

TEST(Load, OwnColumnsStartingWithXAreIgnored) {
  TempDir tmp;
  Files files = base_files();
  std::string values = "x_checked,code,area,period,basis,value,note,source,x_by\n";
  values += "yes,KT.GTSX,ANKHE,2023,actual,18797.39,,,Lan\n";
  files["values.csv"] = values;
  Dataset d = load_ok(tmp, files);
  ASSERT_EQ(d.observations.size(), 1u);
  EXPECT_DOUBLE_EQ(d.observations[0].value, 18797.39);
}

TEST(Load, OptionalColumnsMayBeLeftOut) {
  TempDir tmp;
  Files files = base_files();
  files["areas.csv"] = "code,name,type\nANKHE,thị xã An Khê,unit\n";
  files["indicators.csv"] =
      "code,name,unit,group,type,direction,decimals,department,aggregate,key\n"
      "KT.GTSX,Tổng giá trị sản xuất,tỷ đồng,Kinh tế,amount,up,2,TCKH,none,yes\n";
  files["values.csv"] = "code,area,period,basis,value\nKT.GTSX,ANKHE,2023,actual,1\n";
  Dataset d = load_ok(tmp, files);
  EXPECT_EQ(d.indicators[0].areas, AreaScope::all);
  EXPECT_EQ(d.indicators[0].plan_word, "kế hoạch");
  EXPECT_EQ(d.observations[0].note, 0u);
}

TEST(Load, SpacesAroundUnquotedFieldsAreTrimmedAndQuotedFieldsKept) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] = with_line(files["values.csv"], 2,
                                  "  KT.GTSX , ANKHE ,\t2023, actual , 18797.39 ,\"  kept  \", x ");
  Dataset d = load_ok(tmp, files);
  EXPECT_DOUBLE_EQ(d.observations[0].value, 18797.39);
  EXPECT_EQ(d.texts.at(d.observations[0].note), "  kept  ");
  EXPECT_EQ(d.texts.at(d.observations[0].source), "x");
}

TEST(Load, EveryNumberFormOfTheContractIsAccepted) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] =
      "code,area,period,basis,value,note,source\n"
      "KT.GTSX,ANKHE,2023,actual,.5,,\n"
      "KT.GTSX,ANKHE,2023,plan,5.,,\n"
      "KT.GTSX,ANKHE,2022,actual,1.2E+3,,\n"
      "KT.GTSX,ANKHE,2024,plan,+3,,\n"
      "KT.GTSX,ANKHE,2021,actual,-0.5,,\n"
      "XD.TSDV,ANKHE,2023,actual,2744.0,,\n"
      "XH.HN,ANKHE,2023,actual,1500,Tính trên số hộ mới,\n";  // outside −100…1000 with a note
  Dataset d = load_ok(tmp, files);
  ASSERT_EQ(d.observations.size(), 7u);
  EXPECT_DOUBLE_EQ(d.observations[0].value, 0.5);
  EXPECT_DOUBLE_EQ(d.observations[1].value, 5);
  EXPECT_DOUBLE_EQ(d.observations[2].value, 1200);
  EXPECT_DOUBLE_EQ(d.observations[3].value, 3);
  EXPECT_DOUBLE_EQ(d.observations[4].value, -0.5);
  EXPECT_DOUBLE_EQ(d.observations[5].value, 2744);
  EXPECT_DOUBLE_EQ(d.observations[6].value, 1500);
}

TEST(Load, EveryPeriodFormIsAccepted) {
  TempDir tmp;
  Files files = base_files();
  std::string values = "code,area,period,basis,value,note,source\n";
  for (const char* p : {"2023", "2023-Q1", "2023-Q4", "2023-H1", "2023-9M", "2023-M01", "2023-M12",
                        "2021-2023", "2020-2025"})
    values += std::string("KT.GTSX,ANKHE,") + p + ",actual,1,,\n";
  files["values.csv"] = values;
  Dataset d = load_ok(tmp, files);
  ASSERT_EQ(d.observations.size(), 9u);
  EXPECT_EQ(d.observations[7].period, Period::of_span(2021, 2023));
  EXPECT_EQ(d.observations[4].period.kind, PeriodKind::nine_months);
}

TEST(Load, MoreDigitsThanDecimalsIsAWarningNamingTheLine) {
  TempDir tmp;
  Files files = base_files();
  files["values.csv"] = with_line(files["values.csv"], 2, "KT.GTSX,ANKHE,2023,actual,18797.392,,");
  files["values.csv"] = with_line(files["values.csv"], 5, "XH.HN,ANKHE,2023,actual,1.4200,,");
  LoadResult r = load(tmp, files);
  ASSERT_TRUE(r.dataset) << dump(r.diagnostics);
  auto warnings = r.diagnostics.warnings();
  ASSERT_EQ(warnings.size(), 1u) << dump(r.diagnostics);  // 1.4200 needs only 2 digits
  EXPECT_EQ(warnings[0].file, (tmp / "data" / "values.csv").string());
  EXPECT_EQ(warnings[0].line, 2);
  EXPECT_EQ(warnings[0].column, 5);
  EXPECT_THAT(warnings[0].message,
              HasSubstr("`18797.392` has 3 digits after the decimal point but indicator "
                        "`KT.GTSX` shows 2"));
}

TEST(Load, ARepeatedWarningIsShownTenTimesThenCounted) {
  TempDir tmp;
  Files files = base_files();
  std::string values = "code,area,period,basis,value,note,source\n";
  for (int year = 2001; year <= 2025; ++year)
    values += "KT.GTSX,ANKHE," + std::to_string(year) + ",actual,1.125,,\n";
  files["values.csv"] = values;
  LoadResult r = load(tmp, files);
  ASSERT_TRUE(r.dataset) << dump(r.diagnostics);
  auto warnings = r.diagnostics.warnings();
  ASSERT_EQ(warnings.size(), 11u);
  EXPECT_EQ(warnings[9].line, 11);
  EXPECT_THAT(warnings[10].message, HasSubstr("15 more lines with the same warning"));
}

}  // namespace
}  // namespace baocao

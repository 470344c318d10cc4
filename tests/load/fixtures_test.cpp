// Bad-input fixtures: the valid base dataset of base_dataset.hpp with one change each, and the
// one error (or the few errors) the loader must report for it, located exactly.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "load/base_dataset.hpp"
#include "load/load.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {

using testing::base_files;
using testing::TempDir;
using testing::with_line;
using testing::without_line;
using Files = std::map<std::string, std::string>;

struct Fixture {
  std::string name;
  std::function<void(Files&)> change;
  std::string file;  // whose error it is
  int line;
  int field;
  std::vector<std::string> message;  // each must be in the message
  std::string hint = {};             // must be in the hint
  std::size_t errors = 1;            // errors of the whole run
};

std::function<void(Files&)> set_line(std::string file, int n, std::string content) {
  return [=](Files& f) { f[file] = with_line(f[file], n, content); };
}
std::function<void(Files&)> append(std::string file, std::string content) {
  return [=](Files& f) { f[file] += content; };
}
std::function<void(Files&)> replace(std::string file, std::string from, std::string to) {
  return [=](Files& f) {
    auto k = f[file].find(from);
    ASSERT_NE(k, std::string::npos) << from;
    f[file].replace(k, from.size(), to);
  };
}
std::function<void(Files&)> both(std::function<void(Files&)> a, std::function<void(Files&)> b) {
  return [=](Files& f) {
    a(f);
    b(f);
  };
}

// Areas.csv in a legacy encoding: every name written with the encoding's bytes.
std::string areas_in(const char* unit, const char* ward, const char* commune) {
  return std::string("code,name,type,parent\nANKHE,") + unit + ",unit,\nTAYSON," + ward +
         ",ward,ANKHE\nSONGAN," + commune + ",commune,ANKHE\n";
}

const std::vector<Fixture>& fixtures() {
  static const std::vector<Fixture> all = {
      // --- CSV syntax ---
      {"UnclosedQuote",
       set_line("values.csv", 4, "KT.GTSX,TAYSON,2023,actual,1200.5,\"oops,"),
       "values.csv",
       4,
       6,
       {"quote opens a field here and is never closed"},
       "close the quote"},
      {"RaggedRowTooMany",
       set_line("values.csv", 5, "XH.HN,ANKHE,2023,actual,1.42,,,extra"),
       "values.csv",
       5,
       8,
       {"this row has 8 fields but the header has 7"},
       "in quotes"},
      {"RaggedRowTooFew",
       set_line("values.csv", 5, "XH.HN,ANKHE,2023,actual"),
       "values.csv",
       5,
       5,
       {"this row has 4 fields but the header has 7"},
       "write every column"},
      {"DecimalCommaNotQuotedSplitsTheRow",
       set_line("values.csv", 5, "XH.HN,ANKHE,2023,actual,1,42,,"),
       "values.csv",
       5,
       8,
       {"8 fields"},
       "1.5, not 1,5"},
      {"QuoteInsideUnquotedField",
       set_line("areas.csv", 2, "ANKHE,thị xã \"An Khê\",unit,"),
       "areas.csv",
       2,
       2,
       {"quote inside a field that is not quoted"},
       "enclose the whole field"},
      {"TextAfterClosingQuote",
       set_line("values.csv", 3, "KT.GTSX,ANKHE,2023,plan,18741.17,\"Suy ra\" x,"),
       "values.csv",
       3,
       6,
       {"`note` has text after its closing quote"}},
      {"LinesAfterAQuotedNewlineAreCountedRight",
       [](Files& f) {
         f["values.csv"] =
             "code,area,period,basis,value,note,source\n"    // 1
             "KT.GTSX,ANKHE,2023,actual,18797.39,,\n"        // 2
             "KT.GTSX,ANKHE,2023,plan,18741.17,\"Suy ra:\n"  // 3
             "100,3%\n"                                      // 4
             "kế hoạch\",Báo Gia Lai\n"                      // 5
             "XH.HN,ANKHE,2023,actual,abc,,\n";              // 6
       },
       "values.csv",
       6,
       5,
       {"value `abc` is not a number"}},
      {"ColumnsInAnotherOrderAndAFieldOnTheNextLine",
       [](Files& f) {
         f["values.csv"] =
             "note,code,area,period,basis,value,source\n"                  // 1
             ",KT.GTSX,ANKHE,2023,actual,18797.39,\n"                      // 2
             "\"Suy ra:\n"                                                 // 3
             "100,3% kế hoạch\",KT.GTSX,ANKHE,2023,plan,\"18741,17\",\n";  // 4
       },
       "values.csv",
       4,
       6,
       {"value `18741,17` has a decimal comma (it may mean 18741.17)"}},
      {"EmptyFile",
       [](Files& f) { f["values.csv"] = ""; },
       "values.csv",
       1,
       0,
       {"the file is empty"},
       "code,area,period,basis,value,note,source"},
      {"SemicolonSeparated",
       [](Files& f) { f["areas.csv"] = "code;name;type;parent\nANKHE;thị xã An Khê;unit;\n"; },
       "areas.csv",
       1,
       0,
       {"not the header of this file"},
       "separated by `;`",
       1},

      // --- columns ---
      {"UnknownColumn",
       replace("indicators.csv", "key,plan_word,", "key,planword,"),
       "indicators.csv",
       1,
       12,
       {"unknown column `planword`"},
       "did you mean `plan_word`?"},
      {"MissingColumn",
       [](Files& f) {
         f["areas.csv"] =
             "code,name,parent\nANKHE,thị xã An Khê,\nTAYSON,phường Tây Sơn,ANKHE\n"
             "SONGAN,xã Song An,ANKHE\n";
       },
       "areas.csv",
       1,
       0,
       {"missing column `type`"},
       "code,name,type"},
      {"MissingTwoColumns",
       [](Files& f) { f["values.csv"] = "code,area,period\nKT.GTSX,ANKHE,2023\n"; },
       "values.csv",
       1,
       0,
       {"missing columns `basis`, `value`"}},
      {"DuplicateColumn",
       replace("values.csv", "note,source", "note,note"),
       "values.csv",
       1,
       7,
       {"column `note` appears twice in the header: fields 6 and 7"}},

      // --- codes and keys ---
      {"DuplicateValueKeyNamesBothLines",
       append("values.csv", "KT.GTSX,ANKHE,2023,actual,18797.4,,\n"),
       "values.csv",
       10,
       1,
       {"(KT.GTSX, ANKHE, 2023, actual) is on lines 2 and 10"},
       "delete one"},
      {"DuplicateAreaCode",
       append("areas.csv", "TAYSON,phường Tây Sơn 2,ward,ANKHE\n"),
       "areas.csv",
       5,
       1,
       {"area code `TAYSON` is used twice: on lines 3 and 5"}},
      {"DuplicateIndicatorCode",
       append("indicators.csv",
              "XH.HN,Tỷ lệ hộ nghèo,%,Văn hóa - Xã hội,rate,down,2,TCKH,,none,yes,,\n"),
       "indicators.csv",
       6,
       1,
       {"indicator code `XH.HN` is used twice: on lines 3 and 6"}},
      {"UnknownIndicatorCode",
       set_line("values.csv", 9, "XD.TSDX,ANKHE,2023,actual,2744,,"),
       "values.csv",
       9,
       1,
       {"no indicator has code `XD.TSDX` in indicators.csv"},
       "did you mean `XD.TSDV`?"},
      {"UnknownAreaCode",
       set_line("values.csv", 4, "KT.GTSX,TAYSONN,2023,actual,1200.5,,"),
       "values.csv",
       4,
       2,
       {"no area has code `TAYSONN` in areas.csv"},
       "did you mean `TAYSON`?"},
      {"UnknownDepartment",
       replace("indicators.csv", "count,up,0,BTC,", "count,up,0,BTCX,"),
       "indicators.csv",
       5,
       8,
       {"department `BTCX` is not in unit.toml"},
       "TCKH, BTC"},
      {"AreaCodeInLowerCase",
       replace("areas.csv", "TAYSON,phường", "tayson,phường"),
       "areas.csv",
       3,
       1,
       {"code `tayson` is not a code"},
       "write TAYSON",
       2},  // and values.csv line 4 names the area no longer known
      {"ParentIsNotTheUnit",
       replace("areas.csv", "ward,ANKHE", "ward,SONGAN"),
       "areas.csv",
       3,
       4,
       {"parent `SONGAN` of ward `TAYSON` is not the unit but a commune"},
       "ANKHE"},
      {"TwoUnitRows",
       append("areas.csv", "ANKHE2,thị xã khác,unit,\n"),
       "areas.csv",
       5,
       0,
       {"a second row of type `unit` (`ANKHE2`): the first is `ANKHE` on line 2"}},
      {"UnitCodeDiffersFromUnitToml",
       replace("unit.toml", "code = \"ANKHE\"", "code = \"ANKHE2\""),
       "areas.csv",
       2,
       1,
       {"the unit's code is `ANKHE` here but \"ANKHE2\" in unit.toml"}},
      {"AreaTypeInVietnamese",
       replace("areas.csv", "Tây Sơn,ward", "Tây Sơn,phường"),
       "areas.csv",
       3,
       3,
       {"type `phường` is not an area type"},
       "write ward for a phường"},

      // --- numbers ---
      {"VietnameseThousandsAndDecimalComma",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023,actual,\"18.797,39\",,"),
       "values.csv",
       2,
       5,
       {"value `18.797,39`", "(it may mean 18797.39)"},
       "write it as 18797.39"},
      {"DecimalComma",
       set_line("values.csv", 5, "XH.HN,ANKHE,2023,actual,\"1,5\",,"),
       "values.csv",
       5,
       5,
       {"value `1,5` has a decimal comma (it may mean 1.5)"},
       "write it as 1.5"},
      {"ThousandsDots",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023,actual,2.744.000,,"),
       "values.csv",
       2,
       5,
       {"value `2.744.000` has thousands separators (it may mean 2744000)"}},
      {"PercentSign",
       set_line("values.csv", 5, "XH.HN,ANKHE,2023,actual,1.42%,,"),
       "values.csv",
       5,
       5,
       {"has a % sign (it may mean 1.42)"}},
      {"CountWithThousandsDot",
       set_line("values.csv", 9, "XD.TSDV,ANKHE,2023,actual,2.744,,"),
       "values.csv",
       9,
       5,
       {"value `2.744` of count indicator `XD.TSDV`", "did you mean 2744?"},
       "write 2744"},
      {"CountWithAFraction",
       set_line("values.csv", 9, "XD.TSDV,ANKHE,2023,actual,2744.5,,"),
       "values.csv",
       9,
       5,
       {"`2744.5` of count indicator `XD.TSDV` is not a whole number"}},
      {"NaN",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023,actual,NaN,,"),
       "values.csv",
       2,
       5,
       {"value `NaN` is not a figure"},
       "leave the row out"},
      {"Infinity",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023,actual,-inf,,"),
       "values.csv",
       2,
       5,
       {"value `-inf` is not a figure"}},
      {"EmptyValue",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023,actual,,,"),
       "values.csv",
       2,
       5,
       {"value is empty"},
       "never as 0"},
      {"QuotedSpacesAreNotAValue",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023,actual,\"  \",,"),
       "values.csv",
       2,
       5,
       {"value `  ` is not a number"}},
      {"Hexadecimal",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023,actual,0x1F,,"),
       "values.csv",
       2,
       5,
       {"value `0x1F` is a hexadecimal number"}},

      // --- value rules ---
      {"ScoreAboveOutOf",
       set_line("values.csv", 8, "NTM.NC,SONGAN,2023,actual,20,,"),
       "values.csv",
       8,
       5,
       {"value `20` of score indicator `NTM.NC` is outside 0…19 (out_of)"}},
      {"ScoreBelowZero",
       set_line("values.csv", 8, "NTM.NC,SONGAN,2023,actual,-1,,"),
       "values.csv",
       8,
       5,
       {"outside 0…19"}},
      {"RateOutOfRangeWithoutNote",
       set_line("values.csv", 5, "XH.HN,ANKHE,2023,actual,1500,,"),
       "values.csv",
       5,
       5,
       {"value `1500` of rate indicator `XH.HN` is outside −100…1000 %"},
       "say why in the note"},
      {"ShareAboveOutOfEvenWithANote",
       both(replace("indicators.csv", "2,TCKH,,none", "2,TCKH,100,none"),
            set_line("values.csv", 5, "XH.HN,ANKHE,2023,actual,120,\"checked\",")),
       "values.csv",
       5,
       5,
       {"value `120` of rate indicator `XH.HN` is outside 0…100 (out_of)"},
       "cannot exceed the whole"},
      {"ShareBelowZero",
       both(replace("indicators.csv", "2,TCKH,,none", "2,TCKH,100,none"),
            set_line("values.csv", 5, "XH.HN,ANKHE,2023,actual,-0.5,,")),
       "values.csv",
       5,
       5,
       {"outside 0…100 (out_of)"}},
      {"RateOutOfNotPositive",
       replace("indicators.csv", "2,TCKH,,none", "2,TCKH,0,none"),
       "indicators.csv",
       3,
       9,
       {"out_of `0` is not a positive number"},
       "write 100 for a share"},
      {"ValueForSubAreaOfAggregateNone",
       append("values.csv", "XH.HN,TAYSON,2023,actual,1.2,,\n"),
       "values.csv",
       10,
       2,
       {"indicator `XH.HN` has aggregate none (reported for the unit only), but this row gives a "
        "value for `TAYSON`"},
       "give the value for the unit ANKHE"},
      {"ValueOutsideTheIndicatorsAreas",
       append("values.csv", "NTM.NC,TAYSON,2023,actual,10,,\n"),
       "values.csv",
       10,
       2,
       {"`NTM.NC` applies to communes only (areas = communes), but `TAYSON` is a ward"}},
      {"LowForAnIndicatorWithoutRange",
       append("values.csv", "KT.GTSX,ANKHE,2023,low,5,,\n"),
       "values.csv",
       10,
       4,
       {"basis low is only for an indicator with aggregate range"}},
      {"HighAtASubArea",
       append("values.csv", "NTM.NC,SONGAN,2023,high,14,,\n"),
       "values.csv",
       10,
       2,
       {"basis high is given at the unit ANKHE, not for `SONGAN`"}},
      {"HighBelowLow",
       set_line("values.csv", 7, "NTM.NC,ANKHE,2023,high,8,,"),
       "values.csv",
       7,
       0,
       {"high 8 is below low 9 (line 6)"}},
      {"BadPeriod",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023-Q5,actual,18797.39,,"),
       "values.csv",
       2,
       3,
       {"period `2023-Q5` is not a period"},
       "2023-Q1…2023-Q4"},
      {"BasisInVietnamese",
       set_line("values.csv", 2, "KT.GTSX,ANKHE,2023,thực hiện,18797.39,,"),
       "values.csv",
       2,
       4,
       {"basis `thực hiện` is not a basis"},
       "write actual for thực hiện"},

      // --- indicators.csv ---
      {"ScoreWithoutOutOf",
       replace("indicators.csv", "TCKH,19,range", "TCKH,,range"),
       "indicators.csv",
       4,
       9,
       {"score indicator `NTM.NC` has no out_of"}},
      {"OutOfOnANonScore",
       replace("indicators.csv", "2,TCKH,,sum", "2,TCKH,10,sum"),
       "indicators.csv",
       2,
       9,
       {"out_of is given but indicator `KT.GTSX` is of type amount, not score or rate"}},
      {"DecimalsTooMany",
       replace("indicators.csv", "amount,up,2,", "amount,up,5,"),
       "indicators.csv",
       2,
       7,
       {"decimals `5` is not a whole number from 0 to 4"}},
      {"TypeInCapitals",
       replace("indicators.csv", "Kinh tế,amount", "Kinh tế,Amount"),
       "indicators.csv",
       2,
       5,
       {"type `Amount` is not one of amount, count, rate, score"},
       "write it in lower case: amount"},
      {"AggregateUnknown",
       replace("indicators.csv", "TCKH,,sum", "TCKH,,total"),
       "indicators.csv",
       2,
       10,
       {"aggregate `total` is not one of sum, mean, range, none"}},
      {"IndicatorNameEmpty",
       replace("indicators.csv", "KT.GTSX,Tổng giá trị sản xuất,", "KT.GTSX,,"),
       "indicators.csv",
       2,
       2,
       {"name of indicator `KT.GTSX` is empty"}},

      // --- encodings ---
      {"Windows1258AreasFile",
       [](Files& f) {
         f["areas.csv"] = areas_in("thi\xF2 xa\xDE An Kh\xEA", "ph\xFD\xF5\xCCng T\xE2y S\xF5n",
                                   "xa\xDE Song An");
       },
       "areas.csv",
       2,
       2,
       {"`name` is not UTF-8 text", "looks like Windows-1258"},
       "CSV UTF-8",
       2},
      {"Tcvn3AreasFile",
       [](Files& f) {
         f["areas.csv"] =
             areas_in("th\xDE x\xB7 An Kh\xAA", "ph\xAD\xEAng T\xA9y S\xACn", "x\xB7 Song An");
       },
       "areas.csv",
       2,
       2,
       {"byte 0xDE after `th` cannot be read", "looks like TCVN3 (ABC)"},
       "from TCVN3 (ABC) to Unicode",
       2},
      {"VniAreasFile",
       [](Files& f) {
         f["areas.csv"] = areas_in("th\xF2 xa\xF5 An Khe\xE2", "ph\xF6\xF4\xF8ng Ta\xE2y S\xF4n",
                                   "xa\xF5 Song An");
       },
       "areas.csv",
       2,
       2,
       {"looks like VNI"},
       "from VNI Windows to Unicode",
       2},
      {"LaterLinesInALegacyEncodingAreCounted",
       [](Files& f) {
         f["areas.csv"] = areas_in("thi\xF2 xa\xDE An Kh\xEA", "ph\xFD\xF5\xCCng T\xE2y S\xF5n",
                                   "xa\xDE Song An");
       },
       "areas.csv",
       3,
       2,
       {"2 more fields of this file are not UTF-8 text either (lines 3, 4)"},
       "convert the whole file",
       2},

      // --- unit.toml ---
      {"ValuesCsvMissing",
       [](Files& f) { f.erase("values.csv"); },
       "values.csv",
       0,
       0,
       {"file not found"},
       "unit.toml, areas.csv, indicators.csv and values.csv"},
      {"UnitTomlMissing",
       [](Files& f) { f.erase("unit.toml"); },
       "unit.toml",
       0,
       0,
       {"file not found"}},
      {"UnitTomlMalformed",
       set_line("unit.toml", 3, "province = Gia Lai"),
       "unit.toml",
       3,
       0,
       {"this is not valid TOML"},
       "a text is in double quotes"},
      {"UnitTomlKeyMissing",
       [](Files& f) { f["unit.toml"] = without_line(f["unit.toml"], 4); },
       "unit.toml",
       0,
       0,
       {"missing key `place`"},
       "add the line: place = \"An Khê\""},
      {"CollectionDeadlineNotADate",
       append("unit.toml", "\n[collection]\ndeadline = \"15/01/2025\"\n"),
       "unit.toml",
       32,
       0,
       {"`deadline` in [collection] is not a date"},
       "YYYY-MM-DD"},
      {"CollectionUnknownKey",
       append("unit.toml", "\n[collection]\nretrun_to = \"Phòng Tài chính - Kế hoạch\"\n"),
       "unit.toml",
       32,
       0,
       {"unknown key `retrun_to` in [collection]"},
       "did you mean `return_to`?"},
      {"UnitTomlKeyMistyped",
       set_line("unit.toml", 6, "term_base_year = \"2020\""),
       "unit.toml",
       6,
       0,
       {"`term_base_year` must be a whole number, not a text"},
       "term_base_year = 2020"},
      {"UnitTomlUnknownKey",
       set_line("unit.toml", 3, "provice = \"Gia Lai\""),
       "unit.toml",
       3,
       0,
       {"unknown key `provice`"},
       "",
       2},  // and `province` is missing
      {"UnitTomlTermNotASpan",
       set_line("unit.toml", 5, "term = \"2020\""),
       "unit.toml",
       5,
       0,
       {"`term` \"2020\" is not a span of years"}},
      {"UnitTomlPartyKeyMissing",
       [](Files& f) { f["unit.toml"] = without_line(f["unit.toml"], 11); },
       "unit.toml",
       8,
       0,
       {"missing key `symbol` in [party]"}},
      {"UnitTomlBodyNotText",
       set_line("unit.toml", 17, "body = 5"),
       "unit.toml",
       17,
       0,
       {"`body` in [council] must be a text or a list of texts, not a whole number"}},
      // A [bodies.<key>] table, appended from line 31 (line 30 is blank).
      {"UnitTomlBodyUnknownKeySuggests",
       append("unit.toml",
              "\n[bodies.ubnd]\nname = \"ỦY BAN NHÂN DÂN\"\nsymbol = \"UBND\"\n"
              "authority = \"TM. ỦY BAN NHÂN DÂN\"\nsigner_titel = \"CHỦ TỊCH\"\n"),
       "unit.toml",
       35,
       0,
       {"unknown key `signer_titel` in [bodies.ubnd]"},
       "did you mean `signer_title`?",
       2},  // and `signer_title` is missing
      {"UnitTomlBodyOldKeyNameSuggestsTheNewOne",
       append("unit.toml",
              "\n[bodies.ubnd]\nbody = \"ỦY BAN NHÂN DÂN\"\nsymbol = \"UBND\"\n"
              "authority = \"TM. ỦY BAN NHÂN DÂN\"\nsigner_title = \"CHỦ TỊCH\"\n"),
       "unit.toml",
       32,
       0,
       {"unknown key `body` in [bodies.ubnd]"},
       "did you mean `name`?",
       2},  // and `name` is missing
      {"UnitTomlBodyKeyMissing",
       append("unit.toml",
              "\n[bodies.ubnd]\nname = \"ỦY BAN NHÂN DÂN\"\nsymbol = \"UBND\"\n"
              "signer_title = \"CHỦ TỊCH\"\n"),
       "unit.toml",
       31,
       0,
       {"missing key `authority` in [bodies.ubnd]"},
       "add the line: authority = \"TM. ỦY BAN NHÂN DÂN\""},
      {"UnitTomlBodyWrittenTwice",
       append("unit.toml",
              "\n[bodies.party]\nname = \"THỊ ỦY AN KHÊ\"\nsymbol = \"TU\"\n"
              "authority = \"T/M BAN THƯỜNG VỤ\"\nsigner_title = \"BÍ THƯ\"\n"),
       "unit.toml",
       31,
       0,
       {"the body `party` is written twice: as [party] on line 8 and as [bodies.party] on "
        "line 31"},
       "keep one of them"},
      {"UnitTomlBodyKeyNotPlain",
       append("unit.toml",
              "\n[bodies.\"Ủy ban\"]\nname = \"ỦY BAN NHÂN DÂN\"\nsymbol = \"UBND\"\n"
              "authority = \"TM. ỦY BAN NHÂN DÂN\"\nsigner_title = \"CHỦ TỊCH\"\n"),
       "unit.toml",
       31,
       0,
       {"the body key `Ủy ban` may hold only lower-case letters"},
       "[bodies.ubnd]"},
      {"UnitTomlBodyWrongTypes",
       append("unit.toml",
              "\n[bodies.ubnd]\nname = [\"ỦY BAN NHÂN DÂN\", 5]\nsymbol = \"UBND\"\n"
              "authority = true\nsigner_title = \"CHỦ TỊCH\"\n"),
       "unit.toml",
       34,
       0,
       {"`authority` in [bodies.ubnd] must be a text in double quotes, not true/false"},
       "authority = \"TM. ỦY BAN NHÂN DÂN\"",
       2},  // and the 5 in `name` on line 32
      {"UnitTomlBodyNotATable",
       append("unit.toml", "\n[bodies]\nubnd = \"ỦY BAN NHÂN DÂN\"\n"),
       "unit.toml",
       32,
       0,
       {"`ubnd` in [bodies] must be a table, not a text"},
       "[bodies.ubnd]"},
      {"UnitTomlNoBody",
       [](Files& f) {
         for (int line = 21; line >= 8; --line) f["unit.toml"] = without_line(f["unit.toml"], line);
       },
       "unit.toml",
       0,
       0,
       {"there is no body that issues briefings"},
       "[bodies.council]"},
      {"UnitTomlBadDepartmentCode",
       append("unit.toml", "\n[[departments]]\ncode = \"tc kh\"\nname = \"X\"\n"),
       "unit.toml",
       32,
       0,
       {"department code \"tc kh\" may hold only capital letters"}},
      {"UnitTomlDuplicateDepartment",
       append("unit.toml", "\n[[departments]]\ncode = \"TCKH\"\nname = \"X\"\n"),
       "unit.toml",
       32,
       0,
       {"department code \"TCKH\" is used twice: on lines 24 and 32"}},
      {"UnitTomlNotUtf8",
       set_line("unit.toml", 2, "name = \"th\xDE x\xB7 An Kh\xAA\""),
       "unit.toml",
       2,
       0,
       {"not UTF-8 text", "looks like TCVN3"}},
  };
  return all;
}

class BadInput : public ::testing::TestWithParam<Fixture> {};

std::string dump(const Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds.items()) out += to_string(d) + "\n";
  return out;
}

TEST_P(BadInput, IsReportedAtItsPlace) {
  const Fixture& fx = GetParam();
  TempDir tmp;
  Files files = base_files();
  fx.change(files);
  auto dir = tmp / "data";
  testing::write_dataset(dir, files);
  LoadResult r = load_dataset(dir.string());
  EXPECT_FALSE(r.dataset);
  const std::string expected_file = (dir / fx.file).string();
  const Diagnostic* found = nullptr;
  const std::vector<Diagnostic> errors = r.diagnostics.errors();
  for (const auto& d : errors) {
    bool all = d.file == expected_file && d.line == fx.line && d.column == fx.field;
    for (const auto& part : fx.message) all = all && d.message.find(part) != std::string::npos;
    if (all) found = &d;
  }
  ASSERT_NE(found, nullptr) << "expected " << fx.file << ":" << fx.line << ":" << fx.field
                            << " with " << ::testing::PrintToString(fx.message) << "\ngot:\n"
                            << dump(r.diagnostics);
  EXPECT_THAT(found->hint, ::testing::HasSubstr(fx.hint));
  EXPECT_EQ(r.diagnostics.error_count(), fx.errors) << dump(r.diagnostics);
}

INSTANTIATE_TEST_SUITE_P(Load, BadInput, ::testing::ValuesIn(fixtures()),
                         [](const auto& p) { return p.param.name; });

TEST(BadInputFixtures, ThereAreAtLeastThirtyFixtures) {
  EXPECT_GE(fixtures().size(), 30u);
}

TEST(BadInputFixtures, TheBaseDatasetIsValid) {
  TempDir tmp;
  testing::write_dataset(tmp / "data", base_files());
  LoadResult r = load_dataset((tmp / "data").string());
  EXPECT_TRUE(r.dataset) << dump(r.diagnostics);
  EXPECT_EQ(r.diagnostics.items().size(), 0u) << dump(r.diagnostics);
}

}  // namespace
}  // namespace baocao

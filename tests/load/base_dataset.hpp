#pragma once
// A small valid dataset, written by the tests into a temporary folder and changed one line at a
// time by the bad-input fixtures. Line numbers of the files are given in the comments.

#include <filesystem>
#include <map>
#include <string>

namespace baocao::testing {

inline const char* const kUnitToml =
    "code = \"ANKHE\"\n"                                   // 1
    "name = \"thị xã An Khê\"\n"                           // 2
    "province = \"Gia Lai\"\n"                             // 3
    "place = \"An Khê\"\n"                                 // 4
    "term = \"2020-2025\"\n"                               // 5
    "term_base_year = 2020\n"                              // 6
    "\n"                                                   // 7
    "[party]\n"                                            // 8
    "superior = \"ĐẢNG BỘ TỈNH GIA LAI\"\n"                // 9
    "body = \"THỊ ỦY AN KHÊ\"\n"                           // 10
    "symbol = \"TU\"\n"                                    // 11
    "signer_title = \"BÍ THƯ\"\n"                          // 12
    "signer_for = \"T/M BAN THƯỜNG VỤ\"\n"                 // 13
    "signer_name = \"\"\n"                                 // 14
    "\n"                                                   // 15
    "[council]\n"                                          // 16
    "body = [\"HỘI ĐỒNG NHÂN DÂN\", \"THỊ XÃ AN KHÊ\"]\n"  // 17
    "symbol = \"HĐND\"\n"                                  // 18
    "signer_title = \"CHỦ TỊCH\"\n"                        // 19
    "signer_for = \"TM. HỘI ĐỒNG NHÂN DÂN\"\n"             // 20
    "signer_name = \"\"\n"                                 // 21
    "\n"                                                   // 22
    "[[departments]]\n"                                    // 23
    "code = \"TCKH\"\n"                                    // 24
    "name = \"Phòng Tài chính - Kế hoạch\"\n"              // 25
    "\n"                                                   // 26
    "[[departments]]\n"                                    // 27
    "code = \"BTC\"\n"                                     // 28
    "name = \"Ban Tổ chức Thị ủy\"\n";                     // 29

inline const char* const kAreasCsv =
    "code,name,type,parent\n"             // 1
    "ANKHE,thị xã An Khê,unit,\n"         // 2
    "TAYSON,phường Tây Sơn,ward,ANKHE\n"  // 3
    "SONGAN,xã Song An,commune,ANKHE\n";  // 4

inline const char* const kIndicatorsCsv =
    "code,name,unit,group,type,direction,decimals,department,out_of,aggregate,key,plan_word,"
    "areas\n"                                                                                 // 1
    "KT.GTSX,Tổng giá trị sản xuất,tỷ đồng,Kinh tế,amount,up,2,TCKH,,sum,yes,kế hoạch,all\n"  // 2
    "XH.HN,Tỷ lệ hộ nghèo,%,Văn hóa - Xã hội,rate,down,2,TCKH,,none,yes,,\n"                  // 3
    "NTM.NC,Số tiêu chí nông thôn mới nâng cao,tiêu chí,Đô thị - Nông thôn mới,score,up,0,TCKH,"
    "19,range,yes,,communes\n"                                                        // 4
    "XD.TSDV,Tổng số đảng viên,đảng viên,Xây dựng Đảng,count,up,0,BTC,,none,no,,\n";  // 5

inline const char* const kValuesCsv =
    "code,area,period,basis,value,note,source\n"                                  // 1
    "KT.GTSX,ANKHE,2023,actual,18797.39,,Báo Gia Lai\n"                           // 2
    "KT.GTSX,ANKHE,2023,plan,18741.17,\"Suy ra: 100,3% kế hoạch\",Báo Gia Lai\n"  // 3
    "KT.GTSX,TAYSON,2023,actual,1200.5,,\n"                                       // 4
    "XH.HN,ANKHE,2023,actual,1.42,,\n"                                            // 5
    "NTM.NC,ANKHE,2023,low,9,,\n"                                                 // 6
    "NTM.NC,ANKHE,2023,high,14,,\n"                                               // 7
    "NTM.NC,SONGAN,2023,actual,14,,\n"                                            // 8
    "XD.TSDV,ANKHE,2023,actual,2744,,\n";                                         // 9

// The four files by name.
inline std::map<std::string, std::string> base_files() {
  return {{"unit.toml", kUnitToml},
          {"areas.csv", kAreasCsv},
          {"indicators.csv", kIndicatorsCsv},
          {"values.csv", kValuesCsv}};
}

// Line `n` (1-based) of `text` replaced by `content` (which may hold several lines).
std::string with_line(const std::string& text, int n, const std::string& content);
// Line `n` deleted with its line break.
std::string without_line(const std::string& text, int n);

void write_dataset(const std::filesystem::path& dir,
                   const std::map<std::string, std::string>& files);

}  // namespace baocao::testing

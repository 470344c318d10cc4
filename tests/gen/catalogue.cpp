#include "catalogue.hpp"

#include <array>

namespace baocao::gen {
namespace {

constexpr std::string_view kEconomy = "Kinh tế";
constexpr std::string_view kBudget = "Ngân sách";
constexpr std::string_view kSociety = "Văn hóa - Xã hội";
constexpr std::string_view kRural = "Đô thị - Nông thôn mới";
constexpr std::string_view kSecurity = "Quốc phòng - An ninh";
constexpr std::string_view kParty = "Xây dựng Đảng";

constexpr std::array kDepartments{
    DepartmentEntry{"TCKH", "Phòng Tài chính - Kế hoạch"},
    DepartmentEntry{"CCTK", "Chi cục Thống kê"},
    DepartmentEntry{"KT", "Phòng Kinh tế"},
    DepartmentEntry{"QLDT", "Phòng Quản lý đô thị"},
    DepartmentEntry{"TNMT", "Phòng Tài nguyên và Môi trường"},
    DepartmentEntry{"LDTBXH", "Phòng Lao động - Thương binh và Xã hội"},
    DepartmentEntry{"BHXH", "Bảo hiểm xã hội"},
    DepartmentEntry{"VHTT", "Phòng Văn hóa - Thông tin"},
    DepartmentEntry{"GDDT", "Phòng Giáo dục và Đào tạo"},
    DepartmentEntry{"YTE", "Trung tâm Y tế"},
    DepartmentEntry{"BCHQS", "Ban Chỉ huy Quân sự"},
    DepartmentEntry{"CA", "Công an"},
    DepartmentEntry{"BTC", "Ban Tổ chức"},
    DepartmentEntry{"UBKT", "Ủy ban Kiểm tra"},
};

using K = Kind;
using T = Trend;
using C = Combine;
using S = Scope;

// Sixty indicators, among them every code of the shipped data/indicators.csv: the shipped
// templates name those, so they render on any generated dataset. Levels are a town's (thị xã
// An Khê, 2023); the generator scales totals with the number of areas. Names and units with
// commas and quotes are deliberate: they must survive CSV quoting.
constexpr std::array kIndicators{
    // clang-format off
    IndicatorEntry{"KT.GTSX", "Tổng giá trị sản xuất (giá hiện hành)", "tỷ đồng", kEconomy, K::amount, T::up, 2, "CCTK", 0, C::none, true, "", S::all, 18797.39, 0.12, true, false},
    IndicatorEntry{"KT.TTGT", "Tốc độ tăng trưởng giá trị sản xuất", "%", kEconomy, K::rate, T::up, 2, "CCTK", 0, C::none, true, "Nghị quyết", S::all, 12.5, 0.0, false, true},
    IndicatorEntry{"KT.CN", "Tổng giá trị sản lượng công nghiệp, tiểu thủ công nghiệp", "tỷ đồng", kEconomy, K::amount, T::up, 1, "KT", 0, C::sum, false, "", S::all, 8262.8, 0.10, true, false},
    IndicatorEntry{"KT.BLDV", "Tổng mức luân chuyển hàng hóa bán lẻ và dịch vụ", "tỷ đồng", kEconomy, K::amount, T::up, 0, "KT", 0, C::sum, true, "kế hoạch", S::all, 7025, 0.11, true, false},
    IndicatorEntry{"KT.TNBQ", "Thu nhập bình quân đầu người", "triệu đồng", kEconomy, K::amount, T::up, 2, "CCTK", 0, C::none, true, "", S::all, 51.89, 0.08, false, false},
    IndicatorEntry{"KT.NLTS", "Giá trị sản xuất nông, lâm nghiệp và thủy sản", "tỷ đồng", kEconomy, K::amount, T::up, 2, "KT", 0, C::sum, false, "", S::communes, 2150.4, 0.04, true, false},
    IndicatorEntry{"KT.LT", "Sản lượng lương thực có hạt", "tấn", kEconomy, K::amount, T::up, 0, "KT", 0, C::sum, false, "", S::communes, 14250, 0.02, true, false},
    IndicatorEntry{"KT.DNM", "Số doanh nghiệp thành lập mới", "doanh nghiệp", kEconomy, K::count, T::up, 0, "TCKH", 0, C::sum, false, "", S::all, 66, 0.05, true, false},
    IndicatorEntry{"KT.VDT", "Tổng vốn đầu tư phát triển toàn xã hội", "tỷ đồng", kEconomy, K::amount, T::up, 3, "TCKH", 0, C::sum, false, "", S::all, 3120.512, 0.09, true, false},
    IndicatorEntry{"KT.KDL", "Số lượt khách du lịch", "lượt khách", kEconomy, K::count, T::up, 0, "VHTT", 0, C::sum, false, "", S::all, 185000, 0.15, true, false},
    IndicatorEntry{"KT.CCKT", "Tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế", "%", kEconomy, K::rate, T::none, 2, "CCTK", 0, C::mean, false, "", S::all, 38.4, 0.6, false, false},
    IndicatorEntry{"NS.THU", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", kBudget, K::amount, T::up, 3, "TCKH", 0, C::sum, true, "dự toán", S::all, 134.122, 0.07, true, false},
    IndicatorEntry{"NS.CHI", "Tổng chi ngân sách địa phương", "tỷ đồng", kBudget, K::amount, T::none, 3, "TCKH", 0, C::none, true, "dự toán", S::all, 429.789, 0.06, true, false},
    IndicatorEntry{"NS.TSDD", "Thu tiền sử dụng đất", "tỷ đồng", kBudget, K::amount, T::up, 3, "TCKH", 0, C::none, false, "dự toán", S::all, 41.5, 0.03, true, false},
    IndicatorEntry{"NS.GNDT", "Tỷ lệ giải ngân vốn đầu tư công", "%", kBudget, K::rate, T::up, 2, "TCKH", 0, C::none, false, "", S::all, 86.4, 1.5, false, false},
    IndicatorEntry{"NS.HSTC", "Hệ số tự cân đối ngân sách", "lần", kBudget, K::amount, T::up, 4, "TCKH", 0, C::none, false, "", S::all, 0.3125, 0.02, false, false},
    IndicatorEntry{"NS.NDXD", "Nợ đọng xây dựng cơ bản", "tỷ đồng", kBudget, K::amount, T::down, 2, "TCKH", 0, C::sum, false, "", S::all, 12.75, -0.15, true, false},
    IndicatorEntry{"XH.HN", "Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều)", "%", kSociety, K::rate, T::down, 2, "LDTBXH", 0, C::mean, true, "chỉ tiêu", S::all, 1.42, -0.35, false, false},
    IndicatorEntry{"XH.HCN", "Tỷ lệ hộ cận nghèo", "%", kSociety, K::rate, T::down, 2, "LDTBXH", 0, C::mean, false, "", S::all, 2.61, -0.3, false, false},
    IndicatorEntry{"XH.BHYT", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", kSociety, K::rate, T::up, 2, "BHXH", 0, C::mean, true, "", S::all, 93.02, 1.02, false, false},
    IndicatorEntry{"XH.LDDT", "Tỷ lệ lao động qua đào tạo", "%", kSociety, K::rate, T::up, 2, "LDTBXH", 0, C::mean, true, "", S::all, 58.3, 1.2, false, false},
    IndicatorEntry{"XH.VLM", "Số lao động được giải quyết việc làm mới", "người", kSociety, K::count, T::up, 0, "LDTBXH", 0, C::sum, true, "", S::all, 1230, 0.03, true, false},
    IndicatorEntry{"XH.LDVL", "Số lao động có việc làm", "người", kSociety, K::count, T::up, 0, "LDTBXH", 0, C::sum, false, "", S::all, 46410, 0.012, true, false},
    IndicatorEntry{"XH.GDVH", "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "%", kSociety, K::rate, T::up, 1, "VHTT", 0, C::mean, false, "", S::all, 90.5, 0.5, false, false},
    IndicatorEntry{"XH.TDPVH", "Tỷ lệ thôn, làng, tổ dân phố văn hóa", "%", kSociety, K::rate, T::up, 1, "VHTT", 0, C::mean, false, "", S::all, 93.0, 0.8, false, false},
    IndicatorEntry{"XH.TCQG", "Số trường đạt chuẩn quốc gia", "trường", kSociety, K::count, T::up, 0, "GDDT", 0, C::sum, true, "", S::all, 31, 0.06, true, false},
    IndicatorEntry{"XH.SDD", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", kSociety, K::rate, T::down, 2, "YTE", 0, C::mean, false, "", S::all, 14.8, -0.5, false, false},
    IndicatorEntry{"XH.TCMR", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", kSociety, K::rate, T::up, 1, "YTE", 0, C::mean, false, "", S::all, 96.4, 0.3, false, false},
    IndicatorEntry{"XH.HSDT", "Tỷ lệ học sinh đi học đúng độ tuổi bậc tiểu học, THCS", "%", kSociety, K::rate, T::up, 0, "GDDT", 0, C::mean, false, "", S::all, 98, 0.3, false, false},
    IndicatorEntry{"XH.TYT", "Tỷ lệ xã, phường giữ vững tiêu chí quốc gia về y tế", "%", kSociety, K::rate, T::up, 0, "YTE", 0, C::none, false, "", S::all, 100, 0.0, false, false},
    IndicatorEntry{"VH.DTDB", "Số di tích quốc gia đặc biệt", "di tích", kSociety, K::count, T::up, 0, "VHTT", 0, C::none, false, "", S::all, 1, 0.0, true, false},
    IndicatorEntry{"VH.BVQG", "Số bảo vật quốc gia", "bảo vật", kSociety, K::count, T::up, 0, "VHTT", 0, C::none, false, "", S::all, 2, 0.0, true, false},
    IndicatorEntry{"VH.DTCT", "Số điểm di tích được xếp hạng di tích cấp tỉnh", "điểm di tích", kSociety, K::count, T::up, 0, "VHTT", 0, C::sum, false, "", S::all, 9, 0.05, true, false},
    IndicatorEntry{"DT.TCDT", "Số tiêu chuẩn đô thị loại III đạt được", "tiêu chuẩn", kRural, K::score, T::up, 0, "QLDT", 59, C::none, true, "", S::all, 48, 1, false, false},
    IndicatorEntry{"NTM.NC", "Số tiêu chí nông thôn mới nâng cao các xã đạt được", "tiêu chí", kRural, K::score, T::up, 0, "KT", 19, C::range, true, "", S::communes, 12, 1, false, false},
    IndicatorEntry{"NTM.KM", "Số tiêu chí nông thôn mới kiểu mẫu các xã đạt được", "tiêu chí", kRural, K::score, T::up, 0, "KT", 19, C::range, false, "", S::communes, 8, 1, false, false},
    IndicatorEntry{"NTM.XA", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", kRural, K::count, T::up, 0, "KT", 0, C::none, true, "Nghị quyết", S::all, 2, 0.2, true, false},
    IndicatorEntry{"DT.PVM", "Số phường đạt chuẩn đô thị văn minh", "phường", kRural, K::count, T::up, 0, "QLDT", 0, C::sum, true, "chỉ tiêu", S::wards, 4, 0.15, true, false},
    IndicatorEntry{"NTM.THON", "Số thôn đạt 19/19 tiêu chí nông thôn mới", "thôn", kRural, K::count, T::up, 0, "KT", 0, C::sum, false, "", S::communes, 12, 0.1, true, false},
    IndicatorEntry{"NTM.LANG", "Số làng đạt 15-17/19 tiêu chí nông thôn mới", "làng", kRural, K::count, T::up, 0, "KT", 0, C::sum, false, "", S::communes, 7, 0.1, true, false},
    IndicatorEntry{"DT.VMDT", "Số tiêu chí phường văn minh đô thị đạt được", "tiêu chí", kRural, K::score, T::up, 0, "QLDT", 6, C::range, false, "", S::wards, 4, 1, false, false},
    IndicatorEntry{"DT.NS", "Tỷ lệ hộ dân đô thị sử dụng nước sạch", "%", kRural, K::rate, T::up, 1, "QLDT", 0, C::mean, false, "", S::wards, 97.2, 0.4, false, false},
    IndicatorEntry{"DT.CTR", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", kRural, K::rate, T::up, 1, "TNMT", 0, C::mean, false, "", S::all, 90.4, 1.0, false, false},
    IndicatorEntry{"DT.GTCH", "Chiều dài đường giao thông được cứng hóa", "km", kRural, K::amount, T::up, 2, "QLDT", 0, C::sum, false, "", S::all, 312.45, 0.04, true, false},
    IndicatorEntry{"DT.GTNT", "Chiều dài đường giao thông nông thôn được bê tông hóa", "km", kRural, K::amount, T::up, 2, "KT", 0, C::sum, false, "", S::communes, 184.3, 0.05, true, false},
    IndicatorEntry{"DT.CPR", "Tỷ lệ che phủ rừng", "%", kRural, K::rate, T::up, 1, "TNMT", 0, C::none, false, "", S::all, 26.5, 0.3, false, false},
    IndicatorEntry{"QP.GQ", "Tỷ lệ hoàn thành chỉ tiêu giao quân", "%", kSecurity, K::rate, T::up, 0, "BCHQS", 0, C::none, true, "chỉ tiêu", S::all, 100, 0.0, false, false},
    IndicatorEntry{"QP.DTCD", "Số xã, phường diễn tập chiến đấu khu vực phòng thủ đạt loại giỏi", "xã, phường", kSecurity, K::count, T::up, 0, "BCHQS", 0, C::none, false, "", S::all, 3, 0.0, true, false},
    IndicatorEntry{"QP.DQTV", "Số dân quân tự vệ", "người", kSecurity, K::count, T::none, 0, "BCHQS", 0, C::sum, false, "", S::all, 1120, 0.01, true, false},
    IndicatorEntry{"AN.TNGT", "Số vụ tai nạn giao thông", "vụ", kSecurity, K::count, T::down, 0, "CA", 0, C::sum, true, "", S::all, 22, -0.05, true, false},
    IndicatorEntry{"AN.PPHS", "Số vụ phạm pháp hình sự", "vụ", kSecurity, K::count, T::down, 0, "CA", 0, C::sum, false, "", S::all, 57, -0.04, true, false},
    IndicatorEntry{"AN.KPAN", "Tỷ lệ điều tra, khám phá án hình sự", "%", kSecurity, K::rate, T::up, 1, "CA", 0, C::none, false, "", S::all, 86.7, 0.5, false, false},
    IndicatorEntry{"AN.MTQL", "Số người nghiện ma túy có hồ sơ quản lý", "người", kSecurity, K::count, T::none, 0, "CA", 0, C::sum, false, "", S::all, 143, 0.02, true, false},
    IndicatorEntry{"XD.KNDV", "Số đảng viên kết nạp mới", "đảng viên", kParty, K::count, T::up, 0, "BTC", 0, C::sum, true, "chỉ tiêu", S::all, 75, 0.03, true, false},
    IndicatorEntry{"XD.TSDV", "Tổng số đảng viên toàn Đảng bộ", "đảng viên", kParty, K::count, T::up, 0, "BTC", 0, C::sum, false, "", S::all, 2744, 0.02, true, false},
    IndicatorEntry{"XD.CUY", "Số thôn, làng, tổ dân phố có cấp ủy", "thôn", kParty, K::count, T::up, 0, "BTC", 0, C::sum, false, "", S::all, 60, 0.0, true, false},
    IndicatorEntry{"XD.TCCS", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", kParty, K::rate, T::up, 1, "BTC", 0, C::none, false, "", S::all, 90.3, 0.4, false, false},
    IndicatorEntry{"XD.DVHT", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", kParty, K::rate, T::up, 1, "BTC", 0, C::mean, false, "", S::all, 88.6, 0.4, false, false},
    IndicatorEntry{"XD.KL", "Số đảng viên bị thi hành kỷ luật", "đảng viên", kParty, K::count, T::down, 0, "UBKT", 0, C::sum, false, "", S::all, 6, -0.1, true, false},
    IndicatorEntry{"XD.KTGS", "Số cuộc kiểm tra, giám sát của cấp ủy", "cuộc", kParty, K::count, T::none, 0, "UBKT", 0, C::sum, false, "", S::all, 42, 0.05, true, false},
    // clang-format on
};

constexpr std::array kSyllables{
    SyllableEntry{"An", "AN"},         SyllableEntry{"Bình", "BINH"},
    SyllableEntry{"Hòa", "HOA"},       SyllableEntry{"Phú", "PHU"},
    SyllableEntry{"Tân", "TAN"},       SyllableEntry{"Thạnh", "THANH"},
    SyllableEntry{"Xuân", "XUAN"},     SyllableEntry{"Đông", "DONG"},
    SyllableEntry{"Tây", "TAY"},       SyllableEntry{"Nam", "NAM"},
    SyllableEntry{"Bắc", "BAC"},       SyllableEntry{"Trung", "TRUNG"},
    SyllableEntry{"Phước", "PHUOC"},   SyllableEntry{"Long", "LONG"},
    SyllableEntry{"Hưng", "HUNG"},     SyllableEntry{"Mỹ", "MY"},
    SyllableEntry{"Vĩnh", "VINH"},     SyllableEntry{"Quang", "QUANG"},
    SyllableEntry{"Minh", "MINH"},     SyllableEntry{"Đức", "DUC"},
    SyllableEntry{"Thịnh", "THINH"},   SyllableEntry{"Lộc", "LOC"},
    SyllableEntry{"Hiệp", "HIEP"},     SyllableEntry{"Hải", "HAI"},
    SyllableEntry{"Sơn", "SON"},       SyllableEntry{"Lâm", "LAM"},
    SyllableEntry{"Định", "DINH"},     SyllableEntry{"Cường", "CUONG"},
    SyllableEntry{"Nghĩa", "NGHIA"},   SyllableEntry{"Lợi", "LOI"},
    SyllableEntry{"Thuận", "THUAN"},   SyllableEntry{"Hữu", "HUU"},
    SyllableEntry{"Kim", "KIM"},       SyllableEntry{"Ngọc", "NGOC"},
    SyllableEntry{"Trường", "TRUONG"}, SyllableEntry{"Yên", "YEN"},
    SyllableEntry{"Quý", "QUY"},       SyllableEntry{"Khánh", "KHANH"},
    SyllableEntry{"Hội", "HOI"},       SyllableEntry{"Lạc", "LAC"},
    SyllableEntry{"Tiến", "TIEN"},     SyllableEntry{"Thắng", "THANG"},
    SyllableEntry{"Hồng", "HONG"},     SyllableEntry{"Châu", "CHAU"},
    SyllableEntry{"Thủy", "THUY"},     SyllableEntry{"Phong", "PHONG"},
    SyllableEntry{"Điền", "DIEN"},     SyllableEntry{"Giang", "GIANG"},
    SyllableEntry{"Ia", "IA"},         SyllableEntry{"Kông", "KONG"},
};

constexpr std::array kTownAreas{
    AreaEntry{"TAYSON", "phường Tây Sơn", true}, AreaEntry{"ANPHU", "phường An Phú", true},
    AreaEntry{"ANTAN", "phường An Tân", true},   AreaEntry{"ANBINH", "phường An Bình", true},
    AreaEntry{"NGOMAY", "phường Ngô Mây", true}, AreaEntry{"ANPHUOC", "phường An Phước", true},
    AreaEntry{"XUANAN", "xã Xuân An", false},    AreaEntry{"SONGAN", "xã Song An", false},
    AreaEntry{"CUUAN", "xã Cửu An", false},      AreaEntry{"THANHAN", "xã Thành An", false},
    AreaEntry{"TUAN", "xã Tú An", false},
};

// Commas, doubled quotes and line breaks: what hand-edited notes contain.
constexpr std::array<std::string_view, 8> kNotes{
    "Số liệu ước, chưa chính thức",
    "Theo Báo cáo số 215/BC-UBND, ngày 12/12/2023",
    "Gồm cả khoản \"ghi thu, ghi chi\" tiền sử dụng đất",
    "Điều chỉnh theo Nghị quyết số 32/NQ-HĐND;\nđã thông qua tại kỳ họp thứ 11",
    "Tính theo chuẩn \"nghèo đa chiều\" giai đoạn 2022-2025",
    "Số liệu sơ bộ của Chi cục Thống kê, cập nhật ngày 04/01",
    "Dòng 1: chưa rà soát \"số liệu gốc\"\nDòng 2: sẽ cập nhật, nếu có",
    "Tạm tính theo số liệu 9 tháng, đơn vị chưa báo cáo đủ",
};

constexpr std::array<std::string_view, 5> kUnitSources{
    "Chi cục Thống kê", "Báo cáo của UBND",      "Phòng Tài chính - Kế hoạch",
    "Kho bạc Nhà nước", "Báo cáo số 12/BC-UBND",
};

}  // namespace

std::span<const DepartmentEntry> departments() {
  return kDepartments;
}
std::span<const IndicatorEntry> indicator_catalogue() {
  return kIndicators;
}
std::span<const SyllableEntry> syllables() {
  return kSyllables;
}
std::span<const AreaEntry> town_areas() {
  return kTownAreas;
}
std::span<const std::string_view> notes() {
  return kNotes;
}
std::span<const std::string_view> unit_sources() {
  return kUnitSources;
}

std::string_view to_string(Kind k) {
  switch (k) {
    case Kind::amount:
      return "amount";
    case Kind::count:
      return "count";
    case Kind::rate:
      return "rate";
    case Kind::score:
      return "score";
  }
  return "";
}
std::string_view to_string(Trend t) {
  switch (t) {
    case Trend::up:
      return "up";
    case Trend::down:
      return "down";
    case Trend::none:
      return "none";
  }
  return "";
}
std::string_view to_string(Combine c) {
  switch (c) {
    case Combine::sum:
      return "sum";
    case Combine::mean:
      return "mean";
    case Combine::range:
      return "range";
    case Combine::none:
      return "none";
  }
  return "";
}
std::string_view to_string(Scope s) {
  switch (s) {
    case Scope::all:
      return "all";
    case Scope::wards:
      return "wards";
    case Scope::communes:
      return "communes";
  }
  return "";
}

}  // namespace baocao::gen

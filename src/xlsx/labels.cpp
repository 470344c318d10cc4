#include "xlsx/labels.hpp"

#include "format/vietnamese.hpp"

namespace baocao::xlsx {

std::string_view basis_label(Basis basis) {
  switch (basis) {
    case Basis::actual:
      return "Thực hiện";
    case Basis::estimate:
      return "Ước thực hiện";
    case Basis::plan:
      return "Kế hoạch";
    case Basis::target:
      return "Chỉ tiêu Nghị quyết";
    case Basis::low:
      return "Thấp nhất";
    case Basis::high:
      return "Cao nhất";
  }
  return "";
}

std::string_view area_type_label(AreaType type) {
  switch (type) {
    case AreaType::unit:
      return "Toàn đơn vị";
    case AreaType::ward:
      return "Phường";
    case AreaType::commune:
      return "Xã";
  }
  return "";
}

std::string number_text(double value, int decimals) {
  return vi::number(value, decimals);
}

}  // namespace baocao::xlsx

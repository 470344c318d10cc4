#include "xlsx/labels.hpp"

#include "format/vietnamese.hpp"

namespace baocao::xlsx {

std::string_view status_label(Status status) {
  switch (status) {
    case Status::achieved:
      return "Đạt";
    case Status::exceeded:
      return "Vượt";
    case Status::not_achieved:
      return "Không đạt";
    case Status::not_judged:
      return "Không đánh giá";
  }
  return "";
}

std::string_view change_unit_label(ChangeUnit unit) {
  switch (unit) {
    case ChangeUnit::percent:
      return "%";
    case ChangeUnit::points:
      return "điểm %";
    case ChangeUnit::criteria:
      return "tiêu chí";
  }
  return "";
}

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

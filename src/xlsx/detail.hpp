#pragma once
// The workbook writer behind write_master_workbook / write_department_workbook, with the
// limits tests need to lower (a data sheet split needs a million rows otherwise).

#include <cstddef>
#include <string>

#include "xlsx/scope.hpp"
#include "xlsx/workbook.hpp"

namespace baocao::xlsx {

struct Limits {
  std::size_t data_rows_per_sheet = 1'048'575;  // Excel's rows less the header
};

Diagnostics write_workbook(const WorkbookInput& input, const Scope& scope, const std::string& path,
                           const Limits& limits);

}  // namespace baocao::xlsx

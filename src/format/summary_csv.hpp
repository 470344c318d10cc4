#pragma once
// The summary as CSV for other programs: one row per indicator, numbers unrounded.

#include <string>
#include <string_view>

#include "compute/summary.hpp"

namespace baocao {

// The header: code,name,group,unit,type,direction,result,is_estimate,plan,pct_plan,previous,
// change,change_unit,avg_growth,status,next_plan: the labels, then the catalogue's CSV figures
// (compute/figures.hpp) in its order.
std::string summary_csv_header();

// RFC 4180 quoting: a field with a comma, quote, line break or edge space is quoted. A text
// starting with =, +, -, @, tab or CR is prefixed with ' (OWASP, CSV injection).
std::string csv_field(std::string_view text);

// The header and one line per row, LF line ends; missing figures are empty fields, numbers
// the shortest form that reads back as the same double.
std::string summary_csv(const Summary& summary);

}  // namespace baocao

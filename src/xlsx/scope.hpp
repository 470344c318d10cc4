#pragma once
// What a workbook shows: every indicator (the master workbook) or one department's.

#include <cstddef>
#include <string>
#include <vector>

#include "compute/summary.hpp"
#include "core/dataset.hpp"

namespace baocao::xlsx {

struct Scope {
  const Department* department = nullptr;   // null for the master workbook
  std::vector<const SummaryRow*> rows;      // indicators in scope, indicators.csv order
  std::vector<const SummaryRow*> key_rows;  // the "Tổng hợp" sheet's indicators
  std::vector<std::string> groups;          // groups with indicators in scope, in order
  std::vector<char> indicator_in_scope;     // by index into Dataset::indicators
  std::size_t observation_count = 0;        // rows of values.csv in scope
  bool has_area_values = false;             // some ward/commune has a result

  bool includes(const Observation& o) const {
    return o.indicator < indicator_in_scope.size() && indicator_in_scope[o.indicator] != 0;
  }
  std::vector<const SummaryRow*> rows_of_group(const std::string& group) const;
};

// Whether some ward or commune has a result for the row: only then has it a column on "Địa bàn".
bool has_area_result(const SummaryRow& row);

Scope master_scope(const Dataset& data, const Summary& summary);
// A department's indicators (by Indicator::department). Its "Tổng hợp" shows its key
// indicators, or all of its indicators when none is key, so that sheet is never empty.
Scope department_scope(const Dataset& data, const Summary& summary, const Department& dept);

}  // namespace baocao::xlsx

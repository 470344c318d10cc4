#pragma once
// What a department is asked to fill in for the next period: one row per figure it owes, in the
// order of its input sheet. The workbook writer lays this out and `collect` checks a returned
// sheet against it, so both sides agree on the rows and on the catalogue they were made from.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.hpp"

namespace baocao {

struct OwedFigure {
  std::uint32_t indicator = 0;  // index into Dataset::indicators
  std::uint32_t area = 0;       // index into Dataset::areas: the unit, or a ward/commune
  bool asks_plan = false;       // the indicator has plans: the row has a plan cell

  bool operator==(const OwedFigure&) const = default;
};

struct InputRequest {
  std::string unit;              // Unit::code
  std::string department;        // Department::code
  Period sent_for;               // the report period of the bundle it went out with (2023)
  Period asked;                  // next_period(sent_for): the figures asked for (2024)
  Period plan_period;            // the year after asked's year (2025): the plan asked beside them
  std::vector<OwedFigure> rows;  // sheet order: catalogue order, then areas.csv order
  std::string fingerprint;       // lower-case hex SHA-256 of the catalogue rows + areas behind rows
};

// The department's indicators in indicators.csv order: an indicator reported for the unit
// alone (aggregate none) owes one row at the unit; one that combines its areas (sum, mean,
// range) owes one row per ward/commune its `areas` scope covers, in areas.csv order.
// A department without indicators (or unknown) gets no rows.
InputRequest make_input_request(const Dataset& data, std::string_view department,
                                const Period& sent_for);

// The SHA-256 behind InputRequest::fingerprint: "baocao-input-1", then per row the
// indicator's code, name, unit, type, decimals, out_of (shortest round-trip form; empty when
// none), aggregate, areas and the row's area code, fields separated by 0x1F; the header and
// the rows separated by 0x1E. Values do not enter it.
std::string input_fingerprint(const Dataset& data, const std::vector<OwedFigure>& rows);

}  // namespace baocao

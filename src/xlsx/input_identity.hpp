#pragma once
// What makes a department workbook collectable: the request it answers, as custom document
// properties, and where its input table and preparer cells are, as workbook-scoped defined
// names (docs/input-sheet.md). Both survive a sheet renamed or moved, in Excel and LibreOffice.

#include <cstdint>

#include "compute/input_request.hpp"
#include "xlsx/sheets.hpp"

namespace baocao::xlsx {

// Where the input sheet put its parts (0-based rows and columns).
struct InputSheetPlaces {
  std::uint32_t header_row = 0;
  std::uint32_t last_row = 0;  // the last owed figure's row; header_row when none
  std::uint32_t preparer_row = 0;
  std::uint16_t preparer_column = 0;
  std::uint32_t phone_row = 0;
  std::uint16_t phone_column = 0;
  std::uint16_t last_column = 0;
};

// The custom properties baocao.format, .unit, .department, .sent_for, .asked, .plan_period,
// .catalogue, and the names baocao_input, baocao_preparer, baocao_phone.
void write_input_identity(Context& cx, Sheet& sheet, const InputRequest& request,
                          const InputSheetPlaces& places);

}  // namespace baocao::xlsx

#pragma once
// A small dataset and the summary a compute stage would give for it, made by hand: the
// workbook writer only formats what it is given.

#include "compute/summary.hpp"
#include "core/dataset.hpp"
#include "core/date.hpp"

namespace baocao::testing {

struct WorkbookFixture {
  Dataset data;
  Summary summary;
  Date report_date{2024, 1, 5};
};

// Two departments with indicators (TCKH, VHXH) and one without (NOIVU); Vietnamese names; an
// estimate, a `down` rate, a missing plan, a score, a range, area figures, a sub-period plan;
// notes "=1+2 …" and "… _x0041_ …".
WorkbookFixture make_workbook_fixture();

}  // namespace baocao::testing

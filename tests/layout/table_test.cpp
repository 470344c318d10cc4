// Column widths of a body table, shared by the PDF and the Word file.
#include <gtest/gtest.h>

#include <numeric>

#include "layout/table.hpp"

namespace baocao::layout {
namespace {

Table table_of(std::vector<double> widths, std::vector<double> naturals, std::size_t fill) {
  Table t;
  for (std::size_t i = 0; i < widths.size(); ++i)
    t.columns.push_back({"", widths[i], Align::right, i == fill, naturals[i]});
  return t;
}

double sum(const std::vector<double>& v) {
  return std::accumulate(v.begin(), v.end(), 0.0);
}

const TableLayout& style() {
  return preset_layout(Preset::state).table;
}

TEST(ColumnWidths, TheNameTakesTheRoomTheOthersLeave) {
  // Narrow columns on one line leave the name more than 40%: they are set on one line.
  Table t = table_of({2, 3, 3}, {2, 5, 4}, 1);
  auto w = column_widths(t, 450, style());
  ASSERT_EQ(w.size(), 3u);
  EXPECT_NEAR(sum(w), 450, 1e-6);
  const double size = style().cell.size, pad = 2 * style().padding_x_pt;
  EXPECT_GT(w[0], 2 * size + pad);  // with the margin for an estimated width
  EXPECT_LT(w[0], 2.2 * size + pad);
  EXPECT_GT(w[2], 4 * size + pad);
  EXPECT_GT(w[1], 0.4 * 450);
}

TEST(ColumnWidths, CrowdedColumnsWrapThenGiveUpRoomForTheName) {
  // On one line the others would leave the name nothing: they take their two-line widths.
  Table t = table_of({5, 2, 5, 5}, {10, 2, 10, 10}, 1);
  auto w = column_widths(t, 450, style());
  EXPECT_NEAR(sum(w), 450, 1e-6);
  EXPECT_LT(w[0], 10 * style().cell.size);
  // Even those leave less than a quarter: every other column gives up room in proportion.
  Table crowded = table_of({9, 2, 9, 9}, {9, 2, 9, 9}, 1);
  w = column_widths(crowded, 450, style());
  EXPECT_NEAR(sum(w), 450, 1e-6);
  EXPECT_NEAR(w[1], 0.25 * 450, 1e-6);
  EXPECT_NEAR(w[0], w[2], 1e-6);
}

TEST(ColumnWidths, WithoutANameColumnAllGrowInProportion) {
  Table t = table_of({1, 3}, {1, 3}, 99);
  auto w = column_widths(t, 400, style());
  EXPECT_NEAR(sum(w), 400, 1e-6);
  EXPECT_GT(w[1], w[0]);
}

}  // namespace
}  // namespace baocao::layout

#pragma once
// Charts drawn as vector graphics in the document's font: grouped bars (e.g. % of plan per
// key indicator, with a reference line at 100) and lines (a trend over the years).

#include "briefing/briefing.hpp"
#include "pdf/canvas.hpp"

namespace baocao::pdf {

// The whole chart's height, spaces included: a chart never splits across pages. `shrink`
// points come off the plot's height, to fit a chart into the room left on a page.
double chart_height(const Canvas& canvas, const Chart& chart, double shrink = 0);
// The most the plot may be shortened: the chart keeps the layout's min_scale of its height
// (and its plot at least half of its own).
double chart_max_shrink(const Canvas& canvas, const Chart& chart);
// Draws the chart at the cursor, on a new page unless it fits with `tail` points of what
// must follow it on the same page.
void draw_chart(Canvas& canvas, const Chart& chart, double shrink = 0, double tail = 0);

// Tick values of a value axis covering [low, high]: round steps of 1, 2, 2.5 or 5 × 10^k.
struct Axis {
  double low = 0;
  double high = 1;
  double step = 1;
  int decimals = 0;  // enough to print every tick exactly
};
Axis value_axis(double low, double high);

}  // namespace baocao::pdf

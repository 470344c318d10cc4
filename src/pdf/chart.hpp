#pragma once
// Charts drawn as vector graphics in the document's font: grouped bars (e.g. % of plan per
// key indicator, with a reference line at 100) and lines (a trend over the years).

#include "briefing/briefing.hpp"
#include "pdf/canvas.hpp"

namespace baocao::pdf {

// The whole chart's height, spaces included: a chart never splits across pages.
double chart_height(const Canvas& canvas, const Chart& chart);
void draw_chart(Canvas& canvas, const Chart& chart);

// Tick values of a value axis covering [low, high]: round steps of 1, 2, 2.5 or 5 × 10^k.
struct Axis {
  double low = 0;
  double high = 1;
  double step = 1;
  int decimals = 0;  // enough to print every tick exactly
};
Axis value_axis(double low, double high);

}  // namespace baocao::pdf

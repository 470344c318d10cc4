#include "pdf/chart.hpp"

#include <algorithm>
#include <cmath>

#include "format/vietnamese.hpp"
#include "pdf/box.hpp"

namespace baocao::pdf {
namespace {

constexpr double kTickGap = 4;        // between tick labels and the axis
constexpr double kLabelGap = 4;       // between the plot and the category labels
constexpr double kLegendSwatch = 14;  // width of a legend key
constexpr double kLegendGap = 14;     // between legend entries
constexpr double kMarkerRadius = 2.2;
constexpr int kMaxLabelLines = 3;

struct Geometry {
  double title_height = 0;
  double unit_height = 0;
  double plot_height = 0;
  double label_height = 0;
  double legend_height = 0;
};

struct LegendEntry {
  std::string name;
  layout::RgbColor color;
  enum class Key { bar, line, reference } key = Key::bar;
};

layout::RgbColor series_color(const layout::ChartLayout& style, std::size_t i) {
  if (style.palette.empty()) return {};
  return style.palette[i % style.palette.size()];
}

std::vector<LegendEntry> legend_entries(const Chart& chart, const layout::ChartLayout& style) {
  std::vector<LegendEntry> entries;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    if (chart.series[i].name.empty()) continue;
    entries.push_back(
        {chart.series[i].name, series_color(style, i),
         chart.kind == ChartKind::bars ? LegendEntry::Key::bar : LegendEntry::Key::line});
  }
  if (chart.reference && !chart.reference_label.empty())
    entries.push_back({chart.reference_label, style.reference_color, LegendEntry::Key::reference});
  return entries;
}

// Legend entries broken into rows that fit `width`.
std::vector<std::vector<std::size_t>> legend_rows(const Canvas& canvas,
                                                  const std::vector<LegendEntry>& entries,
                                                  double width) {
  const layout::TextStyle& style = canvas.layout().chart.legend;
  std::vector<std::vector<std::size_t>> rows;
  double used = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    double w = kLegendSwatch + 4 + styled_width(canvas.fonts(), style, entries[i].name);
    if (rows.empty() || used + kLegendGap + w > width) {
      rows.emplace_back();
      used = w;
    } else {
      used += kLegendGap + w;
    }
    rows.back().push_back(i);
  }
  return rows;
}

double legend_row_height(const layout::ChartLayout& style) {
  return single_line(style.legend.size) * 1.3;
}

double category_slot(const Chart& chart, double plot_width) {
  return plot_width / static_cast<double>(std::max<std::size_t>(chart.categories.size(), 1));
}

TextBox category_label(const Canvas& canvas, const std::string& text, double slot) {
  const layout::TextStyle& style = canvas.layout().chart.label;
  return lay_out(canvas.fonts(), style, text, slot * 0.94, Align::center, single_line(style.size));
}

std::pair<double, double> value_range(const Chart& chart) {
  double low = 0, high = 0;
  for (const auto& series : chart.series)
    for (const auto& value : series.values)
      if (value) {
        low = std::min(low, *value);
        high = std::max(high, *value);
      }
  if (chart.reference) {
    low = std::min(low, *chart.reference);
    high = std::max(high, *chart.reference);
  }
  return {low, high};
}

std::string tick_text(double value, int decimals) {
  // -0 would print as "-0".
  if (std::fabs(value) < 1e-12) value = 0;
  return vi::number_fixed(value, decimals);
}

// Width of the widest tick label: the plot starts right of it.
double tick_label_width(const Canvas& canvas, const Axis& axis) {
  const layout::TextStyle& style = canvas.layout().chart.axis;
  double widest = 0;
  for (double v = axis.low; v <= axis.high + axis.step / 2; v += axis.step)
    widest = std::max(widest, styled_width(canvas.fonts(), style, tick_text(v, axis.decimals)));
  return widest;
}

Axis chart_axis(const Chart& chart) {
  auto [low, high] = value_range(chart);
  Axis axis = value_axis(low, high);
  // Room above the tallest bar or point for its value label.
  if (axis.high - high < 0.08 * (axis.high - axis.low)) axis.high += axis.step;
  return axis;
}

// `shrink` points come off the plot's height (the texts keep their sizes).
Geometry geometry(const Canvas& canvas, const Chart& chart, double shrink) {
  const layout::ChartLayout& style = canvas.layout().chart;
  Geometry g;
  if (!chart.title.empty())
    g.title_height = lay_out(canvas.fonts(), style.title, chart.title, canvas.width(),
                             Align::center, single_line(style.title.size), LastLine::no_lone_word)
                         .height() +
                     4;
  g.unit_height = chart.value_label.empty() ? 6 : single_line(style.axis.size) + 8;
  g.plot_height = std::max(0.0, pt_from_mm(style.plot_height_mm) - shrink);
  Axis axis = chart_axis(chart);
  double plot_width = canvas.width() - tick_label_width(canvas, axis) - kTickGap - 4;
  double slot = category_slot(chart, plot_width);
  int lines = 1;
  for (const auto& category : chart.categories)
    lines = std::max(lines, static_cast<int>(category_label(canvas, category, slot).lines.size()));
  g.label_height = kLabelGap + std::min(lines, kMaxLabelLines) * single_line(style.label.size);
  auto rows = legend_rows(canvas, legend_entries(chart, style), canvas.width());
  g.legend_height =
      rows.empty() ? 0 : 4 + static_cast<double>(rows.size()) * legend_row_height(style);
  return g;
}

class ChartPainter {
 public:
  ChartPainter(Canvas& canvas, const Chart& chart, double shrink)
      : canvas_(canvas), chart_(chart), style_(canvas.layout().chart), axis_(chart_axis(chart)) {
    g_ = geometry(canvas, chart, shrink);
    double top = canvas.cursor();
    plot_top_ = top + g_.title_height + g_.unit_height;
    plot_left_ = canvas.left() + tick_label_width(canvas, axis_) + kTickGap;
    plot_width_ = canvas.right() - 4 - plot_left_;
    slot_ = category_slot(chart, plot_width_);
  }

  void draw() {
    double top = canvas_.cursor();
    if (!chart_.title.empty()) {
      TextBox title =
          lay_out(canvas_.fonts(), style_.title, chart_.title, canvas_.width(), Align::center,
                  single_line(style_.title.size), LastLine::no_lone_word);
      draw_box(canvas_, title, canvas_.left(), top);
    }
    if (!chart_.value_label.empty())
      canvas_.styled_text(style_.axis, canvas_.left(), plot_top_ - 9, chart_.value_label);
    grid();
    if (chart_.kind == ChartKind::bars)
      bars();
    else
      lines();
    reference();
    for (const auto& label : labels_) value_label(label);
    axes();
    category_labels();
    legend();
  }

 private:
  double y_of(double value) const {
    return plot_top_ + g_.plot_height * (axis_.high - value) / (axis_.high - axis_.low);
  }
  double slot_left(std::size_t i) const { return plot_left_ + slot_ * static_cast<double>(i); }

  void grid() {
    const layout::TextStyle& style = style_.axis;
    for (int k = 0;; ++k) {
      double v = axis_.low + axis_.step * k;
      if (v > axis_.high + axis_.step / 2) break;
      double y = y_of(v);
      canvas_.line({plot_left_, y}, {plot_left_ + plot_width_, y}, style_.gridline_pt,
                   style_.grid_color);
      std::string text = tick_text(v, axis_.decimals);
      double w = styled_width(canvas_.fonts(), style, text);
      canvas_.styled_text(style, plot_left_ - kTickGap - w, y + 0.33 * style.size, text);
    }
  }

  void axes() {
    double bottom = plot_top_ + g_.plot_height;
    canvas_.line({plot_left_, plot_top_}, {plot_left_, bottom}, style_.axis_pt);
    double zero = y_of(std::clamp(0.0, axis_.low, axis_.high));
    canvas_.line({plot_left_, zero}, {plot_left_ + plot_width_, zero}, style_.axis_pt);
  }

  // A number on a bar or point, on a white ground so that gridlines and the reference line
  // do not run through it.
  struct ValueLabel {
    double value = 0;
    double centre = 0;
    double y = 0;
    bool above = true;
  };

  void value_label(const ValueLabel& label) {
    const layout::TextStyle& style = style_.value;
    std::string text = vi::number(label.value, chart_.decimals);
    double w = styled_width(canvas_.fonts(), style, text);
    double baseline = label.above ? label.y - 3 : label.y + 3 + 0.75 * style.size;
    double x = label.centre - w / 2;
    canvas_.fill_rect(x - 1, baseline - 0.8 * style.size, w + 2, style.size, {1, 1, 1});
    canvas_.styled_text(style, x, baseline, text);
  }

  void bars() {
    std::size_t count = std::max<std::size_t>(chart_.series.size(), 1);
    double group = slot_ * 0.72;
    double bar = group / static_cast<double>(count);
    double zero = y_of(std::clamp(0.0, axis_.low, axis_.high));
    for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
      double x = slot_left(c) + (slot_ - group) / 2;
      for (std::size_t s = 0; s < chart_.series.size(); ++s, x += bar) {
        const auto& values = chart_.series[s].values;
        if (c >= values.size() || !values[c]) continue;
        double v = *values[c];
        double y = y_of(v);
        canvas_.fill_rect(x + bar * 0.06, std::min(y, zero), bar * 0.88, std::fabs(zero - y),
                          series_color(style_, s));
        labels_.push_back({v, x + bar / 2, y, v >= 0});
      }
    }
  }

  void lines() {
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {
      layout::RgbColor color = series_color(style_, s);
      const auto& values = chart_.series[s].values;
      std::vector<Point> run;
      auto flush = [&] {
        canvas_.polyline(run, style_.line_pt, color);
        run.clear();
      };
      for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
        if (c >= values.size() || !values[c]) {
          flush();
          continue;
        }
        run.push_back({slot_left(c) + slot_ / 2, y_of(*values[c])});
      }
      flush();
      for (std::size_t c = 0; c < chart_.categories.size() && c < values.size(); ++c) {
        if (!values[c]) continue;
        Point p{slot_left(c) + slot_ / 2, y_of(*values[c])};
        canvas_.fill_circle(p, kMarkerRadius, color);
        // Two series can be labelled without collisions: the first above, the second below.
        if (chart_.series.size() <= 2) labels_.push_back({*values[c], p.x, p.y - 1, s == 0});
      }
    }
  }

  void reference() {
    if (!chart_.reference) return;
    double y = y_of(*chart_.reference);
    canvas_.dashed_line({plot_left_, y}, {plot_left_ + plot_width_, y}, 1.0,
                        style_.reference_color);
  }

  void category_labels() {
    double top = plot_top_ + g_.plot_height + kLabelGap;
    for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
      TextBox label = category_label(canvas_, chart_.categories[c], slot_);
      double y = top;
      for (std::size_t i = 0; i < label.lines.size() && i < kMaxLabelLines; ++i) {
        draw_line(canvas_, label, i, slot_left(c) + slot_ * 0.03, y);
        y += label.line_height;
      }
    }
  }

  void legend() {
    auto entries = legend_entries(chart_, style_);
    auto rows = legend_rows(canvas_, entries, canvas_.width());
    const layout::TextStyle& style = style_.legend;
    double y = plot_top_ + g_.plot_height + g_.label_height + 4;
    for (const auto& row : rows) {
      double total = 0;
      for (std::size_t i : row)
        total += kLegendSwatch + 4 + styled_width(canvas_.fonts(), style, entries[i].name);
      total += kLegendGap * static_cast<double>(row.size() - 1);
      double x = canvas_.left() + (canvas_.width() - total) / 2;
      double baseline = baseline_in(y, legend_row_height(style_), style.size);
      double middle = baseline - 0.3 * style.size;
      for (std::size_t i : row) {
        key(entries[i], x, middle);
        x += kLegendSwatch + 4;
        canvas_.styled_text(style, x, baseline, entries[i].name);
        x += styled_width(canvas_.fonts(), style, entries[i].name) + kLegendGap;
      }
      y += legend_row_height(style_);
    }
  }

  void key(const LegendEntry& entry, double x, double middle) {
    switch (entry.key) {
      case LegendEntry::Key::bar:
        canvas_.fill_rect(x + 2, middle - 4.5, 9, 9, entry.color);
        break;
      case LegendEntry::Key::line:
        canvas_.line({x, middle}, {x + kLegendSwatch, middle}, style_.line_pt, entry.color);
        canvas_.fill_circle({x + kLegendSwatch / 2, middle}, kMarkerRadius, entry.color);
        break;
      case LegendEntry::Key::reference:
        canvas_.dashed_line({x, middle}, {x + kLegendSwatch, middle}, 1.0, entry.color);
        break;
    }
  }

  Canvas& canvas_;
  const Chart& chart_;
  const layout::ChartLayout& style_;
  Axis axis_;
  Geometry g_;
  double plot_top_ = 0;
  double plot_left_ = 0;
  double plot_width_ = 0;
  double slot_ = 0;
  std::vector<ValueLabel> labels_;  // drawn last, over the reference line
};

}  // namespace

Axis value_axis(double low, double high) {
  Axis axis;
  if (!(high > low)) {
    high = low + 1;
  }
  // A step finer than the values' own spacing would not move the ticks on (values near 10^15
  // that differ in the last digits): no step below a billionth of the largest value.
  double raw = std::max((high - low) / 5, 1e-9 * std::max(std::fabs(low), std::fabs(high)));
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10 * magnitude;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (factor * magnitude >= raw - 1e-12) {
      step = factor * magnitude;
      break;
    }
  }
  axis.step = step;
  axis.low = std::floor(low / step + 1e-9) * step;
  axis.high = std::ceil(high / step - 1e-9) * step;
  if (axis.high <= axis.low) axis.high = axis.low + step;
  axis.decimals = 0;
  while (axis.decimals < 6) {
    double scaled = step * std::pow(10.0, axis.decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) break;
    ++axis.decimals;
  }
  return axis;
}

double chart_height(const Canvas& canvas, const Chart& chart, double shrink) {
  const layout::ChartLayout& style = canvas.layout().chart;
  Geometry g = geometry(canvas, chart, shrink);
  return style.space_before_pt + g.title_height + g.unit_height + g.plot_height + g.label_height +
         g.legend_height + style.space_after_pt;
}

double chart_max_shrink(const Canvas& canvas, const Chart& chart) {
  const layout::ChartLayout& style = canvas.layout().chart;
  double full = chart_height(canvas, chart);
  return std::clamp((1 - style.min_scale) * full, 0.0, pt_from_mm(style.plot_height_mm) / 2);
}

void draw_chart(Canvas& canvas, const Chart& chart, double shrink, double tail) {
  const layout::ChartLayout& style = canvas.layout().chart;
  canvas.space(style.space_before_pt);
  canvas.ensure(chart_height(canvas, chart, shrink) - style.space_before_pt + tail);
  ChartPainter painter(canvas, chart, shrink);
  painter.draw();
  Geometry g = geometry(canvas, chart, shrink);
  canvas.advance(g.title_height + g.unit_height + g.plot_height + g.label_height + g.legend_height +
                 style.space_after_pt);
}

}  // namespace baocao::pdf

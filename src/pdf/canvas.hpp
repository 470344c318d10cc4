#pragma once
// Pages and drawing in top-down coordinates (points from the page's top-left corner), with a
// cursor that flows down the text area and starts a new page when told.

#include <memory>
#include <string_view>
#include <vector>

#include "layout/preset.hpp"
#include "pdf/fonts.hpp"
#include "pdf/text.hpp"

namespace PoDoFo {
class PdfPainter;
class PdfPage;
}  // namespace PoDoFo

namespace baocao::pdf {

using layout::pt_from_mm;
using layout::styled;

struct Point {
  double x = 0;
  double y = 0;
};

class Canvas {
 public:
  Canvas(PoDoFo::PdfMemDocument& document, const Fonts& fonts, const layout::PresetLayout& layout);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  const Fonts& fonts() const { return fonts_; }
  const layout::PresetLayout& layout() const { return layout_; }

  // The text area.
  double left() const { return pt_from_mm(layout_.margins.left_mm); }
  double right() const { return page_width() - pt_from_mm(layout_.margins.right_mm); }
  double width() const { return right() - left(); }
  double page_width() const { return pt_from_mm(layout_.page_width_mm); }
  double page_height() const { return pt_from_mm(layout_.page_height_mm); }
  double top() const { return pt_from_mm(layout_.margins.top_mm); }
  double bottom() const { return page_height() - pt_from_mm(layout_.margins.bottom_mm); }

  // The flow: where the next block starts, and how much room is left on this page.
  double cursor() const { return cursor_; }
  void advance(double dy) { cursor_ += dy; }
  double room() const { return bottom() - cursor_; }
  bool at_page_top() const { return cursor_ <= top() + 0.01; }
  // A gap between blocks; dropped at the top of a page.
  void space(double dy) {
    if (!at_page_top()) cursor_ += dy;
  }
  // Starts a new page unless `height` still fits (or the page is empty anyway).
  void ensure(double height) {
    if (height > room() + 0.01 && !at_page_top()) new_page();
  }
  void new_page();
  void break_page() {
    if (!at_page_top()) new_page();
  }
  int page_count() const { return page_count_; }
  // Closes the last page's content stream; call before the document is written.
  void finish();

  // Drawing. `baseline` and every y are measured from the page's top.
  void text(Face face, double size, double x, double baseline, std::string_view nfc_text);
  void styled_text(const layout::TextStyle& style, double x, double baseline,
                   std::string_view text);
  // The words of `line` placed by place_words.
  void words(const std::vector<Word>& words, const Line& line, const std::vector<double>& xs,
             double size, double baseline);
  void line(Point from, Point to, double thickness, layout::RgbColor color = {});
  void dashed_line(Point from, Point to, double thickness, layout::RgbColor color);
  void polyline(const std::vector<Point>& points, double thickness, layout::RgbColor color);
  void fill_rect(double x, double y, double w, double h, layout::RgbColor color);
  void stroke_rect(double x, double y, double w, double h, double thickness);
  void fill_circle(Point centre, double radius, layout::RgbColor color);

 private:
  double pdf_y(double y) const { return page_height() - y; }
  void number_page();

  PoDoFo::PdfMemDocument& document_;
  const Fonts& fonts_;
  const layout::PresetLayout& layout_;
  std::unique_ptr<PoDoFo::PdfPainter> painter_;
  double cursor_ = 0;
  int page_count_ = 0;
  bool finished_ = false;
};

// Baseline of a line of `size` text set in a line box `line_height` high starting at `top`:
// the glyphs (ascent + descent of Liberation Serif) centred in the box.
double baseline_in(double top, double line_height, double size);

// The font's own "single" line spacing at `size` (ascent + descent + line gap).
double single_line(double size);

// Width of `text` in `style` (upper-cased if the style says so).
double styled_width(const Fonts& fonts, const layout::TextStyle& style, std::string_view text);

}  // namespace baocao::pdf

#include "pdf/canvas.hpp"

#include <podofo/podofo.h>

namespace baocao::pdf {
namespace {

// Liberation Serif's vertical metrics, in em (the same as Times New Roman's).
constexpr double kAscent = 0.891;
constexpr double kDescent = 0.216;

PoDoFo::PdfString pdf_text(std::string_view utf8) {
  return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.data()),
                           static_cast<PoDoFo::pdf_long>(utf8.size()));
}

}  // namespace

double baseline_in(double top, double line_height, double size) {
  return top + (line_height - (kAscent + kDescent) * size) / 2 + kAscent * size;
}

double single_line(double size) {
  return layout::kSingleLine * size;
}

double styled_width(const Fonts& fonts, const layout::TextStyle& style, std::string_view text) {
  return fonts.width(face_of(style.bold, style.italic), style.size, styled(style, text));
}

Canvas::Canvas(PoDoFo::PdfMemDocument& document, const Fonts& fonts,
               const layout::PresetLayout& layout)
    : document_(document),
      fonts_(fonts),
      layout_(layout),
      painter_(std::make_unique<PoDoFo::PdfPainter>()) {
  new_page();
}

Canvas::~Canvas() {
  if (finished_) return;
  // Unwinding from an error: the document is thrown away, but the painter must not be left
  // holding the page, and a destructor must not throw.
  try {
    painter_->FinishPage();
  } catch (...) {
  }
}

void Canvas::finish() {
  painter_->FinishPage();
  finished_ = true;
}

void Canvas::new_page() {
  if (page_count_ > 0) painter_->FinishPage();
  PoDoFo::PdfPage* page = document_.CreatePage(PoDoFo::PdfRect(0, 0, page_width(), page_height()));
  painter_->SetPage(page);
  ++page_count_;
  cursor_ = top();
  if (page_count_ >= layout_.page_number.first_numbered_page) number_page();
}

void Canvas::number_page() {
  const auto& style = layout_.page_number.style;
  std::string number = std::to_string(page_count_);
  double w = styled_width(fonts_, style, number);
  styled_text(style, left() + (width() - w) / 2,
              pt_from_mm(layout_.page_number.baseline_from_top_mm), number);
}

void Canvas::text(Face face, double size, double x, double baseline, std::string_view nfc_text) {
  if (nfc_text.empty()) return;
  painter_->SetFont(fonts_.font(face, size));
  painter_->DrawText(x, pdf_y(baseline), pdf_text(nfc_text));
}

void Canvas::styled_text(const layout::TextStyle& style, double x, double baseline,
                         std::string_view text) {
  std::string s = styled(style, text);
  Face face = face_of(style.bold, style.italic);
  this->text(face, style.size, x, baseline, s);
  if (style.underline) {
    double w = fonts_.width(face, style.size, s);
    double y = baseline + 0.1 * style.size;
    line({x, y}, {x + w, y}, 0.05 * style.size);
  }
}

void Canvas::words(const std::vector<Word>& all, const Line& line, const std::vector<double>& xs,
                   double size, double baseline) {
  for (std::size_t i = line.begin; i < line.end; ++i) {
    double x = xs[i - line.begin];
    const auto& pieces = all[i].pieces;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      // A real space glyph after each word but the line's last: text extraction then splits
      // words at it instead of guessing from gaps (poppler joins evenly spaced one-letter
      // words). It is invisible, so its width does not disturb the computed positions.
      bool space = k + 1 == pieces.size() && i + 1 < line.end;
      text(pieces[k].face, size, x, baseline, space ? pieces[k].text + " " : pieces[k].text);
      x += pieces[k].width;
    }
  }
}

void Canvas::line(Point from, Point to, double thickness, layout::RgbColor color) {
  painter_->Save();
  painter_->SetStrokingColor(color.red, color.green, color.blue);
  painter_->SetStrokeWidth(thickness);
  painter_->DrawLine(from.x, pdf_y(from.y), to.x, pdf_y(to.y));
  painter_->Restore();
}

void Canvas::dashed_line(Point from, Point to, double thickness, layout::RgbColor color) {
  painter_->Save();
  painter_->SetStrokingColor(color.red, color.green, color.blue);
  painter_->SetStrokeWidth(thickness);
  painter_->SetStrokeStyle(PoDoFo::ePdfStrokeStyle_Custom, "[4 2.5] 0");
  painter_->DrawLine(from.x, pdf_y(from.y), to.x, pdf_y(to.y));
  painter_->Restore();
}

void Canvas::polyline(const std::vector<Point>& points, double thickness, layout::RgbColor color) {
  if (points.size() < 2) return;
  painter_->Save();
  painter_->SetStrokingColor(color.red, color.green, color.blue);
  painter_->SetStrokeWidth(thickness);
  painter_->SetLineJoinStyle(PoDoFo::ePdfLineJoinStyle_Round);
  painter_->SetLineCapStyle(PoDoFo::ePdfLineCapStyle_Round);
  painter_->MoveTo(points[0].x, pdf_y(points[0].y));
  for (std::size_t i = 1; i < points.size(); ++i) painter_->LineTo(points[i].x, pdf_y(points[i].y));
  painter_->Stroke();
  painter_->Restore();
}

void Canvas::fill_rect(double x, double y, double w, double h, layout::RgbColor color) {
  painter_->Save();
  painter_->SetColor(color.red, color.green, color.blue);
  painter_->Rectangle(x, pdf_y(y + h), w, h);
  painter_->Fill();
  painter_->Restore();
}

void Canvas::stroke_rect(double x, double y, double w, double h, double thickness) {
  painter_->Save();
  painter_->SetStrokeWidth(thickness);
  painter_->Rectangle(x, pdf_y(y + h), w, h);
  painter_->Stroke();
  painter_->Restore();
}

void Canvas::fill_circle(Point centre, double radius, layout::RgbColor color) {
  painter_->Save();
  painter_->SetColor(color.red, color.green, color.blue);
  painter_->Circle(centre.x, pdf_y(centre.y), radius);
  painter_->Fill();
  painter_->Restore();
}

}  // namespace baocao::pdf

#include "pdf/closing.hpp"

#include <algorithm>

#include "pdf/box.hpp"

namespace baocao::pdf {
namespace {

constexpr double kColumnGap = 6;  // between the recipients and the signature, in points

struct ClosingPart {
  TextBox box;
  layout::TextStyle style;
  double space_before = 0;
};

std::vector<ClosingPart> signature_parts(const Canvas& canvas, const Signature& signature,
                                         double width) {
  const layout::SignatureLayout& s = canvas.layout().signature;
  auto part = [&](const layout::TextStyle& style, const std::string& text, double before) {
    return ClosingPart{
        lay_out(canvas.fonts(), style, text, width, Align::center, style.size * s.line_spacing),
        style, before};
  };
  std::vector<ClosingPart> parts;
  if (!signature.authority.empty()) parts.push_back(part(s.authority, signature.authority, 0));
  if (!signature.title.empty()) parts.push_back(part(s.title, signature.title, 0));
  // With no name yet, its line stays blank: the space for signature and seal is kept.
  double blank = signature.name.empty() ? s.name.size * s.line_spacing : 0;
  parts.push_back(part(s.name, signature.name, pt_from_mm(s.signing_space_mm) + blank));
  return parts;
}

std::vector<ClosingPart> recipient_parts(const Canvas& canvas, const Briefing& briefing,
                                         double width) {
  const layout::RecipientsLayout& r = canvas.layout().recipients;
  std::vector<ClosingPart> parts;
  if (briefing.recipients.empty()) return parts;
  parts.push_back({lay_out(canvas.fonts(), r.heading, r.heading_text, width, Align::left,
                           r.heading.size * r.line_spacing),
                   r.heading, 0});
  for (const auto& recipient : briefing.recipients)
    parts.push_back({lay_out(canvas.fonts(), r.list, recipient, width, Align::left,
                             r.list.size * r.line_spacing),
                     r.list, 0});
  return parts;
}

double height_of(const std::vector<ClosingPart>& parts) {
  double h = 0;
  for (const auto& p : parts) h += p.space_before + p.box.height();
  return h;
}

// Draws the parts down from `top`; the first line's baseline lands on `first_baseline`.
void draw_parts(Canvas& canvas, const std::vector<ClosingPart>& parts, double x, double top,
                double first_baseline) {
  if (parts.empty()) return;
  const TextBox& first = parts.front().box;
  double y = top + (first_baseline - baseline_in(top, first.line_height, first.size));
  for (const auto& part : parts) {
    y += part.space_before;
    for (std::size_t i = 0; i < part.box.lines.size(); ++i) {
      double baseline = draw_line(canvas, part.box, i, x, y);
      if (part.style.underline) {
        double w = natural_width(part.box.words, part.box.lines[i]);
        double uy = baseline + 0.1 * part.style.size;
        canvas.line({x, uy}, {x + w, uy}, 0.05 * part.style.size);
      }
      y += part.box.line_height;
    }
  }
}

double first_baseline(const std::vector<ClosingPart>& parts, double top) {
  if (parts.empty()) return top;
  const TextBox& first = parts.front().box;
  return baseline_in(top, first.line_height, first.size);
}

}  // namespace

namespace {

struct Closing {
  std::vector<ClosingPart> signature;
  std::vector<ClosingPart> recipients;
  double half = 0;

  Closing(const Canvas& canvas, const Briefing& briefing) : half(canvas.width() / 2) {
    signature = signature_parts(canvas, briefing.signature, half);
    recipients = recipient_parts(canvas, briefing, half - kColumnGap);
  }
  // The two columns share the first baseline: the lower of their natural first baselines.
  double first_baseline_at(double top) const {
    return std::max(first_baseline(signature, top), first_baseline(recipients, top));
  }
  double height() const {
    double shift = first_baseline_at(0) -
                   std::min(first_baseline(signature, 0), first_baseline(recipients, 0));
    return std::max(height_of(signature), height_of(recipients)) + shift;
  }
};

}  // namespace

double closing_height(const Canvas& canvas, const Briefing& briefing) {
  return canvas.layout().signature.space_before_pt + Closing(canvas, briefing).height();
}

void draw_closing(Canvas& canvas, const Briefing& briefing) {
  Closing closing(canvas, briefing);
  canvas.space(canvas.layout().signature.space_before_pt);
  canvas.ensure(closing.height());
  double top = canvas.cursor();
  double baseline = closing.first_baseline_at(top);
  draw_parts(canvas, closing.recipients, canvas.left(), top, baseline);
  draw_parts(canvas, closing.signature, canvas.left() + closing.half, top, baseline);
  canvas.advance(closing.height());
}

}  // namespace baocao::pdf

#include "docx/xml.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace baocao::docx {

int twips_from_mm(double mm) {
  return static_cast<int>(std::lround(mm * 1440.0 / 25.4));
}

int twips_from_pt(double pt) {
  return static_cast<int>(std::lround(pt * 20.0));
}

int half_points(double pt) {
  return static_cast<int>(std::lround(pt * 2.0));
}

int border_eighths(double pt) {
  return std::max(2, static_cast<int>(std::lround(pt * 8)));
}

std::int64_t emu_from_pt(double pt) {
  return std::llround(pt * 12700.0);
}

std::string run_properties(const layout::TextStyle& style) {
  std::string out = "<w:rPr>";
  if (style.bold) out += "<w:b/><w:bCs/>";
  if (style.italic) out += "<w:i/><w:iCs/>";
  int size = half_points(style.size);
  out += fmt::format("<w:sz w:val=\"{}\"/><w:szCs w:val=\"{}\"/>", size, size);
  // After the size: the schema fixes the order of a run's properties, and Word holds to it.
  if (style.underline) out += "<w:u w:val=\"single\"/>";
  return out + "</w:rPr>";
}

std::string run(const layout::TextStyle& style, std::string_view text) {
  return fmt::format("<w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r>", run_properties(style),
                     xml_escape(layout::styled(style, text)));
}

std::string spacing(double before_pt, double after_pt, double single_lines) {
  return fmt::format(
      "<w:spacing w:before=\"{}\" w:after=\"{}\" w:line=\"{}\" w:lineRule=\"auto\"/>",
      twips_from_pt(before_pt), twips_from_pt(after_pt),
      static_cast<int>(std::lround(240.0 * single_lines)));
}

}  // namespace baocao::docx

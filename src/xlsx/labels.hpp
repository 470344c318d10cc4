#pragma once
// Vietnamese words the workbooks put in cells.

#include <string>
#include <string_view>

#include "compute/summary.hpp"
#include "core/dataset.hpp"

namespace baocao::xlsx {

std::string_view basis_label(Basis basis);        // "Thực hiện", "Ước thực hiện", …
std::string_view area_type_label(AreaType type);  // "Phường", "Xã"
// A value as text, as sentences show it ("146,88"): only where a number must sit inside text.
std::string number_text(double value, int decimals);

inline constexpr std::string_view kMissing = "—";  // a figure whose inputs are missing
inline constexpr std::string_view kEstimateMark = "Ước";

}  // namespace baocao::xlsx

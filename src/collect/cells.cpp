#include "collect/cells.hpp"

namespace baocao::collect {
namespace {

constexpr std::uint32_t kMaxColumns = 16384;
constexpr std::uint32_t kMaxRows = 1048576;

}  // namespace

std::optional<CellRef> parse_cell_ref(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '$') ++i;
  std::uint32_t column = 0;
  std::size_t letters = 0;
  for (; i < text.size() && text[i] >= 'A' && text[i] <= 'Z' && letters < 3; ++i, ++letters)
    column = column * 26 + static_cast<std::uint32_t>(text[i] - 'A' + 1);
  if (letters == 0 || column > kMaxColumns) return std::nullopt;
  if (i < text.size() && text[i] == '$') ++i;
  std::uint32_t row = 0;
  std::size_t digits = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 7; ++i, ++digits)
    row = row * 10 + static_cast<std::uint32_t>(text[i] - '0');
  if (digits == 0 || i != text.size() || row == 0 || row > kMaxRows) return std::nullopt;
  return CellRef{row, column};
}

std::string column_name(std::uint32_t column) {
  std::string out;
  while (column > 0) {
    --column;
    out.insert(out.begin(), static_cast<char>('A' + column % 26));
    column /= 26;
  }
  return out;
}

std::string cell_name(CellRef ref) {
  return column_name(ref.column) + std::to_string(ref.row);
}

std::optional<AreaRef> parse_area_ref(std::string_view text) {
  AreaRef area;
  std::size_t i = 0;
  if (!text.empty() && text[0] == '\'') {
    for (i = 1;; ++i) {
      if (i >= text.size()) return std::nullopt;
      if (text[i] == '\'') {
        if (i + 1 < text.size() && text[i + 1] == '\'') {
          area.sheet += '\'';
          ++i;
          continue;
        }
        ++i;
        break;
      }
      area.sheet += text[i];
    }
  } else {
    auto bang = text.find('!');
    if (bang == std::string_view::npos) return std::nullopt;
    area.sheet = std::string(text.substr(0, bang));
    i = bang;
  }
  if (area.sheet.empty() || i >= text.size() || text[i] != '!') return std::nullopt;
  std::string_view range = text.substr(i + 1);
  auto colon = range.find(':');
  auto first = parse_cell_ref(range.substr(0, colon));
  auto last = colon == std::string_view::npos ? first : parse_cell_ref(range.substr(colon + 1));
  if (!first || !last || last->row < first->row || last->column < first->column)
    return std::nullopt;
  area.first = *first;
  area.last = *last;
  return area;
}

}  // namespace baocao::collect

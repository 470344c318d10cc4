#include "core/dataset.hpp"

#include <functional>

namespace baocao {

std::string_view to_string(IndicatorType t) {
  constexpr std::string_view names[] = {"amount", "count", "rate", "score"};
  return names[static_cast<int>(t)];
}
std::string_view to_string(Direction d) {
  constexpr std::string_view names[] = {"up", "down", "none"};
  return names[static_cast<int>(d)];
}
std::string_view to_string(Aggregate a) {
  constexpr std::string_view names[] = {"sum", "mean", "range", "none"};
  return names[static_cast<int>(a)];
}
std::string_view to_string(AreaType t) {
  constexpr std::string_view names[] = {"unit", "ward", "commune"};
  return names[static_cast<int>(t)];
}
std::string_view to_string(AreaScope s) {
  constexpr std::string_view names[] = {"all", "wards", "communes"};
  return names[static_cast<int>(s)];
}
std::string_view to_string(Basis b) {
  constexpr std::string_view names[] = {"actual", "estimate", "plan", "target", "low", "high"};
  return names[static_cast<int>(b)];
}

std::uint32_t TextPool::intern(std::string_view text) {
  if (text.empty()) return 0;
  if ((used_ + 1) * 2 > index_.size()) grow();
  std::size_t mask = index_.size() - 1;
  for (std::size_t i = std::hash<std::string_view>{}(text)&mask;; i = (i + 1) & mask) {
    std::uint32_t id = index_[i];
    if (id == 0) {
      id = static_cast<std::uint32_t>(texts_.size());
      texts_.emplace_back(text);
      index_[i] = id;
      ++used_;
      return id;
    }
    if (texts_[id] == text) return id;
  }
}

void TextPool::grow() {
  std::vector<std::uint32_t> old = std::move(index_);
  index_.assign(old.empty() ? 64 : old.size() * 2, 0);
  std::size_t mask = index_.size() - 1;
  for (std::uint32_t id : old) {
    if (id == 0) continue;
    std::size_t i = std::hash<std::string_view>{}(texts_[id]) & mask;
    while (index_[i] != 0) i = (i + 1) & mask;
    index_[i] = id;
  }
}

std::optional<std::uint32_t> Dataset::find_indicator(std::string_view code) const {
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicators[i].code == code) return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

std::optional<std::uint32_t> Dataset::find_area(std::string_view code) const {
  for (std::size_t i = 0; i < areas.size(); ++i)
    if (areas[i].code == code) return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

const Department* Dataset::find_department(std::string_view code) const {
  for (const auto& d : unit.departments)
    if (d.code == code) return &d;
  return nullptr;
}

const IssuingBody* Unit::find_body(std::string_view key) const {
  for (const auto& b : bodies)
    if (b.key == key) return &b;
  return nullptr;
}

}  // namespace baocao

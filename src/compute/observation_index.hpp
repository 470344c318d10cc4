#pragma once
// The observations of a dataset grouped by (indicator, area), built in time linear in their
// number: a national dataset has millions of rows, and the summary looks up a few periods
// for every indicator and area.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "core/dataset.hpp"

namespace baocao {

// What one area holds for one indicator: a handful of observations, in values.csv order.
class Cell {
 public:
  Cell() = default;
  Cell(const Dataset& data, std::span<const std::uint32_t> ids) : data_(&data), ids_(ids) {}

  const Observation* find(const Period& period, Basis basis) const;
  std::span<const std::uint32_t> ids() const { return ids_; }
  const Observation& at(std::uint32_t id) const { return data_->observations[id]; }

 private:
  const Dataset* data_ = nullptr;
  std::span<const std::uint32_t> ids_;
};

class ObservationIndex {
 public:
  // Indexes the observations whose period `keep` accepts (the others are never looked up).
  ObservationIndex(const Dataset& data, const std::function<bool(const Period&)>& keep);

  Cell cell(std::uint32_t indicator, std::uint32_t area) const;

 private:
  struct Group {
    std::uint32_t area = 0;
    std::uint32_t begin = 0;  // into ids_
  };
  const Dataset& data_;
  std::vector<std::uint32_t> ids_;    // observation indices sorted by (indicator, area)
  std::vector<Group> groups_;         // one per (indicator, area) present, sorted the same way
  std::vector<std::uint32_t> first_;  // indicator -> its first group; size indicators + 1
};

}  // namespace baocao

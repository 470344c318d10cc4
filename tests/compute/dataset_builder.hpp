#pragma once
// Small hand-made datasets for the compute tests: a unit, its wards and communes, indicators
// and observations, built in C++ without files.

#include <stdexcept>
#include <string>

#include "core/dataset.hpp"

namespace baocao::testing {

class DatasetBuilder {
 public:
  DatasetBuilder() {
    data_.unit.code = "UNIT";
    data_.unit.name = "thị xã Thử";
    data_.unit.term = Period::of_span(2020, 2025);
    data_.unit.term_base_year = 2020;
    data_.areas.push_back({"UNIT", "thị xã Thử", AreaType::unit, ""});
    data_.unit_area = 0;
  }

  DatasetBuilder& ward(const std::string& code) {
    return area(code, "phường " + code, AreaType::ward);
  }
  DatasetBuilder& commune(const std::string& code) {
    return area(code, "xã " + code, AreaType::commune);
  }

  // An indicator with the given rules; the rest as in a typical amount.
  DatasetBuilder& indicator(const std::string& code, IndicatorType type,
                            Direction direction = Direction::up,
                            Aggregate aggregate = Aggregate::none, AreaScope scope = AreaScope::all,
                            const std::string& group = "Kinh tế") {
    Indicator i;
    i.code = code;
    i.name = "Chỉ tiêu " + code;
    i.unit = type == IndicatorType::rate ? "%" : "tỷ đồng";
    i.group = group;
    i.type = type;
    i.direction = direction;
    i.decimals = 2;
    i.department = "TCKH";
    if (type == IndicatorType::score) i.out_of = 19;
    i.aggregate = aggregate;
    i.areas = scope;
    data_.indicators.push_back(i);
    return *this;
  }

  // A row of values.csv; `area` empty means the unit.
  DatasetBuilder& value(const std::string& code, const std::string& period, Basis basis, double v,
                        const std::string& area = "UNIT") {
    Observation o;
    o.indicator = *require(data_.find_indicator(code), code);
    o.area = *require(data_.find_area(area), area);
    o.period = *require(Period::parse(period), period);
    o.basis = basis;
    o.value = v;
    o.line = static_cast<std::uint32_t>(data_.observations.size() + 2);
    data_.observations.push_back(o);
    return *this;
  }
  // The `note` of the row added last.
  DatasetBuilder& note(const std::string& text) {
    data_.observations.back().note = data_.texts.intern(text);
    return *this;
  }
  DatasetBuilder& actual(const std::string& code, const std::string& period, double v,
                         const std::string& area = "UNIT") {
    return value(code, period, Basis::actual, v, area);
  }
  DatasetBuilder& estimate(const std::string& code, const std::string& period, double v,
                           const std::string& area = "UNIT") {
    return value(code, period, Basis::estimate, v, area);
  }
  DatasetBuilder& plan(const std::string& code, const std::string& period, double v,
                       const std::string& area = "UNIT") {
    return value(code, period, Basis::plan, v, area);
  }

  Dataset build() const {
    Dataset d = data_;
    for (const auto& i : d.indicators) {
      bool seen = false;
      for (const auto& g : d.groups) seen = seen || g == i.group;
      if (!seen) d.groups.push_back(i.group);
    }
    return d;
  }

 private:
  DatasetBuilder& area(const std::string& code, const std::string& name, AreaType type) {
    data_.areas.push_back({code, name, type, "UNIT"});
    return *this;
  }
  template <typename T>
  static T require(T found, const std::string& what) {
    if (!found) throw std::invalid_argument("test dataset: unknown " + what);
    return found;
  }

  Dataset data_;
};

}  // namespace baocao::testing

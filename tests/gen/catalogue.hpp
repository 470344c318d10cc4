#pragma once
// The fixed material the generator draws from: departments, an indicator catalogue that covers
// every type, direction, aggregate and area scope of the data contract, place-name syllables,
// notes and sources. All text is Vietnamese in NFC.

#include <span>
#include <string_view>

namespace baocao::gen {

enum class Kind { amount, count, rate, score };
enum class Trend { up, down, none };
enum class Combine { sum, mean, range, none };
enum class Scope { all, wards, communes };

struct DepartmentEntry {
  std::string_view code;
  std::string_view name;
};

struct IndicatorEntry {
  std::string_view code;
  std::string_view name;
  std::string_view unit;
  std::string_view group;
  Kind kind;
  Trend direction;
  int decimals;
  std::string_view department;
  int out_of;  // scores only; 0 otherwise
  Combine aggregate;
  bool key;
  std::string_view plan_word;  // empty: the column is left blank (the default, "kế hoạch")
  Scope scope;
  double level;       // the unit's value in the last year, at town scale
  double yearly;      // growth a year: relative for amount/count, absolute for rate/score
  bool grows_with_n;  // totals grow with the number of areas; per-capita figures do not
  bool has_span;      // also a value for the span ending in the last year ("2021-2023")
};

struct SyllableEntry {
  std::string_view text;   // "Hòa"
  std::string_view ascii;  // "HOA": for area codes
};

struct AreaEntry {
  std::string_view code;
  std::string_view name;
  bool ward;
};

std::span<const DepartmentEntry> departments();
std::span<const IndicatorEntry> indicator_catalogue();
std::span<const SyllableEntry> syllables();
std::span<const AreaEntry> town_areas();  // the 11 wards and communes of thị xã An Khê
std::span<const std::string_view> notes();
std::span<const std::string_view> unit_sources();

std::string_view to_string(Kind);
std::string_view to_string(Trend);
std::string_view to_string(Combine);
std::string_view to_string(Scope);

}  // namespace baocao::gen

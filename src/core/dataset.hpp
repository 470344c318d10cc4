#pragma once
// The indicator dataset as loaded and validated: plain values shared by every later stage.
// See the data contract (README, "The dataset") for what each field means.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/period.hpp"

namespace baocao {

enum class IndicatorType : std::uint8_t { amount, count, rate, score };
enum class Direction : std::uint8_t { up, down, none };
enum class Aggregate : std::uint8_t { sum, mean, range, none };
enum class AreaType : std::uint8_t { unit, ward, commune };
enum class AreaScope : std::uint8_t { all, wards, communes };
enum class Basis : std::uint8_t { actual, estimate, plan, target, low, high };

std::string_view to_string(IndicatorType);
std::string_view to_string(Direction);
std::string_view to_string(Aggregate);
std::string_view to_string(AreaType);
std::string_view to_string(AreaScope);
std::string_view to_string(Basis);

struct Department {
  std::string code;  // [A-Z0-9_-]+, part of file names
  std::string name;
};

// A body's header lines: one string per printed line.
using HeaderLines = std::vector<std::string>;

// A body that issues and signs briefings: a [bodies.<key>] table of unit.toml ([party] and
// [council] are the bodies "party" and "council"). Everything printed for it is data, so a new
// body needs no code: a template names it by its key.
struct IssuingBody {
  std::string key;           // "ubnd": what template.toml's `issuer` names
  HeaderLines superior;      // may be empty: "ĐẢNG BỘ TỈNH GIA LAI"
  HeaderLines name;          // "ỦY BAN NHÂN DÂN", "THỊ XÃ AN KHÊ"
  std::string symbol;        // "UBND": "Số: …/BC-UBND", "TU": "Số …-BC/TU"
  std::string authority;     // "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ"
  std::string signer_title;  // "CHỦ TỊCH", "BÍ THƯ"
  std::string signer_name;   // may be empty: the space for it is kept

  bool operator==(const IssuingBody&) const = default;
};

// unit.toml's optional [collection]: printed at the top of each department's input sheet.
struct Collection {
  std::optional<Date> deadline;  // by when the sheet goes back
  std::string return_to;         // to whom: "Phòng Tài chính - Kế hoạch"; may be empty

  bool operator==(const Collection&) const = default;
};

// unit.toml
struct Unit {
  std::string code;  // the unit's row in areas.csv
  std::string name;
  std::string province;
  std::string place;  // the date line: "An Khê, ngày …"
  Period term;        // a span, "2020-2025"
  int term_base_year = 0;
  std::vector<IssuingBody> bodies;  // sorted by key
  std::vector<Department> departments;
  Collection collection;

  const IssuingBody* find_body(std::string_view key) const;
};

struct Area {
  std::string code;
  std::string name;
  AreaType type = AreaType::unit;
  std::string parent;  // empty for the unit
};

struct Indicator {
  std::string code;
  std::string name;
  std::string unit;  // "tỷ đồng", "%", "đảng viên", …
  std::string group;
  IndicatorType type = IndicatorType::amount;
  Direction direction = Direction::up;
  int decimals = 0;
  std::string department;        // a Department code
  std::optional<double> out_of;  // for scores
  Aggregate aggregate = Aggregate::none;
  bool key = false;
  std::string plan_word = "kế hoạch";
  AreaScope areas = AreaScope::all;
};

// One row of values.csv. Kept compact: a national dataset has millions of them (the members
// are ordered widest first so that padding costs nothing).
struct Observation {
  double value = 0;
  std::uint32_t indicator = 0;  // index into Dataset::indicators
  std::uint32_t area = 0;       // index into Dataset::areas
  Period period;
  std::uint32_t line = 0;    // physical line in values.csv where the row starts
  std::uint32_t note = 0;    // index into Dataset::texts (0 = none)
  std::uint32_t source = 0;  // index into Dataset::texts (0 = none)
  Basis basis = Basis::actual;
};
static_assert(sizeof(Observation) <= 40, "an Observation is held for every row of values.csv");
static_assert(sizeof(Period) == 6, "a Period is held in every Observation");

// Interned free text (notes, sources): the same source is written on thousands of rows.
class TextPool {
 public:
  TextPool() : texts_{std::string{}} {}
  std::uint32_t intern(std::string_view text);
  const std::string& at(std::uint32_t id) const { return texts_[id]; }
  std::size_t size() const { return texts_.size(); }

 private:
  std::vector<std::string> texts_;
  std::vector<std::uint32_t> index_;  // open-addressing hash table of ids
  std::size_t used_ = 0;
  void grow();
};

// Where a dataset was read from, for messages and for the archive's manifest.
struct SourceFile {
  std::string path;  // as the user gave the folder, joined with the file name
  std::uint64_t size = 0;
  std::string sha256;  // lower-case hex of the bytes as read
};

struct Dataset {
  Unit unit;
  std::vector<Area> areas;  // areas.csv order; the unit is areas[unit_area]
  std::uint32_t unit_area = 0;
  std::vector<Indicator> indicators;      // indicators.csv order
  std::vector<std::string> groups;        // first-seen order in indicators.csv
  std::vector<Observation> observations;  // values.csv order
  TextPool texts;
  std::vector<SourceFile> files;  // unit.toml, areas.csv, indicators.csv, values.csv

  std::optional<std::uint32_t> find_indicator(std::string_view code) const;
  std::optional<std::uint32_t> find_area(std::string_view code) const;
  const Department* find_department(std::string_view code) const;
};

}  // namespace baocao

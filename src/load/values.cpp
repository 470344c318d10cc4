// values.csv: the observations, one number a row. This file can hold millions of rows, so each
// row is checked in constant time and only its compact Observation is kept.

#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <new>

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "load/encoding.hpp"
#include "load/number.hpp"
#include "load/parts.hpp"
#include "load/table.hpp"
#include "load/value_rules.hpp"

namespace baocao {
namespace {

enum Column : std::size_t { kCode, kArea, kPeriod, kBasis, kValue, kNote, kSource };

std::optional<Basis> parse_basis(std::string_view s) {
  if (s == "actual") return Basis::actual;
  if (s == "estimate") return Basis::estimate;
  if (s == "plan") return Basis::plan;
  if (s == "target") return Basis::target;
  if (s == "low") return Basis::low;
  if (s == "high") return Basis::high;
  return std::nullopt;
}

std::string basis_hint(std::string_view typed) {
  std::string_view meant;
  if (typed == "thực hiện") meant = "actual";
  if (typed == "ước" || typed == "ước thực hiện" || typed == "ước tính") meant = "estimate";
  if (typed == "kế hoạch" || typed == "dự toán") meant = "plan";
  if (typed == "chỉ tiêu" || typed == "Nghị quyết" || typed == "nghị quyết") meant = "target";
  std::string hint = meant.empty() ? std::string() : trf("write {} for {}; ", meant, typed);
  return hint +
         tr("the bases are actual (thực hiện), estimate (ước thực hiện), plan (kế hoạch, dự "
            "toán), target (chỉ tiêu Nghị quyết), and low/high (the ends of a range, at the unit)");
}

// The key (indicator, area, period, basis) of every observation kept so far, to find
// duplicates in linear time: an open-addressing table whose slots hold the key's hash beside
// the observation's number, so that probing a slot rarely needs the observation itself (on a
// file of millions of rows each such look is a cache miss).
class KeyTable {
 public:
  // The earlier observation with the same key as observations[index], or none (and then
  // observations[index] is remembered).
  std::optional<std::uint32_t> insert(const std::vector<Observation>& observations,
                                      std::uint32_t index) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    const Observation& o = observations[index];
    std::uint32_t h = hash(o);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.number == 0) {
        slot = {h, index + 1};
        ++used_;
        return std::nullopt;
      }
      if (slot.hash == h && same_key(observations[slot.number - 1], o)) return slot.number - 1;
    }
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t number = 0;  // observation index + 1; 0 = empty
  };

  static bool same_key(const Observation& a, const Observation& b) {
    return a.indicator == b.indicator && a.area == b.area && a.period == b.period &&
           a.basis == b.basis;
  }
  static std::uint64_t mix(std::uint64_t z) {  // splitmix64's finaliser
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // The keys of one indicator and area land within 256 slots of each other: values.csv is
  // usually written an indicator and area at a time, and then the table is read in order
  // instead of at random over hundreds of megabytes.
  static std::uint32_t hash(const Observation& o) {
    std::uint64_t where = (static_cast<std::uint64_t>(o.indicator) << 32) | o.area;
    std::uint64_t when =
        (static_cast<std::uint64_t>(o.period.key()) << 8) | static_cast<std::uint64_t>(o.basis);
    return static_cast<std::uint32_t>(mix(where) + (mix(when) & 255));
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.number == 0) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].number != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

// A code looked up in an index, remembering the last one: values.csv is usually sorted by
// indicator, so most rows repeat the previous row's code.
class CachedLookup {
 public:
  explicit CachedLookup(const CodeIndex& index) : index_(index) {}
  std::optional<std::uint32_t> find(std::string_view code) {
    if (valid_ && code == last_) return last_index_;
    auto it = index_.find(code);
    if (it == index_.end()) return std::nullopt;
    last_.assign(code);
    last_index_ = it->second;
    valid_ = true;
    return last_index_;
  }
  std::vector<std::string_view> codes() const {
    std::vector<std::string_view> out;
    for (const auto& [code, i] : index_) out.push_back(code);
    return out;
  }

 private:
  const CodeIndex& index_;
  std::string last_;
  std::uint32_t last_index_ = 0;
  bool valid_ = false;
};

// Notes and sources interned by the bytes as written. A source is usually one of a handful,
// repeated on thousands of rows not always next to each other, and normalising it (NFC) each
// time it came back was a tenth of loading a national file. Up to kRemembered distinct texts
// are remembered; past that (a note of its own on every row) the rest are normalised as they
// come, so memory stays bounded.
class CachedText {
 public:
  std::uint32_t intern(CsvTable& table, std::size_t column, TextPool& pool) {
    std::string_view raw = table.raw(column);
    if (raw.empty()) return 0;
    if (valid_ && raw == last_) return last_id_;
    auto seen = seen_.find(raw);
    std::uint32_t id = seen != seen_.end() ? seen->second : pool.intern(table.text(column));
    if (seen == seen_.end() && seen_.size() < kRemembered) seen_.emplace(raw, id);
    last_.assign(raw);
    last_id_ = id;
    valid_ = true;
    return id;
  }

 private:
  static constexpr std::size_t kRemembered = 4096;
  CodeIndex seen_;  // raw text -> id
  std::string last_;
  std::uint32_t last_id_ = 0;
  bool valid_ = false;
};

struct RangeEnds {
  std::optional<double> low, high;
  int low_line = 0, high_line = 0;
};

class ValuesReader {
 public:
  ValuesReader(const LoadContext& ctx, Dataset& data, const Catalog& catalog)
      : ctx_(ctx),
        data_(data),
        catalog_(catalog),
        table_(ctx.path("values.csv"), ctx.shown("values.csv"),
               {{"code"},
                {"area"},
                {"period"},
                {"basis"},
                {"value"},
                {"note", false},
                {"source", false}},
               ctx.diagnostics),
        indicators_(catalog.indicator_index),
        areas_(catalog.area_index) {}

  SourceFile read() {
    if (table_.open()) {
      reserve_observations();
      while (table_.next_row()) read_row();
    }
    check_ranges();
    return table_.finish();
  }

 private:
  // Room for as many rows as the file could hold, so the vector never doubles (which briefly
  // needs both copies: 1.5 times the memory, on a national file). Only the pages written to
  // are resident, so the over-estimate costs address space, not memory.
  void reserve_observations() {
    constexpr std::uint64_t kShortestRow = 16;  // "A,B,2023,low,1,,\n" is 17 bytes
    constexpr std::uint64_t kMaxRows = std::numeric_limits<std::uint32_t>::max();
    std::error_code ec;
    std::uint64_t bytes = std::filesystem::file_size(ctx_.path("values.csv"), ec);
    if (ec) return;
    // The kernel may refuse that much address space at once (a small machine without
    // overcommit); then a typical row's length (about 45 bytes), then growing as needed.
    for (std::uint64_t row_bytes : {kShortestRow, std::uint64_t{48}}) {
      try {
        data_.observations.reserve(static_cast<std::size_t>(std::min(bytes / row_bytes, kMaxRows)));
        return;
      } catch (const std::bad_alloc&) {
      }
    }
  }

  bool hints_affordable() const { return !ctx_.diagnostics.full(); }

  void read_row() {
    bool ok = table_.complete();
    Observation o;
    o.line = static_cast<std::uint32_t>(table_.row_line());

    const Indicator* ind = nullptr;
    std::string_view code = table_.raw(kCode);
    if (auto i = indicators_.find(code)) {
      o.indicator = *i;
      if (catalog_.indicator_complete[*i]) ind = &data_.indicators[*i];
    } else {
      ok = false;
      if (catalog_.indicators_known) unknown_code(code);
    }

    const Area* area = nullptr;
    std::string_view area_code = table_.raw(kArea);
    if (auto a = areas_.find(area_code)) {
      o.area = *a;
      if (catalog_.area_type_known[*a]) area = &data_.areas[*a];
    } else {
      ok = false;
      if (catalog_.areas_known) unknown_area(area_code);
    }

    std::string_view period = table_.raw(kPeriod);
    if (auto p = Period::parse(period)) {
      o.period = *p;
    } else {
      ok = false;
      table_.error(kPeriod,
                   period.empty() ? std::string(tr("period is empty"))
                                  : trf("period `{}` is not a period", printable(period)),
                   tr("write 2023 (a year), 2023-Q1…2023-Q4, 2023-H1 (6 tháng đầu năm), 2023-9M "
                      "(9 tháng), 2023-M01…2023-M12, or a span of years such as 2021-2023"));
    }

    std::string_view basis = table_.raw(kBasis);
    if (auto b = parse_basis(basis)) {
      o.basis = *b;
    } else {
      ok = false;
      table_.error(kBasis,
                   basis.empty() ? std::string(tr("basis is empty"))
                                 : trf("basis `{}` is not a basis", printable(basis)),
                   basis_hint(table_.text(kBasis)));
    }

    o.note = notes_.intern(table_, kNote, data_.texts);
    o.source = sources_.intern(table_, kSource, data_.texts);

    std::string_view text = table_.raw(kValue);
    ParsedNumber number = parse_number(text);
    if (!number.value) {
      ok = false;
      bad_number(text, number);
    } else {
      o.value = *number.value;
      if (ind != nullptr && !check_value(*ind, text, number, o.note != 0)) ok = false;
    }
    if (ind != nullptr && area != nullptr && !check_placement(*ind, *area, o)) ok = false;

    if (!ok) return;
    auto index = static_cast<std::uint32_t>(data_.observations.size());
    data_.observations.push_back(o);
    if (auto earlier = keys_.insert(data_.observations, index)) {
      const Observation& e = data_.observations[*earlier];
      table_.error(kCode,
                   trf("the same value key ({}, {}, {}, {}) is on lines {} and {}", code, area_code,
                       o.period.to_string(), to_string(o.basis), e.line, o.line),
                   tr("each indicator has one value per area, period and basis: delete one of "
                      "the two rows"));
      data_.observations.pop_back();
      return;
    }
    if (o.basis == Basis::low || o.basis == Basis::high) {
      auto& ends = ranges_[{o.indicator, o.period.key()}];
      (o.basis == Basis::low ? ends.low : ends.high) = o.value;
      (o.basis == Basis::low ? ends.low_line : ends.high_line) = static_cast<int>(o.line);
    }
  }

  void unknown_code(std::string_view code) {
    std::string hint = tr("add the indicator to indicators.csv, or correct the code");
    if (hints_affordable()) {
      if (indicator_codes_.empty()) indicator_codes_ = indicators_.codes();
      if (auto close = closest_name(code, indicator_codes_); !close.empty())
        hint = trf("did you mean `{}`? {}", close, hint);
    }
    table_.error(kCode,
                 code.empty()
                     ? std::string(tr("code is empty"))
                     : trf("no indicator has code `{}` in indicators.csv", printable(code)),
                 std::move(hint));
  }

  void unknown_area(std::string_view code) {
    std::string hint = tr("use a code from areas.csv, or add the area there");
    if (hints_affordable()) {
      if (area_codes_.empty()) area_codes_ = areas_.codes();
      if (auto close = closest_name(code, area_codes_); !close.empty())
        hint = trf("did you mean `{}`? {}", close, hint);
    }
    table_.error(kArea,
                 code.empty() ? std::string(tr("area is empty"))
                              : trf("no area has code `{}` in areas.csv", printable(code)),
                 std::move(hint));
  }

  void bad_number(std::string_view text, const ParsedNumber& number) {
    if (text.empty()) {
      table_.error(kValue, tr("value is empty"),
                   tr("write the figure; if it is not known, leave the row out (a missing figure "
                      "is shown as —, never as 0)"));
      return;
    }
    ValueProblem p = not_a_number(
        printable(text), number,
        tr("write a number with a dot before the decimals and no thousands separator, e.g. "
           "18797.39; if the figure is not known, leave the row out"));
    table_.error(kValue, std::move(p.message), std::move(p.hint));
  }

  // Rules that depend on the indicator's type (value_rules). False when the value is an error.
  bool check_value(const Indicator& ind, std::string_view text, const ParsedNumber& n,
                   bool has_note) {
    std::optional<ValueProblem> problem = baocao::check_value(ind, text, n, has_note);
    if (!problem) return true;
    if (!problem->error) {
      table_.warning(kValue, problem->kind, std::move(problem->message), std::move(problem->hint));
      return true;
    }
    table_.error(kValue, std::move(problem->message), std::move(problem->hint));
    return false;
  }

  // Rules about which area and basis an indicator's value may have.
  bool check_placement(const Indicator& ind, const Area& area, const Observation& o) {
    bool at_unit = catalog_.unit_area_known && o.area == data_.unit_area;
    bool unit_known = catalog_.unit_area_known;
    std::string unit_code = unit_known ? data_.areas[data_.unit_area].code : tr("the unit");
    if (o.basis == Basis::low || o.basis == Basis::high) {
      if (ind.aggregate != Aggregate::range) {
        table_.error(kBasis,
                     trf("basis {} is only for an indicator with aggregate range; `{}` "
                         "has aggregate {}",
                         to_string(o.basis), ind.code, to_string(ind.aggregate)),
                     tr("use actual, estimate, plan or target, or make the aggregate range"));
        return false;
      }
      if (unit_known && !at_unit) {
        table_.error(kArea,
                     trf("basis {} is given at the unit {}, not for `{}`", to_string(o.basis),
                         unit_code, area.code),
                     tr("low and high are the ends of the range over the areas, given at the "
                        "unit; an area's own figure is its actual"));
        return false;
      }
    }
    if (!unit_known || at_unit || area.type == AreaType::unit) return true;
    if (ind.aggregate == Aggregate::none) {
      table_.error(kArea,
                   trf("indicator `{}` has aggregate none (reported for the unit only), "
                       "but this row gives a value for `{}`",
                       ind.code, area.code),
                   trf("give the value for the unit {}, or set aggregate to sum, mean "
                       "or range in indicators.csv",
                       unit_code));
      return false;
    }
    if ((ind.areas == AreaScope::wards && area.type != AreaType::ward) ||
        (ind.areas == AreaScope::communes && area.type != AreaType::commune)) {
      table_.error(kArea,
                   trf("indicator `{}` applies to {} only (areas = {}), but `{}` is a {}", ind.code,
                       to_string(ind.areas), to_string(ind.areas), area.code, to_string(area.type)),
                   tr("remove the row, or change areas in indicators.csv"));
      return false;
    }
    return true;
  }

  void check_ranges() {
    for (const auto& [key, ends] : ranges_)
      if (ends.low && ends.high && *ends.low > *ends.high)
        ctx_.diagnostics.error(
            table_.shown_path(), ends.high_line, 0,
            trf("high {:g} is below low {:g} (line {}) for indicator `{}`, period {}", *ends.high,
                *ends.low, ends.low_line, data_.indicators[key.first].code,
                Period::from_key(key.second).to_string()),
            tr("low is the lowest area's value and high the highest: swap them"));
  }

  const LoadContext& ctx_;
  Dataset& data_;
  const Catalog& catalog_;
  CsvTable table_;
  CachedLookup indicators_;
  CachedLookup areas_;
  CachedText notes_;
  CachedText sources_;
  KeyTable keys_;
  std::vector<std::string_view> indicator_codes_;
  std::vector<std::string_view> area_codes_;
  std::map<std::pair<std::uint32_t, std::uint32_t>, RangeEnds> ranges_;
};

}  // namespace

void load_values(const LoadContext& ctx, Dataset& data, const Catalog& catalog, SourceFile& file) {
  file = ValuesReader(ctx, data, catalog).read();
}

}  // namespace baocao

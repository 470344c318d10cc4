#include "generator.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <vector>

#include "catalogue.hpp"

namespace baocao::gen {
namespace {

namespace fs = std::filesystem;

// splitmix64: tiny, fast and the same on every platform (std distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  double uniform(double low, double high) { return low + (high - low) * uniform(); }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(uniform() * double(n)); }

 private:
  std::uint64_t state_;
};

std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t stream) {
  Rng r(seed * 0xD1342543DE82EF95ull + stream);
  return r.next();
}

// Buffered output: one large fwrite per few MB, so the national dataset is I/O bound.
class OutFile {
 public:
  explicit OutFile(const fs::path& path) : path_(path), file_(std::fopen(path.c_str(), "wb")) {
    buffer_.reserve(kChunk + 4096);
  }
  ~OutFile() {
    if (file_) std::fclose(file_);
  }
  OutFile(const OutFile&) = delete;
  OutFile& operator=(const OutFile&) = delete;

  std::string& buffer() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= kChunk) flush();
  }
  // Empty on success, else what went wrong.
  std::string close() {
    if (!file_) return "cannot create " + path_.string();
    flush();
    bool ok = !failed_ && std::fclose(file_) == 0;
    file_ = nullptr;
    return ok ? std::string{} : "cannot write " + path_.string();
  }
  std::uint64_t bytes() const { return written_ + buffer_.size(); }

 private:
  static constexpr std::size_t kChunk = std::size_t{4} << 20;
  void flush() {
    if (file_ && !buffer_.empty() &&
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
      failed_ = true;
    written_ += buffer_.size();
    buffer_.clear();
  }
  fs::path path_;
  std::FILE* file_;
  std::string buffer_;
  std::uint64_t written_ = 0;
  bool failed_ = false;
};

// RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes.
void put_field(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void put_int(std::string& out, long long v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// A value held as an integer count of 10^-decimals: sums of rounded parts stay exact.
void put_fixed(std::string& out, long long scaled, int decimals) {
  if (decimals == 0) {
    put_int(out, scaled);
    return;
  }
  static constexpr std::array<long long, 5> kPow{1, 10, 100, 1000, 10000};
  long long p = kPow[static_cast<std::size_t>(decimals)];
  if (scaled < 0) {
    out += '-';
    scaled = -scaled;
  }
  put_int(out, scaled / p);
  out += '.';
  char buf[8];
  long long frac = scaled % p;
  for (int i = decimals - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + frac % 10);
    frac /= 10;
  }
  out.append(buf, static_cast<std::size_t>(decimals));
}

struct AreaRow {
  std::string code;
  std::string name;
  bool ward = false;
};

struct Identity {
  std::string code, name, province, place, superior, party_body, party_symbol;
  std::vector<std::string> council;  // one string per printed line
  // The People's Committee (or the national government): [bodies.ubnd], which the shipped
  // templates/ubnd names.
  std::vector<std::string> committee;
  std::string committee_symbol, committee_authority, committee_title;
};

Identity identity_for(int areas) {
  if (areas <= 30)
    return {"ANKHE",
            "thị xã An Khê",
            "Gia Lai",
            "An Khê",
            "ĐẢNG BỘ TỈNH GIA LAI",
            "THỊ ỦY AN KHÊ",
            "TU",
            {"HỘI ĐỒNG NHÂN DÂN", "THỊ XÃ AN KHÊ"},
            {"ỦY BAN NHÂN DÂN", "THỊ XÃ AN KHÊ"},
            "UBND",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH"};
  if (areas <= 2000)
    return {"GIALAI",
            "tỉnh Gia Lai",
            "Gia Lai",
            "Gia Lai",
            "ĐẢNG BỘ TỈNH GIA LAI",
            "TỈNH ỦY GIA LAI",
            "TU",
            {"HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI"},
            {"ỦY BAN NHÂN DÂN TỈNH GIA LAI"},
            "UBND",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH"};
  return {"VN",
          "cả nước",
          "Hà Nội",
          "Hà Nội",
          "ĐẢNG CỘNG SẢN VIỆT NAM",
          "BAN CHẤP HÀNH TRUNG ƯƠNG",
          "TW",
          {"QUỐC HỘI"},
          {"CHÍNH PHỦ"},
          "CP",
          "TM. CHÍNH PHỦ",
          "THỦ TƯỚNG"};
}

// Names of two (three for big sets) distinct syllables; a number is appended when the
// syllables run out, as in "phường 12".
std::vector<AreaRow> make_areas(int count, Rng& rng) {
  std::vector<AreaRow> out;
  if (count == static_cast<int>(town_areas().size())) {
    for (const auto& a : town_areas())
      out.push_back({std::string(a.code), std::string(a.name), a.ward});
    return out;
  }
  auto syl = syllables();
  std::size_t parts = count <= 1500 ? 2 : 3;
  std::set<std::string> codes;
  for (int i = 0; i < count; ++i) {
    bool ward = i == 0 || (i != 1 && rng.uniform() < 0.3);
    AreaRow row;
    row.ward = ward;
    for (int attempt = 0;; ++attempt) {
      std::string name, code;
      std::array<std::size_t, 3> picked{};
      for (std::size_t k = 0; k < parts; ++k) {
        std::size_t s;
        do s = rng.below(syl.size());
        while (std::find(picked.begin(), picked.begin() + static_cast<long>(k), s) !=
               picked.begin() + static_cast<long>(k));
        picked[k] = s;
        if (k) name += ' ';
        name += syl[s].text;
        code += syl[s].ascii;
      }
      if (attempt >= 50) {
        name += ' ' + std::to_string(i + 1);
        code += std::to_string(i + 1);
      }
      if (codes.insert(code).second) {
        row.name = std::string(ward ? "phường " : "xã ") + name;
        row.code = code;
        break;
      }
    }
    out.push_back(std::move(row));
  }
  return out;
}

struct Instance {
  const IndicatorEntry* entry;
  std::string code;
  std::string name;
  bool key;
  bool span;
  bool explicit_defaults;  // write "all"/"kế hoạch" instead of leaving the column blank
};

std::vector<Instance> make_indicators(int count) {
  auto cat = indicator_catalogue();
  std::vector<Instance> out;
  for (int i = 0; i < count; ++i) {
    const auto& e = cat[static_cast<std::size_t>(i) % cat.size()];
    int copy = i / static_cast<int>(cat.size());
    Instance inst{&e,
                  std::string(e.code),
                  std::string(e.name),
                  e.key && copy == 0,
                  e.has_span && copy == 0,
                  i % 2 == 1};
    if (copy > 0) {
      inst.code += '.' + std::to_string(copy + 1);
      inst.name += " (" + std::to_string(copy + 1) + ")";
    }
    out.push_back(std::move(inst));
  }
  return out;
}

std::string write_unit(const fs::path& dir, const Identity& id) {
  OutFile f(dir / "unit.toml");
  std::string& b = f.buffer();
  b += "# Tập dữ liệu tổng hợp sinh tự động (baocao-gen) để đo hiệu năng.\n";
  b += "code = \"" + id.code + "\"\nname = \"" + id.name + "\"\nprovince = \"" + id.province +
       "\"\nplace = \"" + id.place + "\"\nterm = \"2020-2025\"\nterm_base_year = 2020\n\n";
  b += "[party]\nsuperior = \"" + id.superior + "\"\nbody = \"" + id.party_body +
       "\"\nsymbol = \"" + id.party_symbol +
       "\"\nsigner_title = \"BÍ THƯ\"\nsigner_for = \"T/M BAN THƯỜNG VỤ\"\nsigner_name = \"\"\n\n";
  // A text, or a list of texts when the name is printed on several lines.
  auto lines = [](const std::vector<std::string>& l) {
    if (l.size() == 1) return "\"" + l[0] + "\"";
    std::string list = "[";
    for (std::size_t i = 0; i < l.size(); ++i) list += (i ? ", \"" : "\"") + l[i] + "\"";
    return list + "]";
  };
  b += "[council]\nbody = " + lines(id.council);
  b += "\nsymbol = \"HĐND\"\nsigner_title = \"CHỦ TỊCH\"\nsigner_for = \"TM. HỘI ĐỒNG NHÂN "
       "DÂN\"\nsigner_name = \"\"\n";
  // The newer form of a body table, beside the two older ones.
  b += "\n[bodies.ubnd]\nname = " + lines(id.committee) + "\nsymbol = \"" + id.committee_symbol +
       "\"\nauthority = \"" + id.committee_authority + "\"\nsigner_title = \"" +
       id.committee_title + "\"\n";
  for (const auto& d : departments())
    b += "\n[[departments]]\ncode = \"" + std::string(d.code) + "\"\nname = \"" +
         std::string(d.name) + "\"\n";
  return f.close();
}

// As a spreadsheet exports it: a byte-order mark and CRLF line ends.
std::string write_areas(const fs::path& dir, const Identity& id,
                        const std::vector<AreaRow>& areas) {
  OutFile f(dir / "areas.csv");
  std::string& b = f.buffer();
  b += "\xEF\xBB\xBF"
       "code,name,type,parent\r\n";
  b += id.code + ',' + id.name + ",unit,\r\n";
  for (const auto& a : areas) {
    b += a.code;
    b += ',';
    put_field(b, a.name);
    b += a.ward ? ",ward," : ",commune,";
    b += id.code;
    b += "\r\n";
    f.maybe_flush();
  }
  return f.close();
}

// Columns in an order of their own: the loader finds them by name.
std::string write_indicators(const fs::path& dir, const std::vector<Instance>& inds) {
  OutFile f(dir / "indicators.csv");
  std::string& b = f.buffer();
  b += "code,name,group,unit,type,direction,decimals,out_of,aggregate,areas,key,plan_word,"
       "department\n";
  for (const auto& i : inds) {
    const auto& e = *i.entry;
    b += i.code + ',';
    put_field(b, i.name);
    b += ',';
    put_field(b, e.group);
    b += ',';
    put_field(b, e.unit);
    b += ',';
    b += to_string(e.kind);
    b += ',';
    b += to_string(e.direction);
    b += ',';
    put_int(b, e.decimals);
    b += ',';
    if (e.kind == Kind::score) put_int(b, e.out_of);
    b += ',';
    b += to_string(e.aggregate);
    b += ',';
    if (e.scope != Scope::all || i.explicit_defaults) b += to_string(e.scope);
    b += i.key ? ",yes," : ",no,";
    if (!e.plan_word.empty())
      b += e.plan_word;
    else if (i.explicit_defaults)
      b += "kế hoạch";
    b += ',';
    b += e.department;
    b += '\n';
  }
  return f.close();
}

// Writes values.csv: one indicator after another, years in order, the unit's row first.
class ValuesWriter {
 public:
  ValuesWriter(const fs::path& dir, const GeneratorOptions& opt, const Identity& id,
               const std::vector<AreaRow>& areas)
      : file_(dir / "values.csv"), opt_(opt), id_(id), areas_(areas) {
    for (int a = 0; a < static_cast<int>(areas.size()); ++a) {
      scope_[static_cast<int>(Scope::all)].push_back(a);
      scope_[static_cast<int>(areas[static_cast<std::size_t>(a)].ward ? Scope::wards
                                                                      : Scope::communes)]
          .push_back(a);
    }
    file_.buffer() += "code,area,period,basis,value,note,source\n";
  }

  void write(const Instance& ind, std::uint64_t stream);
  std::string close() { return file_.close(); }
  std::uint64_t rows() const { return rows_; }
  std::uint64_t bytes() const { return file_.bytes(); }

 private:
  static constexpr int kUnit = -1;

  void emit(const Instance& ind, int area, std::string_view period, std::string_view basis,
            long long scaled, Rng& rng);
  double clamp(const IndicatorEntry& e, double v) const;
  long long scaled(const IndicatorEntry& e, double v) const {
    return std::llround(clamp(e, v) * std::pow(10.0, e.decimals));
  }

  OutFile file_;
  const GeneratorOptions& opt_;
  const Identity& id_;
  const std::vector<AreaRow>& areas_;
  std::array<std::vector<int>, 3> scope_;
  std::uint64_t rows_ = 0;
};

double ValuesWriter::clamp(const IndicatorEntry& e, double v) const {
  switch (e.kind) {
    case Kind::score:
      return std::clamp(std::round(v), 0.0, double(e.out_of));
    case Kind::rate:
      return std::clamp(v, 0.0, 100.0);
    case Kind::count:
      return std::max(0.0, std::round(v));
    case Kind::amount:
      return std::max(0.0, v);
  }
  return v;
}

void ValuesWriter::emit(const Instance& ind, int area, std::string_view period,
                        std::string_view basis, long long value, Rng& rng) {
  std::string& b = file_.buffer();
  b += ind.code;
  b += ',';
  b += area == kUnit ? id_.code : areas_[static_cast<std::size_t>(area)].code;
  b += ',';
  b += period;
  b += ',';
  b += basis;
  b += ',';
  put_fixed(b, value, ind.entry->decimals);
  b += ',';
  double r = rng.uniform();
  if (r < 0.02) put_field(b, notes()[static_cast<std::size_t>(r * 50 * double(notes().size()))]);
  b += ',';
  if (rng.uniform() < 0.25) {
    if (area == kUnit)
      b += unit_sources()[rng.below(unit_sources().size())];
    else
      b += areas_[static_cast<std::size_t>(area)].ward ? "Báo cáo của UBND phường"
                                                       : "Báo cáo của UBND xã";
  }
  b += '\n';
  ++rows_;
  file_.maybe_flush();
}

void ValuesWriter::write(const Instance& ind, std::uint64_t stream) {
  const IndicatorEntry& e = *ind.entry;
  Rng rng(stream);
  const bool estimate_last = rng.uniform() < opt_.estimate_share;
  const bool unit_rows = e.aggregate != Combine::range;  // a range's unit figure is derived
  const bool area_rows = e.aggregate != Combine::none;
  const auto& scope = scope_[static_cast<int>(e.scope)];
  const double scale = e.grows_with_n ? opt_.areas / 11.0 : 1.0;
  const bool relative = e.kind == Kind::amount || e.kind == Kind::count;

  // Each area's share of a sum, or its offset from a mean or a range's middle.
  std::vector<double> share(scope.size()), offset(scope.size());
  double total = 0;
  for (std::size_t k = 0; k < scope.size(); ++k) {
    double u = rng.uniform();
    share[k] = u * u + 0.05;
    total += share[k];
    offset[k] = rng.uniform(-0.25, 0.25);
  }
  for (double& s : share) s /= total;

  auto level_in = [&](int year) {
    int back = opt_.end_year - year;
    if (relative) return e.level * scale / std::pow(1 + e.yearly, back) * rng.uniform(0.97, 1.03);
    return e.level - e.yearly * back + rng.uniform(-0.2, 0.2) * (std::abs(e.yearly) + 0.1);
  };
  // One area's figure from the unit's level; `factor` moves a plan away from the result.
  auto area_value = [&](std::size_t k, double level, double factor) {
    switch (e.aggregate) {
      case Combine::sum:
        return scaled(e, level * share[k] * factor);
      case Combine::mean: {
        double spread = e.kind == Kind::rate && level > 50 ? 0.5 : 1.0;
        return scaled(e, level * (1 + offset[k] * spread) * factor);
      }
      default:
        return scaled(e, level + std::round(offset[k] * 8) + (factor > 1 ? 1 : 0));
    }
  };

  std::vector<long long> values(scope.size());
  std::string period;
  double last_level = 0;
  for (int year = opt_.end_year - opt_.years + 1; year <= opt_.end_year; ++year) {
    period = std::to_string(year);
    double level = level_in(year);
    last_level = level;
    for (int pass = 0; pass < 2; ++pass) {
      bool plan = pass == 1;
      std::string_view basis =
          plan ? "plan" : (year == opt_.end_year && estimate_last ? "estimate" : "actual");
      long long sum = 0;
      if (area_rows) {
        for (std::size_t k = 0; k < scope.size(); ++k) {
          values[k] = area_value(k, level, plan ? 1 + rng.uniform(-0.04, 0.03) : 1.0);
          sum += values[k];
        }
      }
      if (unit_rows) {
        long long unit;
        if (e.aggregate == Combine::sum)
          unit = sum;
        else if (e.aggregate == Combine::mean)
          unit = std::llround(double(sum) / double(scope.size()));
        else if (!plan)
          unit = scaled(e, level);
        else if (relative)
          unit = scaled(e, level * (1 + rng.uniform(-0.04, 0.03)));
        else
          unit = scaled(
              e, level + (e.kind == Kind::score ? double(rng.below(2)) : rng.uniform(-0.4, 0.3)));
        emit(ind, kUnit, period, basis, unit, rng);
      }
      if (area_rows)
        for (std::size_t k = 0; k < scope.size(); ++k)
          emit(ind, scope[k], period, basis, values[k], rng);
    }
  }
  if (!unit_rows) return;
  double next = relative ? last_level * (1 + e.yearly) : last_level + e.yearly;
  emit(ind, kUnit, std::to_string(opt_.end_year + 1), "plan", scaled(e, next), rng);
  if (ind.key) {
    double target = relative ? last_level * std::pow(1 + e.yearly, 2) : last_level + 2 * e.yearly;
    emit(ind, kUnit, "2020-2025", "target", scaled(e, target), rng);
  }
  if (ind.span && opt_.years >= 3) {
    period = std::to_string(opt_.end_year - 2) + '-' + std::to_string(opt_.end_year);
    emit(ind, kUnit, period, "actual", scaled(e, last_level * rng.uniform(0.95, 1.05)), rng);
  }
}

}  // namespace

std::optional<GeneratorOptions> preset(std::string_view name) {
  GeneratorOptions o;
  if (name == "town") {
    o.areas = 11, o.indicators = 60, o.years = 5;
  } else if (name == "province") {
    o.areas = 220, o.indicators = 150, o.years = 5;
  } else if (name == "national") {
    o.areas = 10600, o.indicators = 100, o.years = 5;
  } else {
    return std::nullopt;
  }
  return o;
}

GeneratorReport write_dataset(const GeneratorOptions& opt) {
  GeneratorReport report;
  if (opt.areas < 2 || opt.indicators < 1 || opt.years < 1 || opt.end_year < 1901 ||
      opt.end_year - opt.years < 1899 || opt.estimate_share < 0 || opt.estimate_share > 1) {
    report.error =
        "need --areas >= 2, --indicators >= 1, --years >= 1 and 0 <= --estimate-share <= 1";
    return report;
  }
  std::error_code ec;
  fs::path dir(opt.out);
  fs::create_directories(dir, ec);
  if (ec) {
    report.error = "cannot create " + dir.string() + ": " + ec.message();
    return report;
  }
  Rng area_rng(stream_seed(opt.seed, 0));
  Identity id = identity_for(opt.areas);
  std::vector<AreaRow> areas = make_areas(opt.areas, area_rng);
  std::vector<Instance> inds = make_indicators(opt.indicators);
  report.area_rows = opt.areas + 1;

  report.error = write_unit(dir, id);
  if (report.error.empty()) report.error = write_areas(dir, id, areas);
  if (report.error.empty()) report.error = write_indicators(dir, inds);
  if (!report.error.empty()) return report;

  ValuesWriter values(dir, opt, id, areas);
  for (std::size_t i = 0; i < inds.size(); ++i) values.write(inds[i], stream_seed(opt.seed, i + 1));
  report.values_bytes = values.bytes();
  report.error = values.close();
  report.values_rows = values.rows();
  return report;
}

}  // namespace baocao::gen

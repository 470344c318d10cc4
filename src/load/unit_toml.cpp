// unit.toml: the reporting unit, the bodies that issue its briefings, departments and term.

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <span>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include "core/i18n.hpp"
#include "core/sha256.hpp"
#include "core/unicode.hpp"
#include "load/encoding.hpp"
#include "load/parts.hpp"
#include "load/table.hpp"
#include "load/toml_text.hpp"

namespace baocao {
namespace {

// A unit.toml is a few hundred bytes; anything this big is some other file.
constexpr std::uintmax_t kMaxUnitTomlBytes = 1 << 20;

std::string_view type_words(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string:
      return tr("a text");
    case toml::node_type::integer:
      return tr("a whole number");
    case toml::node_type::floating_point:
      return tr("a number with decimals");
    case toml::node_type::boolean:
      return tr("true/false");
    case toml::node_type::table:
      return tr("a table");
    case toml::node_type::array:
      return tr("a list");
    default:
      return tr("a date or time");
  }
}

int line_of(const toml::node& n) {
  return static_cast<int>(n.source().begin.line);
}

struct Key {
  std::string_view name;
  std::string_view example;  // a line to write, shown when the key is missing or mistyped
  bool required = true;
};

// The keys of a body table, by form. The key names say which IssuingBody field each fills
// (see UnitReader::read_body_fields). [bodies.<key>] names the fields plainly; [party] and
// [council] keep the names and rules they had before bodies were data: the name is `body`, the
// authority line `signer_for`, [party] must have a superior body and [council] has none.
constexpr Key kBodyKeys[] = {
    {"name", "name = \"ỦY BAN NHÂN DÂN\""},
    {"superior", "superior = \"ĐẢNG BỘ TỈNH GIA LAI\"", false},
    {"symbol", "symbol = \"UBND\""},
    {"authority", "authority = \"TM. ỦY BAN NHÂN DÂN\""},
    {"signer_title", "signer_title = \"CHỦ TỊCH\""},
    {"signer_name", "signer_name = \"\"", false},
};
constexpr Key kPartyKeys[] = {
    {"superior", "superior = \"ĐẢNG BỘ TỈNH GIA LAI\""},
    {"body", "body = \"THỊ ỦY AN KHÊ\""},
    {"symbol", "symbol = \"TU\""},
    {"signer_title", "signer_title = \"BÍ THƯ\""},
    {"signer_for", "signer_for = \"T/M BAN THƯỜNG VỤ\""},
    {"signer_name", "signer_name = \"\"", false},
};
constexpr Key kCouncilKeys[] = {
    {"body", "body = \"HỘI ĐỒNG NHÂN DÂN THỊ XÃ AN KHÊ\""},
    {"symbol", "symbol = \"HĐND\""},
    {"signer_title", "signer_title = \"CHỦ TỊCH\""},
    {"signer_for", "signer_for = \"TM. THƯỜNG TRỰC HĐND\""},
    {"signer_name", "signer_name = \"\"", false},
};

// A department's code becomes part of file names (phong-ban/TCKH-2023-Q3.xlsx), with the
// period and a temporary suffix while it is written: short enough for every file system.
constexpr std::size_t kMaxDepartmentCode = 32;

// A body's key becomes part of messages and of template.toml's `issuer`: keep it plain.
bool is_body_key(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

class UnitReader {
 public:
  UnitReader(const LoadContext& ctx, Unit& unit)
      : ctx_(ctx), file_(ctx.shown("unit.toml")), unit_(unit) {}

  void read(const toml::table& root) {
    static constexpr Key kRoot[] = {
        {"code", "code = \"ANKHE\""},
        {"name", "name = \"thị xã An Khê\""},
        {"province", "province = \"Gia Lai\""},
        {"place", "place = \"An Khê\""},
        {"term", "term = \"2020-2025\""},
        {"term_base_year", "term_base_year = 2020"},
        {"party", "[party]", false},
        {"council", "[council]", false},
        {"bodies", "[bodies.ubnd]", false},
        {"departments", "[[departments]]"},
        {"collection", "[collection]", false},
    };
    check_keys(root, kRoot, "", 0);
    if (auto code = text(root, kRoot[0], "")) {
      unit_.code = *code;
      if (!is_area_code(*code))
        error(line_of(*root.get("code")),
              trf("`code` \"{}\" is not a code: use capital letters without accents, "
                  "digits, - and _",
                  printable(*code)),
              tr("write the code of the unit's row in areas.csv, e.g. code = \"ANKHE\""));
    }
    if (auto v = text(root, kRoot[1], "")) unit_.name = *v;
    if (auto v = text(root, kRoot[2], "")) unit_.province = *v;
    if (auto v = text(root, kRoot[3], "")) unit_.place = *v;
    read_term(root, kRoot[4], kRoot[5]);
    read_bodies(root);
    read_departments(root);
    read_collection(root);
  }

 private:
  void error(int line, std::string message, std::string hint = {}) {
    ctx_.diagnostics.error(file_, line, 0, std::move(message), std::move(hint));
  }

  static std::string where(std::string_view table) {
    return table.empty() ? std::string() : trf(" in [{}]", table);
  }

  void check_keys(const toml::table& t, std::span<const Key> keys, std::string_view table,
                  int table_line) {
    std::vector<std::string_view> names;
    for (const auto& k : keys) names.push_back(k.name);
    for (auto&& [key, node] : t) {
      std::string_view name = key.str();
      bool known = std::find(names.begin(), names.end(), name) != names.end();
      if (known || name.starts_with("x_")) continue;
      int line =
          key.source().begin.line > 0 ? static_cast<int>(key.source().begin.line) : line_of(node);
      error(line > 0 ? line : table_line, trf("unknown key `{}`{}", printable(name), where(table)),
            trf("{}the keys{} are {}; a key of your own must start with x_",
                did_you_mean(name, names), where(table), fmt::join(names, ", ")));
    }
    for (const auto& k : keys)
      if (k.required && !t.contains(k.name))
        error(table_line, trf("missing key `{}`{}", k.name, where(table)),
              trf("add the line: {}", k.example));
  }

  // The older names of [party] and [council] are suggested in [bodies.*] too.
  static std::string did_you_mean(std::string_view typed,
                                  const std::vector<std::string_view>& names) {
    std::string_view best = closest_name(typed, names);
    auto has = [&](std::string_view n) {
      return std::find(names.begin(), names.end(), n) != names.end();
    };
    if (typed == "body" && has("name")) best = "name";
    if (typed == "signer_for" && has("authority")) best = "authority";
    return best.empty() ? std::string() : trf("did you mean `{}`? ", best);
  }

  // A required or optional text; empty only where `allow_empty`.
  std::optional<std::string> text(const toml::table& t, const Key& key, std::string_view table,
                                  bool allow_empty = false) {
    const toml::node* n = t.get(key.name);
    if (n == nullptr) return std::nullopt;  // reported by check_keys when required
    if (!n->is_string()) {
      error(line_of(*n),
            trf("`{}`{} must be a text in double quotes, not {}", key.name, where(table),
                type_words(*n)),
            trf("write it as: {}", key.example));
      return std::nullopt;
    }
    std::string value = to_nfc(n->as_string()->get());
    if (value.empty() && !allow_empty) {
      error(line_of(*n), trf("`{}`{} is empty", key.name, where(table)),
            trf("write it as: {}", key.example));
      return std::nullopt;
    }
    return value;
  }

  // A body's name or superior body: a text, or a list of texts, one a printed line.
  std::optional<HeaderLines> lines(const toml::table& t, const Key& key, std::string_view table) {
    const toml::node* n = t.get(key.name);
    if (n == nullptr) return std::nullopt;
    std::string hint =
        trf("write it as {} or as a list of printed lines: {} = [\"…\", "
            "\"…\"]",
            key.example, key.name);
    if (n->is_string()) {
      std::string value = to_nfc(n->as_string()->get());
      if (value.empty()) {
        error(line_of(*n), trf("`{}`{} is empty", key.name, where(table)), hint);
        return std::nullopt;
      }
      return HeaderLines{value};
    }
    const toml::array* list = n->as_array();
    if (list == nullptr || list->empty()) {
      error(line_of(*n),
            trf("`{}`{} must be a text or a list of texts, not {}", key.name, where(table),
                list ? tr("an empty list") : type_words(*n)),
            hint);
      return std::nullopt;
    }
    HeaderLines out;
    for (const auto& item : *list) {
      if (!item.is_string() || item.as_string()->get().empty()) {
        error(line_of(item) > 0 ? line_of(item) : line_of(*n),
              trf("`{}`{}: every line must be a non-empty text in double quotes", key.name,
                  where(table)),
              hint);
        return std::nullopt;
      }
      out.push_back(to_nfc(item.as_string()->get()));
    }
    return out;
  }

  void read_term(const toml::table& root, const Key& term_key, const Key& base_key) {
    std::optional<Period> term;
    if (auto v = text(root, term_key, "")) {
      term = Period::parse(*v);
      if (!term || !term->is_span()) {
        error(line_of(*root.get("term")),
              trf("`term` \"{}\" is not a span of years", printable(*v)),
              tr("write the Party Congress term as first-last year: term = \"2020-2025\""));
        term.reset();
      } else {
        unit_.term = *term;
      }
    }
    const toml::node* n = root.get(base_key.name);
    if (n == nullptr) return;
    if (!n->is_integer()) {
      error(line_of(*n), trf("`term_base_year` must be a whole number, not {}", type_words(*n)),
            tr("write the year without quotes: term_base_year = 2020"));
      return;
    }
    auto year = n->as_integer()->get();
    int last = term ? term->end_year : 2999;
    if (year < 1900 || year > last) {
      error(line_of(*n),
            term ? trf("`term_base_year` {} is not a year up to the end of the term {}", year,
                       term->to_string())
                 : trf("`term_base_year` {} is not a year between 1900 and 2999", year),
            tr("the base year is the year before the term's first year of growth, usually the "
               "term's first year: term_base_year = 2020 for term = \"2020-2025\""));
      return;
    }
    unit_.term_base_year = static_cast<int>(year);
  }

  const toml::table* sub_table(const toml::table& root, std::string_view name) {
    const toml::node* n = root.get(name);
    if (n == nullptr) return nullptr;  // reported as a missing key
    if (!n->is_table()) {
      error(line_of(*n), trf("`{}` must be a table, not {}", name, type_words(*n)),
            trf("write a line [{}] followed by its keys", name));
      return nullptr;
    }
    return n->as_table();
  }

  // [party], [council] and every [bodies.<key>], each an IssuingBody found by its key.
  void read_bodies(const toml::table& root) {
    int tables = 0;
    for (auto [key, keys] : {std::pair{"party", std::span<const Key>(kPartyKeys)},
                             std::pair{"council", std::span<const Key>(kCouncilKeys)}})
      if (const toml::table* t = sub_table(root, key)) {
        ++tables;
        add_body(read_body(*t, key, key, keys), key, line_of(*t));
      }
    if (const toml::node* n = root.get("bodies")) {
      const toml::table* all = n->as_table();
      if (all == nullptr) {
        error(line_of(*n), trf("`bodies` must hold one table per body, not {}", type_words(*n)),
              tr("write one table per issuing body: a line [bodies.ubnd] followed by its keys"));
      } else {
        for (auto&& [key, node] : *all) tables += read_new_body(key, node) ? 1 : 0;
      }
    }
    if (tables == 0)
      error(0, tr("there is no body that issues briefings"),
            tr("add a table per issuing body, e.g. [bodies.council] followed by name, symbol, "
               "authority, signer_title and signer_name (see docs/data-format.md)"));
    std::sort(unit_.bodies.begin(), unit_.bodies.end(),
              [](const auto& a, const auto& b) { return a.key < b.key; });
  }

  // One [bodies.<key>]; false when it is not a table at all.
  bool read_new_body(const toml::key& key, const toml::node& node) {
    std::string name(key.str());
    int line =
        key.source().begin.line > 0 ? static_cast<int>(key.source().begin.line) : line_of(node);
    const toml::table* t = node.as_table();
    if (t == nullptr) {
      error(line,
            trf("`{}` in [bodies] must be a table, not {}", printable(name), type_words(node)),
            trf("write a line [bodies.{}] followed by its keys: name, symbol, authority, "
                "signer_title, signer_name",
                is_body_key(name) ? name : "ubnd"));
      return false;
    }
    bool plain = is_body_key(name);
    if (!plain)
      error(line,
            trf("the body key `{}` may hold only lower-case letters without accents, "
                "digits, - and _",
                printable(name)),
            tr("the key is what template.toml's issuer names: write e.g. [bodies.ubnd]"));
    // The table's own mistakes are reported even under a key that cannot be used.
    IssuingBody body = read_body(*t, name, "bodies." + printable(name), kBodyKeys);
    if (plain) add_body(std::move(body), "bodies." + name, line_of(*t));
    return true;
  }

  IssuingBody read_body(const toml::table& t, const std::string& key, const std::string& table,
                        std::span<const Key> keys) {
    check_keys(t, keys, table, line_of(t));
    IssuingBody body;
    body.key = key;
    read_body_fields(t, keys, table, body);
    return body;
  }

  void add_body(IssuingBody body, const std::string& table, int line) {
    const std::string& key = body.key;
    if (auto [it, fresh] = body_tables_.emplace(key, std::pair{table, line}); !fresh) {
      auto& [first_table, first_line] = it->second;
      error(line,
            trf("the body `{}` is written twice: as [{}] on line {} and as [{}] on line {}", key,
                first_table, first_line, table, line),
            trf("keep one of them: [{0}] is the older way to write [bodies.{0}]", key));
      return;
    }
    unit_.bodies.push_back(std::move(body));
  }

  // The key names say which field each fills, whatever the form of the table.
  void read_body_fields(const toml::table& t, std::span<const Key> keys, std::string_view table,
                        IssuingBody& body) {
    for (const Key& k : keys) {
      if (k.name == "superior" || k.name == "name" || k.name == "body") {
        if (auto v = lines(t, k, table)) (k.name == "superior" ? body.superior : body.name) = *v;
      } else if (auto v = text(t, k, table, k.name == "signer_name")) {
        text_field(body, k.name) = *v;
      }
    }
  }

  static std::string& text_field(IssuingBody& body, std::string_view key) {
    if (key == "symbol") return body.symbol;
    if (key == "signer_title") return body.signer_title;
    if (key == "signer_name") return body.signer_name;
    return body.authority;  // `authority`, or `signer_for` of [party] and [council]
  }

  void read_departments(const toml::table& root) {
    static constexpr Key kDepartment[] = {
        {"code", "code = \"TCKH\""},
        {"name", "name = \"Phòng Tài chính - Kế hoạch\""},
    };
    const toml::node* n = root.get("departments");
    if (n == nullptr) return;
    const toml::array* list = n->as_array();
    if (list == nullptr || !list->is_array_of_tables() || list->empty()) {
      error(line_of(*n), tr("`departments` must be a list of [[departments]] blocks"),
            tr("write one block per department: [[departments]] then code = \"TCKH\" and "
               "name = \"Phòng Tài chính - Kế hoạch\" on the next lines"));
      return;
    }
    std::map<std::string, int> seen;
    for (const auto& item : *list) {
      const toml::table& t = *item.as_table();
      int line = line_of(t);
      check_keys(t, kDepartment, "[departments]", line);
      Department d;
      auto code = text(t, kDepartment[0], "[departments]");
      auto name = text(t, kDepartment[1], "[departments]");
      if (code) {
        int code_line = line_of(*t.get("code"));
        if (!is_area_code(*code)) {
          error(code_line,
                trf("department code \"{}\" may hold only capital letters without "
                    "accents, digits, - and _",
                    printable(*code)),
                tr("the code becomes part of file names: write e.g. code = \"TCKH\""));
        } else if (code->size() > kMaxDepartmentCode) {
          error(code_line,
                trf("department code \"{}\" is {} characters long: it becomes part of "
                    "file names (phong-ban/{}-2023-Q3.xlsx), which take at most {}",
                    printable(*code), code->size(), printable(*code, 12), kMaxDepartmentCode),
                tr("write a short code, e.g. code = \"TCKH\""));
        } else if (auto [it, fresh] = seen.emplace(*code, code_line); !fresh) {
          error(code_line,
                trf("department code \"{}\" is used twice: on lines {} and {}", *code, it->second,
                    code_line),
                tr("give each department its own code"));
        }
        d.code = *code;
      }
      if (name) d.name = *name;
      unit_.departments.push_back(std::move(d));
    }
  }

  // [collection]: when and where the departments' input sheets go back. Optional, and so are
  // its keys: a sheet without them leaves a space to fill in by hand.
  void read_collection(const toml::table& root) {
    static constexpr Key kCollection[] = {
        {"deadline", "deadline = \"2025-01-15\"", false},
        {"return_to", "return_to = \"Phòng Tài chính - Kế hoạch\"", false},
    };
    if (!root.contains("collection")) return;
    const toml::table* t = sub_table(root, "collection");
    if (t == nullptr) return;
    check_keys(*t, kCollection, "collection", line_of(*t));
    if (const toml::node* n = t->get("deadline")) {
      std::optional<Date> date;
      if (const auto* d = n->as_date()) {
        date = Date::parse(
            fmt::format("{:04}-{:02}-{:02}", d->get().year, d->get().month, d->get().day));
      } else if (n->is_string()) {
        date = Date::parse(n->as_string()->get());
      }
      if (date)
        unit_.collection.deadline = *date;
      else
        error(line_of(*n), tr("`deadline` in [collection] is not a date"),
              tr("write the day the sheets go back as YYYY-MM-DD: deadline = \"2025-01-15\""));
    }
    if (auto v = text(*t, kCollection[1], "collection")) unit_.collection.return_to = *v;
  }

  const LoadContext& ctx_;
  std::string file_;
  Unit& unit_;
  std::map<std::string, std::pair<std::string, int>> body_tables_;  // key -> table, line
};

int line_at(std::string_view text, std::size_t offset) {
  return 1 +
         static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

}  // namespace

bool load_unit(const LoadContext& ctx, Dataset& data, SourceFile& file) {
  std::string shown = ctx.shown("unit.toml");
  auto path = ctx.path("unit.toml");
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) {
    ctx.diagnostics.error(
        shown, 0, 0, tr("file not found"),
        tr("every dataset folder has a unit.toml naming the unit, the bodies that "
           "issue its briefings, its departments and term"));
    return false;
  }
  auto size = std::filesystem::is_regular_file(status) ? std::filesystem::file_size(path, ec) : 0;
  if (!std::filesystem::is_regular_file(status) || ec) {
    ctx.diagnostics.error(shown, 0, 0, tr("this is not a file that can be read"),
                          tr("put the unit.toml file itself at this path"));
    return false;
  }
  if (size > kMaxUnitTomlBytes) {
    ctx.diagnostics.error(shown, 0, 0,
                          trf("the file is {} bytes long: a unit.toml is a short text "
                              "of a few dozen lines",
                              size),
                          tr("check that this is the right file"));
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    ctx.diagnostics.error(shown, 0, 0, tr("the file could not be read"), tr("check the disk"));
    return false;
  }
  file = {shown, bytes.size(), sha256_hex(bytes)};

  std::string_view doc = bytes;
  if (auto name = unicode_bom_name(doc); !name.empty()) {
    ctx.diagnostics.error(shown, 0, 0,
                          trf("the file is {} text, not UTF-8 (it starts with the {} "
                              "byte-order mark)",
                              name, name),
                          utf8_save_hint());
    return false;
  }
  if (doc.starts_with("\xEF\xBB\xBF")) doc.remove_prefix(3);
  if (std::size_t bad = find_invalid_utf8(doc); bad != std::string_view::npos) {
    LegacyEncoding guess = guess_legacy_encoding(doc);
    std::size_t line_start = doc.rfind('\n', bad == 0 ? 0 : bad - 1);
    line_start = line_start == std::string_view::npos || bad == 0 ? 0 : line_start + 1;
    auto byte = static_cast<unsigned char>(doc[bad]);
    std::string before = printable(doc.substr(line_start, bad - line_start), 30);
    std::string message =
        guess == LegacyEncoding::unknown
            ? trf("the file is not UTF-8 text: byte 0x{:02X} after `{}` cannot be read", byte,
                  before)
            : trf("the file is not UTF-8 text: byte 0x{:02X} after `{}` cannot be read; it looks "
                  "like {} encoding",
                  byte, before, encoding_name(guess));
    ctx.diagnostics.error(shown, line_at(doc, bad), 0, std::move(message),
                          tr("save it as UTF-8: in Notepad, Save As with Encoding \"UTF-8\""));
    return false;
  }
  if (int line = line_with_too_many_dots(doc); line > 0) {
    ctx.diagnostics.error(shown, line, 0,
                          tr("too many dotted keys: this is not the unit.toml of a dataset"),
                          tr("check that this is the right file"));
    return false;
  }
  toml::table root;
  try {
    root = toml::parse(doc, shown);
  } catch (const toml::parse_error& e) {
    ctx.diagnostics.error(
        shown, static_cast<int>(e.source().begin.line), 0,
        trf("this is not valid TOML: {}", e.description()),
        tr("each setting is one line `key = value`; a text is in double quotes "
           "(name = \"thị xã An Khê\"), a number is not (term_base_year = 2020); a table starts "
           "with [party], each department with [[departments]]"));
    return false;
  }
  check_toml_texts(root, shown, ctx.diagnostics, ctx.drawable);
  UnitReader(ctx, data.unit).read(root);
  return true;
}

}  // namespace baocao

// unit.toml: the reporting unit, its receiving bodies, departments and term.

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/sha256.hpp"
#include "core/unicode.hpp"
#include "load/encoding.hpp"
#include "load/parts.hpp"

namespace baocao {
namespace {

// A unit.toml is a few hundred bytes; anything this big is some other file.
constexpr std::uintmax_t kMaxUnitTomlBytes = 1 << 20;

std::string_view type_words(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string:
      return "a text";
    case toml::node_type::integer:
      return "a whole number";
    case toml::node_type::floating_point:
      return "a number with decimals";
    case toml::node_type::boolean:
      return "true/false";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "a list";
    default:
      return "a date or time";
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
        {"party", "[party]"},
        {"council", "[council]"},
        {"departments", "[[departments]]"},
    };
    check_keys(root, kRoot, "", 0);
    if (auto code = text(root, kRoot[0], "")) {
      unit_.code = *code;
      if (!is_area_code(*code))
        error(line_of(*root.get("code")),
              fmt::format("`code` \"{}\" is not a code: use capital letters without accents, "
                          "digits, - and _",
                          printable(*code)),
              "write the code of the unit's row in areas.csv, e.g. code = \"ANKHE\"");
    }
    if (auto v = text(root, kRoot[1], "")) unit_.name = *v;
    if (auto v = text(root, kRoot[2], "")) unit_.province = *v;
    if (auto v = text(root, kRoot[3], "")) unit_.place = *v;
    read_term(root, kRoot[4], kRoot[5]);
    read_party(root);
    read_council(root);
    read_departments(root);
  }

 private:
  void error(int line, std::string message, std::string hint = {}) {
    ctx_.diagnostics.error(file_, line, 0, std::move(message), std::move(hint));
  }

  static std::string where(std::string_view table) {
    return table.empty() ? std::string() : fmt::format(" in [{}]", table);
  }

  template <std::size_t N>
  void check_keys(const toml::table& t, const Key (&keys)[N], std::string_view table,
                  int table_line) {
    for (auto&& [key, node] : t) {
      std::string_view name = key.str();
      bool known = std::any_of(std::begin(keys), std::end(keys),
                               [&](const Key& k) { return k.name == name; });
      if (known || name.starts_with("x_")) continue;
      std::string list;
      for (const auto& k : keys) list += fmt::format("{}{}", list.empty() ? "" : ", ", k.name);
      int line =
          key.source().begin.line > 0 ? static_cast<int>(key.source().begin.line) : line_of(node);
      error(line > 0 ? line : table_line,
            fmt::format("unknown key `{}`{}", printable(name), where(table)),
            fmt::format("the keys{} are {}; a key of your own must start with x_", where(table),
                        list));
    }
    for (const auto& k : keys)
      if (k.required && !t.contains(k.name))
        error(table_line, fmt::format("missing key `{}`{}", k.name, where(table)),
              fmt::format("add the line: {}", k.example));
  }

  // A required or optional text; empty only where `allow_empty`.
  std::optional<std::string> text(const toml::table& t, const Key& key, std::string_view table,
                                  bool allow_empty = false) {
    const toml::node* n = t.get(key.name);
    if (n == nullptr) return std::nullopt;  // reported by check_keys when required
    if (!n->is_string()) {
      error(line_of(*n),
            fmt::format("`{}`{} must be a text in double quotes, not {}", key.name, where(table),
                        type_words(*n)),
            fmt::format("write it as: {}", key.example));
      return std::nullopt;
    }
    std::string value = to_nfc(n->as_string()->get());
    if (value.empty() && !allow_empty) {
      error(line_of(*n), fmt::format("`{}`{} is empty", key.name, where(table)),
            fmt::format("write it as: {}", key.example));
      return std::nullopt;
    }
    return value;
  }

  // party.superior, party.body, council.body: a text, or a list of texts, one a printed line.
  std::optional<HeaderLines> lines(const toml::table& t, const Key& key, std::string_view table) {
    const toml::node* n = t.get(key.name);
    if (n == nullptr) return std::nullopt;
    std::string hint = fmt::format(
        "write it as {} or as a list of printed lines: {} = [\"…\", "
        "\"…\"]",
        key.example, key.name);
    if (n->is_string()) {
      std::string value = to_nfc(n->as_string()->get());
      if (value.empty()) {
        error(line_of(*n), fmt::format("`{}`{} is empty", key.name, where(table)), hint);
        return std::nullopt;
      }
      return HeaderLines{value};
    }
    const toml::array* list = n->as_array();
    if (list == nullptr || list->empty()) {
      error(line_of(*n),
            fmt::format("`{}`{} must be a text or a list of texts, not {}", key.name, where(table),
                        list ? "an empty list" : type_words(*n)),
            hint);
      return std::nullopt;
    }
    HeaderLines out;
    for (const auto& item : *list) {
      if (!item.is_string() || item.as_string()->get().empty()) {
        error(line_of(item) > 0 ? line_of(item) : line_of(*n),
              fmt::format("`{}`{}: every line must be a non-empty text in double quotes", key.name,
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
              fmt::format("`term` \"{}\" is not a span of years", printable(*v)),
              "write the Party Congress term as first-last year: term = \"2020-2025\"");
        term.reset();
      } else {
        unit_.term = *term;
      }
    }
    const toml::node* n = root.get(base_key.name);
    if (n == nullptr) return;
    if (!n->is_integer()) {
      error(line_of(*n),
            fmt::format("`term_base_year` must be a whole number, not {}", type_words(*n)),
            "write the year without quotes: term_base_year = 2020");
      return;
    }
    auto year = n->as_integer()->get();
    int last = term ? term->end_year : 2999;
    if (year < 1900 || year > last) {
      error(line_of(*n),
            fmt::format("`term_base_year` {} is not a year {}", year,
                        term ? fmt::format("up to the end of the term {}", term->to_string())
                             : std::string("between 1900 and 2999")),
            "the base year is the year before the term's first year of growth, usually the "
            "term's first year: term_base_year = 2020 for term = \"2020-2025\"");
      return;
    }
    unit_.term_base_year = static_cast<int>(year);
  }

  const toml::table* sub_table(const toml::table& root, std::string_view name) {
    const toml::node* n = root.get(name);
    if (n == nullptr) return nullptr;  // reported as a missing key
    if (!n->is_table()) {
      error(line_of(*n), fmt::format("`{}` must be a table, not {}", name, type_words(*n)),
            fmt::format("write a line [{}] followed by its keys", name));
      return nullptr;
    }
    return n->as_table();
  }

  void read_party(const toml::table& root) {
    static constexpr Key kParty[] = {
        {"superior", "superior = \"ĐẢNG BỘ TỈNH GIA LAI\""},
        {"body", "body = \"THỊ ỦY AN KHÊ\""},
        {"symbol", "symbol = \"TU\""},
        {"signer_title", "signer_title = \"BÍ THƯ\""},
        {"signer_for", "signer_for = \"T/M BAN THƯỜNG VỤ\""},
        {"signer_name", "signer_name = \"\"", false},
    };
    const toml::table* t = sub_table(root, "party");
    if (t == nullptr) return;
    int line = line_of(*t);
    check_keys(*t, kParty, "party", line);
    auto& p = unit_.party;
    if (auto v = lines(*t, kParty[0], "party")) p.superior = *v;
    if (auto v = lines(*t, kParty[1], "party")) p.body = *v;
    if (auto v = text(*t, kParty[2], "party")) p.symbol = *v;
    if (auto v = text(*t, kParty[3], "party")) p.signer_title = *v;
    if (auto v = text(*t, kParty[4], "party")) p.signer_for = *v;
    if (auto v = text(*t, kParty[5], "party", true)) p.signer_name = *v;
  }

  void read_council(const toml::table& root) {
    static constexpr Key kCouncil[] = {
        {"body", "body = \"HỘI ĐỒNG NHÂN DÂN THỊ XÃ AN KHÊ\""},
        {"symbol", "symbol = \"HĐND\""},
        {"signer_title", "signer_title = \"CHỦ TỊCH\""},
        {"signer_for", "signer_for = \"TM. HỘI ĐỒNG NHÂN DÂN\""},
        {"signer_name", "signer_name = \"\"", false},
    };
    const toml::table* t = sub_table(root, "council");
    if (t == nullptr) return;
    int line = line_of(*t);
    check_keys(*t, kCouncil, "council", line);
    auto& c = unit_.council;
    if (auto v = lines(*t, kCouncil[0], "council")) c.body = *v;
    if (auto v = text(*t, kCouncil[1], "council")) c.symbol = *v;
    if (auto v = text(*t, kCouncil[2], "council")) c.signer_title = *v;
    if (auto v = text(*t, kCouncil[3], "council")) c.signer_for = *v;
    if (auto v = text(*t, kCouncil[4], "council", true)) c.signer_name = *v;
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
      error(line_of(*n), "`departments` must be a list of [[departments]] blocks",
            "write one block per department: [[departments]] then code = \"TCKH\" and "
            "name = \"Phòng Tài chính - Kế hoạch\" on the next lines");
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
                fmt::format("department code \"{}\" may hold only capital letters without "
                            "accents, digits, - and _",
                            printable(*code)),
                "the code becomes part of file names: write e.g. code = \"TCKH\"");
        } else if (auto [it, fresh] = seen.emplace(*code, code_line); !fresh) {
          error(code_line,
                fmt::format("department code \"{}\" is used twice: on lines {} and {}", *code,
                            it->second, code_line),
                "give each department its own code");
        }
        d.code = *code;
      }
      if (name) d.name = *name;
      unit_.departments.push_back(std::move(d));
    }
  }

  const LoadContext& ctx_;
  std::string file_;
  Unit& unit_;
};

// toml++ nests a table per part of a dotted key (a.b.c = 1) without a limit, and a key of
// hundreds of thousands of parts overflows the stack. A unit.toml has a handful of dots outside
// its quoted texts: the line where there are too many is reported instead of parsed.
constexpr int kMaxDotsOutsideTexts = 200;

int line_with_too_many_dots(std::string_view doc) {
  int dots = 0, line = 1;
  char quote = 0;
  bool comment = false;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    char c = doc[i];
    if (c == '\n') {
      ++line;
      comment = false;
      if (quote == '\'' || quote == '"') quote = 0;  // one-line texts end here (or are errors)
      continue;
    }
    if (comment) continue;
    if (quote != 0) {
      if (c == '\\' && quote == '"')
        ++i;
      else if (c == quote)
        quote = 0;
      continue;
    }
    if (c == '#')
      comment = true;
    else if (c == '"' || c == '\'')
      quote = c;
    else if (c == '.' && ++dots > kMaxDotsOutsideTexts)
      return line;
  }
  return 0;
}

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
    ctx.diagnostics.error(shown, 0, 0, "file not found",
                          "every dataset folder has a unit.toml naming the unit, its Party "
                          "Committee, People's Council, departments and term");
    return false;
  }
  auto size = std::filesystem::is_regular_file(status) ? std::filesystem::file_size(path, ec) : 0;
  if (!std::filesystem::is_regular_file(status) || ec) {
    ctx.diagnostics.error(shown, 0, 0, "this is not a file that can be read",
                          "put the unit.toml file itself at this path");
    return false;
  }
  if (size > kMaxUnitTomlBytes) {
    ctx.diagnostics.error(shown, 0, 0,
                          fmt::format("the file is {} bytes long: a unit.toml is a short text "
                                      "of a few dozen lines",
                                      size),
                          "check that this is the right file");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    ctx.diagnostics.error(shown, 0, 0, "the file could not be read", "check the disk");
    return false;
  }
  file = {shown, bytes.size(), sha256_hex(bytes)};

  std::string_view doc = bytes;
  if (doc.starts_with("\xEF\xBB\xBF")) doc.remove_prefix(3);
  if (std::size_t bad = find_invalid_utf8(doc); bad != std::string_view::npos) {
    LegacyEncoding guess = guess_legacy_encoding(doc);
    std::size_t line_start = doc.rfind('\n', bad == 0 ? 0 : bad - 1);
    line_start = line_start == std::string_view::npos || bad == 0 ? 0 : line_start + 1;
    std::string message =
        fmt::format("the file is not UTF-8 text: byte 0x{:02X} after `{}` cannot be read",
                    static_cast<unsigned char>(doc[bad]),
                    printable(doc.substr(line_start, bad - line_start), 30));
    if (guess != LegacyEncoding::unknown)
      message += fmt::format("; it looks like {} encoding", encoding_name(guess));
    ctx.diagnostics.error(shown, line_at(doc, bad), 0, std::move(message),
                          "save it as UTF-8: in Notepad, Save As with Encoding \"UTF-8\"");
    return false;
  }
  if (int line = line_with_too_many_dots(doc); line > 0) {
    ctx.diagnostics.error(shown, line, 0,
                          "too many dotted keys: this is not the unit.toml of a dataset",
                          "check that this is the right file");
    return false;
  }
  toml::table root;
  try {
    root = toml::parse(doc, shown);
  } catch (const toml::parse_error& e) {
    ctx.diagnostics.error(
        shown, static_cast<int>(e.source().begin.line), 0,
        fmt::format("this is not valid TOML: {}", e.description()),
        "each setting is one line `key = value`; a text is in double quotes "
        "(name = \"thị xã An Khê\"), a number is not (term_base_year = 2020); a table starts "
        "with [party], each department with [[departments]]");
    return false;
  }
  UnitReader(ctx, data.unit).read(root);
  return true;
}

}  // namespace baocao

// xl/styles.xml: which cell formats show a date, so that a date typed in a number cell is told
// from a number.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "collect/parts.hpp"
#include "collect/xml_stream.hpp"

namespace baocao::collect {
namespace {

int to_int(std::string_view s) {
  int v = -1;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

class StylesHandler : public XmlHandler {
 public:
  explicit StylesHandler(std::vector<bool>& out) : out_(out) {}
  void start(std::string_view name, const XmlAttributes& a) override {
    if (name == "numFmt")
      formats_[to_int(a.get("numFmtId"))] = is_date_format(a.get("formatCode"));
    else if (name == "cellXfs")
      in_xfs_ = true;
    else if (name == "xf" && in_xfs_)
      out_.push_back(shows_date(to_int(a.get("numFmtId"))));
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_xfs_ = false;
  }
  void text(std::string_view) override {}

 private:
  bool shows_date(int id) const {
    auto it = formats_.find(id);
    return it != formats_.end() ? it->second : is_builtin_date_format(id);
  }
  std::vector<bool>& out_;
  std::map<int, bool> formats_;  // custom formats (numFmts comes before cellXfs)
  bool in_xfs_ = false;
};

}  // namespace

bool is_builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

bool is_date_format(std::string_view code) {
  // Quoted text, [colours and conditions] and backslash-escaped characters are shown as they
  // are; the rest is looked at for date and time letters.
  std::string plain;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      auto close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '[') {
      auto close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      // [h], [mm], [ss]: elapsed time.
      std::string_view inside = code.substr(i + 1, close - i - 1);
      if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'm' || inside[0] == 's'))
        plain += inside[0];
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else {
      plain += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  for (auto at = plain.find("general"); at != std::string::npos; at = plain.find("general"))
    plain.erase(at, 7);
  return std::any_of(plain.begin(), plain.end(), [](char c) {
    return c == 'd' || c == 'm' || c == 'y' || c == 'h' || c == 's';
  });
}

bool read_date_styles(ZipPackage& package, std::string_view part, std::vector<bool>& out,
                      PackageError& error) {
  StylesHandler handler(out);
  return parse_part(package, part, handler, error);
}

}  // namespace baocao::collect

// _rels/.rels and xl/_rels/workbook.xml.rels.
#include "collect/parts.hpp"
#include "collect/xml_stream.hpp"

namespace baocao::collect {
namespace {

class RelsHandler : public XmlHandler {
 public:
  RelsHandler(std::string_view folder, std::vector<Relationship>& out)
      : folder_(folder), out_(out) {}
  void start(std::string_view name, const XmlAttributes& a) override {
    if (name != "Relationship" || a.get("TargetMode") == "External") return;
    std::string_view type = a.get("Type");
    auto slash = type.rfind('/');
    out_.push_back({std::string(a.get("Id")),
                    std::string(slash == std::string_view::npos ? type : type.substr(slash + 1)),
                    resolve_part_name(folder_, a.get("Target"))});
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

 private:
  std::string_view folder_;
  std::vector<Relationship>& out_;
};

}  // namespace

std::string resolve_part_name(std::string_view folder, std::string_view target) {
  std::string path = target.starts_with('/') ? std::string(target.substr(1))
                                             : std::string(folder) + std::string(target);
  // Remove "./" and "x/../" segments.
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto slash = path.find('/', start);
    std::string segment =
        path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const auto& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

bool read_relationships(ZipPackage& package, std::string_view rels_part,
                        std::string_view owner_folder, std::vector<Relationship>& out,
                        PackageError& error) {
  RelsHandler handler(owner_folder, out);
  return parse_part(package, rels_part, handler, error);
}

}  // namespace baocao::collect

// docProps/custom.xml: the workbook's identity (baocao.unit, baocao.department, …).
#include "collect/parts.hpp"
#include "collect/xml_stream.hpp"

namespace baocao::collect {
namespace {

class PropertiesHandler : public XmlHandler {
 public:
  explicit PropertiesHandler(std::map<std::string, std::string>& out) : out_(out) {}
  void start(std::string_view name, const XmlAttributes& a) override {
    if (name == "property") {
      current_ = std::string(a.get("name"));
      value_.clear();
      depth_ = 0;
      in_property_ = true;
    } else if (in_property_) {
      ++depth_;  // the typed value element (vt:lpwstr, vt:i4, …)
    }
  }
  void end(std::string_view name) override {
    if (name == "property" && in_property_) {
      out_[current_] = value_;
      in_property_ = false;
    }
  }
  void text(std::string_view chunk) override {
    if (in_property_ && depth_ > 0) value_.append(chunk);
  }

 private:
  std::map<std::string, std::string>& out_;
  std::string current_, value_;
  int depth_ = 0;
  bool in_property_ = false;
};

}  // namespace

bool read_custom_properties(ZipPackage& package, std::string_view part,
                            std::map<std::string, std::string>& out, PackageError& error) {
  PropertiesHandler handler(out);
  return parse_part(package, part, handler, error);
}

}  // namespace baocao::collect

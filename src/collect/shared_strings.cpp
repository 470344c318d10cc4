// xl/sharedStrings.xml: Excel and LibreOffice store a cell's text here (t="s").
#include "collect/parts.hpp"
#include "collect/xml_stream.hpp"

namespace baocao::collect {
namespace {

class SharedStringsHandler : public XmlHandler {
 public:
  explicit SharedStringsHandler(std::vector<std::string>& out) : out_(out) {}
  void start(std::string_view name, const XmlAttributes&) override {
    if (name == "si") out_.emplace_back();
    if (name == "rPh") ++phonetic_;  // a reading guide, not part of the text
    if (name == "t" && phonetic_ == 0 && !out_.empty()) in_text_ = true;
  }
  void end(std::string_view name) override {
    if (name == "t") in_text_ = false;
    if (name == "rPh" && phonetic_ > 0) --phonetic_;
  }
  void text(std::string_view chunk) override {
    if (in_text_) out_.back().append(chunk);
  }

 private:
  std::vector<std::string>& out_;
  int phonetic_ = 0;
  bool in_text_ = false;
};

}  // namespace

bool read_shared_strings(ZipPackage& package, std::string_view part, std::vector<std::string>& out,
                         PackageError& error) {
  SharedStringsHandler handler(out);
  return parse_part(package, part, handler, error);
}

}  // namespace baocao::collect

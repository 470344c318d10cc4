// xl/workbook.xml: sheets and defined names.
#include "collect/parts.hpp"
#include "collect/xml_stream.hpp"

namespace baocao::collect {
namespace {

class WorkbookHandler : public XmlHandler {
 public:
  WorkbookHandler(const std::vector<Relationship>& rels, WorkbookPart& out)
      : rels_(rels), out_(out) {}
  void start(std::string_view name, const XmlAttributes& a) override {
    if (name == "sheet") {
      SheetEntry sheet{
          std::string(a.get("name")), {}, !a.get("state").empty() && a.get("state") != "visible"};
      std::string_view id = a.get("id");  // r:id
      for (const auto& rel : rels_)
        if (rel.id == id) sheet.part = rel.target;
      out_.sheets.push_back(std::move(sheet));
    } else if (name == "definedName") {
      in_name_ = true;
      out_.names.push_back({std::string(a.get("name")), {}, !a.has("localSheetId")});
    }
  }
  void end(std::string_view name) override {
    if (name == "definedName") in_name_ = false;
  }
  void text(std::string_view chunk) override {
    if (in_name_) out_.names.back().value.append(chunk);
  }

 private:
  const std::vector<Relationship>& rels_;
  WorkbookPart& out_;
  bool in_name_ = false;
};

}  // namespace

const DefinedName* WorkbookPart::find_name(std::string_view name) const {
  for (const auto& n : names)
    if (n.workbook_scoped && n.name == name) return &n;
  return nullptr;
}

bool read_workbook_part(ZipPackage& package, std::string_view part,
                        const std::vector<Relationship>& rels, WorkbookPart& out,
                        PackageError& error) {
  WorkbookHandler handler(rels, out);
  return parse_part(package, part, handler, error);
}

}  // namespace baocao::collect

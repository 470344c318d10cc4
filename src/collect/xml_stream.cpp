#include "collect/xml_stream.hpp"

#include <expat.h>

#include <climits>
#include <cstring>

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao::collect {
namespace {

class Parser {
 public:
  Parser(XmlHandler& handler, std::string_view name) : handler_(handler), name_(name) {
    parser_ = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &Parser::on_start, &Parser::on_end);
    XML_SetCharacterDataHandler(parser_, &Parser::on_text);
    XML_SetStartDoctypeDeclHandler(parser_, &Parser::on_doctype);
  }
  ~Parser() { XML_ParserFree(parser_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  bool feed(std::string_view chunk, bool last, PackageError& error) {
    while (true) {
      // XML_Parse takes an int length: feed huge chunks in pieces.
      std::size_t piece = std::min<std::size_t>(chunk.size(), INT_MAX / 2);
      bool final_piece = last && piece == chunk.size();
      if (XML_Parse(parser_, chunk.data(), static_cast<int>(piece), final_piece ? 1 : 0) ==
          XML_STATUS_ERROR) {
        error = failure();
        return false;
      }
      if (handler_.failed(error)) return false;
      chunk.remove_prefix(piece);
      if (chunk.empty()) return true;
    }
  }

 private:
  PackageError failure() const {
    PackageError error;
    if (handler_.failed(error)) return error;
    if (doctype_)
      return {trf("{} declares a document type, which no spreadsheet writes", name_),
              tr("the file was not saved by a spreadsheet program: ask for the workbook again")};
    return {trf("{} is not well-formed XML (line {}: {})", name_, XML_GetCurrentLineNumber(parser_),
                XML_ErrorString(XML_GetErrorCode(parser_))),
            tr("the file is damaged: open it in Excel or LibreOffice and save it again as .xlsx")};
  }

  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
    auto* p = static_cast<Parser*>(self);
    p->handler_.start(local_name(name), XmlAttributes(attributes));
    PackageError ignored;
    if (p->handler_.failed(ignored)) XML_StopParser(p->parser_, XML_FALSE);
  }
  static void on_end(void* self, const XML_Char* name) {
    static_cast<Parser*>(self)->handler_.end(local_name(name));
  }
  static void on_text(void* self, const XML_Char* text, int length) {
    static_cast<Parser*>(self)->handler_.text({text, static_cast<std::size_t>(length)});
  }
  static void on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto* p = static_cast<Parser*>(self);
    p->doctype_ = true;
    XML_StopParser(p->parser_, XML_FALSE);
  }

  XmlHandler& handler_;
  std::string name_;
  XML_Parser parser_;
  bool doctype_ = false;
};

}  // namespace

std::string_view local_name(std::string_view name) {
  auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view XmlAttributes::get(std::string_view wanted) const {
  for (const char** a = list_; a != nullptr && a[0] != nullptr; a += 2)
    if (local_name(a[0]) == wanted) return a[1];
  return {};
}

bool XmlAttributes::has(std::string_view wanted) const {
  for (const char** a = list_; a != nullptr && a[0] != nullptr; a += 2)
    if (local_name(a[0]) == wanted) return true;
  return false;
}

bool parse_part(ZipPackage& package, std::string_view name, XmlHandler& handler,
                PackageError& error) {
  Parser parser(handler, name);
  if (!package.stream(
          name, [&](std::string_view chunk) { return parser.feed(chunk, false, error); }, error))
    return false;
  return parser.feed({}, true, error);
}

bool parse_xml(std::string_view xml, XmlHandler& handler, PackageError& error,
               std::string_view name) {
  Parser parser(handler, name);
  return parser.feed(xml, true, error);
}

}  // namespace baocao::collect

#pragma once
// A part of the package parsed by expat as it is unzipped. Element and attribute names are
// given without their namespace prefix ("x:c" and "c" are both "c"): spreadsheet writers
// differ in prefixes, never in local names. A document type declaration is refused, so no
// entity is ever expanded.

#include <string>
#include <string_view>

#include "collect/zip_package.hpp"

namespace baocao::collect {

// Attributes as expat gives them: name, value, name, value, …, nullptr.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** list) : list_(list) {}
  // The value of the attribute with this local name, or an empty view.
  std::string_view get(std::string_view local_name) const;
  bool has(std::string_view local_name) const;

 private:
  const char** list_;
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view chunk) = 0;
  // A handler may stop the parse with an error of its own (set `error` and return true).
  virtual bool failed(PackageError& /*error*/) const { return false; }
};

// The local part of an element or attribute name.
std::string_view local_name(std::string_view name);

// Parses part `name` of `package` into `handler`. False with `error` set when the part cannot
// be read, is not well-formed XML, or declares a document type.
bool parse_part(ZipPackage& package, std::string_view name, XmlHandler& handler,
                PackageError& error);
// The same over bytes in memory, for tests.
bool parse_xml(std::string_view xml, XmlHandler& handler, PackageError& error,
               std::string_view name = "the XML");

}  // namespace baocao::collect

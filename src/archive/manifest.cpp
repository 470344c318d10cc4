#include "archive/manifest.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/i18n.hpp"

namespace baocao {
namespace {

using ordered_json = nlohmann::ordered_json;
using json = nlohmann::json;

// nlohmann's own dump writes 2744.0 and a Grisu2 form that is not always the shortest: this
// writer keeps its layout (dump(2)) but prints numbers with fmt, the shortest round-trip form.
void write_json(const ordered_json& j, std::string& out, int depth) {
  auto indent = [&](int d) { out.append(static_cast<std::size_t>(2 * d), ' '); };
  if (j.is_object() || j.is_array()) {
    bool object = j.is_object();
    if (j.empty()) {
      out += object ? "{}" : "[]";
      return;
    }
    out += object ? "{\n" : "[\n";
    std::size_t i = 0;
    for (auto it = j.begin(); it != j.end(); ++it, ++i) {
      indent(depth + 1);
      if (object) {
        out += ordered_json(it.key()).dump(-1, ' ', false, json::error_handler_t::replace);
        out += ": ";
      }
      write_json(*it, out, depth + 1);
      out += i + 1 < j.size() ? ",\n" : "\n";
    }
    indent(depth);
    out += object ? '}' : ']';
  } else if (j.is_number_float()) {
    double v = j.get<double>();
    out += std::isfinite(v) ? fmt::format("{}", v) : "null";
  } else {
    out += j.dump(-1, ' ', false, json::error_handler_t::replace);
  }
}

ordered_json optional_number(const std::optional<double>& v) {
  return v ? ordered_json(*v) : ordered_json(nullptr);
}

ordered_json records_json(const std::vector<FileRecord>& records) {
  ordered_json list = ordered_json::array();
  for (const auto& r : records) {
    ordered_json record = ordered_json::object();
    record["path"] = r.path;
    if (!r.kind.empty()) record["kind"] = r.kind;
    record["size"] = r.size;
    record["sha256"] = r.sha256;
    list.push_back(std::move(record));
  }
  return list;
}

// Reading: every problem becomes one message naming the field.
struct ManifestError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const json& field(const json& object, const char* name, const std::string& where) {
  if (!object.is_object() || !object.contains(name))
    throw ManifestError(trf("{}: the field \"{}\" is missing", where, name));
  return object.at(name);
}

std::string text_field(const json& object, const char* name, const std::string& where) {
  const json& v = field(object, name, where);
  if (!v.is_string()) throw ManifestError(trf("{}: \"{}\" must be a string", where, name));
  return v.get<std::string>();
}

std::optional<double> number_field(const json& object, const char* name, const std::string& where) {
  const json& v = field(object, name, where);
  if (v.is_null()) return std::nullopt;
  if (!v.is_number()) throw ManifestError(trf("{}: \"{}\" must be a number or null", where, name));
  return v.get<double>();
}

const json& array_field(const json& object, const char* name, const std::string& where) {
  const json& v = field(object, name, where);
  if (!v.is_array()) throw ManifestError(trf("{}: \"{}\" must be a list", where, name));
  return v;
}

std::vector<FileRecord> read_records(const json& root, const char* name) {
  std::vector<FileRecord> records;
  std::size_t i = 0;
  for (const json& item : array_field(root, name, "manifest")) {
    std::string where = fmt::format("{}[{}]", name, i++);
    FileRecord r;
    r.path = text_field(item, "path", where);
    if (!is_safe_relative_path(r.path))
      throw ManifestError(trf("{}: the path \"{}\" leaves its folder", where, r.path));
    // Absent from manifests written before kinds were recorded.
    if (item.contains("kind")) r.kind = text_field(item, "kind", where);
    const json& size = field(item, "size", where);
    if (!size.is_number_unsigned() && !(size.is_number_integer() && size.get<long long>() >= 0))
      throw ManifestError(trf("{}: \"size\" must be a whole number", where));
    r.size = size.get<std::uint64_t>();
    r.sha256 = text_field(item, "sha256", where);
    records.push_back(std::move(r));
  }
  return records;
}

}  // namespace

const FileRecord* Manifest::find_output(std::string_view path) const {
  auto it = std::find_if(outputs.begin(), outputs.end(),
                         [&](const FileRecord& r) { return r.path == path; });
  return it == outputs.end() ? nullptr : &*it;
}

std::string to_json(const Manifest& m) {
  ordered_json root;
  root["format"] = Manifest::kFormat;
  root["tool"] = "baocao";
  root["version"] = m.tool_version;
  root["period"] = m.period;
  root["report_date"] = m.report_date;
  root["document_numbers"] = ordered_json::object();
  for (const auto& [name, number] : m.document_numbers) root["document_numbers"][name] = number;
  if (m.drafts) root["drafts"] = *m.drafts;
  root["inputs"] = records_json(m.inputs);
  root["templates"] = records_json(m.templates);
  root["outputs"] = records_json(m.outputs);
  root["key_figures"] = ordered_json::array();
  for (const auto& k : m.key_figures) {
    root["key_figures"].push_back(ordered_json{
        {"code", k.code},
        {"result", optional_number(k.result)},
        {"estimate", k.estimate},
        {"plan", optional_number(k.plan)},
        {"pct_plan", optional_number(k.pct_plan)},
        {"change", optional_number(k.change)},
        {"change_unit", k.change_unit},
        {"status", k.status ? ordered_json(*k.status) : ordered_json(nullptr)},
    });
  }
  if (m.sealed_date) root["sealed"] = ordered_json{{"date", *m.sealed_date}};
  std::string out;
  write_json(root, out, 0);
  out += '\n';
  return out;
}

std::optional<Manifest> parse_manifest(std::string_view text, std::string& error) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::exception& e) {
    error = trf("not valid JSON ({})", e.what());
    return std::nullopt;
  }
  try {
    if (!root.is_object()) throw ManifestError(tr("not a JSON object"));
    const json& format = field(root, "format", "manifest");
    if (!format.is_number_integer() || format.get<long long>() < 1)
      throw ManifestError(tr("manifest: \"format\" must be a whole number"));
    if (format.get<long long>() > Manifest::kFormat)
      throw ManifestError(trf("written by a newer baocao (format {}; this one reads {})",
                              format.get<long long>(), Manifest::kFormat));
    if (text_field(root, "tool", "manifest") != "baocao")
      throw ManifestError(tr("manifest: not written by baocao"));
    Manifest m;
    m.tool_version = text_field(root, "version", "manifest");
    m.period = text_field(root, "period", "manifest");
    m.report_date = text_field(root, "report_date", "manifest");
    const json& numbers = field(root, "document_numbers", "manifest");
    if (!numbers.is_object())
      throw ManifestError(tr("manifest: \"document_numbers\" must be an object"));
    for (const auto& [name, number] : numbers.items())
      m.document_numbers[name] = text_field(numbers, name.c_str(), "document_numbers");
    if (root.contains("drafts")) {
      m.drafts.emplace();
      std::size_t i = 0;
      for (const json& item : array_field(root, "drafts", "manifest")) {
        if (!item.is_string())
          throw ManifestError(trf("drafts[{}]: a draft is named by its template, a string", i));
        m.drafts->push_back(item.get<std::string>());
        ++i;
      }
    }
    m.inputs = read_records(root, "inputs");
    m.templates = read_records(root, "templates");
    m.outputs = read_records(root, "outputs");
    std::size_t i = 0;
    for (const json& item : array_field(root, "key_figures", "manifest")) {
      std::string where = fmt::format("key_figures[{}]", i++);
      KeyFigure k;
      k.code = text_field(item, "code", where);
      k.result = number_field(item, "result", where);
      const json& estimate = field(item, "estimate", where);
      if (!estimate.is_boolean())
        throw ManifestError(trf("{}: \"estimate\" must be true or false", where));
      k.estimate = estimate.get<bool>();
      k.plan = number_field(item, "plan", where);
      k.pct_plan = number_field(item, "pct_plan", where);
      k.change = number_field(item, "change", where);
      k.change_unit = text_field(item, "change_unit", where);
      if (!field(item, "status", where).is_null()) k.status = text_field(item, "status", where);
      m.key_figures.push_back(std::move(k));
    }
    if (root.contains("sealed"))
      m.sealed_date = text_field(field(root, "sealed", "manifest"), "date", "sealed");
    return m;
  } catch (const ManifestError& e) {
    error = e.what();
  } catch (const json::exception& e) {
    error = e.what();
  }
  return std::nullopt;
}

bool is_safe_relative_path(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos ||
      path.find('\0') != std::string_view::npos)
    return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    auto part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

}  // namespace baocao

#include "collect/workbooks.hpp"

#include <gtest/gtest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "compute/input_request.hpp"
#include "load/load.hpp"

namespace baocao::testing {
namespace fs = std::filesystem;

namespace {
std::string tool() {
  return (test_dir() / "collect" / "workbook_tool.py").string();
}
}  // namespace

Dataset load_ok(const fs::path& dir) {
  LoadResult loaded = load_dataset(dir.string());
  if (!loaded.dataset) throw std::runtime_error("the test dataset does not load: " + dir.string());
  return std::move(*loaded.dataset);
}

void make_contract_workbook(const Dataset& data, const std::string& department,
                            const std::string& sent_for, const fs::path& out,
                            const std::map<std::string, std::string>& properties) {
  InputRequest request = make_input_request(data, department, *Period::parse(sent_for));
  nlohmann::ordered_json spec;
  nlohmann::ordered_json props = {{"baocao.format", "1"},
                                  {"baocao.unit", request.unit},
                                  {"baocao.department", request.department},
                                  {"baocao.sent_for", request.sent_for.to_string()},
                                  {"baocao.asked", request.asked.to_string()},
                                  {"baocao.plan_period", request.plan_period.to_string()},
                                  {"baocao.catalogue", request.fingerprint}};
  for (const auto& [k, v] : properties) props[k] = v;
  spec["properties"] = props;
  spec["rows"] = nlohmann::json::array();
  for (const auto& row : request.rows)
    spec["rows"].push_back(
        {data.indicators[row.indicator].code, data.areas[row.area].code, row.asks_plan});
  fs::path spec_path = out.string() + ".spec.json";
  write_file(spec_path, spec.dump());
  auto r = run(fmt::format("/usr/bin/python3 '{}' make '{}' '{}'", tool(), spec_path.string(),
                           out.string()));
  if (r.exit_code != 0) throw std::runtime_error("workbook_tool.py make failed: " + r.err);
}

void fill_workbook(const fs::path& in, const fs::path& out, const std::string& fills_json) {
  fs::path fills = out.string() + ".fills.json";
  write_file(fills, fills_json);
  auto r = run(fmt::format("/usr/bin/python3 '{}' fill '{}' '{}' '{}'", tool(), in.string(),
                           out.string(), fills.string()));
  if (r.exit_code != 0) throw std::runtime_error("workbook_tool.py fill failed: " + r.err);
}

void resave_with_libreoffice(const fs::path& in, const fs::path& out) {
  TempDir work;
  fs::path profile = work / "profile";
  fs::path converted = work / "out";
  fs::path source = work / ("in-" + in.filename().string());
  fs::copy_file(in, source);
  auto r = run(fmt::format(
      "soffice -env:UserInstallation=file://{} --headless --convert-to xlsx --outdir '{}' '{}'",
      profile.string(), converted.string(), source.string()));
  fs::path result = converted / source.filename();
  if (r.exit_code != 0 || !fs::exists(result))
    throw std::runtime_error("LibreOffice did not convert " + in.string() + ": " + r.err);
  fs::copy_file(result, out, fs::copy_options::overwrite_existing);
}

CommandResult collect(const std::string& args) {
  return run(fmt::format("'{}' collect {}", exe(), args));
}

}  // namespace baocao::testing

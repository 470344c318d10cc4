#include "load/load.hpp"

#include <filesystem>

#include "core/i18n.hpp"
#include "load/parts.hpp"

namespace baocao {

LoadResult load_dataset(const std::string& dir, const Repertoire* drawable) {
  LoadResult result;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir.empty() ? "." : dir, ec)) {
    bool exists = std::filesystem::exists(dir, ec);
    result.diagnostics.error(
        dir, 0, 0, exists ? tr("this is not a folder") : tr("dataset folder not found"),
        tr("give the folder that holds unit.toml, areas.csv, indicators.csv and values.csv: "
           "baocao check --data DIR"));
    return result;
  }
  LoadContext ctx{dir, result.diagnostics, drawable};
  Dataset data;
  Catalog catalog;
  SourceFile unit_file, areas_file, indicators_file, values_file;
  // Each file is checked against what could be read of the ones before it, so one broken file
  // does not hide the mistakes in the others.
  // Without departments (reported as missing) every indicator's department would be unknown.
  catalog.unit_known = load_unit(ctx, data, unit_file) && !data.unit.departments.empty();
  load_areas(ctx, data, catalog, areas_file);
  load_indicators(ctx, data, catalog, indicators_file);
  load_values(ctx, data, catalog, values_file);
  if (result.diagnostics.has_errors()) return result;
  data.files = {unit_file, areas_file, indicators_file, values_file};
  result.dataset = std::move(data);
  return result;
}

}  // namespace baocao

#include "collect/xlsx_reader.hpp"

#include <fmt/format.h>

#include "core/i18n.hpp"

namespace baocao::collect {
namespace {

std::string folder_of(std::string_view part) {
  auto slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

std::string rels_of(std::string_view part) {
  auto slash = part.rfind('/');
  std::string_view folder = slash == std::string_view::npos ? "" : part.substr(0, slash + 1);
  std::string_view file = slash == std::string_view::npos ? part : part.substr(slash + 1);
  return fmt::format("{}_rels/{}.rels", folder, file);
}

const Relationship* find_type(const std::vector<Relationship>& rels, std::string_view type) {
  for (const auto& r : rels)
    if (r.type == type) return &r;
  return nullptr;
}

bool read(std::string_view bytes, const ReadLimits& limits, InputWorkbook& out,
          PackageError& error) {
  if (bytes.size() > limits.file_bytes) {
    error = {
        trf("the file is larger than {} MiB: not a department workbook", limits.file_bytes >> 20),
        tr("collect the workbook baocao made for the department, filled in")};
    return false;
  }
  FileKind kind = sniff_file_kind(bytes);
  if (kind != FileKind::xlsx) {
    error = not_a_workbook(kind);
    return false;
  }
  auto package = ZipPackage::open(bytes, limits, error);
  if (!package) return false;

  // The workbook part, through the package relationships (xl/workbook.xml by convention).
  std::vector<Relationship> package_rels;
  if (package->has("_rels/.rels") &&
      !read_relationships(*package, "_rels/.rels", "", package_rels, error))
    return false;
  const Relationship* office = find_type(package_rels, "officeDocument");
  std::string workbook_part = office != nullptr ? office->target : "xl/workbook.xml";
  if (!package->has(workbook_part)) {
    // An OpenDocument file whose mimetype entry is compressed, which the first bytes miss.
    std::optional<std::string> mimetype;
    if (package->has("mimetype")) mimetype = package->read("mimetype", error);
    error = not_a_workbook(mimetype && mimetype->starts_with("application/vnd.oasis.opendocument")
                               ? FileKind::ods
                               : FileKind::zip_other);
    return false;
  }

  if (const Relationship* custom = find_type(package_rels, "custom-properties");
      custom != nullptr && package->has(custom->target)) {
    if (!read_custom_properties(*package, custom->target, out.properties, error)) return false;
  } else if (package->has("docProps/custom.xml")) {
    if (!read_custom_properties(*package, "docProps/custom.xml", out.properties, error))
      return false;
  }

  std::vector<Relationship> rels;
  std::string rels_part = rels_of(workbook_part);
  if (package->has(rels_part) &&
      !read_relationships(*package, rels_part, folder_of(workbook_part), rels, error))
    return false;
  WorkbookPart workbook;
  if (!read_workbook_part(*package, workbook_part, rels, workbook, error)) return false;
  out.sheets = workbook.sheets;

  const DefinedName* name = workbook.find_name(kInputName);
  if (name == nullptr) return true;  // the caller says what that means
  out.input = parse_area_ref(name->value);
  if (!out.input) return true;
  const SheetEntry* sheet = nullptr;
  for (const auto& s : workbook.sheets)
    if (s.name == out.input->sheet) sheet = &s;
  if (sheet == nullptr || sheet->part.empty() || !package->has(sheet->part)) {
    error = {trf("the defined name {} points to sheet '{}', which the workbook does not "
                 "have",
                 kInputName, out.input->sheet),
             tr("the input sheet was deleted: ask the department to fill in the workbook as sent")};
    return false;
  }

  std::vector<std::string> shared;
  if (const Relationship* r = find_type(rels, "sharedStrings");
      r != nullptr && package->has(r->target) &&
      !read_shared_strings(*package, r->target, shared, error))
    return false;
  std::vector<bool> dates;
  if (const Relationship* r = find_type(rels, "styles");
      r != nullptr && package->has(r->target) &&
      !read_date_styles(*package, r->target, dates, error))
    return false;
  SheetCells cells;
  if (!read_sheet_cells(*package, sheet->part, *out.input, shared, dates, limits.cells, cells,
                        error))
    return false;
  out.cells = std::move(cells.cells);
  out.cells_outside = cells.outside;
  return true;
}

}  // namespace

ReadOutcome read_input_workbook(std::string_view bytes, const ReadLimits& limits) {
  ReadOutcome outcome;
  InputWorkbook workbook;
  if (read(bytes, limits, workbook, outcome.error)) outcome.workbook = std::move(workbook);
  return outcome;
}

}  // namespace baocao::collect

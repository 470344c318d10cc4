// xl/worksheets/sheetN.xml: the cells of the input table. Writers differ: libxlsxwriter
// writes inline strings, Excel and LibreOffice shared strings; some leave out the `r` of rows
// and cells; a formula's value is cached in <v>.
#include <charconv>
#include <cmath>

#include "collect/parts.hpp"
#include "collect/xml_stream.hpp"
#include "core/i18n.hpp"

namespace baocao::collect {
namespace {

std::uint32_t to_u32(std::string_view s) {
  std::uint32_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size() ? v : 0;
}

std::optional<double> to_double(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const AreaRef& area, const std::vector<std::string>& shared,
               const std::vector<bool>& dates, std::uint64_t max_cells, SheetCells& out)
      : area_(area), shared_(shared), dates_(dates), max_cells_(max_cells), out_(out) {}

  void start(std::string_view name, const XmlAttributes& a) override {
    if (name == "row") {
      std::uint32_t r = to_u32(a.get("r"));
      row_ = r != 0 ? r : row_ + 1;
      column_ = 0;
    } else if (name == "c") {
      auto ref = parse_cell_ref(a.get("r"));
      if (ref) {
        row_ = ref->row;
        column_ = ref->column;
      } else {
        ++column_;
      }
      type_ = a.get("t");
      std::uint32_t style = to_u32(a.get("s"));
      date_style_ = style < dates_.size() && dates_[style];
      value_.clear();
      has_value_ = false;
      in_cell_ = true;
    } else if (in_cell_ && name == "v") {
      in_value_ = true;
      has_value_ = true;
    } else if (in_cell_ && name == "is") {
      in_inline_ = true;
      has_value_ = true;
    } else if (in_inline_ && name == "rPh") {
      ++phonetic_;
    } else if (in_inline_ && name == "t" && phonetic_ == 0) {
      in_value_ = true;
    }
  }

  void end(std::string_view name) override {
    if (name == "v" || name == "t") in_value_ = false;
    if (name == "rPh" && phonetic_ > 0) --phonetic_;
    if (name == "is") in_inline_ = false;
    if (name == "c" && in_cell_) {
      in_cell_ = false;
      finish_cell();
    }
  }

  void text(std::string_view chunk) override {
    if (in_value_) value_.append(chunk);
  }

  bool failed(PackageError& error) const override {
    if (error_.message.empty()) return false;
    error = error_;
    return true;
  }

 private:
  void finish_cell() {
    if (!has_value_) return;  // a formatted empty cell
    CellRef at{row_, column_};
    // Below the table too: a figure typed under the last row is reported, not lost.
    if (at.row < area_.first.row || at.column < area_.first.column ||
        at.column > area_.last.column) {
      ++out_.outside;
      return;
    }
    Cell cell;
    cell.at = at;
    if (type_ == "s") {
      std::uint32_t index = to_u32(value_);
      if (index >= shared_.size()) {
        error_ = {trf("cell {} refers to a shared string that does not exist", cell_name(at)),
                  tr("the file is damaged: open it in Excel or LibreOffice and save it again")};
        return;
      }
      cell.text = shared_[index];
    } else if (type_ == "inlineStr" || type_ == "str") {
      cell.text = value_;
    } else if (type_ == "b") {
      cell.kind = CellKind::boolean;
      cell.number = value_ == "1" ? 1 : 0;
      cell.text = value_ == "1" ? "TRUE" : "FALSE";
    } else if (type_ == "e") {
      cell.kind = CellKind::error;
      cell.text = value_;
    } else if (type_ == "d") {
      cell.kind = CellKind::date;
      cell.text = value_;
    } else {  // "n" or none
      auto v = to_double(value_);
      if (!v) {
        cell.text = value_;  // not a number after all: kept as the text it is
      } else {
        cell.kind = date_style_ ? CellKind::date : CellKind::number;
        cell.number = *v;
        cell.text = value_;
      }
    }
    if (out_.cells.size() >= max_cells_) {
      error_ = {trf("the input sheet holds more than {} cells in the table's columns: not a "
                    "department workbook",
                    max_cells_),
                tr("check where the file came from")};
      return;
    }
    out_.cells.push_back(std::move(cell));
  }

  const AreaRef& area_;
  const std::vector<std::string>& shared_;
  const std::vector<bool>& dates_;
  std::uint64_t max_cells_;
  SheetCells& out_;
  PackageError error_;
  std::uint32_t row_ = 0, column_ = 0;
  std::string type_;
  std::string value_;
  bool date_style_ = false;
  bool has_value_ = false, in_cell_ = false, in_value_ = false, in_inline_ = false;
  int phonetic_ = 0;
};

}  // namespace

bool read_sheet_cells(ZipPackage& package, std::string_view part, const AreaRef& area,
                      const std::vector<std::string>& shared_strings,
                      const std::vector<bool>& date_styles, std::uint64_t max_cells,
                      SheetCells& out, PackageError& error) {
  SheetHandler handler(area, shared_strings, date_styles, max_cells, out);
  return parse_part(package, part, handler, error);
}

}  // namespace baocao::collect

#include "collect/returned.hpp"

#include <map>

#include <fmt/format.h>

#include "collect/identity.hpp"
#include "core/i18n.hpp"
#include "core/unicode.hpp"
#include "load/number.hpp"
#include "load/value_rules.hpp"

namespace baocao::collect {
namespace {

// Columns of the table, counted from its first column (the contract's A…M).
enum Column : std::uint32_t {
  kCode = 1,     // B
  kArea = 3,     // D
  kValue = 8,    // I
  kBasis = 9,    // J
  kNote = 10,    // K
  kSource = 11,  // L
  kPlan = 12,    // M
};

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
    s.remove_suffix(1);
  return std::string(s);
}

std::optional<Basis> parse_basis(std::string_view typed) {
  std::string upper = to_upper(to_nfc(typed));
  if (upper == to_upper("Thực hiện") || upper == "ACTUAL") return Basis::actual;
  if (upper == to_upper("Ước thực hiện") || upper == "ESTIMATE") return Basis::estimate;
  return std::nullopt;
}

class TableChecker {
 public:
  TableChecker(const Dataset& data, const InputWorkbook& w, const InputRequest& request,
               const std::string& shown, std::string source_tail, Diagnostics& diagnostics,
               ReturnedWorkbook& out)
      : data_(data),
        w_(w),
        request_(request),
        shown_(shown),
        source_tail_(std::move(source_tail)),
        diagnostics_(diagnostics),
        out_(out) {
    for (const Cell& c : w.cells) cells_[{c.at.row, c.at.column}] = &c;
  }

  void run() {
    const AreaRef& area = *w_.input;
    std::uint32_t header = area.first.row;
    std::size_t table_rows = area.last.row - header;
    if (table_rows != request_.rows.size()) {
      diagnostics_.error(
          fmt::format("{}:{}", shown_, area.sheet), 0, 0,
          trf("the input table has {} rows, but department `{}` owes {}", table_rows,
              request_.department, request_.rows.size()),
          tr("rows were added or deleted: fill in the workbook as sent, without changing its "
             "rows"));
      return;
    }
    out_.owed = request_.rows.size();
    for (std::size_t i = 0; i < request_.rows.size(); ++i)
      check_row(header + 1 + static_cast<std::uint32_t>(i), request_.rows[i]);
    check_below(area.last.row);
  }

 private:
  const Cell* cell(std::uint32_t row, std::uint32_t column) const {
    auto it = cells_.find({row, w_.input->first.column + column});
    return it == cells_.end() ? nullptr : it->second;
  }
  std::string where(std::uint32_t row, std::uint32_t column) const {
    return fmt::format("{}:{}!{}", shown_, w_.input->sheet,
                       cell_name({row, w_.input->first.column + column}));
  }
  std::string text_of(std::uint32_t row, std::uint32_t column) const {
    const Cell* c = cell(row, column);
    return c == nullptr ? std::string() : trimmed(c->text);
  }
  void error(std::uint32_t row, std::uint32_t column, std::string message, std::string hint) {
    diagnostics_.error(where(row, column), 0, 0, std::move(message), std::move(hint));
  }
  void report(std::uint32_t row, std::uint32_t column, const ValueProblem& p) {
    diagnostics_.add({where(row, column), 0, 0, p.error ? Severity::error : Severity::warning,
                      p.message, p.hint});
  }

  void check_row(std::uint32_t row, const OwedFigure& owed) {
    const Indicator& ind = data_.indicators[owed.indicator];
    const Area& area = data_.areas[owed.area];
    bool ok = true;
    if (std::string code = text_of(row, kCode); code != ind.code) {
      error(row, kCode,
            trf("the locked code cell holds `{}`, but the workbook was sent "
                "with `{}` on this row",
                code, ind.code),
            tr("rows were moved or the cell was edited: fill in the workbook as sent"));
      ok = false;
    }
    if (std::string code = text_of(row, kArea); code != area.code) {
      error(row, kArea,
            trf("the locked area cell holds `{}`, but the workbook was sent "
                "with `{}` on this row",
                code, area.code),
            tr("rows were moved or the cell was edited: fill in the workbook as sent"));
      ok = false;
    }
    std::string note = text_of(row, kNote);
    std::string source = text_of(row, kSource);
    source = source.empty() ? source_tail_ : source + "; " + source_tail_;

    auto value = figure(row, kValue, ind, !note.empty());
    if (value) {
      std::optional<Basis> basis;
      std::string typed = text_of(row, kBasis);
      if (typed.empty()) {
        error(row, kBasis, tr("the figure has no basis: choose Thực hiện or Ước thực hiện"),
              tr("pick Thực hiện (an actual figure) or Ước thực hiện (an estimate) from the "
                 "list"));
      } else if (basis = parse_basis(typed); !basis) {
        error(row, kBasis, trf("basis `{}` is not a basis", typed),
              tr("pick Thực hiện (an actual figure) or Ước thực hiện (an estimate) from the "
                 "list"));
      }
      if (ok && basis)
        out_.rows.push_back({owed.indicator, owed.area, request_.asked, *basis, *value, note,
                             source, where(row, kValue)});
    }

    std::optional<double> plan;
    if (owed.asks_plan) {
      plan = figure(row, kPlan, ind, !note.empty());
      if (ok && plan)
        out_.rows.push_back({owed.indicator,
                             owed.area,
                             request_.plan_period,
                             Basis::plan,
                             *plan,
                             {},
                             source,
                             where(row, kPlan)});
    } else if (cell(row, kPlan) != nullptr && !text_of(row, kPlan).empty()) {
      error(row, kPlan,
            trf("a value in the locked plan cell: indicator `{}` has no plans", ind.code),
            tr("leave the grey cell empty; a plan for this indicator is added to values.csv by "
               "the office"));
    }
    // Nothing typed (an empty text cell, as some programs save a cleared one, counts as none).
    if (text_of(row, kValue).empty() && (!owed.asks_plan || text_of(row, kPlan).empty()))
      out_.not_filled.push_back(fmt::format("{} {}", ind.code, area.code));
  }

  // The number in a value or plan cell, checked by values.csv's rules; nullopt when the cell
  // is empty or wrong (then reported).
  std::optional<double> figure(std::uint32_t row, std::uint32_t column, const Indicator& ind,
                               bool has_note) {
    const Cell* c = cell(row, column);
    if (c == nullptr) return std::nullopt;
    switch (c->kind) {
      case CellKind::number: {
        // Written to values.csv in its shortest form, which must read back: the number syntax's
        // own rules (a magnitude bound) apply to a number cell too.
        std::string text = fmt::format("{}", c->number);
        if (ParsedNumber n = parse_number(text); !n.value) {
          bad_number(row, column, text, n);
          return std::nullopt;
        }
        if (auto p = check_value(ind, c->number, has_note)) {
          report(row, column, *p);
          if (p->error) return std::nullopt;
        }
        return c->number;
      }
      case CellKind::text: {
        std::string text = trimmed(c->text);
        if (text.empty()) return std::nullopt;
        ParsedNumber n = parse_number(text);
        if (!n.value) {
          bad_number(row, column, text, n);
          return std::nullopt;
        }
        if (auto p = check_value(ind, text, n, has_note)) {
          report(row, column, *p);
          if (p->error) return std::nullopt;
        }
        return n.value;
      }
      case CellKind::date:
        error(row, column, trf("the cell holds a date ({}), not a figure", c->text),
              tr("the program took the figure for a date: format the cell as a number and type "
                 "it again, e.g. 18797.39"));
        return std::nullopt;
      case CellKind::boolean:
      case CellKind::error:
        error(row, column, trf("the cell holds {}, not a figure", c->text),
              tr("type the figure itself; if it is not known, leave the cell empty"));
        return std::nullopt;
    }
    return std::nullopt;
  }

  // values.csv's message for a value that is not a number, at the cell.
  void bad_number(std::uint32_t row, std::uint32_t column, std::string_view text,
                  const ParsedNumber& n) {
    ValueProblem p = not_a_number(
        text, n,
        tr("write a number with a dot before the decimals and no thousands separator, e.g. "
           "18797.39; if the figure is not known, leave the cell empty"));
    error(row, column, std::move(p.message), std::move(p.hint));
  }

  // Figures typed under the table would be lost: say so.
  void check_below(std::uint32_t last_row) {
    for (const Cell& c : w_.cells) {
      if (c.at.row <= last_row || trimmed(c.text).empty()) continue;
      std::uint32_t column = c.at.column - w_.input->first.column;
      diagnostics_.error(
          where(c.at.row, column), 0, 0,
          trf("`{}` is below the input table, in a locked cell's place", trimmed(c.text)),
          tr("type each figure on its indicator's row of the table"));
    }
  }

  const Dataset& data_;
  const InputWorkbook& w_;
  const InputRequest& request_;
  const std::string& shown_;
  std::string source_tail_;
  Diagnostics& diagnostics_;
  ReturnedWorkbook& out_;
  std::map<std::pair<std::uint32_t, std::uint32_t>, const Cell*> cells_;
};

}  // namespace

std::string provenance(std::string_view department, std::string_view file_name,
                       std::string_view sha256) {
  return fmt::format("collect {} {} sha256:{}", department, file_name, sha256);
}

bool collected_from(std::string_view source, std::string_view department) {
  return source.find(fmt::format("collect {} ", department)) != std::string_view::npos &&
         source.find(" sha256:") != std::string_view::npos;
}

ReturnedWorkbook check_returned(const Dataset& data, const InputWorkbook& workbook,
                                const std::string& shown, std::string_view file_name,
                                std::string_view sha256, Diagnostics& diagnostics) {
  ReturnedWorkbook out;
  out.shown = shown;
  auto request = check_identity(data, workbook, shown, diagnostics);
  if (!request) return out;
  out.department = request->department;
  out.asked = request->asked;
  TableChecker(data, workbook, *request, shown, provenance(request->department, file_name, sha256),
               diagnostics, out)
      .run();
  return out;
}

}  // namespace baocao::collect

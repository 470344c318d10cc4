#!/usr/bin/python3
"""Reads baocao workbooks back with openpyxl, as a user's tools would.

  openpyxl_read.py check EXPECTED.json
      Every workbook listed in EXPECTED.json (written by the xlsx tests from the summary they
      fed in) against what it must hold: sheet names, each summary figure, formulas with
      cached values, number formats, print set-up, data rows, the department input sheet.
  openpyxl_read.py compare ORIGINAL.xlsx RECALCULATED.xlsx
      Every formula cell of ORIGINAL: its cached value against the value in RECALCULATED
      (the same workbook after LibreOffice recalculated it), to 1e-9 relative.

Exit 0 when everything holds; otherwise prints each failure and exits 1.
"""

import datetime
import json
import math
import sys

import openpyxl

MISSING = "—"
FAILURES = []


def fail(where, message):
    FAILURES.append(f"{where}: {message}")


def text(value):
    """Cell text as Excel shows it. openpyxl decodes `_x005F_` in shared strings but not in
    inline strings (constant_memory mode): do the same for both."""
    return value.replace("_x005F_", "_") if isinstance(value, str) else value


def close(a, b, rel=1e-12):
    return isinstance(a, (int, float)) and math.isclose(a, b, rel_tol=rel, abs_tol=1e-15)


def number_format(decimals):
    return "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


def signed_format(decimals):
    d = "." + "0" * decimals if decimals > 0 else ""
    return f"+#,##0{d};-#,##0{d};0{d}"


class Table:
    """A sheet whose header row names its columns; rows found by indicator code."""

    def __init__(self, ws, wsv, header_row):
        self.ws, self.wsv, self.header_row = ws, wsv, header_row
        self.columns = {}
        for cell in ws[header_row]:
            if cell.value is not None:
                self.columns[text(cell.value)] = cell.column_letter
        self.rows = {}
        code_col = self.column_starting("Mã chỉ tiêu")
        for r in range(header_row + 1, ws.max_row + 1):
            code = ws[f"{code_col}{r}"].value
            if isinstance(code, str):
                self.rows.setdefault(code, r)

    def column_starting(self, prefix):
        for name, letter in self.columns.items():
            if name.startswith(prefix):
                return letter
        raise KeyError(f"no column '{prefix}…' in row {self.header_row} of {self.ws.title}")

    def cell(self, prefix, row):
        ref = f"{self.column_starting(prefix)}{row}"
        return ref, self.ws[ref], self.wsv[ref]


def check_value(where, cell, expected, decimals, italic):
    if expected is None:
        if text(cell.value) != MISSING:
            fail(where, f"expected '{MISSING}', found {cell.value!r}")
        return
    if cell.value != expected:
        fail(where, f"value {cell.value!r}, expected {expected!r}")
    if cell.number_format != number_format(decimals):
        fail(where, f"format {cell.number_format!r}, expected {number_format(decimals)!r}")
    if bool(cell.font.i) != italic:
        fail(where, f"italic is {bool(cell.font.i)}, expected {italic} (estimates are italic)")


FORMULAS = {
    "ratio": "={a}/{b}",
    "inverse-ratio": "={b}/{a}",
    "growth": "={a}/{b}-1",
    "difference": "={a}-{b}",
}


def check_derived(where, table, row, column, figure, a_col, b_col, inputs, decimals):
    ref, cell, cached = table.cell(column, row)
    where = f"{where} {ref}"
    if figure["value"] is None or None in inputs:
        if text(cell.value) != MISSING:
            fail(where, f"expected '{MISSING}' without both inputs, found {cell.value!r}")
        return
    a = f"{table.column_starting(a_col)}{row}"
    b = f"{table.column_starting(b_col)}{row}"
    formula = FORMULAS[figure["derivation"]].format(a=a, b=b)
    if cell.value != formula:
        fail(where, f"formula {cell.value!r}, expected {formula!r}")
    if figure["derivation"] == "difference":
        want, fmt = figure["value"], signed_format(decimals)
    else:
        want = figure["value"] / 100
        fmt = "0.00%" if figure["derivation"] != "growth" else "+0.00%;-0.00%;0.00%"
    if not close(cached.value, want):
        fail(where, f"cached value {cached.value!r}, expected {want!r}")
    if cell.number_format != fmt:
        fail(where, f"format {cell.number_format!r}, expected {fmt!r}")


def check_indicator_row(table, sheet, exp, headers):
    code = exp["code"]
    row = table.rows.get(code)
    if row is None:
        fail(sheet, f"no row for {code}")
        return
    where = f"{sheet} {code}"
    d = exp["decimals"]
    for column, key in (("Chỉ tiêu", "name"), ("Đơn vị tính", "unit")):
        ref, cell, _ = table.cell(column, row)
        if text(cell.value) != exp[key]:
            fail(f"{where} {ref}", f"{cell.value!r}, expected {exp[key]!r}")
    previous_header, result_header = headers
    _, prev, _ = table.cell(previous_header, row)
    check_value(f"{where} previous", prev, exp["previous"], d, exp["previous_is_estimate"])
    _, plan, _ = table.cell("Kế hoạch", row)
    check_value(f"{where} plan", plan, exp["plan"], d, False)
    _, result, _ = table.cell(result_header, row)
    if exp["range_text"] is not None:
        if text(result.value) != exp["range_text"]:
            fail(f"{where} range", f"{result.value!r}, expected {exp['range_text']!r}")
    else:
        check_value(f"{where} result", result, exp["result"], d, exp["is_estimate"])
    if exp["unit"] == "%" and isinstance(result.value, float) and "%" in result.number_format:
        fail(where, "a rate's value must be a plain number beside its unit, not a % format")
    _, flag, _ = table.cell("Số ước", row)
    if (text(flag.value) == "Ước") != exp["is_estimate"]:
        fail(f"{where} estimate flag", f"{flag.value!r}")
    inputs = (exp["result"], exp["plan"])
    check_derived(where, table, row, "% kế hoạch", exp["pct_plan"], result_header, "Kế hoạch",
                  inputs, d)
    inputs = (exp["result"], exp["previous"])
    check_derived(where, table, row, "Tăng, giảm", exp["change"], result_header,
                  previous_header, inputs, d)
    _, unit, _ = table.cell("Đơn vị tăng", row)
    want_unit = exp["change_unit"] if exp["change"]["value"] is not None else None
    if text(unit.value) != want_unit:
        fail(f"{where} change unit", f"{unit.value!r}, expected {want_unit!r}")
    _, growth, _ = table.cell("Tăng bình quân", row)
    if exp["avg_growth"] is None:
        if text(growth.value) != MISSING:
            fail(f"{where} growth", f"{growth.value!r}, expected '{MISSING}'")
    elif not close(growth.value, exp["avg_growth"] / 100):
        fail(f"{where} growth", f"{growth.value!r}, expected {exp['avg_growth'] / 100!r}")
    _, status, _ = table.cell("Đánh giá", row)
    if text(status.value) != (exp["status"] or MISSING):
        fail(f"{where} status", f"{status.value!r}, expected {exp['status']!r}")


def check_print_setup(ws, title_rows, frozen):
    where = f"sheet {ws.title}"
    ps = ws.page_setup
    if ps.orientation != "landscape" or str(ps.paperSize) != "9":
        fail(where, f"page set-up {ps.orientation} paper {ps.paperSize}, expected A4 landscape")
    if not ws.sheet_properties.pageSetUpPr.fitToPage or ps.fitToWidth not in (None, 1, "1") \
            or str(ps.fitToHeight) != "0":
        fail(where, "not fitted to one page wide")
    if ws.print_title_rows != title_rows:
        fail(where, f"print titles {ws.print_title_rows!r}, expected {title_rows!r}")
    if ws.freeze_panes != frozen:
        fail(where, f"frozen at {ws.freeze_panes!r}, expected {frozen!r}")
    if ws.oddFooter.center.text != "Trang &P/&N":
        fail(where, f"footer {ws.oddFooter.center.text!r}")


def check_data(wb, wbv, book):
    observations = book["observations"]
    headers = ["Mã chỉ tiêu", "Mã địa bàn", "Kỳ", "Loại số liệu", "Giá trị", "Ghi chú",
               "Nguồn số liệu"]
    sheets = [n for n in wb.sheetnames if n.startswith("Dữ liệu")]
    rows = []
    for name in sheets:
        ws = wb[name]
        check_print_setup(ws, "$1:$1", "A2")
        found = [text(c.value) for c in ws[1]]
        if found != headers:
            fail(name, f"headers {found}")
        if ws.auto_filter.ref != f"A1:G{ws.max_row}":
            fail(name, f"autofilter {ws.auto_filter.ref!r} over {ws.max_row} rows")
        for r in ws.iter_rows(min_row=2):
            rows.append(r)
    if len(rows) != len(observations):
        fail("data", f"{len(rows)} rows, expected {len(observations)}")
    for cells, exp in zip(rows, observations):
        values = [text(c.value) for c in cells]
        want = [exp["code"], exp["area"], exp["period"], exp["basis"], exp["value"],
                exp["note"] or None, exp["source"] or None]
        # Empty notes and sources are not written: the row ends early.
        values += [None] * (len(want) - len(values))
        if values != want:
            fail(f"data line {exp['line']}", f"{values} != {want}")
        for c in cells:
            if c.data_type == "f":
                fail(f"data {c.coordinate}", f"user text became a formula: {c.value!r}")
        if cells[4].number_format != number_format(exp["decimals"]):
            fail(f"data {cells[4].coordinate}", f"format {cells[4].number_format!r}")


def check_input_sheet(wb, book):
    """The input sheet of docs/input-sheet.md: one row per owed figure from row 8, columns A-M,
    inputs I-L (M where the indicator has plans) unlocked, everything else locked."""
    ws = wb["Nhập số liệu"]
    check_print_setup(ws, "$7:$7", "A8")
    if not ws.protection.sheet:
        fail("input", "sheet not protected")
    rows = book["input_rows"]
    validations = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    validations[f"{openpyxl.utils.get_column_letter(c)}{r}"] = dv
    for i, exp in enumerate(rows):
        r = 8 + i
        where = f"input row {r} ({exp['code']}, {exp['area']})"
        found = [text(ws[f"{col}{r}"].value) for col in "BDEF"]
        if found != [exp["code"], exp["area"], exp["area_name"], exp["unit"]]:
            fail(where, f"B, D, E, F hold {found}")
        check_value(f"{where} G", ws[f"G{r}"], exp["result"], exp["decimals"], exp["is_estimate"])
        check_value(f"{where} H", ws[f"H{r}"], exp["next_plan"], exp["decimals"], False)
        for col in "ABCDEFGH":
            if not ws[f"{col}{r}"].protection.locked:
                fail(where, f"{col}{r} is not locked")
        for col in "IJKL":
            if ws[f"{col}{r}"].protection.locked:
                fail(where, f"input cell {col}{r} is locked")
        if ws[f"M{r}"].protection.locked == exp["asks_plan"]:
            fail(where, f"M{r} locked is {ws[f'M{r}'].protection.locked}, asks_plan "
                        f"{exp['asks_plan']}")
        want_type = "whole" if exp["type"] == "count" else "decimal"
        for col in "IM" if exp["asks_plan"] else "I":
            dv = validations.get(f"{col}{r}")
            if dv is None or dv.type != want_type:
                fail(where, f"no {want_type} validation on {col}{r}")
            elif [float(dv.formula1), float(dv.formula2)] != exp["bounds"]:
                fail(where, f"bounds {dv.formula1}..{dv.formula2}, expected {exp['bounds']}")
        if not exp["asks_plan"] and f"M{r}" in validations:
            fail(where, "a plan validation on a row without plans")
        dv = validations.get(f"I{r}")
        if dv is not None and not (dv.prompt or "").startswith("Đơn vị tính: " + exp["unit"] + "."):
            fail(where, f"input message {dv.prompt!r}")
        basis = validations.get(f"J{r}")
        if basis is None or basis.type != "list":
            fail(where, f"no list of bases on J{r}")
    if ws.max_row != 7 + len(rows):
        fail("input", f"{ws.max_row} rows, expected {7 + len(rows)}")


def check_book(book):
    path = book["path"]
    wb = openpyxl.load_workbook(path)
    wbv = openpyxl.load_workbook(path, data_only=True)
    if wb.sheetnames != book["sheets"]:
        fail(path, f"sheets {wb.sheetnames}, expected {book['sheets']}")
        return
    props = wb.properties
    if props.creator != book["unit"] or props.created != datetime.datetime(2024, 1, 5, 12):
        fail(path, f"properties: creator {props.creator!r}, created {props.created}")
    summary = Table(wb["Tổng hợp"], wbv["Tổng hợp"], 2)
    check_print_setup(wb["Tổng hợp"], "$2:$2", "A3")
    headers = (book["previous_header"], book["result_header"])
    for exp in book["rows"]:
        if exp["on_summary"]:
            check_indicator_row(summary, "Tổng hợp", exp, headers)
        elif exp["code"] in summary.rows:
            fail("Tổng hợp", f"{exp['code']} is not a key indicator")
        group = Table(wb[exp["group"]], wbv[exp["group"]], 2)
        check_print_setup(wb[exp["group"]], "$2:$2", "A3")
        check_indicator_row(group, exp["group"], exp, headers)
    check_data(wb, wbv, book)
    charts = len(wb["Biểu đồ"]._charts)
    if charts != book["charts"]:
        fail(path, f"{charts} charts, expected {book['charts']}")
    info = [text(c.value) for row in wb["Thông tin"].iter_rows() for c in row]
    for f in book["files"]:
        if f["sha256"] not in info or f["size"] not in info:
            fail("Thông tin", f"no hash and size for {f['path']}")
    if not any(isinstance(v, str) and v.startswith("baocao ") for v in info):
        fail("Thông tin", "no program version")
    if book["department"]:
        check_input_sheet(wb, book)
    everything = [text(c.value) for ws in wb for row in ws.iter_rows() for c in row]
    for name in book["other_names"]:
        if any(isinstance(v, str) and name in v for v in everything):
            fail(path, f"holds another department's indicator: {name}")


def compare(original, recalculated):
    formulas = openpyxl.load_workbook(original)
    cached = openpyxl.load_workbook(original, data_only=True)
    fresh = openpyxl.load_workbook(recalculated, data_only=True)
    count = 0
    for ws in formulas:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                count += 1
                want = cached[ws.title][cell.coordinate].value
                got = fresh[ws.title][cell.coordinate].value
                if not isinstance(want, (int, float)) or not isinstance(got, (int, float)) \
                        or not math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12):
                    fail(f"{original} {ws.title}!{cell.coordinate} {cell.value}",
                         f"recalculated {got!r}, cached {want!r}")
    print(f"{original}: {count} formulas compared")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "check":
        with open(sys.argv[2], encoding="utf-8") as f:
            for book in json.load(f)["workbooks"]:
                check_book(book)
                print(f"{book['path']}: checked")
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        print(__doc__)
        return 2
    for f in FAILURES:
        print("FAIL", f)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""The department workbooks' input sheet ("Nhập số liệu") of the shipped data/, read back by real
clients as `baocao collect` will read it (docs/input-sheet.md): openpyxl for the cells, styles,
validations and defined names, the zip's docProps/custom.xml for the identity; then one workbook
saved again by LibreOffice, whose identity and names must survive.

Everything expected is derived here from data/*.csv and unit.toml by the contract's rules, not
taken from baocao's code.

  check_input_sheet.py --exe BAOCAO --source REPO
"""
import argparse
import csv
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

FAILURES = []
SHEET = "Nhập số liệu"
HEADER_ROW = 7
LARGEST = 999999999999999.0
HEADERS = ["STT", "Mã chỉ tiêu", "Chỉ tiêu", "Mã địa bàn", "Địa bàn", "Đơn vị tính",
           "Thực hiện năm 2023", "Kế hoạch năm 2024", "Số liệu năm 2024", "Loại số liệu",
           "Ghi chú", "Nguồn số liệu", "Kế hoạch năm 2025"]
DEADLINE = "2025-01-15"
RETURN_TO = "Văn phòng HĐND và UBND thị xã"


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def run(*cmd, timeout=300):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def shortest(text):
    """A number as fmt's "{}" prints a double: 100 for 100.0, 0.5 for 0.5."""
    r = repr(float(text))
    return r[:-2] if r.endswith(".0") else r


class Expected:
    """What each department owes, by the contract's rules, from the dataset files."""

    def __init__(self, data):
        with open(os.path.join(data, "unit.toml"), "rb") as f:
            self.unit = tomllib.load(f)
        self.areas = read_csv(os.path.join(data, "areas.csv"))
        self.indicators = read_csv(os.path.join(data, "indicators.csv"))
        values = read_csv(os.path.join(data, "values.csv"))
        self.planned = {v["code"] for v in values if v["basis"] == "plan"}
        self.unit_code = self.unit["code"]

    def covered(self, scope):
        types = {"all": ("ward", "commune"), "wards": ("ward",), "communes": ("commune",)}
        return [a for a in self.areas if a["type"] in types[scope or "all"]]

    def rows(self, department):
        out = []
        for ind in self.indicators:
            if ind["department"] != department:
                continue
            areas = [a for a in self.areas if a["code"] == self.unit_code] \
                if ind["aggregate"] == "none" else self.covered(ind["areas"])
            for a in areas:
                out.append((ind, a))
        return out

    def fingerprint(self, rows):
        parts = [b"baocao-input-1"]
        for ind, area in rows:
            out_of = shortest(ind["out_of"]) if ind["out_of"] else ""
            fields = [ind["code"], ind["name"], ind["unit"], ind["type"], ind["decimals"], out_of,
                      ind["aggregate"], ind["areas"] or "all", area["code"]]
            parts.append("\x1f".join(fields).encode("utf-8"))
        return hashlib.sha256(b"\x1e".join(parts)).hexdigest()


def custom_properties(path):
    with zipfile.ZipFile(path) as z:
        if "docProps/custom.xml" not in z.namelist():
            return {}
        root = ET.fromstring(z.read("docProps/custom.xml"))
    props = {}
    for p in root:
        value = next(iter(p), None)
        props[p.get("name")] = value.text if value is not None else None
    return props


def defined_names(wb):
    return {d.name: d.attr_text for d in wb.defined_names.definedName}


def bounds(ind):
    """The validation a figure cell must carry: type, low, high, error style."""
    if ind["type"] == "count":
        return ("whole", -LARGEST, LARGEST, "stop")
    if ind["type"] in ("score", "rate") and ind["out_of"]:
        return ("decimal", 0.0, float(ind["out_of"]), "stop")
    if ind["type"] == "rate" and ind["unit"] == "%":
        return ("decimal", -100.0, 1000.0, "warning")
    return ("decimal", -LARGEST, LARGEST, "stop")


def validation_map(ws):
    cells = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            for row in range(rng.min_row, rng.max_row + 1):
                for col in range(rng.min_col, rng.max_col + 1):
                    cells[(row, col)] = dv
    return cells


def fill_of(cell):
    color = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fgColor is not None else None
    return color[-6:].upper() if isinstance(color, str) else None


def check_identity(path, wb, exp, dept, rows, what):
    props = custom_properties(path)
    want = {"baocao.format": "1", "baocao.unit": exp.unit_code, "baocao.department": dept,
            "baocao.sent_for": "2023", "baocao.asked": "2024", "baocao.plan_period": "2025",
            "baocao.catalogue": exp.fingerprint(rows)}
    for key, value in want.items():
        check(props.get(key) == value, f"{what}: property {key} is {props.get(key)!r}, "
                                       f"expected {value!r}")
    names = defined_names(wb)
    last = HEADER_ROW + len(rows)
    want_names = {"baocao_input": f"'{SHEET}'!$A${HEADER_ROW}:$M${last}",
                  "baocao_preparer": f"'{SHEET}'!$C$5", "baocao_phone": f"'{SHEET}'!$G$5"}
    for name, ref in want_names.items():
        check(names.get(name) == ref, f"{what}: defined name {name} is {names.get(name)!r}, "
                                      f"expected {ref!r}")


def check_rows(ws, exp, rows, what, styles=True):
    header = [ws.cell(HEADER_ROW, c).value for c in range(1, 14)]
    check(header == HEADERS, f"{what}: header row {header}")
    validations = validation_map(ws) if styles else {}
    for i, (ind, area) in enumerate(rows):
        r = HEADER_ROW + 1 + i
        where = f"{what} row {r} ({ind['code']}, {area['code']})"
        got = [ws.cell(r, c).value for c in (1, 2, 3, 4, 5, 6)]
        want = [i + 1, ind["code"], ind["name"], area["code"], area["name"], ind["unit"]]
        check(got == want, f"{where}: {got} != {want}")
        asks_plan = ind["code"] in exp.planned
        if not styles:
            continue
        for c in range(1, 9):
            check(ws.cell(r, c).protection.locked, f"{where}: column {c} is not locked")
        for c in range(9, 13):
            check(not ws.cell(r, c).protection.locked, f"{where}: input column {c} is locked")
            check(fill_of(ws.cell(r, c)) == "FFF2CC", f"{where}: input column {c} not yellow")
        plan = ws.cell(r, 13)
        check(plan.protection.locked != asks_plan,
              f"{where}: plan cell locked={plan.protection.locked}, asks_plan={asks_plan}")
        check(fill_of(plan) == ("FFF2CC" if asks_plan else "D9D9D9"),
              f"{where}: plan cell fill {fill_of(plan)}")
        kind, low, high, style = bounds(ind)
        for c in (9, 13) if asks_plan else (9,):
            dv = validations.get((r, c))
            if dv is None:
                check(False, f"{where}: no validation in column {c}")
                continue
            check(dv.type == kind, f"{where}: validation {dv.type}, expected {kind}")
            check([float(dv.formula1), float(dv.formula2)] == [low, high],
                  f"{where}: bounds {dv.formula1}..{dv.formula2}, expected {low}..{high}")
            check((dv.errorStyle or "stop") == style, f"{where}: error style {dv.errorStyle}")
            check(bool(dv.promptTitle) and bool(dv.prompt), f"{where}: no input message")
        check(asks_plan or (r, 13) not in validations, f"{where}: a plan validation without plans")
        basis = validations.get((r, 10))
        check(basis is not None and basis.type == "list"
              and basis.formula1 == '"Thực hiện,Ước thực hiện"',
              f"{where}: basis list {basis.formula1 if basis else None!r}")
    check(ws.max_row == HEADER_ROW + len(rows), f"{what}: {ws.max_row} rows")


def check_top(ws, dept_name, deadline, return_to, what):
    lines = [ws.cell(r, 1).value for r in range(1, 5)]
    check(lines[0] == f"Nhập số liệu năm 2024 – {dept_name}", f"{what}: title {lines[0]!r}")
    check(lines[1] == f"Đơn vị nhập số liệu: {dept_name}", f"{what}: filler {lines[1]!r}")
    check(lines[2] == f"Hạn gửi lại: {deadline}", f"{what}: deadline {lines[2]!r}")
    check(lines[3] == f"Gửi về: {return_to}", f"{what}: addressee {lines[3]!r}")
    for ref in ("C5", "G5"):
        check(not ws[ref].protection.locked and fill_of(ws[ref]) == "FFF2CC",
              f"{what}: {ref} is not a yellow input cell")
    p = ws.protection
    check(p.sheet and not p.formatColumns and not p.formatRows,
          f"{what}: protection sheet={p.sheet} formatColumns={p.formatColumns} "
          f"formatRows={p.formatRows}")


def build(exe, source, out, *extra, data=None):
    r = run(exe, "build", "--data", data or os.path.join(source, "data"), "--templates",
            os.path.join(source, "templates"), "--out", out, "--only", "xlsx", "--date",
            "2024-01-05", "--quiet", *extra)
    check(r.returncode == 0, f"build {extra}: exit {r.returncode}: {r.stderr}")
    return sorted(glob.glob(os.path.join(out, "2023", "phong-ban", "*.xlsx")))


def resave_with_libreoffice(path, workdir):
    profile = os.path.join(workdir, "lo-profile")
    out = os.path.join(workdir, "resaved")
    os.makedirs(out, exist_ok=True)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    r = run(soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
            "--convert-to", "xlsx", "--outdir", out, path, timeout=240)
    result = os.path.join(out, os.path.basename(path))
    check(os.path.exists(result), f"LibreOffice did not convert {path}: {r.stderr}")
    return result if os.path.exists(result) else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    exp = Expected(os.path.join(args.source, "data"))
    departments = {d["code"]: d["name"] for d in exp.unit["departments"]}
    blank = "……………………………………"
    with tempfile.TemporaryDirectory(prefix="baocao-input-") as tmp:
        # Without [collection] in unit.toml nor options: spaces to fill in, never a made-up date.
        plain = build(args.exe, args.source, os.path.join(tmp, "plain"))
        given = build(args.exe, args.source, os.path.join(tmp, "given"), "--deadline", DEADLINE,
                      "--return-to", RETURN_TO)
        # A malformed deadline or an addressee that is not UTF-8 is a usage error.
        for bad in (["--deadline", "15/01/2025"], ["--return-to", b"Ph\xf2ng"]):
            r = subprocess.run([args.exe, "build", "--data", os.path.join(args.source, "data"),
                                "--out", os.path.join(tmp, "bad"), "--only", "xlsx", "--quiet",
                                *bad], capture_output=True)
            check(r.returncode == 2, f"build {bad}: exit {r.returncode}, expected 2")
            check(not os.path.exists(os.path.join(tmp, "bad", "2023")), f"build {bad} wrote files")
        owning = {ind["department"] for ind in exp.indicators}
        check(len(plain) == len(owning), f"{len(plain)} department workbooks for {owning}")
        # unit.toml's [collection], with an option over one of its keys.
        data = os.path.join(tmp, "data")
        shutil.copytree(os.path.join(args.source, "data"), data)
        with open(os.path.join(data, "unit.toml"), "a", encoding="utf-8") as f:
            f.write('\n[collection]\ndeadline = "2025-02-01"\nreturn_to = "Phòng Nội vụ"\n')
        merged = build(args.exe, args.source, os.path.join(tmp, "merged"), "--return-to",
                       RETURN_TO, data=data)
        check(len(merged) == len(plain), f"{len(merged)} workbooks with [collection]")
        for path in merged[:1]:
            dept = os.path.basename(path).rsplit("-", 1)[0]
            check_top(openpyxl.load_workbook(path)[SHEET], departments[dept], "ngày 01/02/2025",
                      RETURN_TO, os.path.relpath(path, tmp))
        seen_area_rows = set()
        for paths, deadline, return_to in ((plain, blank, blank),
                                           (given, "ngày 15/01/2025", RETURN_TO)):
            for path in paths:
                dept = os.path.basename(path).rsplit("-", 1)[0]
                rows = exp.rows(dept)
                wb = openpyxl.load_workbook(path)
                what = os.path.relpath(path, tmp)
                check(SHEET in wb.sheetnames, f"{what}: no sheet {SHEET}")
                ws = wb[SHEET]
                check_identity(path, wb, exp, dept, rows, what)
                check_top(ws, departments[dept], deadline, return_to, what)
                check_rows(ws, exp, rows, what)
                for ind, area in rows:
                    if area["code"] != exp.unit_code:
                        seen_area_rows.add((ind["code"], area["type"]))
        # The shipped data's per-area indicators: DT.PVM sums wards, NTM.NC ranges communes.
        check(("DT.PVM", "ward") in seen_area_rows and ("DT.PVM", "commune") not in seen_area_rows,
              f"DT.PVM rows: {sorted(seen_area_rows)}")
        check(("NTM.NC", "commune") in seen_area_rows and ("NTM.NC", "ward") not in seen_area_rows,
              f"NTM.NC rows: {sorted(seen_area_rows)}")

        # Saved again by LibreOffice: the identity and the names survive, and the table still
        # reads as sent.
        kt = [p for p in given if os.path.basename(p).startswith("KT-")]
        check(len(kt) == 1, f"no KT workbook among {given}")
        if kt:
            resaved = resave_with_libreoffice(kt[0], tmp)
            if resaved:
                wb = openpyxl.load_workbook(resaved)
                what = "LibreOffice-saved " + os.path.basename(resaved)
                rows = exp.rows("KT")
                check_identity(resaved, wb, exp, "KT", rows, what)
                check_rows(wb[SHEET], exp, rows, what, styles=False)
    for f in FAILURES:
        print("FAIL", f)
    print(f"input sheets: {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())

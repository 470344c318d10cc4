#!/usr/bin/python3
"""End-to-end check of the bundle that `baocao build` makes from the shipped data/, read back
by real clients: openpyxl and LibreOffice for the workbooks, poppler and qpdf for the PDFs
(tests/docx/check_docx.py reads the Word briefings).
Every figure is compared with what `baocao summary --format json` computed.

  check_bundle.py --exe BAOCAO --source REPO
"""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

FAILURES = []
DASH = "—"
STATUS_WORDS = {"achieved": "Đạt", "exceeded": "Vượt", "not-achieved": "Không đạt",
                "not-judged": "Không đánh giá"}
RECALC_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def run(*cmd, timeout=300):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def close(a, b, rel=1e-9):
    return abs(a - b) <= rel * max(1.0, abs(a), abs(b))


def expect_number(cell, expected, what):
    if expected is None:
        check(cell in (None, DASH), f"{what}: expected no figure, found {cell!r}")
    else:
        check(isinstance(cell, (int, float)) and close(cell, expected),
              f"{what}: expected {expected}, found {cell!r}")


def summary_rows(ws):
    """Rows of a summary-style sheet, keyed by indicator code (the "Mã chỉ tiêu" column)."""
    header = [c.value for c in ws[2]]
    code_col = header.index("Mã chỉ tiêu")
    rows = {}
    for r in ws.iter_rows(min_row=3):
        code = r[code_col].value if code_col < len(r) else None
        if isinstance(code, str) and re.fullmatch(r"[A-Z0-9_.-]+", code):
            rows[code] = {h: c for h, c in zip(header, r)}
    return header, rows


def check_figures(sheet_name, cached, formulas, summary):
    header, rows = summary_rows(cached[sheet_name])
    _, formula_rows = summary_rows(formulas[sheet_name])
    col = {name: i for i, name in enumerate(header)}
    pct_col = next(h for h in header if h and h.startswith("% kế hoạch"))
    change_col = next(h for h in header if h and h.startswith("Tăng, giảm"))
    # The same period a year earlier, the plan and the result, in this order.
    previous_col, result_col = [h for h in header if h and h.startswith("Thực hiện")][:2]
    plan_col = next(h for h in header if h and h.startswith("Kế hoạch"))
    for ind in summary["indicators"]:
        row = rows.get(ind["code"])
        if row is None:
            continue
        what = f"{sheet_name}/{ind['code']}"
        if ind["range"]:
            r = ind["range"]
            shown = f"{r['low']:g}–{r['high']:g}" + (f"/{ind['out_of']:g}" if ind["out_of"] and ind["type"] == "score" else "")
            check(row[result_col].value == shown, f"{what} range: {row[result_col].value!r}, expected {shown!r}")
        else:
            expect_number(row[result_col].value, ind["result"], what + " result")
        expect_number(row[plan_col].value, ind["plan"], what + " plan")
        expect_number(row[previous_col].value, ind["previous"], what + " previous")
        pct = ind["pct_plan"]
        expect_number(row[pct_col].value, None if pct is None else pct / 100, what + " % of plan")
        change = ind["change"]
        if change is not None and ind["change_unit"] == "%":
            change /= 100
        expect_number(row[change_col].value, change, what + " change")
        status = ind["status"]
        check(row[header[col["Đánh giá"]]].value == (STATUS_WORDS[status] if status else DASH),
              f"{what} status: {row['Đánh giá'].value!r} for {status!r}")
        # Computed figures are formulas wherever both inputs exist.
        for name, value in ((pct_col, pct), (change_col, ind["change"])):
            f = formula_rows[ind["code"]][name].value
            if value is not None:
                check(isinstance(f, str) and f.startswith("="), f"{what} {name}: no formula ({f!r})")
    return len(rows)


def check_master_workbook(path, summary):
    cached = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path)
    for name in ("Tổng hợp", "Biểu đồ", "Dữ liệu", "Thông tin"):
        check(name in cached.sheetnames, f"master workbook: no sheet {name!r}")
    seen = check_figures("Tổng hợp", cached, formulas, summary)
    check(seen == sum(1 for i in summary["indicators"] if i["key"]),
          f"Tổng hợp shows {seen} indicators, expected the key ones")
    for group in summary["groups"]:
        sheet = next((s for s in cached.sheetnames if group.startswith(s) or s.startswith(group[:20])), None)
        check(sheet is not None, f"no sheet for group {group!r}")
        if sheet:
            check_figures(sheet, cached, formulas, summary)
    ws = formulas["Tổng hợp"]
    check(ws.print_title_rows is not None, "Tổng hợp: no print titles")
    check(ws.page_setup.orientation == "landscape", "Tổng hợp: not landscape")
    check(ws.freeze_panes is not None, "Tổng hợp: no frozen header")
    data_rows = formulas["Dữ liệu"].max_row - 1
    check(data_rows >= 39, f"Dữ liệu has {data_rows} rows, values.csv has 39")


def recalculate(path, workdir):
    profile = os.path.join(workdir, "lo-profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(RECALC_PROFILE)
    out = os.path.join(workdir, "recalc")
    os.makedirs(out, exist_ok=True)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    r = run(soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
            "--convert-to", "xlsx", "--outdir", out, path, timeout=240)
    result = os.path.join(out, os.path.basename(path))
    check(os.path.exists(result), f"LibreOffice did not convert {path}: {r.stderr}")
    return result


def check_recalculation(path, workdir):
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    recalculated = openpyxl.load_workbook(recalculate(path, workdir), data_only=True)
    compared = 0
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    mine = cached[ws.title][c.coordinate].value
                    theirs = recalculated[ws.title][c.coordinate].value
                    check(isinstance(mine, (int, float)) and isinstance(theirs, (int, float))
                          and close(mine, theirs),
                          f"{ws.title}!{c.coordinate} {c.value}: cached {mine!r}, LibreOffice {theirs!r}")
                    compared += 1
    check(compared >= 5, f"only {compared} formulas compared")
    return compared


def check_department_isolation(bundle, summary):
    names_by_dept = {}
    for ind in summary["indicators"]:
        names_by_dept.setdefault(ind["department"], set()).add(ind["name"])
    folder = os.path.join(bundle, "phong-ban")
    files = sorted(os.listdir(folder))
    check(len(files) == len(names_by_dept), f"{len(files)} department workbooks for {len(names_by_dept)} departments")
    for name in files:
        dept = name.rsplit("-", 1)[0]
        with zipfile.ZipFile(os.path.join(folder, name)) as z:
            xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
        xml = xml.replace("&amp;", "&").replace("&quot;", '"')
        for other, names in names_by_dept.items():
            for ind_name in names:
                present = ind_name in xml
                check(present == (other == dept),
                      f"{name}: indicator {ind_name!r} of {other} {'present' if present else 'missing'}")


def key_tables_text(path):
    """pdftotext -layout of Bảng 1 (up to Hình 1) and of Bảng 2 (to the closing)."""
    text = re.sub(r"[ \u00a0]+", " ", run("pdftotext", "-layout", path, "-").stdout)
    first = text[text.find("Bảng 1."):text.find("Hình 1.")]
    second = text[text.find("Bảng 2."):text.find("Nơi nhận:")]
    return first, second


def check_briefing_tables(path):
    """Issue #15, items 3 and 4, as a reader of the printed HĐND briefing sees them."""
    name = os.path.basename(path)
    first, second = key_tables_text(path)
    check(first and second, f"{name}: Bảng 1 or Bảng 2 not found")
    # Each row with the fewest decimals that show its values; notes marked.
    for t in ["146,88 (1)", "94 (1)", "(1) Chỉ tiêu chủ yếu năm 2024"]:
        check(t in second, f"{name}: Bảng 2 lacks {t!r}")
    for never in ["146,880", "94,00"]:
        check(never not in second, f"{name}: Bảng 2 shows {never!r}")
    # No row of Bảng 1 is dashes from end to end (five figure columns of "—").
    for line in first.splitlines():
        check(len(re.findall("—", line)) < 5, f"{name}: a row of Bảng 1 is all dashes: {line!r}")
    # The plans worked back from "% kế hoạch" carry a marker and their note under the table.
    # (A narrow column may set the marker under its number.)
    for t in ["18.741,17", "(1) Suy ra: 18.797,39 tỷ đồng bằng 100,3% kế hoạch",
              "451,080", "(5) Suy ra: 429,789 tỷ đồng bằng 95,28% dự toán", "+1,02 điểm %", "Vượt"]:
        check(t in first, f"{name}: Bảng 1 lacks {t!r}")
    for marker in ["(1)", "(5)"]:
        check(first.count(marker) >= 2, f"{name}: Bảng 1 has no value marked {marker}")
    check("Tổng chi ngân sách" in first and "Số lao động có việc làm" not in first,
          f"{name}: Bảng 1 keeps a row with nothing for 2023")


def check_pdf(path, expected_texts):
    text = run("pdftotext", "-layout", path, "-").stdout
    flat = re.sub(r"\s+", " ", run("pdftotext", path, "-").stdout)
    for t in expected_texts:
        check(t in flat or t in text, f"{os.path.basename(path)}: text not found: {t!r}")
    fonts = run("pdffonts", path).stdout.splitlines()[2:]
    check(len(fonts) >= 2, f"{path}: fonts {fonts}")
    for line in fonts:
        emb, sub, uni = line.split()[-5:-2]
        check((emb, sub, uni) == ("yes", "yes", "yes"), f"{path}: font not embedded/subset/unicode: {line}")
    qpdf = run("qpdf", "--check", path)
    check(qpdf.returncode == 0, f"{path}: qpdf --check: {qpdf.stdout} {qpdf.stderr}")
    info = run("pdfinfo", "-rawdates", path).stdout
    check("D:20240105120000+07'00'" in info, f"{path}: creation date not the report date: {info}")
    check("Author:" in info and "Title:" in info, f"{path}: no title/author")
    meta = run("pdfinfo", "-meta", path).stdout
    check(re.search(r"pdfaid:part[^0-9]{1,3}2", meta) is not None, f"{path}: no pdfaid part 2")
    # Page numbers: none on page 1, "2" centred near the top of page 2.
    bbox = run("pdftotext", "-bbox", "-f", "1", "-l", "2", path, "-").stdout
    pages = bbox.split("<page ")[1:]
    check(len(pages) == 2, f"{path}: fewer than 2 pages")
    for number, page in enumerate(pages, start=1):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page)
        top = [(float(x0), float(y0), float(x1), w) for x0, y0, x1, w in words if float(y0) < 50]
        numbered = [t for t in top if t[3] == str(number) and abs((t[0] + t[2]) / 2 - width / 2) < 60]
        if number == 1:
            check(not numbered, f"{path}: page 1 carries a page number")
        else:
            check(len(numbered) == 1, f"{path}: page 2 has no '2' near the top centre: {top}")


def check_manifest_kinds(manifest, bundle, summary):
    """Every output of the manifest names its kind, and the kinds say what each file is."""
    expected = {"tong-hop-2023.xlsx": "master-workbook",
                "bao-cao-hdnd-2023.pdf": "briefing-pdf",
                "bao-cao-thi-uy-2023.pdf": "briefing-pdf",
                "bao-cao-ubnd-2023.pdf": "briefing-pdf",
                "bao-cao-hdnd-2023.docx": "briefing-docx",
                "bao-cao-thi-uy-2023.docx": "briefing-docx",
                "bao-cao-ubnd-2023.docx": "briefing-docx"}
    for department in {ind["department"] for ind in summary["indicators"]}:
        expected[f"phong-ban/{department}-2023.xlsx"] = "department-workbook"
    recorded = {o["path"]: o.get("kind") for o in manifest["outputs"]}
    check(recorded == expected, f"manifest kinds {recorded}, expected {expected}")
    for path in recorded:
        check(os.path.isfile(os.path.join(bundle, path)), f"manifest lists {path}, not in the bundle")
    check(manifest["format"] == 1, f"manifest format {manifest['format']}, expected 1")


def check_table_header_repeats(exe, templates, workdir):
    """A generated town has more key indicators than a page holds: the key table must repeat
    its header row at the top of the page it continues on."""
    gen = os.path.join(os.path.dirname(exe), "baocao-gen")
    data, out = os.path.join(workdir, "town"), os.path.join(workdir, "town-out")
    r = run(gen, "--preset", "town", "--out", data)
    check(r.returncode == 0, f"baocao-gen failed: {r.stderr}")
    r = run(exe, "build", "--data", data, "--templates", templates, "--out", out, "--date",
            "2024-01-05", "--only", "pdf", "--quiet")
    check(r.returncode == 0, f"build of the generated town failed: {r.stdout}{r.stderr}")
    pdf = os.path.join(out, "2023", "bao-cao-hdnd-2023.pdf")
    pages = run("pdftotext", "-layout", pdf, "-").stdout.split("\f")
    with_header = [i for i, p in enumerate(pages) if re.search(r"STT\s+Chỉ tiêu\s+Đơn vị", p)]
    check(len(with_header) >= 2 and with_header[1] == with_header[0] + 1,
          f"the key table's header is on pages {with_header}: not repeated on its second page")
    for i in with_header[1:2]:
        lines = [l for l in pages[i].splitlines() if l.strip()]
        # The page number, then the header's (wrapped) lines before any table row.
        first = next((n for n, l in enumerate(lines) if re.search(r"STT\s+Chỉ tiêu", l)), 99)
        check(first <= 3, f"page {i + 1}: the table continues without its header first: {lines[:4]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    data = os.path.join(args.source, "data")
    templates = os.path.join(args.source, "templates")
    with tempfile.TemporaryDirectory(prefix="baocao-bundle-") as tmp:
        out = os.path.join(tmp, "out")
        r = run(args.exe, "build", "--data", data, "--templates", templates, "--out", out,
                "--date", "2024-01-05", "--number", "hdnd=05", "--number", "thi-uy=125", "--quiet")
        if r.returncode != 0:
            print(f"baocao build failed ({r.returncode}): {r.stdout}{r.stderr}")
            return 1
        summary = json.loads(run(args.exe, "summary", "--data", data, "--format", "json").stdout)
        bundle = os.path.join(out, "2023")
        master = os.path.join(bundle, "tong-hop-2023.xlsx")
        check_master_workbook(master, summary)
        compared = check_recalculation(master, tmp)
        check_department_isolation(bundle, summary)
        output_sentence = ("Tổng giá trị sản xuất (giá hiện hành) đạt 18.797,39 tỷ đồng, bằng 100,3% "
                           "kế hoạch, tăng 12,83% so với năm 2022")
        check_pdf(os.path.join(bundle, "bao-cao-hdnd-2023.pdf"),
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Số: 05/BC-HĐND", "An Khê, ngày 05 tháng 01 năm 2024", output_sentence, "Nơi nhận:"])
        check_briefing_tables(os.path.join(bundle, "bao-cao-hdnd-2023.pdf"))
        check_pdf(os.path.join(bundle, "bao-cao-thi-uy-2023.pdf"),
                  ["ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH GIA LAI", "THỊ ỦY AN KHÊ", "Số 125-BC/TU",
                   "An Khê, ngày 05 tháng 01 năm 2024", output_sentence, "Nơi nhận:"])
        # The People's Committee's report: a body of unit.toml, left unnumbered as a draft.
        ubnd = os.path.join(bundle, "bao-cao-ubnd-2023.pdf")
        check_pdf(ubnd, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN",
                         "An Khê, ngày 05 tháng 01 năm 2024", output_sentence,
                         "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:"])
        check(re.search(r"Số:\s+/BC-UBND", run("pdftotext", "-layout", ubnd, "-").stdout),
              "bao-cao-ubnd-2023.pdf: no blank number line 'Số:     /BC-UBND'")
        pdfs = sorted(f for f in os.listdir(bundle) if f.endswith(".pdf"))
        check(pdfs == ["bao-cao-hdnd-2023.pdf", "bao-cao-thi-uy-2023.pdf", "bao-cao-ubnd-2023.pdf"],
              f"the bundle's briefings are {pdfs}")
        docxs = sorted(f for f in os.listdir(bundle) if f.endswith(".docx"))
        check(docxs == [p[:-len(".pdf")] + ".docx" for p in pdfs],
              f"the bundle's Word briefings are {docxs}")
        check_table_header_repeats(args.exe, templates, tmp)
        manifest = json.load(open(os.path.join(bundle, "manifest.json")))
        verify = run(args.exe, "verify", bundle)
        check(verify.returncode == 0, f"verify failed: {verify.stdout}{verify.stderr}")
        check(len(json.dumps(manifest)) > 100, "manifest is empty")
        check_manifest_kinds(manifest, bundle, summary)
    for f in FAILURES:
        print("FAIL:", f)
    print(f"bundle check: {len(FAILURES)} failure(s); {compared} formulas recalculated by LibreOffice")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())

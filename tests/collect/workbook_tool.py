#!/usr/bin/python3
"""Department workbooks for the collect tests, made and filled with openpyxl.

  workbook_tool.py make SPEC.json OUT.xlsx            a workbook as the collect contract says
  workbook_tool.py fill IN.xlsx OUT.xlsx FILLS.json   its input table filled in, as a user would
  workbook_tool.py fill-all OUT_DIR IN.xlsx...         every row with a reference figure filled
                                                       with it (scripts/bench.sh's workbooks)

SPEC: {"properties": {...}, "sheet": "Nhập số liệu", "header_row": 7,
       "rows": [[code, area, asks_plan], ...]}
FILLS: [{"code": .., "area": .., "I": .., "J": .., "K": .., "L": .., "M": ..}, ...,
        {"cell": "I40", "value": ..},
        {"rename": "Số liệu 2024"}]  (the input sheet renamed and moved first, with its
        defined name following, as Excel and LibreOffice do)
Values keep their JSON type: a number or a string; {"date": "2024-01-05"} is a date.

openpyxl 3.0 drops custom document properties on save (Excel and LibreOffice keep them), so
the part is copied back into the saved package, as the program that filled it would have.
"""
import json
import re
import shutil
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.workbook.defined_name import DefinedName

CUSTOM = "docProps/custom.xml"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "custom-properties")


def custom_xml(props):
    items = "".join(
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">'
        "<vt:lpwstr>%s</vt:lpwstr></property>" % (i + 2, escape(k, {'"': "&quot;"}), escape(v))
        for i, (k, v) in enumerate(props.items()))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
            'docPropsVTypes">' + items + "</Properties>")


def put_custom(path, xml):
    """Rewrites the package at `path` with `xml` as its custom properties part."""
    tmp = tempfile.NamedTemporaryFile(delete=False, suffix=".xlsx").name
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename == CUSTOM:
                continue
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml" and CUSTOM_TYPE.encode() not in data:
                data = data.replace(b"</Types>", ('<Override PartName="/%s" ContentType="%s"/>'
                                                  "</Types>" % (CUSTOM, CUSTOM_TYPE)).encode())
            if item.filename == "_rels/.rels" and CUSTOM_REL.encode() not in data:
                data = data.replace(b"</Relationships>", (
                    '<Relationship Id="rIdCustom" Type="%s" Target="%s"/></Relationships>' %
                    (CUSTOM_REL, CUSTOM)).encode())
            dst.writestr(item, data)
        dst.writestr(CUSTOM, xml)
    shutil.move(tmp, path)


def make(spec_path, out):
    spec = json.load(open(spec_path, encoding="utf-8"))
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Tổng hợp"
    first["A1"] = "Tổng hợp"
    sheet = spec.get("sheet", "Nhập số liệu")
    ws = wb.create_sheet(sheet)
    header = spec.get("header_row", 7)
    ws.cell(row=1, column=1, value="NHẬP SỐ LIỆU")
    words = ["STT", "Mã chỉ tiêu", "Chỉ tiêu", "Mã địa bàn", "Địa bàn", "Đơn vị tính",
             "Thực hiện", "Kế hoạch", "Số liệu", "Loại số liệu", "Ghi chú", "Nguồn số liệu",
             "Kế hoạch"]
    for c, w in enumerate(words, start=1):
        ws.cell(row=header, column=c, value=w)
    for i, (code, area, _plan) in enumerate(spec["rows"]):
        r = header + 1 + i
        ws.cell(row=r, column=1, value=i + 1)
        ws.cell(row=r, column=2, value=code)
        ws.cell(row=r, column=3, value="Chỉ tiêu " + code)
        ws.cell(row=r, column=4, value=area)
        ws.cell(row=r, column=5, value="Địa bàn " + area)
    last = header + len(spec["rows"])
    wb.defined_names.append(DefinedName(
        "baocao_input", attr_text="'%s'!$A$%d:$M$%d" % (sheet.replace("'", "''"), header, last)))
    wb.save(out)
    put_custom(out, custom_xml(spec["properties"]))


def input_area(wb):
    dn = wb.defined_names["baocao_input"]
    (sheet, ref), = list(dn.destinations)
    m = re.match(r"\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)", ref)
    return wb[sheet], int(m.group(2)), int(m.group(4))


def cell_value(v):
    if isinstance(v, dict) and "date" in v:
        import datetime
        return datetime.datetime.strptime(v["date"], "%Y-%m-%d")
    return v


def unname_trendlines(wb):
    """openpyxl 3.0.9 (Debian's) cannot write back a chart trendline that has a name (it calls
    to_tree on the name's string): the bar charts' plan line has one. Only the saved copy loses
    the name; Excel and LibreOffice keep it."""
    for ws in wb.worksheets:
        for chart in ws._charts:
            for series in chart.series:
                if series.trendline is not None:
                    series.trendline.name = None


def fill(src, out, fills_path):
    fills = json.load(open(fills_path, encoding="utf-8"))
    with zipfile.ZipFile(src) as z:
        custom = z.read(CUSTOM).decode() if CUSTOM in z.namelist() else None
    wb = openpyxl.load_workbook(src)
    ws, header, last = input_area(wb)
    rows = {(ws.cell(row=r, column=2).value, ws.cell(row=r, column=4).value): r
            for r in range(header + 1, last + 1)}
    for f in fills:
        if "cell" in f:
            ws[f["cell"]] = cell_value(f["value"])
            continue
        if "rename" in f:
            ws.title = f["rename"]
            wb.defined_names["baocao_input"].attr_text = "'%s'!$A$%d:$M$%d" % (
                f["rename"].replace("'", "''"), header, last)
            wb.move_sheet(ws, offset=-wb.index(ws))
            continue
        r = rows[(f["code"], f["area"])]
        for col in "IJKLM":
            if col in f:
                ws["%s%d" % (col, r)] = cell_value(f[col])
    unname_trendlines(wb)
    wb.save(out)
    if custom is not None:
        put_custom(out, custom)


def fill_all(out_dir, sources):
    """Fills column I of every row whose G (the last actual) holds a number with that number,
    as actual: a figure every rule accepts, on every row that has one."""
    import os
    for src in sources:
        with zipfile.ZipFile(src) as z:
            custom = z.read(CUSTOM).decode() if CUSTOM in z.namelist() else None
        wb = openpyxl.load_workbook(src)
        ws, header, last = input_area(wb)
        for r in range(header + 1, last + 1):
            g = ws.cell(row=r, column=7).value
            if isinstance(g, (int, float)) and not isinstance(g, bool):
                ws.cell(row=r, column=9, value=g)
                ws.cell(row=r, column=10, value="Thực hiện")
        out = os.path.join(out_dir, os.path.basename(src))
        unname_trendlines(wb)
        wb.save(out)
        if custom is not None:
            put_custom(out, custom)


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4])
    elif sys.argv[1] == "fill-all":
        fill_all(sys.argv[2], sys.argv[3:])
    else:
        sys.exit("usage: workbook_tool.py make SPEC OUT | fill IN OUT FILLS | fill-all DIR IN...")

#!/usr/bin/python3
"""The peer of `baocao collect` for scripts/bench.sh: openpyxl in read-only mode reading the
input table of each returned workbook (the range of the defined name baocao_input) and the
workbook's custom properties, turning each filled value cell into a number. It checks nothing
beyond that, so it is a floor for what a Python collector would cost.

  read_inputs_openpyxl.py FILE.xlsx...   prints files=N rows=R figures=F
"""
import re
import sys
import zipfile

import openpyxl


def read(path):
    with zipfile.ZipFile(path) as z:  # openpyxl 3.0 does not read custom properties
        z.read("docProps/custom.xml")
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    (sheet, ref), = list(wb.defined_names["baocao_input"].destinations)
    m = re.match(r"\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)", ref)
    first, last = int(m.group(2)), int(m.group(4))
    rows = figures = 0
    for row in wb[sheet].iter_rows(min_row=first + 1, max_row=last, max_col=13, values_only=True):
        rows += 1
        value = row[8] if len(row) > 8 else None
        if value is not None and value != "":
            float(value)
            figures += 1
    wb.close()
    return rows, figures


def main():
    rows = figures = 0
    for path in sys.argv[1:]:
        r, f = read(path)
        rows += r
        figures += f
    print("files=%d rows=%d figures=%d" % (len(sys.argv) - 1, rows, figures))


if __name__ == "__main__":
    main()

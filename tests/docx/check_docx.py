#!/usr/bin/python3
"""End-to-end check of the Word briefings that `baocao build` makes from the shipped data/,
read back by python-docx and compared with `baocao render-text`, which prints the same
Briefing:

- every part of each .docx is well-formed XML;
- the top-level paragraphs (document type, summary line, headings, body paragraphs and table
  captions, in order) equal render-text's; the header block and the closing (tables in the Word
  file, columns side by side in render-text) are compared line by line instead;
- every chart block of render-text ("[Biểu đồ …]") is an inline chart of the Word file, in
  order: its chart part (read from the zip through the document's relationship) is a column or
  line chart with render-text's title, categories, series names and reference line;
- every body table's cells, header row included, equal render-text's table (group rows as one
  cell across the table);
- the section is A4 with the preset's margins (within 0.5 mm), a different first page, and the
  page number in the header; the body font is Times New Roman at the preset's size;
- the document properties are the PDF's (title, author, subject, keywords, dates);
- one paragraph edited with python-docx and saved reads back with the change and nothing else;
- `--only pdf` writes the Word briefings too, and two builds give byte-identical .docx files;
- LibreOffice Writer (headless) converts each .docx, and the edited one, to PDF: the page count
  is ours within one page, the converted text holds every body paragraph, every chart's title
  and the edit, and a draft's mark ("DỰ THẢO") is on page 1 alone, above the header block;
- the end of the body stays with the closing as in the PDF: widow control by default, the
  closing sentence kept whole and with the closing, the block before it (its last lines or
  last two table rows) kept with the closing sentence; LibreOffice's page of the recipients
  holds lines of the body besides the closing sentence (tests/pdf/check_pages.py's rule); a
  body table's header row is kept with its first row.

  check_docx.py --exe BAOCAO --source REPO
"""
import argparse
import datetime
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.dom.minidom
import xml.etree.ElementTree

import docx
from docx.enum.shape import WD_INLINE_SHAPE
from docx.oxml.ns import qn
from docx.shared import Pt

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pdf"))
import check_pages  # noqa: E402  (the closing-page rule, shared with the PDF check)

FAILURES = []
DATE = "2024-01-05"
# The layouts of src/layout/preset.cpp that the Word file must follow: both presets share
# them. Millimetres and points.
PAGE = {"width": 210, "height": 297, "top": 20, "bottom": 20, "left": 30, "right": 15}
BODY_SIZE_PT = 14


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def run(*cmd, timeout=300):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def build(exe, source, out, *extra):
    r = run(exe, "build", "--data", os.path.join(source, "data"), "--templates",
            os.path.join(source, "templates"), "--out", out, "--date", DATE, "--quiet", *extra)
    check(r.returncode == 0, f"baocao build {extra} failed ({r.returncode}): {r.stdout}{r.stderr}")
    return os.path.join(out, "2023")


def render_text(exe, source, template):
    r = run(exe, "render-text", "--data", os.path.join(source, "data"), "--templates",
            os.path.join(source, "templates"), "--template", template, "--date", DATE)
    check(r.returncode == 0, f"render-text {template} failed: {r.stderr}")
    return r.stdout


def is_table_row(line):
    return " | " in line


CHART_LINE = re.compile(r"^\[(Biểu đồ cột|Biểu đồ đường)\] (.*) \((.*)\)$")
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def parse_chart(block):
    """A chart block of render-text: "[Biểu đồ cột] TITLE (UNIT)", then "  CATEGORY — SERIES:
    VALUE; …" a category, then "  REFERENCE: VALUE" when there is a reference line."""
    m = CHART_LINE.match(block[0])
    chart = {"kind": "bars" if m and m.group(1) == "Biểu đồ cột" else "lines",
             "title": m.group(2) if m else block[0], "unit": m.group(3) if m else "",
             "categories": [], "series": [], "reference": None}
    for line in block[1:]:
        if " — " in line:
            category, values = line.strip().split(" — ", 1)
            chart["categories"].append(category)
            if not chart["series"]:
                chart["series"] = [v.rsplit(": ", 1)[0] for v in values.split("; ")]
        else:
            chart["reference"] = line.strip().rsplit(": ", 1)[0]
    return chart


def parse_render_text(text):
    """render-text's blocks, split at blank lines: the header block, the title, the body blocks,
    the closing and the charts. Tables come back as lists of rows (each a list of cells)."""
    blocks = [b.splitlines() for b in text.strip("\n").split("\n\n")]
    header, title, rest = blocks[0], blocks[1], blocks[2:]
    # A draft's mark, boxed above the header: the Word file's first paragraph.
    mark = [l.strip(" │") for l in header if l.strip().startswith("│")]
    header = [l for l in header if not l.strip().startswith(("┌", "│", "└"))]
    closing = rest.pop() if rest and rest[-1][0].startswith("Nơi nhận:") else []
    body, tables, charts = [], [], []
    for block in rest:
        if block[0].startswith("[Biểu đồ"):
            charts.append(parse_chart(block))
            continue
        if any(is_table_row(l) for l in block):
            if not is_table_row(block[0]):
                body.append(block[0].strip())  # the caption
                block = block[1:]
            table = []
            for line in block:
                if set(line.strip()) == {"-"}:
                    continue  # the rule under the header row
                table.append([c.strip() for c in line.split("|")] if is_table_row(line)
                             else [line.strip()])
            tables.append(table)
        else:
            body.extend(l.strip() for l in block)
    return header, [l.strip() for l in title], body, tables, closing, charts, mark


def unique_cells(row):
    """A row's cells, a cell merged across columns once (python-docx repeats it)."""
    seen, cells = set(), []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def cell_texts(row):
    return [c.text.strip() for c in unique_cells(row)]


def check_parts_well_formed(path):
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            try:
                xml.dom.minidom.parseString(z.read(name))
            except Exception as e:  # noqa: BLE001 - any parser error is the finding
                FAILURES.append(f"{path}: {name} is not well-formed: {e}")


def check_section(path, document):
    s = document.sections[0]
    for name, value in (("width", s.page_width), ("height", s.page_height),
                        ("top", s.top_margin), ("bottom", s.bottom_margin),
                        ("left", s.left_margin), ("right", s.right_margin)):
        check(abs(value.mm - PAGE[name]) <= 0.5, f"{path}: page {name} {value.mm:.2f} mm, "
                                                 f"expected {PAGE[name]}")
    check(s.different_first_page_header_footer, f"{path}: no different first page")
    header = s.header._element.xml
    check("PAGE" in header, f"{path}: no PAGE field in the header")


def check_font(path, document):
    fonts = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        check(fonts is not None and fonts.get(qn(attr)) == "Times New Roman",
              f"{path}: default font {attr} is not Times New Roman")
    for p in document.paragraphs:
        # A body paragraph (a table's notes, "(2) …", are set in the cells' size).
        if p.style.name == "Normal" and len(p.text) > 80 and not re.match(r"\(\d+\) ", p.text):
            for r in p.runs:
                check(r.font.size == Pt(BODY_SIZE_PT),
                      f"{path}: body run {r.text[:30]!r} at {r.font.size}, expected {BODY_SIZE_PT} pt")


def check_against_render_text(path, document, expected):
    header, title, body, tables, closing, _, mark = expected
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    check(paragraphs[:len(mark)] == mark, f"{path}: draft mark {paragraphs[:1]}, expected {mark}")
    paragraphs = paragraphs[len(mark):]
    check(paragraphs[:2] == title, f"{path}: title {paragraphs[:2]}, expected {title}")
    got = paragraphs[2:]
    check(got == body, f"{path}: body paragraphs differ from render-text: first difference at "
                       f"{next((i for i, (a, b) in enumerate(zip(got, body)) if a != b), min(len(got), len(body)))}"
                       f" ({len(got)} vs {len(body)} paragraphs)")
    # The header block and the closing: every word of render-text's lines, in the Word tables.
    top, bottom = document.tables[0], document.tables[-1]
    top_text = " ".join(c.text for row in top.rows for c in unique_cells(row))
    for line in header:
        for part in line.split("  "):
            if part.strip():
                check(part.strip() in top_text, f"{path}: header line {part.strip()!r} missing")
    bottom_text = "\n".join(c.text for row in bottom.rows for c in unique_cells(row))
    for line in closing:
        for part in line.split("  "):
            if part.strip():
                check(part.strip() in bottom_text, f"{path}: closing line {part.strip()!r} missing")
    # The body tables, in order: every cell.
    body_tables = document.tables[1:-1]
    check(len(body_tables) == len(tables),
          f"{path}: {len(body_tables)} body tables, render-text has {len(tables)}")
    for n, (word, text) in enumerate(zip(body_tables, tables), start=1):
        rows = [cell_texts(r) for r in word.rows]
        check(rows == text, f"{path}: table {n} differs: {rows[:3]} vs {text[:3]}")
        header_row = word.rows[0]._tr.trPr
        check(header_row is not None and header_row.find(qn("w:tblHeader")) is not None,
              f"{path}: table {n} does not repeat its header row")
    return len(body), sum(len(t) for t in tables)


W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def check_key_tables(path, document):
    """Issue #15, items 3 and 4, in the Word file: Bảng 1 without an all-dash row, Bảng 2 with
    the sentences' decimals, the derived plans marked and their notes under the table."""
    body = document.tables[1:-1]
    rows = [[c.replace("\u00a0", " ") for c in cell_texts(r)] for r in body[0].rows]
    for row in rows[1:]:
        check(len(row) == 1 or any(c != "—" for c in row[3:]),
              f"{path}: a row of Bảng 1 is all dashes: {row}")
    first = {r[1]: r for r in rows if len(r) > 1}
    check(first.get("Tổng giá trị sản xuất (giá hiện hành)", [""] * 4)[3] == "18.741,17 (1)",
          f"{path}: the derived plan has no note marker: {first.get('Tổng giá trị sản xuất (giá hiện hành)')}")
    check(first.get("Tỷ lệ dân số tham gia bảo hiểm y tế", [""] * 7)[6] == "+1,02 điểm %",
          f"{path}: {first.get('Tỷ lệ dân số tham gia bảo hiểm y tế')}")
    notes = [p.text for p in document.paragraphs if re.match(r"\(\d+\) ", p.text)]
    check("(1) Suy ra: 18.797,39 tỷ đồng bằng 100,3% kế hoạch" in notes,
          f"{path}: the derived plan's note is not under the table: {notes[:3]}")
    # The first note follows its table directly.
    children = list(document.element.body.iterchildren())
    texts = ["".join(t.text or "" for t in c.iter(W_T)) for c in children]
    first_note = "(1) Suy ra: 18.797,39 tỷ đồng bằng 100,3% kế hoạch"
    at = texts.index(first_note) if first_note in texts else 0
    check(at > 0 and children[at - 1].tag.endswith("}tbl"),
          f"{path}: the notes are not right under Bảng 1")
    if len(body) > 1:
        plans = {r[1]: r[-1] for r in ([c.replace("\u00a0", " ") for c in cell_texts(x)]
                                       for x in body[1].rows) if len(r) > 1}
        check(plans.get("Thu ngân sách trên địa bàn") == "146,88 (1)",
              f"{path}: Bảng 2: {plans.get('Thu ngân sách trên địa bàn')!r}, not '146,88 (1)'")
        check(plans.get("Tỷ lệ dân số tham gia bảo hiểm y tế") == "94 (1)",
              f"{path}: Bảng 2: {plans.get('Tỷ lệ dân số tham gia bảo hiểm y tế')!r}, not '94 (1)'")


def chart_part(document, shape):
    """The chart part an inline chart points at, parsed."""
    chart = shape._inline.find(".//" + C + "chart")
    rid = chart.get(qn("r:id")) if chart is not None else None
    if rid is None or rid not in document.part.rels:
        return None
    return xml.etree.ElementTree.fromstring(document.part.rels[rid].target_part.blob)


def series_names(group):
    return [ser.findtext(C + "tx/" + C + "v") for ser in group.findall(C + "ser")]


def check_charts(path, document, charts):
    """Every chart of render-text is an inline chart, in order, with its title, categories,
    series and reference line; returns the number compared."""
    shapes = list(document.inline_shapes)
    check(len(shapes) == len(charts),
          f"{path}: {len(shapes)} inline shapes, render-text has {len(charts)} charts")
    for n, (shape, expected) in enumerate(zip(shapes, charts), start=1):
        check(shape.type == WD_INLINE_SHAPE.CHART, f"{path}: inline shape {n} is not a chart")
        space = chart_part(document, shape)
        if space is None:
            FAILURES.append(f"{path}: inline chart {n} has no chart part")
            continue
        title = "".join(t.text or "" for t in space.findall(
            C + "chart/" + C + "title//" + A + "t"))
        check(title == expected["title"], f"{path}: chart {n} titled {title!r}, "
                                          f"render-text {expected['title']!r}")
        plot = space.find(C + "chart/" + C + "plotArea")
        main = plot.find(C + ("barChart" if expected["kind"] == "bars" else "lineChart"))
        check(main is not None, f"{path}: chart {n} is not a {expected['kind']} chart")
        if main is None:
            continue
        first = main.find(C + "ser")
        categories = [v.text for v in first.findall(C + "cat//" + C + "pt/" + C + "v")]
        check(categories == expected["categories"],
              f"{path}: chart {n} categories {categories}, render-text {expected['categories']}")
        names = series_names(main)
        if expected["reference"] is not None:
            groups = plot.findall(C + "lineChart")
            reference = series_names(groups[-1])[-1:] if groups else []
            # render-text calls an unnamed reference line "Mốc"; the chart leaves it unnamed.
            label = "" if expected["reference"] == "Mốc" else expected["reference"]
            check(reference == [label],
                  f"{path}: chart {n} reference line {reference}, render-text "
                  f"{expected['reference']!r}")
            if expected["kind"] == "lines":
                names = names[:-1]
        check(names == expected["series"],
              f"{path}: chart {n} series {names}, render-text {expected['series']}")
    return len(charts)


def check_properties(path, document, pdf):
    """Title, author, subject and keywords as the PDF's Info; both dates the report date at
    12:00 +07:00."""
    info = dict(l.split(":", 1) for l in run("pdfinfo", pdf).stdout.splitlines() if ":" in l)
    core = document.core_properties
    for name, value in (("Title", core.title), ("Author", core.author),
                        ("Subject", core.subject), ("Keywords", core.keywords)):
        check(value == info.get(name, "").strip(),
              f"{path}: {name} {value!r}, the PDF's {info.get(name, '').strip()!r}")
    noon = datetime.datetime(2024, 1, 5, 5, 0, 0)
    check(core.created == noon and core.modified == noon,
          f"{path}: created {core.created}, modified {core.modified}, expected {noon} UTC")


def check_edit(path, workdir):
    """An office edits one paragraph and saves: the file reads back with the change only."""
    document = docx.Document(path)
    target = next(p for p in document.paragraphs if len(p.text) > 80)
    before = [p.text for p in document.paragraphs]
    index = before.index(target.text)
    target.runs[0].text = "Đoạn văn đã sửa. " + target.runs[0].text
    edited = os.path.join(workdir, "edited.docx")
    document.save(edited)
    after = [p.text for p in docx.Document(edited).paragraphs]
    check(after[index].startswith("Đoạn văn đã sửa. "), f"{path}: the edit did not survive a save")
    check(after[:index] + after[index + 1:] == before[:index] + before[index + 1:],
          f"{path}: saving an edit changed other paragraphs")
    check_parts_well_formed(edited)


def soffice_to_pdf(path, outdir, profile):
    """The .docx converted by LibreOffice Writer, as a PDF path; None when it fails."""
    r = run("soffice", f"-env:UserInstallation=file://{profile}", "--headless",
            "--convert-to", "pdf", "--outdir", outdir, path, timeout=240)
    pdf = os.path.join(outdir, os.path.basename(path)[:-len(".docx")] + ".pdf")
    check(r.returncode == 0 and os.path.isfile(pdf),
          f"{path}: LibreOffice could not convert it ({r.returncode}): {r.stdout}{r.stderr}")
    return pdf if os.path.isfile(pdf) else None


def pages(pdf):
    info = run("pdfinfo", pdf).stdout
    return int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))


def flowing_text(pdf, mark=""):
    """pdftotext's words as one line, without the page-number lines a page break puts inside a
    paragraph (-raw: the default mode drops a "-" that ends a line as if it were a hyphen), nor
    a draft's `mark`, a frame whose line comes after the text of page 1."""
    words = []
    for page in run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").stdout.split("\f"):
        lines = [l for l in page.splitlines() if l.strip() and l.strip() != mark]
        if lines and lines[0].strip().isdigit():
            lines = lines[1:]  # the page number at the top of pages 2, 3, …
        words.extend(w for l in lines for w in l.split())
    return " ".join(words)


def check_mark(name, converted, mark):
    """A draft's mark (a framed paragraph, which LibreOffice makes a frame): on page 1 only,
    above the header block, in the right half of the page."""
    if not mark:
        return
    text = " ".join(mark)
    first = run("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", converted, "-").stdout
    rest = run("pdftotext", "-f", "2", "-enc", "UTF-8", converted, "-").stdout
    check(text in first and text not in rest, f"{name}: LibreOffice does not print {text!r} on "
                                              f"page 1 alone")
    bbox = run("pdftotext", "-bbox", "-f", "1", "-l", "1", converted, "-").stdout
    boxes = {w: (float(x0), float(y0), float(y1)) for x0, y0, y1, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', bbox)}
    mark_word, header_word = text.split()[0], "CỘNG" if "CỘNG" in boxes else "ĐẢNG"
    if mark_word in boxes and header_word in boxes:
        x0, _, bottom = boxes[mark_word]
        check(bottom < boxes[header_word][1] and x0 > PAGE["width"] / 2 * 72 / 25.4,
              f"{name}: LibreOffice puts the mark at {boxes[mark_word]}, not above the header at "
              f"the right")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def keeps(element):
    ppr = element.find(W + "pPr")
    return set() if ppr is None else {k for k in ("keepNext", "keepLines")
                                      if ppr.find(W + k) is not None}


def check_keeps(name, path):
    """The last body blocks carry Word's keep properties: the closing sentence keepNext and
    keepLines, the block before it keepNext (a table: its last two rows' paragraphs and the
    space after it); paragraphs have widow control by default."""
    with zipfile.ZipFile(path) as z:
        body = xml.etree.ElementTree.fromstring(z.read("word/document.xml")).find(W + "body")
        styles = xml.etree.ElementTree.fromstring(z.read("word/styles.xml"))
    check(styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}widowControl") is not None,
          f"{name}: no widow control in the paragraph defaults")
    blocks = [e for e in body if e.tag in (W + "p", W + "tbl")]
    closing = max(i for i, e in enumerate(blocks) if e.tag == W + "tbl")
    # Body tables (the header block's and the closing's have no header row): the header row
    # stays with the first row.
    for table in (e for e in blocks if e.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None):
        for paragraph in table.find(W + "tr").iter(W + "p"):
            check("keepNext" in keeps(paragraph),
                  f"{name}: a table's header row is not kept with its first row")
    # A body table's notes (the paragraphs with text between it and its space after): the
    # last row is kept with them, and they with each other.
    for i, table in enumerate(blocks):
        if table.find(f"{W}tr/{W}trPr/{W}tblHeader") is None:
            continue
        notes = []
        for block in blocks[i + 1:]:
            if block.tag != W + "p" or block.find(f".//{W}t") is None:
                break
            notes.append(block)
        if not notes:
            continue
        for paragraph in table.findall(W + "tr")[-1].iter(W + "p"):
            check("keepNext" in keeps(paragraph),
                  f"{name}: a table's last row is not kept with its notes")
        for note in notes[:-1]:
            check("keepNext" in keeps(note), f"{name}: a table's notes are not kept together")
    # Before the closing's table: its space (kept with it), then the closing sentence.
    check("keepNext" in keeps(blocks[closing - 1]), f"{name}: the space before the closing "
                                                    "is not kept with it")
    last = blocks[closing - 2]
    if last.tag != W + "p" or last.find(f"{W}pPr/{W}pStyle") is not None:
        return
    check(keeps(last) == {"keepNext", "keepLines"},
          f"{name}: the closing sentence keeps {sorted(keeps(last))}")
    before = blocks[closing - 3]
    if before.tag == W + "p" and before.find(f".//{W}t") is None:  # the space after a table
        check("keepNext" in keeps(before), f"{name}: the space after the last table is not kept")
        at = closing - 4
        while blocks[at].tag == W + "p":  # the table's notes, kept with the space after it
            check("keepNext" in keeps(blocks[at]), f"{name}: the last table's notes are not kept")
            at -= 1
        table = blocks[at]
        for row in table.findall(W + "tr")[-2:]:
            for paragraph in row.iter(W + "p"):
                check("keepNext" in keeps(paragraph),
                      f"{name}: a paragraph of the last table's last rows is not kept")
    else:
        check("keepNext" in keeps(before),
              f"{name}: the block before the closing sentence is not kept with it")


def check_conversion(name, path, ours, body, charts, mark, workdir, closing_sentence):
    """LibreOffice reads the Word file as a normal document: it converts, runs about as long as
    our PDF (charts included), says every body paragraph and chart title, and keeps a draft's
    mark on page 1."""
    outdir = os.path.join(workdir, "lo-" + name)
    os.makedirs(outdir, exist_ok=True)
    converted = soffice_to_pdf(path, outdir, os.path.join(workdir, "lo-profile"))
    if not converted:
        return
    check_mark(name, converted, mark)
    theirs, mine = pages(converted), pages(ours)
    check(mine - 1 <= theirs <= mine + 1, f"{name}: LibreOffice makes {theirs} pages, ours {mine}")
    text = flowing_text(converted, " ".join(mark))
    for paragraph in body:
        check(" ".join(paragraph.split()) in text,
              f"{name}: the converted text lacks the paragraph {paragraph[:70]!r}…")
    for chart in charts:
        check(" ".join(chart["title"].split()) in text,
              f"{name}: the converted text lacks the chart title {chart['title']!r}")
    problem = check_pages.closing_problem(f"{name} (LibreOffice)", converted, closing_sentence)
    check(problem is None, problem)


def check_edited_conversion(name, workdir):
    edited = os.path.join(workdir, "edited.docx")
    outdir = os.path.join(workdir, "lo-edited-" + name)
    os.makedirs(outdir, exist_ok=True)
    converted = soffice_to_pdf(edited, outdir, os.path.join(workdir, "lo-profile"))
    if converted:
        check("Đoạn văn đã sửa." in flowing_text(converted),
              f"{name}: the edited paragraph is not in LibreOffice's conversion")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    templates = sorted(os.listdir(os.path.join(args.source, "templates")))
    templates = [t for t in templates
                 if os.path.isfile(os.path.join(args.source, "templates", t, "template.toml"))]
    compared_paragraphs = compared_rows = compared_charts = 0
    with tempfile.TemporaryDirectory(prefix="baocao-docx-") as tmp:
        first = build(args.exe, args.source, os.path.join(tmp, "a"))
        second = build(args.exe, args.source, os.path.join(tmp, "b"), "--only", "pdf")
        for template in templates:
            name = f"bao-cao-{template}-2023.docx"
            path = os.path.join(first, name)
            if not os.path.isfile(path):
                FAILURES.append(f"{name} is not in the bundle")
                continue
            other = os.path.join(second, name)
            check(os.path.isfile(other), f"--only pdf did not write {name}")
            if os.path.isfile(other):
                check(open(path, "rb").read() == open(other, "rb").read(),
                      f"{name}: two builds differ")
            check_parts_well_formed(path)
            document = docx.Document(path)
            check_section(name, document)
            check_font(name, document)
            check_properties(name, document, path[:-len(".docx")] + ".pdf")
            text = render_text(args.exe, args.source, template)
            expected = parse_render_text(text)
            p, r = check_against_render_text(name, document, expected)
            compared_paragraphs += p
            compared_rows += r
            compared_charts += check_charts(name, document, expected[5])
            check_keeps(name, path)
            check_key_tables(name, document)
            check_conversion(name, path, path[:-len(".docx")] + ".pdf", expected[2], expected[5],
                             expected[6], tmp, check_pages.last_paragraph(text))
            check_edit(path, tmp)
            check_edited_conversion(name, tmp)
    for f in FAILURES:
        print("FAIL:", f)
    print(f"docx check: {len(FAILURES)} failure(s); {len(templates)} briefings, "
          f"{compared_paragraphs} paragraphs, {compared_rows} table rows and {compared_charts} charts "
          f"compared with render-text")
    return 1 if FAILURES or not templates else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Drafts and finals, read back by real clients (poppler, python-docx):

- the shipped data (no numbers given, no signer's names in unit.toml) builds a draft bundle:
  every briefing has "DỰ THẢO" on page 1 only (pdftotext -f 1 -l 1), bold (pdftohtml -xml's
  font), in the top margin at the right, above the header; its Word file's first paragraph is
  a framed, boxed, bold "DỰ THẢO" (python-docx; tests/docx/check_docx.py converts it with
  LibreOffice and finds it on page 1); the closing summary names what each briefing lacks;
- `build --final` on it exits 1 and writes nothing;
- a copy of data/ with the signer's names filled in, built with --final and a number for every
  template: no "DỰ THẢO" in any PDF or Word file, and the signer's name printed bold under the
  signing space (pdftohtml's font, w:b in Word).

  check_drafts.py --exe BAOCAO --source REPO
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import docx
from docx.oxml.ns import qn

FAILURES = []
DATE = "2024-01-05"
MARK = "DỰ THẢO"
SIGNER = "Nguyễn Văn A"  # a test name in a copy of data/: the shipped data names nobody
PT_PER_MM = 72 / 25.4
TOP_MARGIN_PT = 20 * PT_PER_MM
RIGHT_EDGE_PT = (210 - 15) * PT_PER_MM


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def run(*cmd, timeout=300):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def build(exe, data, templates, out, *extra):
    return run(exe, "build", "--data", data, "--templates", templates, "--out", out, "--date",
               DATE, *extra)


def page_text(pdf, first, last=None):
    return run("pdftotext", "-f", str(first), "-l", str(last or first), "-enc", "UTF-8", pdf,
               "-").stdout


def page_count(pdf):
    info = run("pdfinfo", pdf).stdout
    return int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))


def words(pdf, page):
    """pdftotext -bbox: (text, x_min, y_min, x_max, y_max) of every word of `page`."""
    out = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-").stdout
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        out)]


def bold_texts(pdf, first, last):
    """The texts of pages first..last set in a bold face: pdftohtml -xml says which font (by
    its subset tag) sets each text, pdffonts which tag is a Bold face."""
    bold_tags = {line.split()[0].split("+")[0] for line in run("pdffonts", pdf).stdout.splitlines()[2:]
                 if "Bold" in line.split()[0]}
    xml = run("pdftohtml", "-xml", "-i", "-stdout", "-q", "-f", str(first), "-l", str(last),
              pdf).stdout
    bold_fonts = {i for i, family in re.findall(r'<fontspec id="(\d+)"[^>]*family="([^"]*)"', xml)
                  if family.split("+")[0] in bold_tags}
    texts = []
    for font, text in re.findall(r'<text [^>]*font="(\d+)"[^>]*>(.*?)</text>', xml):
        if font in bold_fonts:
            texts.append(re.sub(r"<[^>]+>", "", text))
    return " ".join(texts)


def header_top(page_words):
    """The top of the header block: the national title or the Party's name."""
    tops = [w[2] for w in page_words if w[0] in ("CỘNG", "ĐẢNG")]
    return min(tops) if tops else None


def check_mark_placed(name, page_words, right_edge):
    """The mark's two words on one line, above the header, at the right of the page."""
    found = [w for w in page_words if w[0] in ("DỰ", "THẢO")]
    check([w[0] for w in found] == ["DỰ", "THẢO"], f"{name}: page 1 words of the mark: {found}")
    if len(found) != 2:
        return
    first, second = found
    check(abs(first[2] - second[2]) < 1, f"{name}: the mark is not on one line: {found}")
    top = header_top(page_words)
    check(top is not None and second[4] < top,
          f"{name}: the mark (bottom {second[4]:.1f}) is not above the header (top {top})")
    check(right_edge - 20 < second[3] <= right_edge + 1,
          f"{name}: the mark ends at x={second[3]:.1f}, not at the right margin ({right_edge:.1f})")


def check_draft_pdf(path):
    name = os.path.basename(path)
    check(MARK in page_text(path, 1), f"{name}: no {MARK!r} on page 1")
    pages = page_count(path)
    check(pages >= 2, f"{name}: {pages} page(s)")
    check(MARK not in page_text(path, 2, pages), f"{name}: {MARK!r} after page 1")
    page_words = words(path, 1)
    check_mark_placed(name, page_words, RIGHT_EDGE_PT)
    mark = [w for w in page_words if w[0] == "THẢO"]
    check(mark and mark[0][4] < TOP_MARGIN_PT,
          f"{name}: the mark is not in the top margin: {mark}")
    check(MARK in bold_texts(path, 1, 1), f"{name}: the mark is not set in a bold font")


def check_draft_docx(path):
    name = os.path.basename(path)
    document = docx.Document(path)
    first = document.paragraphs[0]
    check(first.text == MARK, f"{name}: the first paragraph is {first.text!r}, not {MARK!r}")
    ppr = first._p.pPr
    frame = ppr.find(qn("w:framePr")) if ppr is not None else None
    check(frame is not None and frame.get(qn("w:vAnchor")) == "page",
          f"{name}: the mark is not a frame placed on the page")
    borders = ppr.find(qn("w:pBdr")) if ppr is not None else None
    sides = [] if borders is None else [b.tag.split("}")[1] for b in borders
                                        if b.get(qn("w:val")) == "single"]
    check(sorted(sides) == ["bottom", "left", "right", "top"], f"{name}: the mark's box: {sides}")
    check(first.runs and all(r.bold for r in first.runs), f"{name}: the mark is not bold")
    check(sum(MARK in p.text for p in document.paragraphs) == 1, f"{name}: the mark is not once")


def check_final_pdf(path):
    name = os.path.basename(path)
    pages = page_count(path)
    check(MARK not in page_text(path, 1, pages), f"{name}: a final carries {MARK!r}")
    last = page_text(path, pages)
    check(SIGNER in last, f"{name}: the signer's name is not on the last page")
    check(SIGNER in bold_texts(path, pages, pages), f"{name}: the signer's name is not bold")
    # Under the space left for the signature: well below the title line above it.
    page_words = words(path, pages)
    name_top = [w[2] for w in page_words if w[0] == SIGNER.split()[0]]
    check(bool(name_top), f"{name}: no signer's name among the words of the last page")
    titles = [w[4] for w in page_words if w[0] in ("CHỦ", "BÍ") and name_top and w[4] < name_top[-1]]
    check(bool(titles) and name_top[-1] - max(titles) > 20 * PT_PER_MM,
          f"{name}: no signing space above the signer's name")


def check_final_docx(path):
    name = os.path.basename(path)
    document = docx.Document(path)
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    check(not any(MARK in t for t in texts), f"{name}: a final carries {MARK!r}")
    check(not document.element.body.findall(".//" + qn("w:framePr")), f"{name}: a frame is left")
    runs = [r for t in document.tables for row in t.rows for c in row.cells
            for p in c.paragraphs for r in p.runs if r.text == SIGNER]
    check(bool(runs), f"{name}: the signer's name is not in the signature block")
    check(all(r.bold for r in runs), f"{name}: the signer's name is not bold (w:b)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    data = os.path.join(args.source, "data")
    templates = os.path.join(args.source, "templates")
    names = sorted(t for t in os.listdir(templates)
                   if os.path.isfile(os.path.join(templates, t, "template.toml")))
    numbers = [a for i, t in enumerate(names, start=1) for a in ("--number", f"{t}={i}")]
    with tempfile.TemporaryDirectory(prefix="baocao-drafts-") as tmp:
        # The shipped bundle: a draft, and it says so.
        out = os.path.join(tmp, "draft")
        r = build(args.exe, data, templates, out)
        check(r.returncode == 0, f"build of the shipped data failed: {r.stdout}{r.stderr}")
        check('Drafts, marked "DỰ THẢO" on page 1' in r.stdout,
              f"the closing summary does not say the bundle is a draft: {r.stdout[-600:]}")
        for t in names if r.returncode == 0 else []:
            check(re.search(rf"^  {re.escape(t)}: lacks the document number \(--number "
                            rf"{re.escape(t)}=N\) and the signer's name \(signer_name = ",
                            r.stdout, re.M),
                  f"the closing summary does not say what {t} lacks")
            pdf = os.path.join(out, "2023", f"bao-cao-{t}-2023.pdf")
            check_draft_pdf(pdf)
            check_draft_docx(pdf[:-len(".pdf")] + ".docx")

        # --final refuses it: exit 1, no folder.
        refused = os.path.join(tmp, "refused")
        r = build(args.exe, data, templates, refused, "--final", *numbers)
        check(r.returncode == 1, f"--final on the shipped data exited {r.returncode}")
        check(not os.path.exists(refused), "--final on the shipped data wrote something")
        check("signer_name" in r.stderr, f"--final does not say how to give the names: {r.stderr}")

        # Signed and numbered: final.
        signed = os.path.join(tmp, "data")
        shutil.copytree(data, signed)
        toml_path = os.path.join(signed, "unit.toml")
        toml = open(toml_path, encoding="utf-8").read()
        check('signer_name = ""' in toml, "data/unit.toml names a signer: we never invent names")
        with open(toml_path, "w", encoding="utf-8") as f:
            f.write(toml.replace('signer_name = ""', f'signer_name = "{SIGNER}"'))
        out = os.path.join(tmp, "final")
        r = build(args.exe, signed, templates, out, "--final", *numbers)
        check(r.returncode == 0, f"--final with names and numbers failed: {r.stdout}{r.stderr}")
        check(f"Final, numbered and signed: {', '.join(names)}." in r.stdout,
              f"the closing summary does not say the briefings are final: {r.stdout[-400:]}")
        for t in names if r.returncode == 0 else []:
            pdf = os.path.join(out, "2023", f"bao-cao-{t}-2023.pdf")
            check_final_pdf(pdf)
            check_final_docx(pdf[:-len(".pdf")] + ".docx")
    for f in FAILURES:
        print("FAIL:", f)
    print(f"drafts check: {len(FAILURES)} failure(s); {len(names)} briefings as drafts and finals")
    return 1 if FAILURES or not names else 0


if __name__ == "__main__":
    sys.exit(main())

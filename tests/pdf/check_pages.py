#!/usr/bin/python3
"""Pages of the briefings built from the shipped data/ and templates/, measured with
`pdftotext -bbox-layout`: no page holds only the closing (the closing sentence, recipients and
signature) without lines of the body above it, and no page but the last has more than a third
of its text area blank. tests/docx/check_docx.py applies the same closing check to
LibreOffice's print of the Word briefings.

  check_pages.py --exe BAOCAO --source REPO
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FAILURES = []
XHTML = "{http://www.w3.org/1999/xhtml}"
# Both presets' top and bottom margins (docs/document-formats.md), in points.
MARGIN = 20 * 72 / 25.4
RECIPIENTS = "Nơi nhận:"


def check(cond, what):
    if not cond:
        FAILURES.append(what)


def run(*cmd, timeout=300):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def page_lines(pdf):
    """Per page: its height and its text lines as (yMin, yMax, text), top down."""
    out = run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-").stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out))
    pages = []
    for page in root.iter(XHTML + "page"):
        lines = []
        for line in page.iter(XHTML + "line"):
            words = [w.text or "" for w in line.iter(XHTML + "word")]
            lines.append((float(line.get("yMin")), float(line.get("yMax")), " ".join(words)))
        pages.append((float(page.get("height")), sorted(lines)))
    return pages


def last_paragraph(render_text):
    """The body's last paragraph in `render-text`: the block before the closing's, unless that
    is a table (then the body ends with the table and there is no closing sentence)."""
    blocks = [b for b in re.split(r"\n\s*\n", render_text) if b.strip()]
    closing = next((i for i, b in enumerate(blocks) if b.lstrip().startswith(RECIPIENTS)), None)
    if not closing:
        return ""
    block = blocks[closing - 1]
    return "" if "|" in block else " ".join(block.split())


def closing_problem(name, pdf, closing_sentence):
    """What is wrong with the closing's page, or None: the page of the recipients must hold
    lines of the body besides the closing sentence."""
    for number, (_, lines) in enumerate(page_lines(pdf), start=1):
        at = next((y for y, _, text in lines if text.startswith(RECIPIENTS)), None)
        if at is None:
            continue
        # Lines wholly above the closing's first line (the signature's starts a little
        # higher than the recipients'), the page number (in the top margin) left out.
        above = [w for y, y_max, text in lines if y >= MARGIN - 1 and y_max <= at
                 for w in text.split()]
        if len(above) > len(closing_sentence.split()):
            return None
        return f"{name}: page {number} holds only the closing ({' '.join(above)!r} above it)"
    return f"{name}: no \"{RECIPIENTS}\" found"


def blank_pages(pdf):
    """(page, blank points) of every page but the last whose text area is more than a third
    blank below its lowest text."""
    pages = page_lines(pdf)
    found = []
    for number, (height, lines) in enumerate(pages[:-1], start=1):
        bottom = height - MARGIN
        lowest = max((y_max for _, y_max, _ in lines), default=MARGIN)
        if bottom - lowest > (bottom - MARGIN) / 3:
            found.append((number, bottom - lowest))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", required=True)
    ap.add_argument("--source", required=True)
    args = ap.parse_args()
    data = os.path.join(args.source, "data")
    templates = os.path.join(args.source, "templates")
    names = sorted(d for d in os.listdir(templates)
                   if os.path.isfile(os.path.join(templates, d, "template.toml")))
    check(names, "no templates found")
    with tempfile.TemporaryDirectory() as out:
        r = run(args.exe, "build", "--data", data, "--templates", templates, "--out", out,
                "--date", "2024-01-05", "--only", "pdf", "--quiet")
        check(r.returncode == 0, f"build failed ({r.returncode}): {r.stderr}")
        folder = next((os.path.join(out, d) for d in os.listdir(out)
                       if os.path.isdir(os.path.join(out, d))), out)
        for name in names:
            pdfs = [f for f in os.listdir(folder) if f.startswith(f"bao-cao-{name}-")
                    and f.endswith(".pdf")]
            check(len(pdfs) == 1, f"{name}: expected one PDF briefing, found {pdfs}")
            if len(pdfs) != 1:
                continue
            pdf = os.path.join(folder, pdfs[0])
            text = run(args.exe, "render-text", "--data", data, "--templates", templates,
                       "--template", name, "--date", "2024-01-05").stdout
            problem = closing_problem(pdfs[0], pdf, last_paragraph(text))
            check(problem is None, problem)
            for number, blank in blank_pages(pdf):
                check(False, f"{pdfs[0]}: page {number} is {blank * 25.4 / 72:.0f} mm blank "
                             f"(more than a third of the text area)")
    if FAILURES:
        print("\n".join(FAILURES))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Every message of the converted source files has a Vietnamese translation in po/vi.po.

The messages are extracted with xgettext (the keywords of src/core/i18n.hpp: tr, trf, trn) from the
files listed in CONVERTED, which grows file by file as the code is translated; a source file
that calls tr/trf but is not listed fails the test too. Each msgid must be in po/vi.po with a
non-empty msgstr, not fuzzy, with the same fmt placeholders (reordered with {0}, {1} if need
be), and `msgfmt --check` must pass.

  check_translations.py --exe BAOCAO --source REPO
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# The files whose messages are translated so far (paths under the repository).
CONVERTED = [
    "src/archive/atomic_file.cpp",
    "src/archive/build.cpp",
    "src/archive/bundle.cpp",
    "src/archive/manifest.cpp",
    "src/archive/prepare.cpp",
    "src/archive/reconcile.cpp",
    "src/archive/regular_file.cpp",
    "src/archive/replace.cpp",
    "src/archive/sources.cpp",
    "src/archive/verify.cpp",
    "src/briefing/body.cpp",
    "src/briefing/draft.cpp",
    "src/briefing/metadata.cpp",
    "src/briefing/source.cpp",
    "src/briefing/template.cpp",
    "src/collect/changes.cpp",
    "src/collect/collect.cpp",
    "src/collect/identity.cpp",
    "src/collect/returned.cpp",
    "src/collect/sheet_cells.cpp",
    "src/collect/values_file.cpp",
    "src/collect/xlsx_reader.cpp",
    "src/collect/xml_stream.cpp",
    "src/collect/zip_package.cpp",
    "src/cli/build.cpp",
    "src/cli/bundle_report.cpp",
    "src/cli/check.cpp",
    "src/cli/collect.cpp",
    "src/cli/cli_language.cpp",
    "src/cli/main.cpp",
    "src/cli/render_text.cpp",
    "src/cli/report.cpp",
    "src/cli/seal.cpp",
    "src/cli/summary.cpp",
    "src/cli/verify.cpp",
    "src/core/diagnostic.cpp",
    "src/core/repertoire.cpp",
    "src/load/areas.cpp",
    "src/load/codes.cpp",
    "src/load/encoding.cpp",
    "src/load/indicators.cpp",
    "src/load/load.cpp",
    "src/load/number.cpp",
    "src/load/table.cpp",
    "src/load/toml_text.cpp",
    "src/load/unit_toml.cpp",
    "src/load/value_rules.cpp",
    "src/load/values.cpp",
]

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL:", message)


def unquote(text):
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), text[1:-1])


def read_po(path):
    """{msgid: (msgstr, fuzzy)} of a .po or .pot file (no plurals, no contexts)."""
    entries = {}
    msgid = msgstr = None
    fuzzy = False
    field = None

    def flush():
        if msgid is not None and msgid != "":
            entries[msgid] = (msgstr or "", fuzzy)

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("#,"):
                flush()
                msgid = msgstr = None
                fuzzy = "fuzzy" in line
            elif line.startswith("msgid "):
                if msgstr is not None:
                    flush()
                    fuzzy = False
                msgid, msgstr, field = unquote(line[6:]), None, "id"
            elif line.startswith("msgid_plural "):
                field = "plural"
            elif line.startswith("msgstr "):
                msgstr, field = unquote(line[7:]), "str"
            elif line.startswith("msgstr[0] "):  # Vietnamese has one plural form
                msgstr, field = unquote(line[10:]), "str"
            elif line.startswith("msgstr["):
                field = None
            elif line.startswith('"'):
                if field == "id":
                    msgid += unquote(line)
                elif field == "str":
                    msgstr += unquote(line)
            elif line == "" and msgstr is not None:
                flush()
                msgid = msgstr = None
                fuzzy = False
                field = None
        flush()
    return entries


def placeholders(text):
    """The argument indices of an fmt format string's replacement fields."""
    fields = re.findall(r"\{([^{}]*)\}", text.replace("{{", "").replace("}}", ""))
    ids = [f.split(":", 1)[0] for f in fields]
    if all(i == "" for i in ids):
        return sorted(range(len(ids)))
    return sorted(int(i) for i in ids if i.isdigit())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe")
    parser.add_argument("--source")
    parser.add_argument("--list", action="store_true", help="print CONVERTED and stop")
    args = parser.parse_args()
    if args.list:
        print(" ".join(CONVERTED))
        return 0
    src = args.source
    po = os.path.join(src, "po", "vi.po")

    # Files that translate messages but are not listed would escape the test.
    call = re.compile(r"\btr[fn]?\(\"")
    for root, _, files in os.walk(os.path.join(src, "src")):
        for name in files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src)
            if name.endswith((".cpp", ".hpp")) and rel not in CONVERTED:
                with open(path, encoding="utf-8") as f:
                    code = re.sub(r"//.*", "", f.read())
                    if call.search(code):
                        fail(f"{rel} calls tr/trf but is not in CONVERTED of this test")

    subprocess.run(["msgfmt", "--check", "-o", os.devnull, po], check=False).returncode == 0 or \
        fail("msgfmt --check po/vi.po failed")

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "baocao.pot")
        subprocess.run(["xgettext", "--language=C++", "--from-code=UTF-8", "--keyword=tr",
                        "--keyword=trf",
                        "--keyword=trn:1,2", "--flag=trn:1:no-c-format", "--flag=trn:2:no-c-format",
                        "--flag=tr:1:no-c-format", "--flag=trf:1:no-c-format", "--no-wrap", "-o", pot] + CONVERTED,
                       cwd=src, check=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
        wanted = read_po(pot)
    catalogue = read_po(po)
    if not wanted:
        fail("xgettext found no message in the converted files")
    for msgid in wanted:
        if msgid not in catalogue:
            fail(f"no translation in po/vi.po for {msgid!r}")
            continue
        msgstr, fuzzy = catalogue[msgid]
        if not msgstr:
            fail(f"empty translation for {msgid!r}")
        elif fuzzy:
            fail(f"fuzzy translation for {msgid!r}")
        elif placeholders(msgid) != placeholders(msgstr):
            fail(f"the translation of {msgid!r} has other placeholders: {msgstr!r}")
    print(f"{len(wanted)} messages of {len(CONVERTED)} files checked")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())

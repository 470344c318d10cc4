#!/usr/bin/python3
"""Every message of the program has a Vietnamese translation in po/vi.po.

Two checks over every source file under src/:
- the messages marked for translation (the keywords of src/core/i18n.hpp: tr, trf, trn), as
  xgettext extracts them, must each be in po/vi.po with a non-empty msgstr, not fuzzy, with the
  same fmt placeholders (reordered with {0}, {1} if need be), and `msgfmt --check` must pass;
- no string literal that reads as an English sentence may escape them (cpp_literals.py): a new
  English-only message fails the test with its file and line. Literals that are not messages
  are exempt by the call they stand in (NOT_MESSAGES_IN), by being the lookup key of a marked
  message of the same file (a library's English text replaced by its translation), or by
  being mostly Vietnamese (output text).

  check_translations.py --exe BAOCAO --source REPO
  check_translations.py --source REPO --untranslated   # list the English-only literals
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpp_literals import literals, reads_as_english  # noqa: E402

KEYWORDS = ("tr", "trf", "trn")
# Calls whose literals are for the programmer, never shown to a user.
NOT_MESSAGES_IN = ("static_assert",)

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


def source_files(src):
    """The C++ files under src/, as paths relative to the repository."""
    found = []
    for root, _, files in os.walk(os.path.join(src, "src")):
        found += [os.path.relpath(os.path.join(root, name), src) for name in files
                  if name.endswith((".cpp", ".hpp"))]
    return sorted(found)


def english_only(src, files):
    """[(file, line, text)] of the English literals of `files` that are not marked messages."""
    found = []
    for rel in files:
        with open(os.path.join(src, rel), encoding="utf-8", errors="replace") as f:
            found_here = literals(f.read())
        marked = {text for _, text, call in found_here if call in KEYWORDS}
        for line, text, call in found_here:
            if call in KEYWORDS or call in NOT_MESSAGES_IN or text in marked:
                continue
            if reads_as_english(text):
                found.append((rel, line, text))
    return found


def detector_works():
    """The literal check itself: it must flag an English-only message and pass a marked one."""
    sample = (
        'error(at, "the plan for " + period, "check the value in values.csv");\n'
        'error(at, tr("the plan is 0"), trf("check {} in values.csv", file));  // "not this"\n'
        'static_assert(sizeof(int) == 4, "an int is four bytes");\n'
        'auto title = "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội";\n')
    flagged = [text for _, text, call in literals(sample)
               if call not in KEYWORDS + NOT_MESSAGES_IN and reads_as_english(text)]
    return flagged == ["the plan for ", "check the value in values.csv"]


def extract_marked(src, files):
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "baocao.pot")
        subprocess.run(["xgettext", "--language=C++", "--from-code=UTF-8", "--keyword=tr",
                        "--keyword=trf", "--keyword=trn:1,2", "--flag=trn:1:no-c-format",
                        "--flag=trn:2:no-c-format", "--flag=tr:1:no-c-format",
                        "--flag=trf:1:no-c-format", "--no-wrap", "-o", pot] + files,
                       cwd=src, check=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
        return read_po(pot) if os.path.exists(pot) else {}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe")
    parser.add_argument("--source", required=True)
    parser.add_argument("--untranslated", action="store_true",
                        help="list the English literals not marked for translation and stop")
    parser.add_argument("--list", action="store_true",
                        help="print the source files to give xgettext and stop")
    args = parser.parse_args()
    src = args.source
    files = source_files(src)
    if args.list:
        print(" ".join(files))
        return 0
    english = english_only(src, files)
    if args.untranslated:
        for rel, line, text in english:
            print(f"{rel}:{line}: {text!r}")
        return 0

    if not detector_works():
        fail("the English-literal detector (cpp_literals.py) missed its own sample")
    for rel, line, text in english:
        fail(f"{rel}:{line}: an English message not passed through tr()/trf()/trn(): {text!r}")

    po = os.path.join(src, "po", "vi.po")
    subprocess.run(["msgfmt", "--check", "-o", os.devnull, po], check=False).returncode == 0 or \
        fail("msgfmt --check po/vi.po failed")
    wanted = extract_marked(src, files)
    catalogue = read_po(po)
    if not wanted:
        fail("xgettext found no message in src/")
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
    print(f"{len(wanted)} messages of {len(files)} files checked; "
          f"{len(english)} English literals not marked")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())

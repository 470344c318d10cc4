#!/usr/bin/env python3
"""Runs the commands of docs/huong-dan.md and compares what they print with the guide.

Every fenced ```console block of the guide is checked: a line starting with "$ " is a command,
the lines after it (up to the next "$ " line or the end of the block) are what it prints,
stdout and stderr together. The blocks run in order, in one shell state per command, inside a
temporary folder holding copies of the repository's data/ and templates/, so a later block
sees what an earlier one wrote (build, then collect, then seal). The only substitution: the
guide's `build/baocao` is replaced by the program given with --exe. The exit status is not
compared (the guide shows it in the prose where it matters).

A comment line `<!-- guide-setup: COMMAND -->` runs COMMAND at that point without showing it to
the reader, for what a user does by hand (filling a returned workbook in Excel); `{source}` in
it is the repository. It must succeed; its output is not compared.

The program runs with LANG=vi_VN.UTF-8 (LANGUAGE and LC_* removed): it finds its catalogue
without a generated system locale.

BAOCAO_UPDATE_REFS=1 rewrites the expected outputs in the guide in place (the project's
convention for reference outputs), e.g. after the collect messages are translated; read the
diff afterwards.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

BLOCK = re.compile(r"^```console\n(.*?)^```\n", re.S | re.M)
SETUP = re.compile(r"^<!-- guide-setup: (.*) -->$", re.M)


def parse(block):
    """[(command, [expected lines])] of one console block."""
    steps = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
        else:
            raise SystemExit(f"console block starts with output, not a command: {line!r}")
    return steps


def run(command, exe, cwd, env):
    shell = command.replace("build/baocao", exe)
    done = subprocess.run(["bash", "-c", shell], cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=300)
    return done.stdout.rstrip("\n").split("\n") if done.stdout.strip("\n") else []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    guide_path = os.path.join(args.source, "docs", "huong-dan.md")
    with open(guide_path, encoding="utf-8") as f:
        guide = f.read()
    update = os.environ.get("BAOCAO_UPDATE_REFS") == "1"
    env = {k: v for k, v in os.environ.items()
           if k != "LANGUAGE" and not k.startswith("LC_")}
    env["LANG"] = "vi_VN.UTF-8"
    exe = os.path.abspath(args.exe)
    failures = 0
    checked = 0
    with tempfile.TemporaryDirectory(prefix="baocao-guide-") as work:
        for folder in ("data", "templates"):
            shutil.copytree(os.path.join(args.source, folder), os.path.join(work, folder))
        pieces = []
        last = 0
        setups = list(SETUP.finditer(guide))
        for match in BLOCK.finditer(guide):
            while setups and setups[0].start() < match.start():
                command = setups.pop(0).group(1).replace("{source}", os.path.abspath(args.source))
                shell = command.replace("build/baocao", exe)
                done = subprocess.run(["bash", "-c", shell], cwd=work, env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                if done.returncode != 0:
                    print(f"guide-setup failed: {command}\n{done.stdout}")
                    return 1
            new_lines = []
            for command, expected in parse(match.group(1)):
                actual = run(command, exe, work, env)
                checked += 1
                new_lines.append("$ " + command)
                new_lines.extend(actual)
                if actual != expected and not update:
                    failures += 1
                    print(f"MISMATCH for `$ {command}`:")
                    print("--- the guide shows:")
                    print("\n".join(expected))
                    print("--- the program prints:")
                    print("\n".join(actual))
            pieces.append(guide[last:match.start(1)])
            pieces.append("\n".join(new_lines) + "\n")
            last = match.end(1)
        pieces.append(guide[last:])
    if checked == 0:
        print("no ```console block found in the guide")
        return 1
    if update:
        with open(guide_path, "w", encoding="utf-8") as f:
            f.write("".join(pieces))
        print(f"rewrote the outputs of {checked} commands in {guide_path}")
        return 0
    print(f"{checked} commands checked, {failures} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

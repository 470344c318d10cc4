"""The string literals of C++ source, and which of them read as English prose.

Used by check_translations.py to find messages that reach the user without passing through
tr()/trf()/trn() (src/core/i18n.hpp). A tokenizer of just what matters here: comments, string
literals (adjacent ones joined, raw strings), character literals and digit separators, and the
parentheses that tell in which call a literal stands.
"""
import re

IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
RAW = re.compile(r'(?:u8|u|U|L)?R"([^(\s]{0,16})\(')
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}


def literals(code):
    """[(line, text, call)] of the string literals of `code`, adjacent literals joined into one;
    `call` is the name before the innermost parenthesis holding the literal ('' if none)."""
    found, calls = [], []
    pending = None  # [line, text, call] of literals being joined
    word = None  # the identifier just before the current character
    i, n = 0, len(code)

    def take(at, text):
        nonlocal pending
        if pending is None:
            pending = [code.count("\n", 0, at) + 1, "", calls[-1] if calls else ""]
        pending[1] += text

    while i < n:
        c = code[i]
        if code.startswith("//", i):
            i = code.find("\n", i)
            i = n if i < 0 else i
            continue
        if code.startswith("/*", i):
            i = code.find("*/", i + 2)
            i = n if i < 0 else i + 2
            continue
        raw = RAW.match(code, i)
        if raw and (i == 0 or not (code[i - 1].isalnum() or code[i - 1] == "_")):
            end = code.find(")" + raw.group(1) + '"', raw.end())
            end = n if end < 0 else end
            take(i, code[raw.end():end])
            i = end + len(raw.group(1)) + 2
            continue
        if c == '"':
            j, text = i + 1, []
            while j < n and code[j] != '"':
                if code[j] == "\\" and j + 1 < n:
                    text.append(ESCAPES.get(code[j + 1], "\\" + code[j + 1]))
                    j += 2
                else:
                    text.append(code[j])
                    j += 1
            take(i, "".join(text))
            i = j + 1
            continue
        if c == "'":
            if i > 0 and code[i - 1].isalnum() and word not in ("u8", "u", "U", "L"):
                i += 1  # a digit separator: 1'000
                continue
            j = i + 1
            while j < n and code[j] != "'":
                j += 2 if code[j] == "\\" else 1
            i = j + 1
            continue
        if not c.isspace() and pending is not None:
            found.append(tuple(pending))
            pending = None
        ident = IDENT.match(code, i)
        if ident and (i == 0 or not (code[i - 1].isalnum() or code[i - 1] == "_")):
            word = ident.group(0)
            i = ident.end()
            continue
        if c == "(":
            calls.append(word or "")
        elif c == ")" and calls:
            calls.pop()
        if not c.isspace():
            word = None
        i += 1
    if pending is not None:
        found.append(tuple(pending))
    return found


# Words that make a run of words a sentence rather than a name or a keyword.
FUNCTION_WORDS = re.compile(
    r"\b(the|a|an|is|are|not|no|of|to|in|for|with|cannot|can|be|or|and|has|have|its|this|"
    r"that|must|write|check|add|give|use|see|from|than|one|more|at|on|by)\b")
TWO_WORDS = re.compile(r"\b[A-Za-z]{2,}[,:;.]? +[a-z]+\b")


def reads_as_english(text):
    """Whether `text` is English prose: two words in a row and a function word, not markup, and
    not mostly Vietnamese words (output text such as a document title)."""
    text = text.strip()
    if text.startswith("<") or not (TWO_WORDS.search(text) and FUNCTION_WORDS.search(text)):
        return False
    words = re.findall(r"\w+", text)
    vietnamese = [w for w in words if any(ord(ch) > 127 for ch in w)]
    return len(vietnamese) * 3 < len(words)

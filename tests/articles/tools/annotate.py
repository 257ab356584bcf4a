#!/usr/bin/env python3
"""Fills and checks the offsets of figcheck's annotated articles.

An annotation NN-slug.json sits next to its text NN-slug.txt and lists its
mentions in text order. Offsets are Python str indices (code points), end
exclusive, so they survive curly quotes, em dashes and emoji.

  annotate.py fill FILE.json ...   give every mention without "start"/"end"
                                   its offsets, searching for its "text" after
                                   the previous mention; "occurrence": N (1-based)
                                   skips earlier matches, e.g. one inside "COVID-19"
  annotate.py check [PATH ...]     check files or directories (default: the
                                   folder above this script); exit 1 on a problem

A match must not sit inside a longer word or number, so "28" never matches in
"280". Writing rewrites the JSON with one-space indentation, keys in place.
"""
import json
import pathlib
import sys

KINDS = {"count", "ordinal", "percent", "money", "quantity", "date", "date_range", "duration"}
REQUIRED = ("url", "outlet", "published", "style", "truncated", "text_note", "mentions")


def _is_word_char(ch):
    return ch.isalnum()


def find_span(text, needle, start_at, occurrence=1):
    """Index of the occurrence-th standalone match of needle at or after start_at, or -1."""
    pos = start_at
    seen = 0
    while True:
        pos = text.find(needle, pos)
        if pos < 0:
            return -1
        end = pos + len(needle)
        before_ok = pos == 0 or not (_is_word_char(text[pos - 1]) and _is_word_char(needle[0]))
        after_ok = end == len(text) or not (_is_word_char(text[end]) and _is_word_char(needle[-1]))
        if before_ok and after_ok:
            seen += 1
            if seen == occurrence:
                return pos
        pos += 1


def _set_span(mention, start, end):
    """Puts start/end after fact_key, where the shared annotation keeps them."""
    items = list(mention.items())
    mention.clear()
    for key, value in items:
        mention[key] = value
        if key == "fact_key":
            mention["start"], mention["end"] = start, end
    mention.setdefault("start", start)
    mention.setdefault("end", end)


def fill(mentions, text):
    """Gives offsets to the mentions that lack them; returns a list of problems."""
    problems = []
    cursor = 0
    for i, m in enumerate(mentions):
        if "start" in m and "end" in m:
            cursor = m["end"]
            continue
        occurrence = m.pop("occurrence", 1)
        pos = find_span(text, m["text"], cursor, occurrence)
        if pos < 0:
            problems.append(f"mention {i} {m['text']!r}: not found after offset {cursor}")
            continue
        _set_span(m, pos, pos + len(m["text"]))
        cursor = m["end"]
    return problems


def check(path):
    """Problems with one annotation file and its text."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return [f"{path}: {err}"]
    problems = [f"{path}: missing field {k!r}" for k in REQUIRED if k not in doc]
    txt = path.with_suffix(".txt")
    try:
        text = txt.read_text(encoding="utf-8")
    except OSError as err:
        return problems + [f"{txt}: {err}"]
    last_end = 0
    for i, m in enumerate(doc.get("mentions", [])):
        where = f"{path}: mention {i} {m.get('text')!r}"
        if m.get("kind") not in KINDS:
            problems.append(f"{where}: unknown kind {m.get('kind')!r}")
        start, end = m.get("start"), m.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            problems.append(f"{where}: no integer start/end")
            continue
        if text[start:end] != m.get("text"):
            problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}")
        if start < last_end:
            problems.append(f"{where}: overlaps or precedes the previous mention")
        last_end = end
    return problems


def main(argv):
    if len(argv) < 2 or argv[1] not in ("fill", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    paths = [pathlib.Path(p) for p in argv[2:]] or [pathlib.Path(__file__).resolve().parent.parent]
    files = []
    for p in paths:
        files += sorted(p.glob("*.json")) if p.is_dir() else [p]
    problems = []
    for f in files:
        if argv[1] == "fill":
            doc = json.loads(f.read_text(encoding="utf-8"))
            text = f.with_suffix(".txt").read_text(encoding="utf-8")
            found = fill(doc["mentions"], text)
            problems += [f"{f}: {p}" for p in found]
            if not found:
                f.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        problems += check(f)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(files)} file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

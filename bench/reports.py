#!/usr/bin/env python3
"""Every report figcheck writes on the texts we have, one JSON line each, so that two
builds can be compared byte for byte: a change meant only to be faster must leave
every line as it was.

    python3 bench/reports.py OUT.jsonl [--figcheck build/native/figcheck]
    cmp before.jsonl after.jsonl    # or: python3 bench/reports.py --diff before.jsonl after.jsonl

The texts: each annotated article (tests/articles, ../shared/articles) at its own
publication date, the page's sample at the shared article's date, and the benchmark
texts (build/bench/texts, written by `node bench/texts/texts.mjs build/bench/texts`)
at theirs.
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCH_PUBLISHED = "2026-01-18"  # bench/texts/texts.mjs PUBLISHED
SAMPLE_PUBLISHED = "2026-01-06"  # the shared article's date, as the page's sample


def texts():
    for folder in (ROOT / "tests/articles", ROOT.parent / "shared/articles"):
        for annotation in sorted(folder.glob("*.json")):
            text = annotation.with_suffix(".txt")
            if text.exists():
                published = json.loads(annotation.read_text(encoding="utf-8"))["published"][:10]
                yield annotation.stem, text, published
    yield "sample", ROOT / "web/samples/ceasefire-briefing.txt", SAMPLE_PUBLISHED
    bench = ROOT / "build/bench/texts"
    if not bench.is_dir():
        sys.exit("no build/bench/texts: run `node bench/texts/texts.mjs build/bench/texts` first")
    for text in sorted(bench.glob("*.txt")):
        yield "bench/" + text.stem, text, BENCH_PUBLISHED


def write(out, figcheck):
    requests = "".join(
        json.dumps({"id": name, "text": path.read_text(encoding="utf-8"), "published": published}) + "\n"
        for name, path, published in texts())
    result = subprocess.run([figcheck, "check", "--jsonl"], input=requests.encode(), capture_output=True,
                            check=True)
    pathlib.Path(out).write_bytes(result.stdout)
    print(f"{len(result.stdout.splitlines())} reports written to {out}")


def diff(before, after):
    def lines(path):
        return {json.loads(line)["id"]: line for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines()}
    old, new = lines(before), lines(after)
    changed = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
    for name in changed:
        print(f"changed: {name}")
    print(f"{len(changed)} of {len(old | new)} reports differ")
    return 1 if changed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--figcheck", default=str(ROOT / "build/native/figcheck"))
    parser.add_argument("--diff", action="store_true", help="compare two files written before")
    args = parser.parse_args()
    if args.diff:
        if len(args.paths) != 2:
            parser.error("--diff takes two files")
        sys.exit(diff(*args.paths))
    if len(args.paths) != 1:
        parser.error("one output file")
    write(args.paths[0], args.figcheck)


if __name__ == "__main__":
    main()

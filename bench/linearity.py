#!/usr/bin/env python3
"""Looks for rules whose time grows faster than the text: every string literal of the
test files (sentences the rules were written for) is repeated N and 4N times into one
long sentence and checked by the CLI; a literal whose check takes more than six times as
long at 4N (and over 0.3 s) is printed. Not part of `./run test` (it takes minutes and
times things); run it after adding rules.

  bench/linearity.py [--repeats N] [--figcheck PATH] [TEST.cpp ...]

N defaults to 3000, PATH to build/native/figcheck, the files to tests/*_test.cpp.
"""
import argparse
import glob
import re
import subprocess
import time

parser = argparse.ArgumentParser()
parser.add_argument('--repeats', type=int, default=3000)
parser.add_argument('--figcheck', default='build/native/figcheck')
parser.add_argument('files', nargs='*')
args = parser.parse_args()
files = args.files or sorted(glob.glob('tests/*_test.cpp'))

literals = set()
for path in files:
    for match in re.finditer(r'"((?:[^"\\\n]|\\.){25,})"', open(path, encoding='utf-8').read()):
        literals.add(match.group(1).encode().decode('unicode_escape', errors='ignore'))
print(f'{len(literals)} literals from {len(files)} files', flush=True)


def seconds(literal, repeats):
    # one sentence: the literal's own sentence ends become commas
    body = re.sub(r'[.!?;]\s*$', '', literal.strip()).replace('. ', ', ').replace('\n', ' ')
    text = (body + ', and ') * repeats + 'end.\n'
    start = time.time()
    subprocess.run([args.figcheck, 'check', '--published', '2026-01-18', '-'],
                   input=text.encode('utf-8', 'replace'), capture_output=True, check=False)
    return time.time() - start


flagged = 0
for literal in sorted(literals):
    small = seconds(literal, args.repeats)
    if small < 0.02:
        continue
    large = seconds(literal, 4 * args.repeats)
    if large > 0.3 and large / small > 6:
        flagged += 1
        print(f'{small:.2f}s -> {large:.2f}s at 4x: {literal[:100]!r}', flush=True)
print(f'{flagged} literal(s) whose check grows faster than the text')

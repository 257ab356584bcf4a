#!/usr/bin/env python3
"""Scores a probe set (tests/data/probe13-dates.tsv and later, in its format) against
`figcheck check --jsonl`, as published on the day its header line names.

  bench/score_probe.py TSV [FIGCHECK] [-v]

Prints sentences right (every expected mention found with its span, kind, date or
value, unit and qualifier, and nothing else reported), mentions right and spurious.
-v lists each sentence that is not right. FIGCHECK defaults to build/native/figcheck;
bench/score_probe13.py and bench/score_probe14.py name their set.
"""
import json
import re
import subprocess
import sys

args = [a for a in sys.argv[1:] if a != '-v']
tsv = args[0]
binary = args[1] if len(args) > 1 else 'build/native/figcheck'
verbose = '-v' in sys.argv
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
          'september', 'october', 'november', 'december']
PUBLISHED = None  # from the header line: "published Tuesday 10 February 2026"
rows = []
for line in open(tsv, encoding='utf-8'):
    if line.startswith('#'):
        day = re.search(r'published (?:[A-Z][a-z]+day,? )?(\d{1,2}) ([A-Z][a-z]+) (\d{4})', line)
        if day and not PUBLISHED:
            PUBLISHED = f"{day[3]}-{MONTHS.index(day[2].lower()) + 1:02d}-{int(day[1]):02d}"
        continue
    cols = line.rstrip('\n').split('\t')
    exp = [] if cols[1] == '-' else [m.split('|') for m in cols[1].split(' ;; ')]
    rows.append((cols[0], exp))
inp = ''.join(json.dumps({'id': i, 'text': s, 'published': PUBLISHED}) + '\n' for i, (s, _) in enumerate(rows))
res = subprocess.run([binary, 'check', '--jsonl'], input=inp, capture_output=True, text=True)
reports = {}
for l in res.stdout.splitlines():
    r = json.loads(l); reports[r['id']] = r['mentions']
def num(x):
    return None if x in ('', None) else float(x)
def problem(e, m):
    span, kind, date, granularity, date_end, value, unit, qual = e
    mk = m['kind']
    if qual == 'since' and kind == 'date':
        if mk != 'date_range' or m.get('qualifier') != 'since': return f"kind {mk} qual {m.get('qualifier')}"
        return '' if m['date'] == date else f"date {m['date']}"
    if mk != kind: return f"kind {mk}"
    if kind in ('date', 'date_range'):
        if date == '?': return '' if m.get('ambiguous') else 'not ambiguous'
        if m.get('ambiguous'): return 'ambiguous'
        if m['date'] != date: return f"date {m['date']}"
        if kind == 'date_range' and m['date_end'] != date_end: return f"date_end {m['date_end']}"
        return ''
    if '~' in value:
        lo, hi = map(float, value.split('~'))
        if m['low'] != lo or m['high'] != hi: return f"value {m['value']} {m['low']}~{m['high']}"
    elif num(value) is not None and (m['value'] is None or abs(m['value'] - float(value)) > 1e-6 * max(1, abs(float(value)))):
        return f"value {m['value']}"
    if unit and (m['unit'] or '') != unit: return f"unit {m['unit']}"
    if (m['qualifier'] or '') != qual: return f"qualifier {m['qualifier']}"
    return ''
right_sent = expected = right = spurious = found = 0
for i, (s, exp) in enumerate(rows):
    ms = reports.get(i, [])
    found += len(ms)
    espans = {e[0] for e in exp}
    ok = True; notes = []
    for e in exp:
        cand = [m for m in ms if m['text'] == e[0]]
        expected += 1
        if not cand: ok = False; notes.append(f"MISS {e[0]}"); continue
        p = problem(e, cand[0])
        if p: ok = False; notes.append(f"WRONG {e[0]}: {p}")
        else: right += 1
    for m in ms:
        if m['text'] not in espans:
            spurious += 1; ok = False
            notes.append(f"SPURIOUS {m['text']} ({m['kind']} {m['date'] or m['value'] or ''}{'~'+str(m['date_end']) if m['date_end'] else ''})")
    right_sent += ok
    if verbose and not ok: print(f"{i+2}: {s}\n      " + '; '.join(notes))
print(f"sentences right {right_sent}/{len(rows)}; mentions right {right}/{expected}; spurious {spurious}/{found}")

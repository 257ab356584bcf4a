#!/usr/bin/env python3
"""Scores probe set 26 (tests/data/probe26-sitreps-live-blogs.tsv): bench/score_probe.py with that set.

  bench/score_probe26.py [TSV] [FIGCHECK] [-v]   (TSV defaults to that set)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
if not any(a.endswith('.tsv') for a in sys.argv[1:]):
    sys.argv[1:1] = ['tests/data/probe26-sitreps-live-blogs.tsv']
exec(open(os.path.join(here, 'score_probe.py'), encoding='utf-8').read())

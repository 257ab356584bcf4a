#!/usr/bin/env bash
# Instructions per whole check (Checker::check plus report_to_json) of a text, and
# per stage, counted by callgrind: exact and repeatable, where wall time on a shared
# machine is not. Builds build/bench/callgrind (-O2 -g) and needs valgrind.
#
#   bench/instructions.sh [TEXT] [N] [YYYY-MM-DD]
#     TEXT defaults to build/bench/texts/article-2kb.txt (`./run bench` writes it), N to 10
set -euo pipefail
cd "$(dirname "$0")/.."
text=${1:-build/bench/texts/article-2kb.txt}
n=${2:-10}
published=${3:-2026-01-06}
command -v valgrind >/dev/null || { echo "bench/instructions.sh needs valgrind (apt-get install valgrind)" >&2; exit 2; }
build=build/bench/callgrind
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="-O2 -g" \
  -DFIGCHECK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target figcheck_check_loop >/dev/null
out="$build/callgrind.out"
valgrind --tool=callgrind --callgrind-out-file="$out" --collect-atstart=no --toggle-collect='run_checks*' \
  "$build/bench/figcheck_check_loop" "$text" "$n" "$published" >/dev/null 2>&1
echo "instructions per check of $text ($n checks, published $published):"
callgrind_annotate --inclusive=yes "$out" 2>/dev/null | awk -v n="$n" '
  function report(label, pattern) {
    for (i = 1; i <= lines; ++i) if (line[i] ~ pattern) { x = line[i]; sub(/^ */, "", x); sub(/ .*/, "", x);
      gsub(",", "", x); printf "  %-34s %12.0f\n", label, x / n; return }
  }
  { line[++lines] = $0 }
  END {
    report("whole check and report", "PROGRAM TOTALS")
    report("extraction (extract_mentions)", "extract_unwrapped_mentions\\(")
    report("reading sentences (read_sentence)", "figcheck::detail::read_sentence\\(")
    report("matching (match_mention)", "figcheck::detail::match_mention\\(")
    report("comparing (compare)", "figcheck::detail::compare\\(")
    report("the JSON report (report_to_json)", "figcheck::report_to_json")
  }'
echo "(callgrind's file: $out; callgrind_annotate --inclusive=yes $out for the rest)"

// The whole check in wasm (node) against the same check natively, on the same texts.
//
//   node bench/wasm_bench.mjs [--site=build/site] [--native=build/native/bench/figcheck_bench] [--rounds=5]
//
// Each round runs, per text, the native bench binary (Checker::check plus
// report_to_json, wall time) and then the wasm module, so the noise of a shared
// machine falls on both; figures are medians over rounds. Two wasm figures:
//   core: the Embind call (UTF-8 bytes in, report JSON out), the same work as native;
//   api:  web/figcheck.js check(text, {published}): plus TextEncoder and JSON.parse.
// "2 KB pieces" checks each 2 KB piece of the 1 MB text in turn (texts.mjs piecesOf):
// articles not checked just before, where the 2 KB article is checked again and again.
import { benchTexts, fmtMs, fmtX, loadCore, loadFigcheck, mbps, median, options, printTable,
  runNativeBench, timeOnce, verdict } from './lib.mjs';
import { PUBLISHED } from './texts/texts.mjs';

const opts = options({ site: 'build/site', native: 'build/native/bench/figcheck_bench', rounds: '5' });
const rounds = Number(opts.rounds);
const { texts, pieces, dir } = benchTexts();

const figcheck = await loadFigcheck(opts.site);
const core = await loadCore(opts.site);
const encoder = new TextEncoder();

// Runs `fn` at least `minRuns` times and for at least `minMs`; returns each run's ms.
async function sample(fn, minRuns, minMs) {
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) times.push((await timeOnce(fn)).ms);
  return times;
}

// Each text as the pieces a timed run checks: one, or the 1 MB text's 2 KB pieces.
const results = [
  ...texts.map((t) => ({ ...t, parts: [t.text], bench: `check/${t.name.replace(' ', '')}` })),
  { name: '2 KB pieces', parts: pieces, bytes: texts[2].bytes, bench: 'check/2KB-pieces' },
].map((t) => ({ ...t, encoded: t.parts.map((part) => encoder.encode(part)), native: [], core: [], api: [],
  mentions: {} }));
for (const r of results) {  // warm-up: JIT, the lazily built Checker
  await figcheck.check(r.parts[0], { published: PUBLISHED });
  core.check(r.encoded[0], PUBLISHED);
}

for (let round = 0; round < rounds; round++) {
  for (const r of results) {
    const [native] = runNativeBench(opts.native, dir, `^${r.bench}$`, r.bytes > 1e5 ? 0.3 : 0.1);
    r.native.push(native.realMs);
    r.mentions.native = native.mentions ?? '-';
    const minRuns = r.bytes > 1e5 ? 1 : 5;
    r.core.push(median(await sample(() => {
      for (const bytes of r.encoded) core.check(bytes, PUBLISHED);
    }, minRuns, 200)));
    let mentions = 0;
    r.api.push(median(await sample(async () => {
      mentions = 0;
      for (const part of r.parts) mentions += (await figcheck.check(part, { published: PUBLISHED })).summary.mentions;
    }, minRuns, 200)));
    r.mentions.wasm = mentions;
  }
}

console.log(`whole check, native vs wasm; medians of ${rounds} alternating rounds, wall time ` +
  `(published ${PUBLISHED})`);
const rows = [['text', 'bytes', 'native ms', 'MB/s', 'wasm core ms', 'MB/s', 'wasm api ms', 'MB/s',
  'core/native', 'api/native', 'mentions n/w']];
for (const r of results) {
  const [n, c, a] = [median(r.native), median(r.core), median(r.api)];
  rows.push([r.name, r.bytes, fmtMs(n), mbps(r.bytes, n).toFixed(1), fmtMs(c), mbps(r.bytes, c).toFixed(1),
    fmtMs(a), mbps(r.bytes, a).toFixed(1), fmtX(c / n), fmtX(a / n), `${r.mentions.native}/${r.mentions.wasm}`]);
}
printTable(rows);
// Issue #3's targets for the whole check (the report included), per text.
console.log('\ntargets (whole check with its JSON report; the wasm core call is the same work as native)');
const targets = [['text', 'native MB/s', '≥ 50', 'wasm core MB/s', '≥ 20']];
for (const r of results) {
  const [n, c] = [mbps(r.bytes, median(r.native)), mbps(r.bytes, median(r.core))];
  targets.push([r.name, n.toFixed(1), verdict(n >= 50), c.toFixed(1), verdict(c >= 20)]);
}
printTable(targets);

// What the 1 MB core call spends beyond the check: making its report a JavaScript
// string. The decode alone is timed on the report's bytes; and since V8 puts a string
// that long in pages of its own, freshly mapped, the time to write that many bytes
// into fresh pages, and into the same pages again, says what this machine charges
// for first touching memory (a virtual machine may charge far more than hardware).
{
  const longest = results.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const report = encoder.encode(core.check(longest.encoded[0], PUBLISHED));
  const decoder = new TextDecoder();
  const decode = median(await sample(() => decoder.decode(report), 5, 200));
  const fresh = median(await sample(() => new Uint8Array(report.length).fill(1), 5, 200));
  const again = new Uint8Array(report.length);
  const touched = median(await sample(() => again.fill(2), 5, 200));
  console.log(`\nthe ${longest.name} text's report, ${report.length} bytes: decoded to a string in ${fmtMs(decode)} ms; ` +
    `as many bytes written to fresh pages in ${fmtMs(fresh)} ms, to the same pages again in ${fmtMs(touched)} ms`);
}

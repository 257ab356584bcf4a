// Small helpers shared by the bench scripts: paths, options, timing, tables.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadTexts, PIECES_FILE, piecesOf } from './texts/texts.mjs';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** `--name=value` and `--flag` options; `defaults` gives the names and default values. */
export function options(defaults, argv = process.argv.slice(2)) {
  const result = { ...defaults };
  for (const arg of argv) {
    const [, name, value] = /^--([\w-]+)(?:=(.*))?$/.exec(arg) ?? [];
    if (!name || !(name in defaults)) {
      console.error(`unknown option ${arg}; options: ${Object.keys(defaults).map((k) => `--${k}`).join(' ')}`);
      process.exit(2);
    }
    result[name] = value ?? true;
  }
  return result;
}

/**
 * The benchmark texts and the 1 MB text's 2 KB pieces (texts.mjs piecesOf), also
 * written to `dir` for the native bench.
 */
export function benchTexts(dir = join(ROOT, 'build/bench/texts')) {
  const texts = loadTexts();
  const pieces = piecesOf(texts[2].text);
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of texts) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, PIECES_FILE), pieces.join('\f'));
  return { texts, pieces, dir };
}

/** The bytes of figcheck-core.wasm in a built site folder (Node 20 cannot fetch it by path). */
export function wasmBinary(site) {
  return readFileSync(join(resolve(ROOT, site), 'figcheck-core.wasm'));
}

/** figcheck's JS API (web/figcheck.js) from a built site folder. */
export async function loadFigcheck(site) {
  const entry = join(resolve(ROOT, site), 'figcheck.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build the site first (cmake --build --preset wasm)`);
  const figcheck = await import(pathToFileURL(entry).href);
  await figcheck.ready({ wasmBinary: wasmBinary(site) });
  return figcheck;
}

/** The raw Embind module (figcheck-core.js) from a built site folder. */
export async function loadCore(site) {
  const { default: createFigcheckCore } = await import(
    pathToFileURL(join(resolve(ROOT, site), 'figcheck-core.js')).href);
  return createFigcheckCore({ wasmBinary: wasmBinary(site) });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds of one call of `fn` (sync or async). */
export async function timeOnce(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/** MB/s (10^6 bytes) of `bytes` done in `ms`. */
export const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1e3);

export const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(3));
export const fmtX = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + '×';

/** Prints rows (arrays of cells; the first is the header) as aligned columns. */
export function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** A met/missed mark for a target. */
export const verdict = (ok) => (ok ? 'met' : 'MISSED');

/**
 * Runs the native Google Benchmark binary with a filter and returns
 * [{ name, realMs, cpuMs, bytesPerSecond, counters }] from its JSON output.
 */
export function runNativeBench(binary, textsDir, filter, minTime = 0.1) {
  const bin = resolve(ROOT, binary);
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build it first (cmake --build --preset native)`);
  const run = spawnSync(bin, [`--texts=${textsDir}`, `--benchmark_filter=${filter}`,
    `--benchmark_min_time=${minTime}`, '--benchmark_format=json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${bin} failed: ${run.stderr}`);
  const toMs = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };
  return JSON.parse(run.stdout).benchmarks.map((b) => ({
    name: b.name,
    realMs: b.real_time * toMs[b.time_unit],
    cpuMs: b.cpu_time * toMs[b.time_unit],
    bytesPerSecond: b.bytes_per_second,
    mentions: b.mentions,
  }));
}

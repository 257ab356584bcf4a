// figcheck (wasm, the whole check) against JavaScript extractors, in one run:
//   chrono-node   chrono.parse(text, published)                   dates only
//   compromise    nlp(text).numbers().get() + .dates().get()      numbers and dates
//
//   node bench/compare.mjs [--site=build/site] [--compromise-limit=60]
//
// For each text the tools run in turn, round after round (A B C A B C ...), so the
// noise of a shared machine falls on all of them; figures are medians over rounds
// after untimed warm-up runs of each (up to 30 or 300 ms). compromise on 1 MB takes minutes: it runs
// once, in a worker stopped after --compromise-limit seconds.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

import { fmtMs, fmtX, loadFigcheck, median, options, printTable, timeOnce, verdict } from './lib.mjs';
import { loadTexts, PUBLISHED } from './texts/texts.mjs';

nlp.plugin(datesPlugin);

function runCompromise(text) {
  const doc = nlp(text);
  const numbers = doc.numbers().get();
  const dates = doc.dates({ today: PUBLISHED }).get();
  return { numbers: numbers.length, dates: dates.length };
}

if (!isMainThread) {
  const { ms, result } = await timeOnce(() => runCompromise(workerData.text));
  parentPort.postMessage({ ms, result });
} else {
  await main();
}

// compromise once in a worker; { ms, result } or { ms: limit, timedOut: true }.
function compromiseInWorker(text, limitSeconds) {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { text } });
    const timer = setTimeout(() => {
      worker.terminate();
      done({ ms: limitSeconds * 1e3, timedOut: true });
    }, limitSeconds * 1e3);
    worker.once('message', (message) => {
      clearTimeout(timer);
      worker.terminate();
      done(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
  });
}

function figcheckCounts(report) {
  const dates = report.mentions.filter((m) => m.kind === 'date' || m.kind === 'date_range').length;
  return { all: report.mentions.length, dates, numbers: report.mentions.length - dates };
}

async function main() {
  const opts = options({ site: 'build/site', 'compromise-limit': '60' });
  const limit = Number(opts['compromise-limit']);
  const figcheck = await loadFigcheck(opts.site);
  const published = new Date(`${PUBLISHED}T12:00:00Z`);
  const tools = {
    figcheck: async (text) => figcheckCounts(await figcheck.check(text, { published: PUBLISHED })),
    chrono: (text) => ({ dates: chrono.parse(text, published).length }),
    compromise: (text) => runCompromise(text),
  };
  const roundsFor = (bytes) => (bytes > 1e5 ? 3 : bytes > 5e3 ? 10 : 20);

  const results = [];
  for (const { name, text, bytes } of loadTexts()) {
    const large = bytes > 1e5;
    const inTurn = Object.keys(tools).filter((tool) => !(large && tool === 'compromise'));
    const times = Object.fromEntries(inTurn.map((tool) => [tool, []]));
    const found = {};
    // Warm-up, untimed: each tool runs until its code is compiled and tiered up
    // (V8 optimises JS and wasm after some calls), 30 runs or 300 ms at most.
    for (const tool of inTurn) {
      const start = performance.now();
      for (let run = 0; run < 30 && (run === 0 || performance.now() - start < 300); run++) {
        found[tool] = await tools[tool](text);
      }
    }
    const rounds = roundsFor(bytes);
    for (let round = 0; round < rounds; round++) {
      for (const tool of inTurn) times[tool].push((await timeOnce(() => tools[tool](text))).ms);
    }
    const row = { name, bytes, rounds, found, ms: {} };
    for (const tool of inTurn) row.ms[tool] = median(times[tool]);
    if (large) {
      const run = await compromiseInWorker(text, limit);
      row.ms.compromise = run.ms;
      row.compromiseNote = run.timedOut ? `stopped after ${limit} s` : 'one run, in a worker, cold';
      row.compromiseTimedOut = Boolean(run.timedOut);
      if (run.result) found.compromise = run.result;
    }
    results.push(row);
  }

  console.log(`figcheck whole check (wasm, web/figcheck.js check) vs JS extractors; median wall ms ` +
    `of alternating rounds (published ${PUBLISHED})`);
  const table = [['text', 'rounds', 'figcheck ms', 'chrono ms', 'compromise ms', 'vs chrono', 'vs compromise']];
  for (const r of results) {
    const vsCompromise = r.ms.compromise / r.ms.figcheck;
    table.push([r.name, r.rounds, fmtMs(r.ms.figcheck), fmtMs(r.ms.chrono),
      `${r.compromiseTimedOut ? '>' : ''}${fmtMs(r.ms.compromise)}${r.compromiseNote ? ' *' : ''}`,
      fmtX(r.ms.chrono / r.ms.figcheck), `${r.compromiseTimedOut ? '>' : ''}${fmtX(vsCompromise)}`]);
  }
  printTable(table);
  const noted = results.find((r) => r.compromiseNote);
  if (noted) console.log(`* compromise on ${noted.name}: ${noted.compromiseNote} (not a median)`);
  console.log('"vs peer" = peer ms / figcheck ms: how many times faster figcheck is.\n');

  console.log('what each found (figcheck also matches and compares every mention; chrono finds dates only)');
  const counts = [['text', 'figcheck all', 'figcheck dates', 'figcheck numbers', 'chrono dates',
    'compromise dates', 'compromise numbers']];
  for (const { name, found } of results) {
    counts.push([name, found.figcheck.all, found.figcheck.dates, found.figcheck.numbers, found.chrono.dates,
      found.compromise?.dates ?? '-', found.compromise?.numbers ?? '-']);
  }
  printTable(counts);
  console.log('figcheck dates = date and date_range mentions; numbers = every other kind ' +
    '(counts, ordinals, percentages, money, quantities, durations).\n');

  const [small, , large] = results;
  const speedups = (tool) => results.map((r) => r.ms[tool] / r.ms.figcheck);
  const targets = [
    [`≥10× faster than chrono on 2 KB`, small.ms.chrono / small.ms.figcheck >= 10, fmtX(small.ms.chrono / small.ms.figcheck)],
    [`≥20× faster than chrono on 1 MB`, large.ms.chrono / large.ms.figcheck >= 20, fmtX(large.ms.chrono / large.ms.figcheck)],
    [`≥100× faster than compromise numbers+dates (every size)`, Math.min(...speedups('compromise')) >= 100,
      speedups('compromise').map(fmtX).join(' / ')],
    [`1 MB costs at most 600× the 2 KB`, large.ms.figcheck / small.ms.figcheck <= 600,
      fmtX(large.ms.figcheck / small.ms.figcheck)],
  ];
  console.log('targets');
  printTable([['target', 'measured', ''], ...targets.map(([t, ok, v]) => [t, v, verdict(ok)])]);
}

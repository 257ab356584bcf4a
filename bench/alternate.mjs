// Two or more builds of the wasm module, compared by alternating their core calls
// (UTF-8 bytes in, report JSON out) on the same texts, so that the noise of a
// shared machine falls on all of them alike; prints each one's median MB/s.
//
//   node bench/alternate.mjs [--rounds=10] SITE_A SITE_B [...]
//
// A SITE is a folder with figcheck-core.js and figcheck-core.wasm (a copy of
// build/site, or an em++ link's output). Reports must be the same in every build:
// a difference is printed. Listing the same build twice, under two folders,
// shows the noise.
import { createHash } from 'node:crypto';

import { loadCore, mbps, median, options } from './lib.mjs';
import { loadTexts, piecesOf, PUBLISHED } from './texts/texts.mjs';

const args = process.argv.slice(2);
const opts = options({ rounds: '10' }, args.filter((a) => a.startsWith('--')));
const sites = args.filter((a) => !a.startsWith('--'));
if (sites.length < 2) {
  console.error('usage: node bench/alternate.mjs [--rounds=10] SITE_A SITE_B [...]');
  process.exit(2);
}

const texts = loadTexts();
const encoder = new TextEncoder();
// Each case: the texts one timed run checks, and how many times (the 2 KB article
// alone is too short to time once).
const cases = [
  { name: '2 KB', parts: [texts[0].text], repeat: 100 },
  { name: '1 MB', parts: [texts[2].text], repeat: 1 },
  { name: '2 KB pieces', parts: piecesOf(texts[2].text), repeat: 1 },
].map((c) => {
  const encoded = c.parts.map((part) => encoder.encode(part));
  return { ...c, encoded, bytes: encoded.reduce((sum, bytes) => sum + bytes.length, 0),
    ms: sites.map(() => []) };
});

const cores = [];
for (const site of sites) cores.push(await loadCore(site));

// The same reports from every build; this also warms every build up.
for (const c of cases) {
  const digests = cores.map((core) => {
    const hash = createHash('sha1');
    for (const bytes of c.encoded) hash.update(core.check(bytes, PUBLISHED));
    return hash.digest('hex');
  });
  if (new Set(digests).size !== 1) console.log(`reports differ on ${c.name}: ${digests.join(' ')}`);
}

for (let round = 0; round < Number(opts.rounds); round++) {
  for (const c of cases) {
    // Forwards in even rounds, backwards in odd ones: no build always goes first.
    const order = round % 2 ? [...cores.keys()].reverse() : [...cores.keys()];
    for (const i of order) {
      const start = performance.now();
      for (let n = 0; n < c.repeat; n++) for (const bytes of c.encoded) cores[i].check(bytes, PUBLISHED);
      c.ms[i].push((performance.now() - start) / c.repeat);
    }
  }
}

console.log(`wasm core call, MB/s, medians of ${opts.rounds} alternating rounds`);
for (const c of cases) {
  const figures = sites.map((site, i) => `${site}: ${mbps(c.bytes, median(c.ms[i])).toFixed(2)}`);
  console.log(`${c.name.padEnd(12)} ${figures.join('   ')}   last/first ${
    (median(c.ms[0]) / median(c.ms[sites.length - 1])).toFixed(3)}`);
}

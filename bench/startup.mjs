// Start-up time and memory of figcheck in headless Chromium, on the served site.
//
//   node bench/startup.mjs [--site=build/site] [--runs=5]
//
// Start-up: for each run a fresh browser context opens index.html. A script
// injected at document start (before the page's own) imports ./figcheck.js and
// checks the 2 KB text; performance.now() there is relative to navigation start,
// so "first report" is navigation start -> check() resolved, cold: HTML, the page's
// scripts, figcheck-core.js and figcheck-core.wasm (300 KB) fetched from a local
// server (no cache), the wasm compiled while it streams and instantiated, the
// bundled dataset parsed and indexed, one check.
// The page (app.js) loads the same module at the same time, as a user's tab would.
//
// Memory: the page imports ./figcheck-core.js itself (a second instance of the
// module web/figcheck.js wraps: figcheck.js keeps its own private), checks the
// 1 MB text the way figcheck.js does, then reads the wasm memory size
// (HEAPU8.length: linear memory only grows, so this is the high-water mark). The
// JS heap after parsing the 1 MB report is performance.memory.usedJSHeapSize
// (Chromium, with --enable-precise-memory-info); measureUserAgentSpecificMemory
// needs cross-origin isolation (COOP/COEP), which the site does not send.
import { chromium } from 'playwright-core';

import { fmtMs, median, options, printTable, ROOT, verdict } from './lib.mjs';
import { loadTexts, PUBLISHED } from './texts/texts.mjs';
import { serveStatic } from '../web/tools/serve.mjs';

const opts = options({ site: 'build/site', runs: '5' });
const [small, , large] = loadTexts();
const MB = 1024 * 1024;

const { server, url } = await serveStatic({ root: `${ROOT}/${opts.site}` });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--enable-precise-memory-info'],
});

try {
  const runs = [];
  for (let run = 0; run < Number(opts.runs); run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(({ text, published }) => {
      window.__figcheckStartup = (async () => {
        const figcheck = await import('./figcheck.js');
        const imported = performance.now();
        await figcheck.ready();
        const ready = performance.now();
        const report = await figcheck.check(text, { published });
        return { imported, ready, report: performance.now(), mentions: report.summary.mentions };
      })();
    }, { text: small.text, published: PUBLISHED });
    await page.goto(url, { waitUntil: 'load' });
    const times = await page.evaluate(async () => {
      const result = await window.__figcheckStartup;
      const [nav] = performance.getEntriesByType('navigation');
      return { ...result, html: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd };
    });
    runs.push(times);
    await context.close();
  }

  const column = (key) => median(runs.map((r) => r[key]));
  console.log(`start-up in headless Chromium: ms from navigation start, median of ${runs.length} cold loads ` +
    `(local server, no cache; ${runs[0].mentions} mentions in the first report)`);
  printTable([
    ['milestone', 'median ms', 'runs'],
    ['HTML received (responseEnd)', fmtMs(column('html')), runs.map((r) => fmtMs(r.html)).join(' ')],
    ['figcheck.js imported (module JS fetched, evaluated)', fmtMs(column('imported')),
      runs.map((r) => fmtMs(r.imported)).join(' ')],
    ['wasm ready (compiled, instantiated)', fmtMs(column('ready')), runs.map((r) => fmtMs(r.ready)).join(' ')],
    ['first report of the 2 KB text', fmtMs(column('report')), runs.map((r) => fmtMs(r.report)).join(' ')],
    ['load event end', fmtMs(column('load')), runs.map((r) => fmtMs(r.load)).join(' ')],
  ]);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const memory = await page.evaluate(async ({ text, published }) => {
    const { default: createFigcheckCore } = await import('./figcheck-core.js');
    const core = await createFigcheckCore();
    const before = core.HEAPU8.length;
    const start = performance.now();
    const report = JSON.parse(core.check(new TextEncoder().encode(text), published));
    const ms = performance.now() - start;
    return { before, after: core.HEAPU8.length, ms, mentions: report.mentions.length,
      jsHeap: performance.memory?.usedJSHeapSize ?? null };
  }, { text: large.text, published: PUBLISHED });
  await context.close();

  const mb = (bytes) => (bytes / MB).toFixed(1);
  console.log(`\nmemory after checking the 1 MB text (${large.bytes} bytes, ${memory.mentions} mentions, ` +
    `${fmtMs(memory.ms)} ms) in Chromium`);
  printTable([
    ['measure', 'MiB'],
    ['wasm memory before the check (HEAPU8.length)', mb(memory.before)],
    ['wasm memory after the check (HEAPU8.length)', mb(memory.after)],
    ['JS heap used after parsing the report (performance.memory)', memory.jsHeap ? mb(memory.jsHeap) : 'n/a'],
  ]);

  console.log('\ntargets');
  printTable([
    ['target', 'measured', ''],
    ['first report < 150 ms from navigation start', `${fmtMs(column('report'))} ms`, verdict(column('report') < 150)],
    ['wasm memory after 1 MB < 32 MB', `${mb(memory.after)} MiB`, verdict(memory.after < 32 * MB)],
  ]);
} finally {
  await browser.close();
  server.close();
}

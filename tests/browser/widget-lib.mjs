// Shared by the widget's Chromium tests and bench/widget_typing.mjs: a server for
// build/site with the strict CSP, a Chromium page that records CSP violations,
// console errors and every request, and the article the tests type.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { repoRoot, siteDir } from '../node/paths.mjs';
import { serveStatic } from '../../web/tools/serve.mjs';

export const PREFIX = '/cms/figcheck/';
export const PUBLISHED = '2026-01-06';
export const OUTPUT_DIR = join(repoRoot, 'test-output/browser');
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

// Written for these tests: "17,100 wounded" is deliberately wrong; "hundreds" is vague.
export const PARAGRAPHS = [
  'Gaza’s health ministry said on Tuesday that more than 71,400 Palestinians have been killed '
    + 'since October 2023 and 17,100 wounded.',
  'Since the ceasefire took effect on October 10, at least 420 people have been killed, and officials '
    + 'say hundreds of violations have been recorded. The Rafah crossing has stayed shut since May 2024.',
];
export const ARTICLE = PARAGRAPHS.join('\n\n');

export async function startServer() {
  assert.ok(existsSync(join(siteDir, 'demo', 'textarea.html')),
    `${siteDir}/demo is missing: build the site first (cmake --build --preset wasm)`);
  return serveStatic({ root: siteDir, prefix: PREFIX });
}

export async function launch() {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return chromium.launch({ executablePath: process.env.FIGCHECK_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page that records problems: CSP violations, console errors, failed and foreign requests. */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, permissions = [] } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  if (permissions.length) await context.grantPermissions(permissions);
  const page = await context.newPage();
  const log = { console: [], pageErrors: [], failed: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) log.failed.push(`${r.url()} HTTP ${r.status()}`); });
  // Workers' requests are reported too (context-wide).
  context.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    window.__reports = [];
    const record = (event) => window.__csp.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    document.addEventListener('securitypolicyviolation', record);
    document.addEventListener('figcheck:report', (event) => window.__reports.push(event.detail));
  });
  return { page, context, log };
}

/** Waits until the widget has a report for the editor's current text with `count` or more mentions. */
export async function waitForReport(page, { mentions = 1, timeout = 20000 } = {}) {
  await page.waitForFunction((n) => {
    const widget = document.querySelector('figcheck-widget');
    const handle = widget?.handle;
    return handle && handle.report && handle.report.mentions.length >= n
      && handle._attachment.changedAt <= handle._attachment.lastChecked.takenAt;
  }, mentions, { timeout });
}

/** Problems that must be empty on every page: CSP violations, errors, requests outside the site. */
export async function assertClean(page, log, baseUrl, { allowed = [] } = {}) {
  const csp = await page.evaluate(() => window.__csp);
  assert.deepEqual(csp, [], 'no Content-Security-Policy violations');
  assert.deepEqual(log.pageErrors, [], 'no page errors');
  assert.deepEqual(log.console.filter((line) => !allowed.some((re) => re.test(line))), [], 'no console errors');
  assert.deepEqual(log.failed, [], 'no failed requests');
  const foreign = log.requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('blob:')
    && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request outside the site');
}

/** The words' rects, found in the editor by text, vs the highlight's rects. */
export function rectsClose(a, b, slack = 3) {
  return Math.abs(a.left - b.left) <= slack && Math.abs(a.top - b.top) <= slack
    && Math.abs(a.width - b.width) <= slack * 2 && Math.abs(a.height - b.height) <= slack * 2;
}

/** The client rects of each of `texts`, found in order in the text nodes under `selector`. */
export function wordRects(page, selector, texts) {
  return page.$eval(selector, (root, wanted) => {
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    let ni = 0;
    let from = 0;
    return wanted.map((text) => {
      for (; ni < nodes.length; ni += 1, from = 0) {
        const at = nodes[ni].data.indexOf(text, from);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(nodes[ni], at);
          range.setEnd(nodes[ni], at + text.length);
          from = at + text.length;
          return [...range.getClientRects()].map((r) => r.toJSON());
        }
      }
      return [];
    });
  }, texts);
}

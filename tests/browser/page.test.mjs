// The page in headless Chromium, served from build/site under a sub-path with the
// production Content-Security-Policy: paste, check, read the highlights, open a
// source card with the keyboard, load a broken dataset. Saves a screenshot to
// test-output/browser/page.png.
//   FIGCHECK_CHROMIUM   the browser (default /usr/bin/chromium)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { repoRoot, siteDir } from '../node/paths.mjs';
import { serveStatic } from '../../web/tools/serve.mjs';

const PREFIX = '/tools/figcheck/';
const PUBLISHED = '2026-01-06';
const OUTPUT_DIR = join(repoRoot, 'test-output/browser');
const VERDICT_LABELS = {
  supported: 'Supported', contradicted: 'Contradicted', outdated: 'Outdated', unverified: 'No reference',
};
const GLYPHS = { supported: '✓', contradicted: '✗', outdated: '⟳', unverified: '?' };

// Written for this test. "17,100 wounded" is deliberately wrong (the ministry's
// count is ten times that); "hundreds" is vague; "on October 10" and "on Tuesday"
// are relative dates; the tags must show as text, never run.
const ARTICLE = [
  'Gaza’s health ministry said on Tuesday that more than 71,400 Palestinians have been killed ' +
    'since October 2023 and 17,100 wounded.',
  'Since the ceasefire took effect on October 10, at least 420 people have been killed, and officials ' +
    'say hundreds of violations have been recorded. The Rafah crossing has stayed shut since May 2024.',
  'A reader wrote: <img src=x onerror="window.__xss = 1"> “It is 2026 and nothing has changed.” 🕊️',
].join('\n\n');

let server;
let baseUrl;
let browser;
let page;
const problems = { console: [], pageErrors: [], csp: [], failedRequests: [], outsidePrefix: [] };

before(async () => {
  assert.ok(existsSync(join(siteDir, 'index.html')),
    `${siteDir}/index.html is missing: build the site first (cmake --build --preset wasm)`);
  ({ server, url: baseUrl } = await serveStatic({ root: siteDir, prefix: PREFIX }));
  browser = await chromium.launch({
    executablePath: process.env.FIGCHECK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.console.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(PREFIX)) problems.outsidePrefix.push(request.url());
  });
  await page.addInitScript(() => {
    window.__csp = [];
    window.__reports = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__csp.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
    document.addEventListener('figcheck-report', (event) => window.__reports.push(event.detail));
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the page loads under a sub-path with its CSP and shows the dataset', async () => {
  const response = await page.goto(baseUrl);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.waitForFunction(() => document.getElementById('dataset-name').textContent !== 'loading…');
  const dataset = await page.evaluate(async () => (await import('./figcheck.js')).datasetInfo());
  assert.equal(await page.textContent('#dataset-name'), `${dataset.name} ${dataset.version}`.trim());
  assert.equal(await page.inputValue('#published'), await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }), 'the date defaults to today');
});

test('Check highlights every mention with its verdict, as text', async () => {
  await page.fill('#article', ARTICLE);
  await page.fill('#published', PUBLISHED);
  await page.click('#check-button');
  await page.waitForSelector('#results:not([hidden])');
  const report = await page.evaluate(() => window.__reports.at(-1));
  assert.equal(report.published, PUBLISHED);

  const highlights = await page.$$eval('#article-view .fc-mention', (marks) => marks.map((mark) => ({
    text: mark.firstChild.textContent,
    className: mark.className,
    verdict: mark.dataset.verdict,
    tabIndex: mark.tabIndex,
    role: mark.getAttribute('role'),
    label: mark.getAttribute('aria-label'),
    glyph: mark.querySelector('.fc-glyph').textContent,
    glyphHidden: mark.querySelector('.fc-glyph').getAttribute('aria-hidden'),
  })));
  assert.ok(highlights.length >= 1, 'at least one mention is highlighted');
  assert.equal(highlights.length, report.mentions.length);
  report.mentions.forEach((mention, i) => {
    const highlight = highlights[i];
    assert.equal(mention.text, ARTICLE.slice(mention.start, mention.end));
    assert.equal(highlight.text, mention.text);
    assert.equal(highlight.verdict, mention.verdict);
    assert.ok(highlight.className.split(' ').includes(`fc-${mention.verdict}`), highlight.className);
    assert.equal(highlight.tabIndex, 0);
    assert.equal(highlight.role, 'button');
    assert.equal(highlight.label, `${VERDICT_LABELS[mention.verdict]}: ${mention.text}`);
    assert.equal(highlight.glyph, GLYPHS[mention.verdict]);
    assert.equal(highlight.glyphHidden, 'true');
  });

  // The whole article is there, as text: the visible text is the article plus the glyphs.
  const shown = await page.$eval('#article-view', (view) => {
    const clone = view.cloneNode(true);
    clone.querySelectorAll('.fc-glyph').forEach((glyph) => glyph.remove());
    return clone.textContent;
  });
  assert.equal(shown, ARTICLE);
  assert.equal(await page.$$eval('#article-view img', (images) => images.length), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);

  const { summary } = report;
  const summaryText = await page.textContent('#summary');
  for (const part of [`${summary.mentions} figure`, `${summary.checked} checked`, `${summary.supported} supported`,
    `${summary.contradicted} contradicted`, `${summary.outdated} outdated`, `${summary.unverified} no reference`]) {
    assert.ok(summaryText.includes(part), `"${summaryText}" includes "${part}"`);
  }
});

async function cardContent() {
  return page.evaluate(() => {
    const text = (id) => document.getElementById(id).textContent;
    const link = document.querySelector('#card-source a');
    return {
      hidden: document.getElementById('source-card').hidden,
      role: document.getElementById('source-card').getAttribute('role'),
      focusInside: document.getElementById('source-card').contains(document.activeElement),
      verdict: text('card-verdict'),
      title: text('card-title'),
      article: text('card-article'),
      reference: text('card-reference'),
      asOf: text('card-as-of'),
      source: text('card-source'),
      link: link && { href: link.href, target: link.target, rel: link.rel },
      explanation: text('card-explanation'),
    };
  });
}

function readable(iso) {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const [y, m, d] = iso.split('-').map(Number);
  return d ? `${d} ${months[m - 1]} ${y}` : m ? `${months[m - 1]} ${y}` : String(y);
}

test('Tab to a highlight, Enter opens its source card, Escape closes it and returns focus', async () => {
  const report = await page.evaluate(() => window.__reports.at(-1));
  await page.focus('#check-button');
  let index = -1;
  for (let presses = 0; presses < 10 && index < 0; presses += 1) {
    await page.keyboard.press('Tab');
    index = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.classList.contains('fc-mention') ? Number(active.dataset.index) : -1;
    });
  }
  assert.equal(index, 0, 'Tab from the Check button reaches the first highlight');

  await page.keyboard.press('Enter');
  const card = await cardContent();
  const mention = report.mentions[0];
  assert.equal(card.hidden, false);
  assert.equal(card.role, 'dialog');
  assert.ok(card.focusInside, 'focus moves into the card');
  assert.ok(card.verdict.includes(VERDICT_LABELS[mention.verdict]), card.verdict);
  assert.ok(card.verdict.includes(GLYPHS[mention.verdict]), card.verdict);
  assert.equal(card.title, `“${mention.text}”`);
  assert.ok(card.article.startsWith(mention.text), card.article);
  assert.equal(card.explanation, mention.explanation);
  if (mention.expected) {
    assert.equal(card.asOf, readable(mention.expected.as_of));
    if (mention.expected.source) assert.ok(card.source.includes(mention.expected.source), card.source);
    if (/^https?:/.test(mention.expected.url)) {
      assert.deepEqual(card.link, { href: new URL(mention.expected.url).href, target: '_blank', rel: 'noopener noreferrer' });
    } else {
      assert.equal(card.link, null);
    }
  } else {
    assert.equal(card.reference, 'No matching fact in the dataset');
    assert.equal(card.link, null);
  }

  await page.keyboard.press('Escape');
  assert.equal((await cardContent()).hidden, true);
  assert.equal(await page.evaluate(() => Number(document.activeElement.dataset.index)), 0,
    'focus returns to the highlight');

  // Space opens it too, and the close button closes it.
  await page.keyboard.press(' ');
  assert.equal((await cardContent()).hidden, false);
  await page.click('#card-close');
  assert.equal((await cardContent()).hidden, true);
});

test('every highlight opens a card matching its mention when clicked', async () => {
  const report = await page.evaluate(() => window.__reports.at(-1));
  for (const [i, mention] of report.mentions.entries()) {
    await page.click(`#article-view .fc-mention[data-index="${i}"]`);
    const card = await cardContent();
    assert.equal(card.title, `“${mention.text}”`);
    assert.equal(card.explanation, mention.explanation);
  }
});

test('a broken dataset file shows its problems and the previous dataset stays', async () => {
  const before = await page.textContent('#dataset-name');
  await page.click('.dataset-loader summary');
  await page.setInputFiles('#dataset-file', {
    name: 'broken.json', mimeType: 'application/json',
    buffer: Buffer.from('{"figcheck_dataset": 1, "name": "broken", "facts": [{"id": "Bad Id"}]}'),
  });
  await page.waitForSelector('#dataset-status.status-error');
  const status = await page.textContent('#dataset-status');
  assert.match(status, /broken\.json did not load \(\d+ problems?\)/);
  assert.match(status, /Still using/);
  assert.ok(await page.$$eval('#dataset-status li', (items) => items.length) >= 1);
  assert.equal(await page.textContent('#dataset-name'), before);
});

test('screenshot, and no CSP violations, console errors or requests outside the sub-path', async () => {
  // The screenshot shows the card of the deliberately wrong figure, else of another one.
  const report = await page.evaluate(() => window.__reports.at(-1));
  const pick = [report.mentions.findIndex((m) => m.text.includes('17,100')),
    ...['contradicted', 'outdated', 'supported', 'unverified']
      .map((verdict) => report.mentions.findIndex((m) => m.verdict === verdict))].find((i) => i >= 0);
  await page.click('.dataset-loader summary');  // fold the loader again
  if (pick !== undefined) await page.click(`#article-view .fc-mention[data-index="${pick}"]`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.screenshot({ path: join(OUTPUT_DIR, 'page.png'), fullPage: true });

  const csp = await page.evaluate(() => window.__csp);
  assert.deepEqual(csp, [], 'CSP violations');
  assert.deepEqual(problems.console, [], 'console errors and warnings');
  assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
  assert.deepEqual(problems.failedRequests, [], 'failed requests');
  assert.deepEqual(problems.outsidePrefix, [], 'requests outside the sub-path');
});

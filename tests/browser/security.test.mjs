// Security of the page and the widget in headless Chromium, served from build/site
// under a sub-path with the strict CSP:
//   1. hostile articles (PAYLOADS: script tags, event handlers, javascript: URLs,
//      SVG, srcdoc, entities, template syntax, markdown, CSS, NUL, RTL…) pasted into
//      the page and the widget demos show as text and run nothing;
//   2. hostile datasets: text fields carrying the payloads show as text; non-http(s)
//      source URLs are refused with an error and the previous dataset stays;
//   3. no CSP violation anywhere; no eval( or new Function in the shipped JS;
//   4. datasets that 404, never arrive, are HTML, malformed or over 8 MB fail with a
//      clear message and checking goes on with the previous dataset;
//   5. the article goes nowhere: no request but the site's files and the dataset,
//      nothing of it in storage but the widget's hashed dismissals.
// Each page also runs once with the CSP bypassed, so that a payload parsed as HTML
// would really run and set window.__pwned.
//   FIGCHECK_CHROMIUM   the browser (default /usr/bin/chromium)
//   FIGCHECK_SITE_DIR   the built site (default build/site)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';

import { siteDir } from '../node/paths.mjs';
import { PAYLOADS, newsWith } from './security-payloads.mjs';
import { PREFIX, startSecurityServer, dangerProbe, storageDump } from './security-lib.mjs';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];
const PUBLISHED = '2026-01-06';
const BUNDLED = JSON.parse(readFileSync(new URL('../../data/gaza.json', import.meta.url), 'utf8'));
const BUNDLED_NAME = BUNDLED.name;

let srv;
let browser;

before(async () => {
  assert.ok(existsSync(join(siteDir, 'index.html')) && existsSync(join(siteDir, 'demo', 'textarea.html')),
    `${siteDir} is incomplete: build the site first (cmake --build --preset wasm)`);
  srv = await startSecurityServer();
  for (const d of [...HOSTILE, BAD, CLEAN]) srv.datasets.set(d.file, d.json);
  browser = await chromium.launch({ executablePath: process.env.FIGCHECK_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  srv?.close();
});

// ---- pages that record everything -------------------------------------------------

async function open(path, { bypassCSP = false, clock = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP });
  const page = await context.newPage();
  const log = { console: [], pageErrors: [], failed: [], requests: [], dialogs: [], bypassCSP };
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') log.console.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) log.failed.push(`${r.url()} HTTP ${r.status()}`); });
  page.on('popup', (p) => log.dialogs.push(`popup: ${p.url()}`));
  context.on('request', (r) => log.requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
  await page.addInitScript(() => {
    window.__csp = [];
    window.__reports = [];
    document.addEventListener('securitypolicyviolation',
      (event) => window.__csp.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sample})`));
    document.addEventListener('figcheck-report', (event) => window.__reports.push(event.detail));
  });
  if (clock) await page.clock.install();
  const response = await page.goto(new URL(path, srv.url).href);
  assert.equal(response.status(), 200, path);
  return { page, context, log };
}

/** What must hold on every page at the end: no CSP violation, dialog, error, stray request. */
async function finish({ page, context, log }, { failed = [], console = [] } = {}) {
  const probe = await page.evaluate(dangerProbe);
  assert.equal(probe.pwned, undefined, 'window.__pwned stays undefined');
  assert.equal(probe.polluted, undefined, 'Object.prototype is not polluted');
  assert.deepEqual(log.dialogs, [], 'no dialog or popup');
  if (!log.bypassCSP) assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  assert.deepEqual(log.pageErrors, [], 'no uncaught error');
  assert.deepEqual(log.console.filter((line) => !console.some((re) => re.test(line))), [], 'no console error');
  assert.deepEqual(log.failed.filter((line) => !failed.some((re) => re.test(line))), [], 'no failed request');
  const foreign = log.requests.filter((r) => !r.url.startsWith(srv.url) && !r.url.startsWith('blob:')
    && !r.url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request outside the site');
  await context.close();
}

async function waitForPageReady(page) {
  await page.waitForFunction(() => !['loading…', ''].includes(document.getElementById('dataset-name').textContent));
}

const codeUnits = (text) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

/** Pastes `text` into a textarea. The DevTools protocol carries strings as UTF-8, which would turn a lone
 *  surrogate into U+FFFD on the way: such texts are put in from the page's side, with an input event. */
async function fill(page, selector, text) {
  if (text.isWellFormed()) return page.fill(selector, text);
  return page.$eval(selector, (element, units) => {
    element.focus();
    element.value = String.fromCharCode(...units);
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, codeUnits(text));
}

/** Checks `text` on the page and returns what it rendered. */
async function checkOnPage(page, text) {
  const count = await page.evaluate(() => window.__reports.length);
  await fill(page, '#article', text);
  await page.fill('#published', PUBLISHED);
  await page.click('#check-button');
  await page.waitForFunction((n) => window.__reports.length > n
    || !document.getElementById('check-error').hidden, count);
  return page.evaluate(() => {
    const view = document.getElementById('article-view');
    const clone = view.cloneNode(true);
    clone.querySelectorAll('.fc-glyph').forEach((glyph) => glyph.remove());
    return {
      error: document.getElementById('check-error').hidden ? null : document.getElementById('check-error').textContent,
      value: document.getElementById('article').value,
      shown: clone.textContent,
      marks: [...view.querySelectorAll('.fc-mention')].map((mark) => mark.firstChild.textContent),
      report: window.__reports.at(-1),
    };
  });
}

/** The widget on the page: put `text` in its editor, check now, read its panel. */
async function checkInWidget(page, text, { contenteditable = false } = {}) {
  if (contenteditable) {
    await page.focus('#body');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    if (text.isWellFormed()) await page.keyboard.insertText(text);
    else await page.evaluate((units) => document.execCommand('insertText', false, String.fromCharCode(...units)), codeUnits(text));
  } else {
    await fill(page, '#body', text);
  }
  return page.evaluate(async () => {
    const widget = document.querySelector('figcheck-widget');
    const report = await widget.handle.check();
    const editor = document.getElementById('body');
    const root = widget.shadowRoot;
    const findings = widget.handle.findings;
    const checkedStatus = root.querySelector('.fc-status').textContent;
    const checkedStatusError = root.querySelector('.fc-status').classList.contains('is-error');
    if (findings.length) widget.handle.select(findings.length - 1);
    return {
      report,
      checked: widget.handle._attachment.lastChecked.text,
      editor: editor instanceof HTMLTextAreaElement ? editor.value : editor.textContent,
      findings: findings.map((f) => ({ text: f.text, start: f.start, end: f.end })),
      items: [...root.querySelectorAll('.fc-item-text')].map((item) => item.textContent),
      cardTitle: root.querySelector('.fc-card-title')?.textContent ?? null,
      status: checkedStatus,
      statusError: checkedStatusError,
    };
  });
}

async function waitForWidget(page) {
  await page.waitForFunction(() => document.querySelector('figcheck-widget')?.handle?._attachment
    && (document.querySelector('figcheck-widget').handle._attachment.dataset
      || document.querySelector('figcheck-widget').handle._attachment.error));
}

// ---- 1. hostile articles -------------------------------------------------------------

test(`the payload list has at least 50 distinct payloads (${PAYLOADS.length})`, () => {
  assert.ok(PAYLOADS.length >= 50);
  assert.equal(new Set(PAYLOADS).size, PAYLOADS.length);
});

for (const bypassCSP of [false, true]) {
  test(`page: every payload in an article shows as text and runs nothing${bypassCSP ? ' (CSP bypassed)' : ''}`, async () => {
    const session = await open('', { bypassCSP });
    const { page } = session;
    await waitForPageReady(page);
    const baseline = await page.evaluate(dangerProbe);
    const notKept = [];
    for (const payload of PAYLOADS) {
      const text = newsWith(payload);
      const result = await checkOnPage(page, text);
      assert.equal(result.error, null, `${JSON.stringify(payload)}: ${result.error}`);
      // The textarea may normalise what was pasted (it keeps everything here); the page shows what it holds.
      if (result.value !== text) notKept.push(payload);
      assert.equal(result.shown, result.value, `rendered as text: ${JSON.stringify(payload)}`);
      assert.ok(result.shown.includes(payload), `payload verbatim: ${JSON.stringify(payload)}`);
      assert.ok(result.marks.length >= 2, `highlights around ${JSON.stringify(payload)}`);
      assert.equal(result.marks.length, result.report.mentions.length);
      result.report.mentions.forEach((m, i) => assert.equal(result.marks[i], result.value.slice(m.start, m.end)));
      // Open the last highlight's card: the mention's words, as text.
      await page.click(`#article-view .fc-mention[data-index="${result.marks.length - 1}"]`);
      assert.equal(await page.textContent('#card-title'), `“${result.marks.at(-1)}”`);
      const probe = await page.evaluate(dangerProbe);
      assert.deepEqual(probe, baseline, `nothing created by ${JSON.stringify(payload)}`);
    }
    assert.deepEqual(notKept, [], 'the textarea kept every payload');
    await finish(session);
  });

  for (const [demo, contenteditable] of [['textarea', false], ['contenteditable', true]]) {
    test(`widget on demo/${demo}.html: every payload shows as text and runs nothing${bypassCSP ? ' (CSP bypassed)' : ''}`, async () => {
      const session = await open(`demo/${demo}.html`, { bypassCSP });
      const { page } = session;
      await waitForWidget(page);
      const baseline = await page.evaluate(dangerProbe);
      const editorChanged = [];
      for (const payload of PAYLOADS) {
        const text = newsWith(payload);
        const state = await checkInWidget(page, text, { contenteditable });
        if (!state.editor.includes(payload)) editorChanged.push(payload);
        assert.equal(state.statusError, false, state.status);
        assert.ok(state.findings.length >= 2, `findings around ${JSON.stringify(payload)}`);
        for (const f of state.findings) assert.equal(state.checked.slice(f.start, f.end), f.text);
        assert.deepEqual(state.items, state.findings.map((f) => f.text), 'the findings list shows the words as text');
        assert.equal(state.cardTitle, `“${state.findings.at(-1).text}”`);
        const probe = await page.evaluate(dangerProbe);
        // The widget may (re)draw its overlay; what could run code must not change.
        assert.deepEqual(probe, baseline, `nothing created by ${JSON.stringify(payload)}`);
      }
      // The editor is the host's; it keeps every payload as typed text (tabs, NUL and RTL marks included).
      assert.deepEqual(editorChanged, [], 'the editor kept every payload');
      await finish(session);
    });
  }
}

// ---- 2. hostile datasets ------------------------------------------------------------

// Two wordings of the same figure: the test needs one of them matched to the dataset's fact.
const DATASET_ARTICLE = 'The health ministry says 71,400 Palestinians have been killed in Gaza since October 2023. '
  + 'Gaza’s health ministry said on Tuesday that more than 71,400 Palestinians have been killed.';
/** The match words of the bundled dataset's whole-war toll (data/gaza.json's first fact). */
const TOLL_MATCH = BUNDLED.facts[0].match;
/** Lone surrogates are not valid JSON text for the loader (it says so): left out here. */
const DATASET_PAYLOADS = PAYLOADS.filter((p) => !/[\uD800-\uDFFF]/.test(p));
const FIELDS = ['name', 'version', 'description', 'subject', 'factNote', 'sourceA', 'sourceB', 'evidence', 'note'];

function dataset(strings, urls = ['https://example.org/a', 'https://example.org/b']) {
  // Earlier points first; the last URL goes with the point an article in January 2026 is compared with.
  const points = urls.map((url, i) => ({
    as_of: `2025-12-${String(10 + i).padStart(2, '0')}`, value: 71300 + i,
    source: i === 0 ? strings.sourceB : `${strings.sourceA} #${i}`,
    url, evidence: strings.evidence, note: strings.note,
  }));
  Object.assign(points.at(-1), { as_of: '2026-01-04', value: 71400, qualifier: 'more_than', source: strings.sourceA });
  return JSON.stringify({
    figcheck_dataset: 1, name: strings.name, version: strings.version, date: '2026-01-05',
    description: strings.description,
    facts: [{
      id: 'test.deaths.cumulative', subject: strings.subject, metric: 'deaths', unit: 'people', kind: 'count',
      cumulative: true, since: '2023-10-07', stable: false, note: strings.factNote,
      match: TOLL_MATCH,
      points,
    }],
  });
}

/** The payloads dealt out over the text fields of as many datasets as it takes. */
const HOSTILE = [];
for (let i = 0; i * FIELDS.length < DATASET_PAYLOADS.length; i += 1) {
  const strings = {};
  FIELDS.forEach((field, j) => {
    const payload = DATASET_PAYLOADS[(i * FIELDS.length + j) % DATASET_PAYLOADS.length];
    strings[field] = `${field} ${i}: ${payload}`;
  });
  // A valid https URL can carry markup too: it must stay an attribute value.
  HOSTILE.push({ file: `hostile-${i}.json`, strings,
    json: dataset(strings, ['https://example.org/a', `https://example.org/"><svg/onload=window.__pwned=${i}>`]) });
}
const BAD_URLS = ['javascript:window.__pwned=1', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)',
  'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox(1)', '//evil.example/x',
  'https:javascript:alert(1)', 'file:///etc/passwd'];
const BAD = { file: 'bad-urls.json', strings: HOSTILE[0].strings, json: dataset(HOSTILE[0].strings, BAD_URLS) };
const CLEAN = { file: 'clean.json', json: dataset(Object.fromEntries(FIELDS.map((f) => [f, `clean ${f}`]))) };
const CLEAN_NAME = 'clean name';

async function loadOnPage(page, how, d) {
  await page.evaluate(() => {
    document.querySelector('.dataset-loader').open = true;
    document.getElementById('dataset-status').textContent = '';
    document.getElementById('dataset-status').className = 'dataset-status';
  });
  if (how === 'file') {
    await page.setInputFiles('#dataset-file', { name: d.file, mimeType: 'application/json', buffer: Buffer.from(d.json) });
  } else {
    await page.fill('#dataset-url', how === 'url' ? `__test/datasets/${d.file}` : d.url);
    await page.click('#dataset-url-form button');
  }
  await page.waitForSelector('#dataset-status.status-ok, #dataset-status.status-error', { timeout: 30000 });
  return page.evaluate(() => ({
    ok: document.getElementById('dataset-status').classList.contains('status-ok'),
    status: document.getElementById('dataset-status').querySelector('p').textContent,
    problems: [...document.querySelectorAll('#dataset-status li')].map((li) => li.textContent),
    name: document.getElementById('dataset-name').textContent,
  }));
}

/** Opens every highlight's card; returns what each shows. */
async function cards(page) {
  const n = await page.$$eval('#article-view .fc-mention', (marks) => marks.length);
  const shown = [];
  for (let i = 0; i < n; i += 1) {
    await page.click(`#article-view .fc-mention[data-index="${i}"]`);
    shown.push(await page.evaluate(() => {
      const card = document.getElementById('source-card');
      const links = [...card.querySelectorAll('a')].map((a) => ({ href: a.href, protocol: a.protocol, text: a.textContent,
        rel: a.rel, target: a.target }));
      const text = (id) => document.getElementById(id).textContent;
      return { source: text('card-source'), explanation: text('card-explanation'), fact: text('card-fact'),
        points: text('card-points'), note: text('card-note'), all: card.textContent, links };
    }));
  }
  return shown;
}

function assertLinks(links) {
  for (const link of links) {
    assert.match(link.protocol, /^https?:$/, `link ${link.href}`);
    assert.equal(link.rel, 'noopener noreferrer');
  }
}

test('page: datasets whose text fields carry the payloads load, and every string shows as text', async () => {
  const session = await open('');
  const { page } = session;
  await waitForPageReady(page);
  const baseline = await page.evaluate(dangerProbe);
  let sourcesShown = 0;
  for (const [i, d] of HOSTILE.entries()) {
    const how = i % 2 ? 'url' : 'file';
    const loaded = await loadOnPage(page, how, d);
    assert.ok(loaded.ok, `${d.file} by ${how}: ${loaded.status} ${loaded.problems}`);
    assert.equal(loaded.name, `${d.strings.name} ${d.strings.version}`, 'name and version as text');
    assert.ok(loaded.status.startsWith(`Loaded ${d.strings.name} ${d.strings.version}`), loaded.status);
    const result = await checkOnPage(page, DATASET_ARTICLE);
    assert.equal(result.report.dataset.name, d.strings.name);
    const matched = result.report.mentions.filter((m) => m.fact === 'test.deaths.cumulative');
    assert.ok(matched.length >= 1, JSON.stringify(result.report.mentions.map((m) => [m.text, m.fact])));
    const shown = await cards(page);
    result.report.mentions.forEach((mention, j) => {
      const card = shown[j];
      assertLinks(card.links);
      assert.equal(card.explanation, mention.explanation, 'the explanation (with sources and subject) as text');
      if (mention.expected?.source) {
        assert.ok(card.source.includes(mention.expected.source), `${card.source} shows ${mention.expected.source}`);
        if (card.links.length) assert.equal(card.links[0].text, mention.expected.source);
        sourcesShown += 1;
      }
    });
    const everything = shown.map((c) => c.all).join('\n');
    assert.ok(everything.includes(d.strings.sourceA), `source ${JSON.stringify(d.strings.sourceA)} shown`);
    assert.deepEqual(await page.evaluate(dangerProbe), baseline, `nothing created by ${d.file}`);
  }
  assert.ok(sourcesShown >= HOSTILE.length);
  await finish(session);
});

test('page: a dataset with javascript:, data:, vbscript: source URLs is refused; the previous one stays', async () => {
  const session = await open('');
  const { page } = session;
  await waitForPageReady(page);
  assert.ok((await loadOnPage(page, 'url', CLEAN)).ok);
  for (const how of ['file', 'url']) {
    const loaded = await loadOnPage(page, how, BAD);
    assert.equal(loaded.ok, false);
    assert.match(loaded.status, new RegExp(`did not load \\(${BAD_URLS.length} problems\\)\\. Still using ${CLEAN_NAME} `));
    assert.equal(loaded.problems.length, BAD_URLS.length);
    loaded.problems.forEach((p, i) => assert.match(p, new RegExp(`^/facts/0/points/${i}/url url must start with http:// or https://`)));
    assert.ok(loaded.name.startsWith(CLEAN_NAME), loaded.name);
    const result = await checkOnPage(page, DATASET_ARTICLE);
    assert.equal(result.report.dataset.name, CLEAN_NAME, 'checks go on with the previous dataset');
  }
  await finish(session);
});

test('widget: dataset= with payload-laden text fields shows every string as text, links http(s) only', async () => {
  for (const d of HOSTILE) {
    const session = await open(`__test/widget.html?dataset=${encodeURIComponent(`datasets/${d.file}`)}`);
    const { page } = session;
    await waitForWidget(page);
    const baseline = await page.evaluate(dangerProbe);
    const label = await page.evaluate(() => document.querySelector('figcheck-widget').shadowRoot
      .querySelector('.fc-dataset').textContent);
    assert.equal(label, `${d.strings.name} ${d.strings.version}`);
    const state = await checkInWidget(page, DATASET_ARTICLE);
    assert.equal(state.report.dataset.name, d.strings.name);
    const shown = await page.evaluate(() => {
      const widget = document.querySelector('figcheck-widget');
      return widget.handle.findings.map((f, i) => {
        widget.handle.select(i);
        const card = widget.shadowRoot.querySelector('.fc-card');
        return { text: card.textContent, explanation: card.querySelector('.fc-explanation').textContent,
          links: [...card.querySelectorAll('a')].map((a) => ({ href: a.href, protocol: a.protocol, text: a.textContent,
            rel: a.rel, target: a.target })) };
      });
    });
    state.report.mentions.forEach((mention, j) => {
      assertLinks(shown[j].links);
      assert.equal(shown[j].explanation, mention.explanation);
      if (mention.expected?.source) assert.ok(shown[j].text.includes(mention.expected.source));
    });
    assert.ok(shown.some((c) => c.text.includes(d.strings.sourceA)), 'the source as text');
    // Exports: the CSV carries the strings as they are (quoted); the Markdown escapes every markup
    // character, and its links are http(s) only.
    const exported = await page.evaluate(() => ({ md: document.querySelector('figcheck-widget').handle.export('md'),
      csv: document.querySelector('figcheck-widget').handle.export('csv') }));
    assert.ok(exported.csv.includes(d.strings.sourceA.replace(/"/g, '""')), 'the source in the CSV');
    assert.doesNotMatch(exported.md, /(?<!\\)[<>`]/, 'no raw markup in the Markdown');
    for (const [, target] of exported.md.matchAll(/\]\(([^)]*)\)/g)) assert.match(target, /^https?:\/\//);
    assert.deepEqual(await page.evaluate(dangerProbe), baseline);
    await finish(session);
  }
});

test('widget: dataset= with non-http(s) source URLs shows an error and checks with the bundled dataset', async () => {
  const session = await open(`__test/widget.html?dataset=${encodeURIComponent(`datasets/${BAD.file}`)}`);
  const { page } = session;
  await waitForWidget(page);
  await page.waitForFunction(() => document.querySelector('figcheck-widget').shadowRoot
    .querySelector('.fc-status.is-error'));
  const status = await page.evaluate(() => document.querySelector('figcheck-widget').shadowRoot
    .querySelector('.fc-status').textContent);
  assert.match(status, /bad-urls\.json did not load: \/facts\/0\/points\/0\/url: url must start with http:\/\/ or https:\/\//);
  const state = await checkInWidget(page, DATASET_ARTICLE);
  assert.equal(state.report.dataset.name, BUNDLED_NAME, 'the bundled dataset is still used');
  assert.ok(state.statusError, `the dataset error stays shown after a check: "${state.status}"`);
  assert.match(state.status, new RegExp(`bad-urls\\.json did not load: .*\\. Checked against ${BUNDLED_NAME.replace(/[()]/g, '\\$&')} `
    + '[\\d.]+ instead: \\d+ figures? · '));
  await finish(session);
});

// ---- 4. bad datasets at run time ----------------------------------------------------

test('page: a dataset URL that 404s, hangs, is HTML, malformed or over 8 MB fails clearly; checking goes on', async () => {
  const session = await open('', { clock: true });
  const { page } = session;
  await waitForPageReady(page);
  assert.ok((await loadOnPage(page, 'url', CLEAN)).ok);
  const cases = [
    ['__test/missing.json', /could not fetch the dataset .*__test\/missing\.json: HTTP 404 Not Found\./, []],
    ['__test/page.html', /__test\/page\.html is not a JSON dataset \(text\/html; charset=utf-8\)\./, []],
    ['__test/malformed.json', /^__test\/malformed\.json did not load \(1 problem\)\./, [/not JSON/]],
    ['__test/huge.json', /^__test\/huge\.json did not load \(1 problem\)\./, [/limit is 8,388,608 \(8 MB\)/]],
    ['__test/hang.json', /the dataset .*__test\/hang\.json did not arrive within 15 s \(timed out\)\./, []],
    ['__test/hang-body.json', /the dataset .*__test\/hang-body\.json did not arrive within 15 s \(timed out\)\./, []],
    ['javascript:window.__pwned=1', /could not fetch the dataset javascript:window\.__pwned=1: only http:, https: and blob: URLs/, []],
    ['data:application/json,{}', /could not fetch the dataset data:application\/json,\{\}: only http:, https: and blob: URLs/, []],
  ];
  for (const [url, message, problems] of cases) {
    const started = Date.now();
    const pending = loadOnPage(page, 'given', { url });
    if (url.includes('hang')) {
      // The server holds the request; the loader's 15 s timer is moved on with the page's clock.
      const path = `${PREFIX}${url}`;
      while (!srv.requests.some((r) => r.url === path) || srv.held.size === 0) await new Promise((r) => setTimeout(r, 20));
      await page.clock.fastForward(15_100);
    }
    const loaded = await pending;
    assert.equal(loaded.ok, false, url);
    assert.match(loaded.status, message);
    assert.match(loaded.status, new RegExp(`Still using ${CLEAN_NAME} `));
    assert.equal(loaded.problems.length, problems.length, loaded.problems.join('\n'));
    problems.forEach((re, i) => assert.match(loaded.problems[i], re));
    assert.ok(loaded.name.startsWith(CLEAN_NAME));
    const result = await checkOnPage(page, DATASET_ARTICLE);
    assert.equal(result.report.dataset.name, CLEAN_NAME, `checking goes on after ${url}`);
    assert.ok(Date.now() - started < 15_000, `${url} took ${Date.now() - started} ms`);
  }
  await finish(session, { failed: [/__test\/missing\.json HTTP 404/, /__test\/hang(-body)?\.json net::ERR_ABORTED/,
  ], console: [/Failed to load resource: .*404/] });
});

test('API: loadDatasetFromUrl times out (timeoutMs), can be cancelled, and the dataset stays', async () => {
  const session = await open('');
  const { page } = session;
  await waitForPageReady(page);
  const outcome = await page.evaluate(async () => {
    const figcheck = await import('./figcheck.js');
    const before = (await figcheck.datasetInfo()).name;
    const errors = [];
    for (const [url, options] of [['__test/hang.json', { timeoutMs: 300 }], ['__test/hang-body.json', { timeoutMs: 300 }]]) {
      const started = performance.now();
      try {
        await figcheck.loadDatasetFromUrl(new URL(url, document.baseURI), options);
        errors.push('loaded');
      } catch (error) {
        errors.push({ name: error.name, message: error.message, ms: performance.now() - started });
      }
    }
    const controller = new AbortController();
    const cancelled = figcheck.loadDatasetFromUrl(new URL('__test/hang.json', document.baseURI),
      { signal: controller.signal }).catch((error) => error.message);
    setTimeout(() => controller.abort(), 100);
    errors.push(await cancelled);
    return { before, after: (await figcheck.datasetInfo()).name, errors, timeout: figcheck.DATASET_TIMEOUT_MS };
  });
  assert.equal(outcome.timeout, 15000);
  for (const e of outcome.errors.slice(0, 2)) {
    assert.equal(e.name, 'FigcheckError');
    assert.match(e.message, /did not arrive within 0\.3 s \(timed out\)$/);
    assert.ok(e.ms < 3000, `${e.ms} ms`);
  }
  assert.match(outcome.errors[2], /^figcheck: loading the dataset .*hang\.json was cancelled$/);
  assert.equal(outcome.after, outcome.before);
  await finish(session, { failed: [/__test\/hang(-body)?\.json net::ERR_ABORTED/] });
});

test('widget: a dataset= that 404s, is HTML or a javascript: URL shows an error; the editor is still checked', async () => {
  for (const [file, message] of [['missing.json', /HTTP 404/], ['page.html', /is not a JSON dataset \(text\/html/],
    ['javascript:window.__pwned=1', /only http:, https: and blob: URLs are fetched/]]) {
    const session = await open(`__test/widget.html?dataset=${encodeURIComponent(file)}`);
    const { page } = session;
    await waitForWidget(page);
    await page.waitForFunction(() => document.querySelector('figcheck-widget').shadowRoot
      .querySelector('.fc-status.is-error'));
    const status = await page.evaluate(() => document.querySelector('figcheck-widget').shadowRoot
      .querySelector('.fc-status').textContent);
    assert.match(status, message);
    const state = await checkInWidget(page, DATASET_ARTICLE);
    assert.equal(state.report.dataset.name, BUNDLED_NAME);
    assert.ok(state.findings.length >= 1);
    await finish(session, { failed: [/missing\.json HTTP 404/], console: [/Failed to load resource: .*404/] });
  }
});

// ---- 5. privacy -----------------------------------------------------------------------

const MARKER = 'Zyxwarticlemarker4815';
const PRIVATE_ARTICLE = `${MARKER}: Gaza’s health ministry said on Tuesday that more than 71,400 Palestinians `
  + `have been killed since October 2023 and 17,100 wounded, ${MARKER} reported.`;

function assertPrivate(log, { datasetUrls = [], page }) {
  for (const r of log.requests) {
    assert.ok(!r.url.includes(MARKER) && !decodeURIComponent(r.url).includes(MARKER), `marker in ${r.url}`);
    assert.ok(!r.body.includes(MARKER), `marker in the body of ${r.url}`);
    assert.equal(r.method, 'GET', r.url);
    if (r.url.startsWith('blob:') || r.url.startsWith('data:')) continue;
    const url = new URL(r.url);
    assert.equal(url.origin, new URL(srv.url).origin, r.url);
    if (datasetUrls.includes(r.url) || r.url === page) continue;
    assert.ok(url.pathname.startsWith(PREFIX), r.url);
    const file = join(siteDir, decodeURIComponent(url.pathname.slice(PREFIX.length)) || 'index.html');
    assert.ok(existsSync(file), `only the site's own files: ${r.url}`);
  }
  for (const r of srv.requests) {
    assert.ok(!decodeURIComponent(r.url).includes(MARKER) && !r.body.includes(MARKER), `marker reached the server: ${r.url}`);
  }
}

async function assertStorageClean(page, context, { allowedKeys = [] } = {}) {
  const dump = await page.evaluate(storageDump);
  const cookies = await context.cookies();
  const everything = JSON.stringify({ dump, cookies });
  assert.ok(!everything.includes(MARKER), `the article is not stored: ${everything.slice(0, 500)}`);
  for (const word of ['71,400', 'wounded', 'ministry']) assert.ok(!everything.includes(word), `"${word}" is not stored`);
  assert.deepEqual(Object.keys(dump.local).filter((k) => !allowedKeys.includes(k)), [], 'localStorage keys');
  assert.deepEqual(dump.session, {});
  assert.deepEqual(dump.indexedDB, []);
  assert.deepEqual(dump.caches, []);
  assert.deepEqual(cookies, []);
  return dump;
}

test('privacy: the page sends the article nowhere and stores none of it', async () => {
  srv.requests.length = 0;
  const session = await open('');
  const { page, context, log } = session;
  await waitForPageReady(page);
  assert.ok((await loadOnPage(page, 'url', CLEAN)).ok);
  const result = await checkOnPage(page, PRIVATE_ARTICLE);
  assert.ok(result.report.mentions.length >= 3);
  await cards(page);
  await page.waitForTimeout(300);
  assertPrivate(log, { datasetUrls: [new URL(`__test/datasets/${CLEAN.file}`, srv.url).href], page: srv.url });
  await assertStorageClean(page, context);
  await finish(session);
});

test('privacy: the widget sends the article nowhere and stores only hashed dismissals', async () => {
  srv.requests.length = 0;
  const path = `__test/widget.html?dataset=${encodeURIComponent(`datasets/${CLEAN.file}`)}`;
  const session = await open(path);
  const { page, context, log } = session;
  await waitForWidget(page);
  await page.click('#body');
  await page.keyboard.insertText(PRIVATE_ARTICLE);
  await page.waitForFunction(() => {
    const handle = document.querySelector('figcheck-widget').handle;
    return handle.report && handle.report.mentions.length >= 3
      && handle._attachment.changedAt <= handle._attachment.lastChecked.takenAt;
  });
  // Dismiss a finding: the only thing the widget stores.
  await page.evaluate(() => {
    const widget = document.querySelector('figcheck-widget');
    widget.handle.select(0);
    [...widget.shadowRoot.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss this one').click();
  });
  await page.waitForFunction(() => document.querySelector('figcheck-widget').handle.dismissed.length === 1);
  await page.waitForTimeout(1800);  // long enough for a low-priority full check to come and go
  assertPrivate(log, { datasetUrls: [new URL(`__test/datasets/${CLEAN.file}`, srv.url).href],
    page: new URL(path, srv.url).href });
  const dump = await assertStorageClean(page, context, { allowedKeys: ['figcheck:dismissals:v1'] });
  const stored = JSON.parse(dump.local['figcheck:dismissals:v1']);
  assert.equal(stored.length, 1);
  await finish(session);
});

// ---- 3. the shipped code ----------------------------------------------------------------

test('no eval( or new Function in any script of the built site', () => {
  const offenders = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(m?js|html)$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(\s*['"`]/g)) {
          offenders.push(`${relative(siteDir, path)}:${text.slice(0, match.index).split('\n').length}: `
            + text.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' '));
        }
      }
    }
  };
  walk(siteDir);
  assert.deepEqual(offenders, []);
});

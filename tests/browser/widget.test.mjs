// The figcheck widget in headless Chromium, on the demo pages under the strict CSP:
// a textarea, a contenteditable, the JS attach() API, panel mode and a hostile host
// stylesheet. Each page is typed into and pasted into; the highlights must cover
// the right words, the editor's content must be byte-identical with and without the
// widget, and the page must see no CSP violation and no request outside the site.
// Screenshots: test-output/browser/widget-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  PARAGRAPHS, OUTPUT_DIR, startServer, launch, openPage, waitForReport, assertClean, rectsClose, wordRects,
} from './widget-lib.mjs';

let server;
let baseUrl;
let browser;

before(async () => {
  ({ server, url: baseUrl } = await startServer());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The same typing sequence on every page: typed keys, a paste, Enter, a paste. */
async function typeArticle(page, selector) {
  await page.click(selector);
  await page.keyboard.type(PARAGRAPHS[0].slice(0, 40), { delay: 5 });
  await page.keyboard.insertText(PARAGRAPHS[0].slice(40));
  await page.keyboard.press('Enter');
  if (await page.$eval(selector, (e) => e.tagName === 'TEXTAREA')) await page.keyboard.press('Enter');
  await page.keyboard.insertText(PARAGRAPHS[1]);
}

const widgetState = (page) => page.evaluate(() => {
  const widget = document.querySelector('figcheck-widget');
  const h = widget.handle;
  const root = widget.shadowRoot;
  return {
    report: h.report,
    findings: h.findings,
    dismissed: h.dismissed,
    current: h.current,
    mode: h.mode,
    status: root.querySelector('.fc-status').textContent,
    cardHidden: root.querySelector('.fc-card').hidden,
    cardText: root.querySelector('.fc-card').textContent,
  };
});

test('textarea: live highlights over the right words, the value untouched, keyboard navigation', async () => {
  const { page, log } = await openPage(browser);
  await page.goto(`${baseUrl}demo/textarea.html`);
  await typeArticle(page, '#body');
  await waitForReport(page, { mentions: 5 });
  const text = await page.inputValue('#body');
  const state = await widgetState(page);
  assert.equal(state.mode, 'overlay');
  assert.ok(state.findings.length >= 5);
  for (const m of state.findings) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(state.findings.some((m) => m.text === '17,100' && m.verdict === 'contradicted'));
  assert.match(state.status, /contradicted/);

  // Each overlay box sits on its words: a click at the box's centre puts the caret inside the mention.
  const boxes = await page.evaluate(() => document.querySelector('figcheck-widget').handle.rects());
  assert.equal(boxes.length, state.findings.length);
  for (const [i, rects] of boxes.entries()) {
    assert.ok(rects.length >= 1, `finding ${i} has a box`);
    const r = rects[0];
    await page.mouse.click(r.left + r.width / 2, r.top + r.height / 2);
    const caret = await page.$eval('#body', (t) => t.selectionStart);
    const m = state.findings[i];
    assert.ok(caret >= m.start && caret <= m.end, `caret ${caret} in "${m.text}" [${m.start}, ${m.end})`);
  }
  // The boxes drawn in the overlay match the measured rects.
  const drawn = await page.evaluate(() => [...document.querySelector('[data-figcheck-overlay]').shadowRoot
    .querySelectorAll('.fc-box')].map((b) => b.getBoundingClientRect().toJSON()));
  assert.ok(rectsClose(drawn[0], boxes[0][0], 1), JSON.stringify([drawn[0], boxes[0][0]]));

  // Keyboard: next finding, announced; the selection does not move.
  await page.focus('#body');
  await page.$eval('#body', (t) => t.setSelectionRange(3, 3));
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  let s = await widgetState(page);
  assert.equal(s.current, 1);
  assert.match(s.status, /^Finding 2 of \d+: /);
  assert.equal(s.cardHidden, false);
  assert.ok(s.cardText.includes(s.findings[1].text));
  assert.deepEqual(await page.$eval('#body', (t) => [t.selectionStart, t.selectionEnd]), [3, 3]);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  s = await widgetState(page);
  assert.equal(s.current, 0);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.screenshot({ path: join(OUTPUT_DIR, 'widget-textarea.png') });
  await assertClean(page, log, baseUrl);

  // Scrolling the textarea moves the boxes with the text.
  await page.$eval('#body', (t) => { t.value += '\n'.repeat(60); t.dispatchEvent(new Event('input')); t.scrollTop = 40; t.dispatchEvent(new Event('scroll')); });
  await page.waitForTimeout(100);
  const scrolled = await page.evaluate(() => document.querySelector('figcheck-widget').handle.rects());
  assert.ok(Math.abs(scrolled[0][0].top - (boxes[0][0].top - 40)) <= 1, 'boxes follow the textarea scroll');

  // Same typing without the widget: the same value.
  const { page: bare } = await openPage(browser);
  await bare.goto(`${baseUrl}demo/textarea.html`);
  await bare.evaluate(() => document.querySelector('figcheck-widget').remove());
  await typeArticle(bare, '#body');
  assert.equal(await bare.inputValue('#body'), text);
  await bare.context().close();
  await page.context().close();
});

test('contenteditable: highlight ranges cover the words, innerHTML byte-identical, dismissals stick', async () => {
  const { page, log } = await openPage(browser);
  await page.goto(`${baseUrl}demo/contenteditable.html`);
  await typeArticle(page, '#body');
  await waitForReport(page, { mentions: 5 });
  const state = await widgetState(page);
  assert.equal(state.mode, 'highlights');
  const rangeTexts = await page.evaluate(() => document.querySelector('figcheck-widget').handle.rangeText());
  assert.deepEqual(rangeTexts, state.findings.map((m) => m.text));
  const highlightRects = await page.evaluate(() => document.querySelector('figcheck-widget').handle.rects());
  const expected = await wordRects(page, '#body', state.findings.map((m) => m.text));
  highlightRects.forEach((rects, i) => {
    assert.equal(rects.length, expected[i].length);
    rects.forEach((r, j) => assert.ok(rectsClose(r, expected[i][j], 0.5), `${state.findings[i].text}`));
  });
  const sizes = await page.evaluate(() => ['supported', 'contradicted', 'outdated', 'unverified']
    .map((v) => CSS.highlights.get(`figcheck-${v}`)?.size ?? 0).reduce((a, b) => a + b, 0));
  assert.equal(sizes, state.findings.length);
  // Glyph badges, one a finding, in the overlay.
  const badges = await page.evaluate(() => [...document.querySelector('[data-figcheck-overlay]').shadowRoot
    .querySelectorAll('.fc-badge')].map((b) => b.textContent));
  assert.equal(badges.length, state.findings.length);

  const html = await page.$eval('#body', (e) => e.innerHTML);
  assert.ok(!html.includes('figcheck') && !html.includes('<mark'), 'nothing of the widget in the content');

  // Open the source card of the contradicted figure and dismiss it for this article.
  const index = state.findings.findIndex((m) => m.text === '17,100');
  await page.evaluate((i) => document.querySelector('figcheck-widget').handle.select(i), index);
  await page.focus('#body');
  await page.keyboard.press('Alt+Shift+Enter');
  assert.equal(await page.evaluate(() => document.querySelector('figcheck-widget').shadowRoot.activeElement?.className),
    'fc-card fc-card-contradicted');
  await page.screenshot({ path: join(OUTPUT_DIR, 'widget-contenteditable.png'), fullPage: true });
  const shadowButton = (text) => page.evaluateHandle((t) => [...document.querySelector('figcheck-widget').shadowRoot
    .querySelectorAll('button')].find((b) => b.textContent === t), text);
  await (await shadowButton('Dismiss this one')).click();
  let s = await widgetState(page);
  assert.ok(!s.findings.some((m) => m.text === '17,100'));
  assert.deepEqual(s.dismissed.map((m) => m.text), ['17,100']);
  const stored = await page.evaluate(() => localStorage.getItem('figcheck:dismissals:v1'));
  assert.ok(!stored.includes('17,100') && !stored.includes('wounded') && !stored.includes('Gaza'),
    `only hashes, ids and verdicts are stored: ${stored}`);
  assert.equal(await page.$eval('#body', (e) => e.innerHTML), html);
  await assertClean(page, log, baseUrl);

  // A new page load: the dismissal holds.
  await page.reload();
  await typeArticle(page, '#body');
  await waitForReport(page, { mentions: 5 });
  s = await widgetState(page);
  assert.deepEqual(s.dismissed.map((m) => m.text), ['17,100']);
  // A dataset whose answer differs (here: the stored verdict no longer matches) shows it again.
  await page.evaluate(() => {
    const list = JSON.parse(localStorage.getItem('figcheck:dismissals:v1'));
    list.forEach((e) => { e.v = 'supported'; e.d = 'an older version'; });
    localStorage.setItem('figcheck:dismissals:v1', JSON.stringify(list));
  });
  await page.reload();
  await typeArticle(page, '#body');
  await waitForReport(page, { mentions: 5 });
  s = await widgetState(page);
  assert.deepEqual(s.dismissed, []);
  assert.ok(s.findings.some((m) => m.text === '17,100'));

  // Same typing without the widget: the same innerHTML.
  const { page: bare } = await openPage(browser);
  await bare.goto(`${baseUrl}demo/contenteditable.html`);
  await bare.evaluate(() => document.querySelector('figcheck-widget').remove());
  await typeArticle(bare, '#body');
  assert.equal(await bare.$eval('#body', (e) => e.innerHTML), html);
  await bare.context().close();
  await page.context().close();
});

test('attach(): the JS API, the overlay fallback, the report event, paragraph re-checks, detach', async () => {
  const { page, log } = await openPage(browser);
  await page.goto(`${baseUrl}demo/contenteditable.html`);
  await page.evaluate(() => document.querySelector('figcheck-widget').remove());
  // Long enough for paragraph mode: one paragraph edited re-checks one paragraph.
  const paragraphs = Array.from({ length: 30 }, (_, i) => `${PARAGRAPHS[i % 2]} Paragraph ${i + 1}.`);
  await page.$eval('#body', (e, ps) => {
    e.replaceChildren(...ps.map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
  }, paragraphs);
  const result = await page.evaluate(async () => {
    const body = document.getElementById('body');
    const events = [];
    body.addEventListener('figcheck:report', (e) => events.push({ bubbles: e.bubbles, composed: e.composed,
      n: e.detail.mentions.length }));
    const handle = window.figcheck.attach(body, { published: '2026-01-06', highlighter: 'overlay' });
    window.__handle = handle;
    const report = await handle.check();
    return { n: report.mentions.length, same: handle.report === report, events, mode: handle.mode,
      timings: handle.timings };
  });
  assert.equal(result.mode, 'overlay');
  assert.ok(result.n >= 30 * 4);
  assert.ok(result.events.length >= 1 && result.events.at(-1).bubbles && result.events.at(-1).composed);
  assert.equal(result.timings.mode, 'paragraphs');
  // The fallback draws a box per line of each range, on the words.
  const check = await page.evaluate(() => {
    const boxes = [...document.querySelector('[data-figcheck-overlay]').shadowRoot.querySelectorAll('.fc-box')]
      .map((b) => b.getBoundingClientRect().toJSON());
    return { boxes: boxes.slice(0, 3), rects: window.__handle.rects().flat().slice(0, 3) };
  });
  check.boxes.forEach((b, i) => assert.ok(rectsClose(b, check.rects[i], 1)));

  // Edit one paragraph by typing: only it is re-checked.
  await page.click('#body p:nth-child(3)');
  await page.keyboard.press('End');
  await page.keyboard.type(' 5 trucks.');
  await page.waitForFunction(() => window.__handle.timings.checks >= 2 && window.__handle.timings.rechecked !== undefined);
  await page.waitForFunction(() => window.__handle._attachment.changedAt <= window.__handle._attachment.lastChecked.takenAt);
  const timings = await page.evaluate(() => window.__handle.timings);
  assert.equal(timings.mode, 'paragraphs');
  assert.equal(timings.rechecked, 1);

  // Export formats.
  const exports = await page.evaluate(() => ({
    json: JSON.parse(window.__handle.export('json')).summary.mentions,
    csv: window.__handle.export('csv').split('\r\n')[0],
    md: window.__handle.export('md').split('\n')[0],
  }));
  assert.ok(exports.json >= 120);
  assert.match(exports.csv, /^start,end,text,kind,verdict,fact/);
  assert.equal(exports.md, '# figcheck report');

  const html = await page.$eval('#body', (e) => e.innerHTML);
  await page.evaluate(() => window.__handle.detach());
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-figcheck-overlay]').length), 0);
  assert.equal(await page.$eval('#body', (e) => e.innerHTML), html);
  await assertClean(page, log, baseUrl);
  await page.context().close();
});

test('panel mode: paste and check, export as a download', async () => {
  const { page, log } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  await page.goto(`${baseUrl}demo/panel.html`);
  const input = page.locator('figcheck-widget textarea');
  await input.click();
  await page.keyboard.insertText(PARAGRAPHS.join('\n\n'));
  await waitForReport(page, { mentions: 5 });
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('figcheck-widget button[aria-label="Download the report as CSV"]').click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /^start,end,text,kind,verdict/);
  assert.ok(csv.includes('17,100'));
  assert.match(download.suggestedFilename(), /^figcheck-report-2026-01-06\.csv$/);
  await page.screenshot({ path: join(OUTPUT_DIR, 'widget-panel.png'), fullPage: true });
  await assertClean(page, log, baseUrl);
  await page.context().close();
});

test('a hostile host stylesheet neither breaks the widget nor leaks into it', async () => {
  const { page, log } = await openPage(browser);
  await page.route('**/demo/hostile.css', (route) => route.fulfill({
    contentType: 'text/css',
    body: '* { all: unset; } head, script, style, link, title { display: none; } html { font-size: 44px !important; } body { font: 40px/3 serif; color: red; }'
      + ' button { background: black; color: black; } div, p, section { padding: 30px; }',
  }));
  await page.goto(`${baseUrl}demo/contenteditable.html`);
  await page.evaluate(() => new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'hostile.css';
    link.onload = done;
    document.head.append(link);
  }));
  await page.focus('#body');
  await page.keyboard.insertText(PARAGRAPHS[0]);
  await waitForReport(page, { mentions: 3 });
  const layout = await page.evaluate(() => {
    const root = document.querySelector('figcheck-widget').shadowRoot.querySelector('.fc-root');
    const chip = root.querySelector('.fc-chip');
    const button = root.querySelector('.fc-button');
    const box = root.getBoundingClientRect();
    return { width: box.width, height: box.height, chipFont: getComputedStyle(chip).fontSize,
      rootFont: getComputedStyle(root).fontSize, buttonBg: getComputedStyle(button).backgroundColor,
      display: getComputedStyle(root).display };
  });
  assert.ok(layout.width > 250 && layout.height > 150, JSON.stringify(layout));
  assert.equal(layout.rootFont, '14px');
  assert.equal(layout.chipFont, '12.5px');
  assert.equal(layout.display, 'flex');
  assert.equal(layout.buttonBg, 'rgb(255, 255, 255)');
  // And the widget's styles do not reach the host: host elements with the widget's class names stay as they were.
  const hostLook = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.className = 'fc-chip fc-v-contradicted fc-button';
    document.querySelector('.cms-side').append(probe);
    const style = getComputedStyle(probe);
    const look = { radius: style.borderTopLeftRadius, font: style.fontSize, bg: style.backgroundColor };
    probe.remove();
    return look;
  });
  assert.deepEqual(hostLook, { radius: '0px', font: '40px', bg: 'rgba(0, 0, 0, 0)' });
  await page.screenshot({ path: join(OUTPUT_DIR, 'widget-hostile.png') });
  await assertClean(page, log, baseUrl);
  await page.context().close();
});

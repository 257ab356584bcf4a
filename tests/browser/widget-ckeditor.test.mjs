// The figcheck widget on a real CMS editor: CKEditor 5 (the npm package's browser
// build, copied to demo/vendor/ at build time), under the strict CSP. Type and
// paste an article; the highlights cover the right words; editor.getData() and the
// undo history are the same with and without the widget. Screenshot:
// test-output/browser/widget-ckeditor.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { siteDir } from '../node/paths.mjs';
import {
  PARAGRAPHS, OUTPUT_DIR, startServer, launch, openPage, waitForReport, assertClean, rectsClose, wordRects,
} from './widget-lib.mjs';

const vendored = existsSync(join(siteDir, 'demo/vendor/ckeditor5/ckeditor5.js'));
let server;
let baseUrl;
let browser;

before(async () => {
  if (!vendored) return;
  ({ server, url: baseUrl } = await startServer());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openEditor(withWidget) {
  const opened = await openPage(browser);
  const { page } = opened;
  await page.goto(`${baseUrl}demo/ckeditor.html`);
  await page.waitForFunction(() => window.editor);
  if (!withWidget) await page.evaluate(() => document.querySelector('figcheck-widget').remove());
  const editable = '.ck-editor__editable';
  await page.click(editable);
  await page.keyboard.type(PARAGRAPHS[0].slice(0, 40), { delay: 5 });
  await page.keyboard.insertText(PARAGRAPHS[0].slice(40));
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(PARAGRAPHS[1]);
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' 12 trucks', { delay: 5 });
  return opened;
}

const state = (page) => page.evaluate(() => {
  const h = document.querySelector('figcheck-widget').handle;
  return { findings: h.findings, texts: h.rangeText(), rects: h.rects(), mode: h.mode };
});

test('CKEditor 5: highlights on the right words; getData() and undo unchanged by the widget',
  { skip: !vendored && 'node_modules/ckeditor5 is not installed (npm ci), so the demo has no editor' }, async () => {
    const { page, log, context } = await openEditor(true);
    await waitForReport(page, { mentions: 6 });
    // CKEditor re-renders its DOM; wait for the last check of the typed text.
    await page.waitForTimeout(400);
    await waitForReport(page, { mentions: 6 });
    const s = await state(page);
    assert.equal(s.mode, 'highlights');
    assert.deepEqual(s.texts, s.findings.map((m) => m.text));
    assert.ok(s.findings.some((m) => m.text === '17,100' && m.verdict === 'contradicted'));
    // The ranges' rects are the words' rects, found independently in the editable's text nodes.
    const expected = await wordRects(page, '.ck-editor__editable', s.findings.map((m) => m.text));
    s.rects.forEach((rects, i) => {
      assert.ok(rects.length >= 1);
      rects.forEach((r, j) => assert.ok(rectsClose(r, expected[i][j], 0.5), s.findings[i].text));
    });

    // Keyboard navigation inside the editor does not move CKEditor's selection.
    const selectionBefore = await page.evaluate(() => JSON.stringify(window.editor.model.document.selection.getFirstRange()));
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    assert.equal(await page.evaluate(() => JSON.stringify(window.editor.model.document.selection.getFirstRange())),
      selectionBefore);
    assert.equal(await page.evaluate(() => document.querySelector('figcheck-widget').handle.current), 3);
    await page.screenshot({ path: join(OUTPUT_DIR, 'widget-ckeditor.png'), fullPage: true });

    const withWidget = await page.evaluate(() => window.editor.getData());
    assert.ok(withWidget.includes('17,100 wounded') && !withWidget.includes('figcheck'));
    await page.keyboard.press('Control+z');
    const undoneWith = await page.evaluate(() => window.editor.getData());
    await assertClean(page, log, baseUrl);
    await context.close();

    const bare = await openEditor(false);
    assert.equal(await bare.page.evaluate(() => window.editor.getData()), withWidget);
    await bare.page.keyboard.press('Control+z');
    assert.equal(await bare.page.evaluate(() => window.editor.getData()), undoneWith);
    await bare.context.close();
  });

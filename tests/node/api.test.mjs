// The JS API (web/figcheck.js over the wasm module), as built into build/site.
// Tests run in order and share the module, so dataset state carries over on purpose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { repoRoot, siteModule, wasmBinary } from './paths.mjs';
import { serveStatic } from '../../web/tools/serve.mjs';

assert.ok(existsSync(siteModule('figcheck.js')),
  `${siteModule('figcheck.js')} is missing: build the site first (cmake --build --preset wasm)`);
const figcheck = await import(siteModule('figcheck.js'));
const createFigcheckCore = (await import(siteModule('figcheck-core.js'))).default;

const fixture = (name) => readFileSync(join(repoRoot, 'tests/node/fixtures', name), 'utf8');

// Written for these tests: non-ASCII names, curly quotes, an em dash, emoji (one a
// ZWJ sequence) before and between figures, so UTF-16 and UTF-8 offsets differ.
const UNICODE_TEXT =
  'Officials in Türkiye said on Tuesday that “more than 1,200 people” had left the coast 🚑 ' +
  'since May 2024 — about 35% of the district. 👨‍👩‍👧 Some 4,500 returned by 10 October 2025, ' +
  'and the café on Rue d’Alésia reopened after 17 days.';

const MENTION_KEYS = ['kind', 'text', 'start', 'end', 'value', 'low', 'high', 'qualifier', 'unit', 'date',
  'date_end', 'verdict', 'fact', 'expected', 'explanation', 'claim'];
const OPTIONAL_KEYS = ['references', 'candidates', 'ambiguous', 'note'];
const EXPECTED_KEYS = ['value', 'low', 'high', 'qualifier', 'date', 'date_end', 'as_of', 'source', 'url'];
const VERDICTS = ['supported', 'contradicted', 'outdated', 'unverified'];

function assertSlicesMatch(text, report) {
  for (const mention of report.mentions) {
    assert.equal(text.slice(mention.start, mention.end), mention.text,
      `offsets [${mention.start}, ${mention.end}) of ${JSON.stringify(mention.text)}`);
  }
}

let bundled;

test('without wasmBinary, Node (no fetch of a file path) gets a FigcheckError that says what to do', async () => {
  await assert.rejects(figcheck.check('12 people', { published: '2025-01-01' }), (error) => {
    assert.equal(error.name, 'FigcheckError');
    assert.match(error.message, /the wasm module did not load: .*ready\(\{ wasmBinary \}\)/);
    return true;
  });
});

test('the module loads and describes the bundled dataset', async () => {
  await figcheck.ready({ wasmBinary: wasmBinary() });
  bundled = await figcheck.datasetInfo();
  assert.deepEqual(Object.keys(bundled), ['name', 'version', 'date', 'facts', 'bundled']);
  assert.equal(typeof bundled.name, 'string');
  assert.equal(typeof bundled.facts, 'number');
  assert.equal(bundled.bundled, true);
});

test('check returns a report in the documented shape', async () => {
  const report = await figcheck.check(UNICODE_TEXT, { published: '2026-01-06' });
  assert.deepEqual(Object.keys(report), ['figcheck', 'published', 'dataset', 'mentions', 'summary']);
  assert.equal(report.figcheck, 1);
  assert.equal(report.published, '2026-01-06');
  assert.deepEqual(report.dataset, { name: bundled.name, version: bundled.version });
  assert.deepEqual(Object.keys(report.summary),
    ['mentions', 'checked', 'supported', 'contradicted', 'outdated', 'unverified']);
  assert.ok(report.mentions.length > 0, 'the text has figures and dates; the core found none');

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  let previousEnd = 0;
  for (const mention of report.mentions) {
    const keys = Object.keys(mention);
    assert.deepEqual(keys.slice(0, MENTION_KEYS.length), MENTION_KEYS);
    for (const extra of keys.slice(MENTION_KEYS.length)) assert.ok(OPTIONAL_KEYS.includes(extra), extra);
    assert.ok(VERDICTS.includes(mention.verdict), mention.verdict);
    assert.ok(Number.isInteger(mention.start) && Number.isInteger(mention.end) && mention.start < mention.end);
    assert.ok(mention.start >= previousEnd, 'mentions are in text order and do not overlap');
    previousEnd = mention.end;
    assert.deepEqual(Object.keys(mention.claim), ['metric', 'subject', 'scope']);
    if (mention.expected) assert.deepEqual(Object.keys(mention.expected), EXPECTED_KEYS);
    for (const reference of mention.references ?? []) assert.deepEqual(Object.keys(reference), EXPECTED_KEYS);
    counts[mention.verdict] += 1;
  }
  const { summary } = report;
  assert.equal(summary.mentions, report.mentions.length);
  for (const verdict of VERDICTS) assert.equal(summary[verdict], counts[verdict], verdict);
  assert.equal(summary.checked, summary.mentions - summary.unverified);
});

test('offsets are UTF-16 code units: text.slice(start, end) === mention.text', async () => {
  const report = await figcheck.check(UNICODE_TEXT, { published: '2026-01-06' });
  assert.ok(report.mentions.length > 0);
  assertSlicesMatch(UNICODE_TEXT, report);
  // At least one mention after the emoji, where UTF-8 and UTF-16 offsets differ most.
  const emojiAt = UNICODE_TEXT.indexOf('👨');
  assert.ok(report.mentions.some((m) => m.start > emojiAt),
    `expected a mention after the emoji, got ${report.mentions.map((m) => m.text).join(' | ')}`);
});

test('lone surrogates count as one unit each: offsets still index the original string', async () => {
  // A lone high surrogate right before a figure, a lone low one right before a word:
  // Emscripten's own UTF-8 conversion would swallow the unit that follows each.
  const text = `Lone \uD800more than 1,200 people left \uDC00and 35% returned on 10 October 2025 \uD83D`;
  const wellFormed = text.replace(/[\uD800-\uDFFF]/g, '\uFFFD');
  assert.equal(wellFormed.length, text.length);
  const report = await figcheck.check(text, { published: '2026-01-06' });
  const expected = await figcheck.check(wellFormed, { published: '2026-01-06' });
  assert.deepEqual(report, expected);
  assert.ok(report.mentions.length > 0);
  for (const mention of report.mentions) {
    assert.equal(wellFormed.slice(mention.start, mention.end), mention.text);
    if (!/[\uD800-\uDFFF]/.test(text.slice(mention.start, mention.end))) {
      assert.equal(text.slice(mention.start, mention.end), mention.text);
    }
  }
});

test('an empty text gives an empty report', async () => {
  const report = await figcheck.check('', { published: '2025-02-28' });
  assert.deepEqual(report.mentions, []);
  assert.equal(report.summary.mentions, 0);
});

test('a publication date that is not a day is a FigcheckError', async () => {
  for (const published of ['2025-02-30', '2025-05', '2025', '7 May 2025', '', '2025-5-7']) {
    await assert.rejects(figcheck.check('420 people', { published }), (error) => {
      assert.equal(error.name, 'FigcheckError');
      assert.ok(error instanceof figcheck.FigcheckError);
      assert.match(error.message, /publication date must be a day written YYYY-MM-DD/);
      assert.ok(error.message.includes(`'${published}'`), error.message);
      return true;
    }, published);
  }
  await assert.rejects(figcheck.check(42, { published: '2025-01-01' }), /needs the text as a string/);
});

test('the raw module reports a bad date as {"error"} rather than throwing', async () => {
  const core = await createFigcheckCore({ wasmBinary: wasmBinary() });
  const result = JSON.parse(core.check('12 people', '2025-13-01'));
  assert.deepEqual(Object.keys(result), ['error']);
  assert.match(result.error, /'2025-13-01'/);
});

test('loadDataset makes a dataset active', async () => {
  const info = await figcheck.loadDataset(fixture('harbour-town.json'), { name: 'harbour-town.json' });
  assert.deepEqual(info, { name: 'harbour-town', version: '2025.1', date: '2025-06-01', facts: 1, bundled: false });
  assert.deepEqual(await figcheck.datasetInfo(), info);
  const report = await figcheck.check('Harbour Town has 48,200 residents.', { published: '2025-07-01' });
  assert.deepEqual(report.dataset, { name: 'harbour-town', version: '2025.1' });
});

test('a bad dataset is rejected with every problem, and the previous one stays active', async () => {
  const broken = JSON.stringify({
    figcheck_dataset: 1, name: '', version: '1',
    facts: [{ id: 'Bad Id', kind: 'count', unit: 'people', points: [{ as_of: '2025-02-30', value: 'x' }] }],
  });
  const cases = [['broken.json', broken], ['not-json.json', '{"figcheck_dataset": 1, '], ['array.json', '[]']];
  for (const [name, text] of cases) {
    await assert.rejects(figcheck.loadDataset(text, { name }), (error) => {
      assert.equal(error.name, 'FigcheckError');
      assert.match(error.message, new RegExp(`dataset ${name.replace('.', '\\.')} did not load`));
      assert.ok(error.errors.length > 0);
      for (const problem of error.errors) {
        assert.deepEqual(Object.keys(problem), ['file', 'where', 'problem']);
        assert.equal(problem.file, name);
        assert.ok(problem.problem.length > 0);
      }
      return true;
    }, name);
  }
  const brokenErrors = await figcheck.loadDataset(broken, { name: 'broken.json' }).catch((e) => e.errors);
  assert.ok(brokenErrors.length >= 3, `every problem at once: ${JSON.stringify(brokenErrors)}`);
  assert.ok(brokenErrors.some((e) => e.where.startsWith('/facts/0')), JSON.stringify(brokenErrors));

  assert.equal((await figcheck.datasetInfo()).name, 'harbour-town');
  const report = await figcheck.check('Harbour Town has 48,200 residents.', { published: '2025-07-01' });
  assert.equal(report.dataset.name, 'harbour-town');
});

test('loadDatasetFromUrl: HTTP errors, network errors and non-JSON bodies keep the previous dataset', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'figcheck-datasets-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'good.json'), fixture('harbour-town.json').replace('"2025.1"', '"2025.2"'));
  writeFileSync(join(dir, 'invalid.json'), '{"figcheck_dataset": 1, "facts": 3}');
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>Not a dataset</title>');
  const { server, url } = await serveStatic({ root: dir, prefix: '/data/' });
  t.after(() => server.close());

  const failures = [
    ['missing.json', /HTTP 404/],
    ['page.html', /is not a JSON dataset \(text\/html/],
    ['invalid.json', /dataset invalid\.json did not load/],
  ];
  for (const [file, pattern] of failures) {
    await assert.rejects(figcheck.loadDatasetFromUrl(url + file), (error) => {
      assert.equal(error.name, 'FigcheckError');
      assert.match(error.message, pattern);
      return true;
    }, file);
    assert.equal((await figcheck.datasetInfo()).version, '2025.1', `after ${file}`);
  }

  // A port nothing listens on: a network error.
  const { server: closed, url: closedUrl } = await serveStatic({ root: dir });
  await new Promise((done) => closed.close(done));
  await assert.rejects(figcheck.loadDatasetFromUrl(`${closedUrl}good.json`), /could not fetch the dataset/);
  assert.equal((await figcheck.datasetInfo()).version, '2025.1');

  const info = await figcheck.loadDatasetFromUrl(new URL('good.json', url));
  assert.equal(info.version, '2025.2');
});

test('a dataset nested 100,000 levels deep is refused without overflowing the 1 MB wasm stack', async () => {
  const deep = '{"figcheck_dataset":1,"facts":' + '['.repeat(100000) + ']'.repeat(100000) + '}';
  let objects = '';
  for (let i = 0; i < 100000; i++) objects += '{"a":';
  for (const text of [deep, '['.repeat(100000), objects + '1' + '}'.repeat(100000)]) {
    await assert.rejects(figcheck.loadDataset(text, { name: 'deep.json' }), /dataset deep\.json did not load/);
  }
  assert.equal((await figcheck.datasetInfo()).version, '2025.2');
  const report = await figcheck.check('Harbour Town has 48,200 residents.', { published: '2025-07-01' });
  assert.equal(report.dataset.name, 'harbour-town');
});

test('resetDataset brings back the bundled dataset', async () => {
  const info = await figcheck.resetDataset();
  assert.deepEqual(info, bundled);
  assert.deepEqual(await figcheck.datasetInfo(), bundled);
});

test('the site serves figcheck-core.wasm as application/wasm, beside the glue that names it', async (t) => {
  const { server, url } = await serveStatic({ root: siteModule('.'), prefix: '/tools/figcheck/' });
  t.after(() => server.close());
  const response = await fetch(`${url}figcheck-core.wasm`);
  assert.equal(response.status, 200);
  // instantiateStreaming needs this type; with another the glue falls back to a slower path.
  assert.equal(response.headers.get('content-type'), 'application/wasm');
  assert.ok(WebAssembly.validate(new Uint8Array(await response.arrayBuffer())));
  const glue = readFileSync(siteModule('figcheck-core.js'), 'utf8');
  assert.match(glue, /new URL\(['"]figcheck-core\.wasm['"], ?import\.meta\.url\)/);
  assert.doesNotMatch(glue, /base64,[A-Za-z0-9+/]{64}/, 'the wasm is a file, not inlined as base64');
});

test('the site ships no eval, no new Function and no inline script or style', () => {
  for (const file of ['figcheck-core.js', 'figcheck.js', 'app.js']) {
    const source = readFileSync(siteModule(file), 'utf8');
    assert.doesNotMatch(source, /\bnew Function\s*\(|[^.\w]eval\s*\(/, file);
  }
  const html = readFileSync(siteModule('index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'inline <script>');
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'inline style or handler');
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  // Relative URLs only, so the site works under any sub-path.
  assert.doesNotMatch(html, /(?:src|href)="\//, 'root-relative URL');
});

// The wasm module and the native CLI give byte-identical reports for every
// annotated article (tests/articles and ../shared/articles).
//   FIGCHECK_CLI   the native CLI (default build/native/figcheck); must exist
// ../shared is optional: its articles are skipped, with a message, when it is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { cliPath, repoRoot, sharedDir, siteModule, wasmBinary } from './paths.mjs';

const createFigcheckCore = (await import(siteModule('figcheck-core.js'))).default;
const figcheck = await import(siteModule('figcheck.js'));
const core = await createFigcheckCore({ wasmBinary: wasmBinary() });
await figcheck.ready({ wasmBinary: wasmBinary() });

function articlesIn(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const annotation = file.replace(/\.txt$/, '.json');
      assert.ok(existsSync(annotation), `${annotation} is missing: it gives the publication date`);
      const { published } = JSON.parse(readFileSync(annotation, 'utf8'));
      assert.match(published ?? '', /^\d{4}-\d{2}-\d{2}$/, `${annotation}: "published"`);
      return { file, published };
    });
}

test('the native CLI exists', () => {
  assert.ok(existsSync(cliPath),
    `${cliPath} is missing: build it (cmake --build --preset native) or set FIGCHECK_CLI`);
});

const corpora = [
  { name: 'tests/articles', dir: join(repoRoot, 'tests/articles') },
  { name: '../shared/articles', dir: join(sharedDir, 'articles') },
];

for (const { name, dir } of corpora) {
  const present = existsSync(dir);
  test(`wasm and native reports are byte-identical: ${name}`,
    { skip: present ? false : `${dir} is absent` }, async (t) => {
      const articles = articlesIn(dir);
      assert.ok(articles.length > 0, `no articles in ${dir}`);
      for (const { file, published } of articles) {
        await t.test(basename(file), async () => {
          const native = execFileSync(cliPath, ['check', '--published', published, file],
            { maxBuffer: 64 << 20 });
          // The file's bytes as they are, as the CLI reads them.
          const wasm = core.check(readFileSync(file), published);
          assert.ok(Buffer.from(`${wasm}\n`, 'utf8').equals(native),
            `wasm and native reports differ for ${file}:\nnative: ${native.toString().slice(0, 400)}\nwasm:   ${wasm.slice(0, 400)}`);
          // The JS API (which passes the text as a JS string) reads the same report.
          const report = await figcheck.check(readFileSync(file, 'utf8'), { published });
          assert.deepEqual(report, JSON.parse(native.toString('utf8')));
        });
      }
    });
}

// A long text's report (over a thousand findings) reaches JavaScript another way
// than an article's: in pieces gathered in a JavaScript buffer. All the corpus's
// articles in one text, with a character past ASCII in every one of them.
test('a long text: wasm and native reports are byte-identical, and all ASCII', async () => {
  const articles = articlesIn(join(repoRoot, 'tests/articles'));
  const text = articles.map(({ file }) => `${readFileSync(file, 'utf8')}\n\n— Caf\u00e9 \u20ac5 \ud83d\ude00\n\n`)
    .join('');
  const dir = mkdtempSync(join(tmpdir(), 'figcheck-parity-'));
  const file = join(dir, 'long.txt');
  writeFileSync(file, text);
  try {
    const native = execFileSync(cliPath, ['check', '--published', '2026-01-06', file], { maxBuffer: 256 << 20 });
    const wasm = core.check(readFileSync(file), '2026-01-06');
    const findings = JSON.parse(wasm).mentions.length;
    assert.ok(findings > 1000, `only ${findings} findings: the text is not long enough to be written in pieces`);
    assert.ok(Buffer.from(`${wasm}\n`, 'utf8').equals(native), 'wasm and native reports differ for the long text');
    assert.match(wasm, /^[\x00-\x7f]*$/, 'the report has a character past ASCII');
    assert.ok(JSON.parse(wasm).mentions.some((mention) => mention.text === '\u20ac5'), 'the euro amount reads back');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A report larger than the estimate the module sizes its buffer by (words in another
// script, escaped six bytes for two): the buffer grows while the pieces arrive.
// (ReportJsonTest.ClaimsInAnotherScriptOutgrowTheEstimate checks that it is larger.)
// An article's report first, so that no buffer kept from a longer report has room.
test('a long text whose report outgrows its estimate: wasm and native reports are byte-identical', () => {
  const text = 'In Gaza, 12 \u03a0\u03b1\u03bb\u03b1\u03b9\u03c3\u03c4\u03af\u03bd\u03b9\u03bf\u03b9 ' +
    '\u03c0\u03c1\u03cc\u03c3\u03c6\u03c5\u03b3\u03b5\u03c2 were counted. ';
  const dir = mkdtempSync(join(tmpdir(), 'figcheck-parity-'));
  const file = join(dir, 'another-script.txt');
  writeFileSync(file, text.repeat(1200));
  try {
    const native = execFileSync(cliPath, ['check', '--published', '2026-01-06', file], { maxBuffer: 64 << 20 });
    core.check(new TextEncoder().encode(text), '2026-01-06');
    const wasm = core.check(readFileSync(file), '2026-01-06');
    assert.equal(JSON.parse(wasm).mentions.length, 1200);
    assert.ok(Buffer.from(`${wasm}\n`, 'utf8').equals(native), 'wasm and native reports differ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The buffer a long report is gathered in is kept for the next long report: a
// shorter one after a longer one reads only its own bytes, and the longer one
// again is whole.
test('long reports one after another: each is byte-identical to the native one', () => {
  const articles = articlesIn(join(repoRoot, 'tests/articles')).map(({ file }) => readFileSync(file, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'figcheck-parity-'));
  try {
    const texts = [articles.join('\n\n'), articles.slice(0, 60).join('\n\n'), articles.join('\n\n')];
    texts.forEach((text, i) => {
      const file = join(dir, `long-${i}.txt`);
      writeFileSync(file, text);
      const native = execFileSync(cliPath, ['check', '--published', '2026-01-06', file], { maxBuffer: 256 << 20 });
      const wasm = core.check(readFileSync(file), '2026-01-06');
      assert.ok(JSON.parse(wasm).mentions.length > 1000, `text ${i} is not long enough to be gathered in pieces`);
      assert.ok(Buffer.from(`${wasm}\n`, 'utf8').equals(native), `wasm and native reports differ for text ${i}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

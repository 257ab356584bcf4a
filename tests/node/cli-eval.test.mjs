// `figcheck eval` scores the facts the whole check matches against annotations
// that name them (fact_key), beside the extraction table.
//   FIGCHECK_CLI   the native CLI (default build/native/figcheck); must exist
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { cliPath, repoRoot } from './paths.mjs';

const text = [
  'GAZA, 12 January 2026 — The health ministry in Gaza said on Monday that 71,419 Palestinians ' +
    'had been killed since October 2023, and 171,318 wounded.',
  '',
  'Twelve journalists watched from a hill. Channel 12 aired the scene.',
  'The truce between Israel and Hamas took effect on 10 October.',
  '',
].join('\n');

// Offsets are code points; `nth` picks a later occurrence ("12" in "Channel 12").
function mention(spanText, kind, fields = {}, nth = 1) {
  let start = -1;
  for (let i = 0; i < nth; ++i) start = text.indexOf(spanText, start + 1);
  assert.ok(start >= 0, spanText);
  const codePoints = [...text.slice(0, start)].length;
  return { text: spanText, kind, start: codePoints, end: codePoints + [...spanText].length, ...fields };
}

const annotated = [
  mention('12 January 2026', 'date', { date: '2026-01-12' }),
  mention('Monday', 'date', { date: '2026-01-12' }),
  // right: the whole-war toll
  mention('71,419', 'count', { value: 71419, fact_key: 'gaza.deaths.cumulative' }),
  // scope: the since-date is checked as the toll's start, the annotation names the attack
  mention('since October 2023', 'date', { date: '2023-10', qualifier: 'since', fact_key: 'oct7.attack.date' }),
  // unannotated: the check matches the wounded toll, the annotation names no fact
  mention('171,318', 'count', { value: 171318 }),
  // unverified: no words name what twelve journalists would be a figure of
  mention('Twelve', 'count', { value: 12, fact_key: 'hostages.held_in_gaza' }),
  // no span: a channel's name holds no figure
  mention('12', 'count', { value: 12, fact_key: 'hostages.held_in_gaza' }, 2),
  // other: the October 2025 ceasefire, annotated (wrongly, on purpose) as the January one
  mention('10 October', 'date', { date: '2025-10-10', fact_key: 'ceasefire_2025_01.start' }),
];

function withCorpus(mentions, run) {
  const dir = mkdtempSync(join(tmpdir(), 'figcheck-eval-'));
  try {
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ published: '2026-01-12', mentions }));
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const evalJson = (dir, ...extra) => {
  const result = spawnSync(cliPath, ['eval', '--json', ...extra, dir], { encoding: 'utf8' });
  return { ...result, report: result.status === 0 ? JSON.parse(result.stdout) : null };
};

test('eval sorts each annotated fact link by what the check made of it', () => {
  const { status, stderr, report } = withCorpus(annotated, (dir) => evalJson(dir));
  assert.equal(status, 0, stderr);
  assert.deepEqual(report.fact_links.total,
    { linked: 5, right: 1, scope: 1, other: 1, unverified: 1, no_span: 1, unannotated: 1 });
  assert.deepEqual(Object.keys(report.fact_links.kinds), ['number', 'date', 'date_range']);
  assert.equal(report.fact_links.kinds.date.other, 1);
  assert.equal(report.fact_links.right_rate, 1 / 5);
  assert.equal(report.fact_links.files, 1);
  // The extraction table is scored as before: only the channel's "12" is missed.
  assert.equal(report.total.missed, 1);
});

test('eval names every link it did not find right in --verbose', () => {
  const result = withCorpus(annotated, (dir) =>
    spawnSync(cliPath, ['eval', '--verbose', dir], { encoding: 'utf8' }));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /fact +\S+a\.json:\d+-\d+ number "Twelve": hostages\.held_in_gaza annotated, got no fact/);
  assert.match(result.stdout, /"10 October": ceasefire_2025_01\.start annotated, got ceasefire_2025_10\.effective \(\w+\)/);
  assert.match(result.stdout, /"171,318": none annotated, got gaza\.injured\.cumulative/);
  assert.match(result.stdout, /right fact: 1\/5 = 20\.0% of annotated fact links/);
});

test('eval runs no fact-link table where no annotation names a fact', () => {
  const plain = annotated.map(({ fact_key, ...rest }) => rest);
  const { status, stderr, report } = withCorpus(plain, (dir) => evalJson(dir));
  assert.equal(status, 0, stderr);
  assert.equal(report.fact_links, undefined);
});

test('eval stops on a fact_key the dataset does not have, naming the file and the mention', () => {
  const typo = annotated.map((m) => (m.text === '71,419' ? { ...m, fact_key: 'gaza.deaths.cumulativ' } : m));
  const { status, stdout, stderr } = withCorpus(typo, (dir) => evalJson(dir));
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /a\.json: mention \d+\.\.\d+ "71,419": fact_key 'gaza\.deaths\.cumulativ' is no fact of the dataset/);
});

test('eval matches fact links against --dataset, and stops on a dataset that does not load', () => {
  const same = withCorpus(annotated, (dir) => evalJson(dir, '--dataset', join(repoRoot, 'data/gaza.json')));
  assert.equal(same.status, 0, same.stderr);
  assert.equal(same.report.fact_links.total.right, 1);
  const broken = withCorpus(annotated, (dir) => {
    writeFileSync(join(dir, 'facts.dataset'), '{"facts": 3}');
    return evalJson(dir, '--dataset', join(dir, 'facts.dataset'));
  });
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /facts\.dataset/);
});

test('eval --wrap scores the articles hard-wrapped, and they read as written', () => {
  const asWritten = withCorpus(annotated, (dir) => evalJson(dir));
  const wrapped = withCorpus(annotated, (dir) => evalJson(dir, '--wrap', '40'));
  assert.equal(wrapped.status, 0, wrapped.stderr);
  assert.deepEqual(wrapped.report.fact_links, asWritten.report.fact_links);
  assert.deepEqual(wrapped.report.total, asWritten.report.total);
  const tooNarrow = withCorpus(annotated, (dir) => evalJson(dir, '--wrap', '5'));
  assert.equal(tooNarrow.status, 2);
  assert.match(tooNarrow.stderr, /--wrap needs a number of columns, 20 or more/);
});

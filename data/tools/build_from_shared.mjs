#!/usr/bin/env node
// Builds data/gaza.json from the shared reference facts and data/curation.json.
//
//   node data/tools/build_from_shared.mjs ../shared/reference/facts.json [--out data/gaza.json]
//
// The shared file holds the researched figures (value, date, source, URL). The
// curation file holds what figcheck adds: the dataset's topic, match words,
// `stable`, notes in our own words, and point overrides such as `held_until`.
// Evidence quotes and the researchers' notes are deliberately not copied. Output is
// deterministic.
// Node 20, no dependencies.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const QUALIFIERS = new Set(['more_than', 'over', 'at_least', 'nearly', 'almost', 'about', 'around', 'roughly',
  'some', 'up_to', 'fewer_than', 'less_than', 'under', 'at_most']);
// Units that carry a dimension: compared with quantity mentions, not plain counts.
const QUANTITY_UNITS = new Set(['km', 'km2', 'trucks/day', 'people/km2']);
const DURATION_UNITS = new Set(['days', 'weeks', 'months', 'years']);
const CURATION_FACT_KEYS = new Set(['kind', 'stable', 'recurring', 'note', 'match', 'points', 'derived_points']);
const PRECISION_NOTES = {
  publication_date: 'Date of the report, not of the count.',
  approx: 'The as_of date is approximate.',
  month: 'Dated to the month only.',
};

function fail(message) {
  console.error(`build_from_shared: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { facts: null, curation: resolve(dataDir, 'curation.json'), out: resolve(dataDir, 'gaza.json') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = resolve(argv[++i] ?? fail('--out needs a path'));
    else if (argv[i] === '--curation') args.curation = resolve(argv[++i] ?? fail('--curation needs a path'));
    else if (!args.facts) args.facts = resolve(argv[i]);
    else fail(`unexpected argument ${argv[i]}`);
  }
  if (!args.facts) fail('usage: build_from_shared.mjs FACTS_JSON [--curation FILE] [--out FILE]');
  return args;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(`cannot read ${path}: ${error.message}`);
  }
}

function mapKind(fact) {
  switch (fact.kind) {
    case 'date': return 'date';
    case 'duration':
      if (!DURATION_UNITS.has(fact.unit)) fail(`${fact.id}: duration unit '${fact.unit}'`);
      return 'duration';
    case 'ratio':
      if (fact.unit !== 'percent') fail(`${fact.id}: ratio unit '${fact.unit}'`);
      return 'ratio';
    case 'count':
      if (fact.unit === 'USD') return 'money';
      if (QUANTITY_UNITS.has(fact.unit)) return 'quantity';
      return 'count';
    default:
      return fail(`${fact.id}: unknown kind '${fact.kind}'`);
  }
}

// "2024-05-07" at month precision becomes "2024-05": the source only knew the month.
function dateAtPrecision(iso, precision) {
  return precision === 'month' ? iso.slice(0, 7) : iso;
}

function qualifierOf(point, id) {
  const q = point.qualifier;
  if (q === undefined || q === null || q === 'exact') return null;
  if (!QUALIFIERS.has(q)) fail(`${id} ${point.as_of}: unknown qualifier '${q}'`);
  return q;
}

function joinNotes(...notes) {
  return notes.filter((note) => note).join(' ');
}

// A point the research implies but does not state: one shared point less others, as
// "48 held on 9 Oct, less the 20 freed alive and the 4 bodies returned on 13 Oct". The
// value is worked out here from the shared points it names, never typed in, so it
// moves with them; its source names each of them and its URL is the last one's.
function derivedPoint(fact, spec, sharedFacts) {
  const where = `${fact.id}: derived point ${spec.as_of}`;
  const sharedPoint = (ref) => {
    const source = sharedFacts.get(ref.fact) ?? fail(`${where}: no shared fact '${ref.fact}'`);
    const point = source.series.find((p) => p.as_of === ref.as_of && typeof p.value === 'number');
    return point ?? fail(`${where}: ${ref.fact} has no number on ${ref.as_of}`);
  };
  if (!spec.as_of || !spec.from || !Array.isArray(spec.less) || !spec.less.length) {
    fail(`${where}: needs as_of, from and less`);
  }
  const from = sharedPoint(spec.from);
  const less = spec.less.map(sharedPoint);
  const value = less.reduce((sum, point) => sum - point.value, from.value);
  if (value < 0) fail(`${where}: comes to ${value}`);
  const sources = [...new Set([from, ...less].map((point) => point.source))];
  const out = { as_of: spec.as_of, value };
  out.source = `Derived from ${sources.slice(0, -1).join(', ')} and ${sources[sources.length - 1]}`;
  out.url = less[less.length - 1].url;
  out.evidence = '';
  out.note = `Worked out by figcheck: ${from.value} (${from.as_of}) less ${less.map((point) => point.value).join(' and ')}. ${spec.note ?? ''}`.trim();
  return out;
}

// The shared file marks a value by its as_of and value; so do overrides.
function pointKey(asOf, value) {
  return `${asOf}|${value}`;
}

function buildPoint(fact, kind, point, override) {
  const out = { as_of: point.as_of };
  const isDate = kind === 'date' || kind === 'date_range';
  if (isDate) {
    out.date = dateAtPrecision(String(point.value), point.date_precision);
  } else {
    if (typeof point.value !== 'number') fail(`${fact.id} ${point.as_of}: value is not a number`);
    out.value = point.value;
    if (point.value_low != null || point.value_high != null) {
      out.low = point.value_low;
      out.high = point.value_high;
    }
  }
  const qualifier = qualifierOf(point, fact.id);
  if (qualifier) out.qualifier = qualifier;
  if (override?.held_until) out.held_until = override.held_until;
  if (override?.date_end) out.date_end = override.date_end;
  out.source = point.source;
  out.url = point.url;
  out.evidence = '';
  const range = out.low != null ? 'The source gave a range.' : '';
  const note = joinNotes(PRECISION_NOTES[point.date_precision] ?? '', range, override?.note ?? '');
  if (note) out.note = note;
  return out;
}

function buildFact(fact, curation, sharedFacts) {
  if (!curation) fail(`${fact.id}: no entry in curation.json`);
  for (const key of Object.keys(curation)) {
    if (!CURATION_FACT_KEYS.has(key)) fail(`${fact.id}: unknown curation field '${key}'`);
  }
  const kind = curation.kind ?? mapKind(fact);
  if (curation.kind && curation.kind !== mapKind(fact)) fail(`${fact.id}: curated kind disagrees with the unit`);
  const overrides = new Map();
  for (const override of curation.points ?? []) {
    overrides.set(pointKey(override.as_of, override.value ?? override.date), { ...override, used: false });
  }
  const points = fact.series.map((point) => {
    const override = overrides.get(pointKey(point.as_of, point.value));
    if (override) override.used = true;
    return buildPoint(fact, kind, point, override);
  });
  for (const spec of curation.derived_points ?? []) points.push(derivedPoint(fact, spec, sharedFacts));
  for (const [key, override] of overrides) {
    if (!override.used) fail(`${fact.id}: point override ${key} matches no shared point`);
  }
  // Stable sort: same-day points keep the shared file's order.
  points.sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));

  const out = {
    id: fact.id,
    subject: fact.subject,
    metric: fact.metric,
    unit: fact.unit,
    kind,
    cumulative: fact.cumulative === true,
  };
  if (fact.since) out.since = fact.since;
  out.stable = curation.stable === true;
  if (curation.recurring === true) out.recurring = true;
  out.note = curation.note ?? '';
  out.match = curation.match;
  out.points = points;
  return out;
}

// One fact block per fact and one line per point: small, readable diffs.
function serialise(dataset) {
  const lines = ['{'];
  for (const key of ['figcheck_dataset', 'name', 'version', 'date', 'description', 'topic']) {
    if (dataset[key] !== undefined) lines.push(` ${JSON.stringify(key)}: ${JSON.stringify(dataset[key])},`);
  }
  lines.push(' "facts": [');
  dataset.facts.forEach((fact, i) => {
    lines.push('  {');
    const keys = Object.keys(fact);
    keys.forEach((key) => {
      const last = key === keys[keys.length - 1];
      if (key === 'match') {
        lines.push('   "match": {');
        const matchKeys = Object.keys(fact.match);
        matchKeys.forEach((mk, j) => {
          const comma = j === matchKeys.length - 1 ? '' : ',';
          lines.push(`    ${JSON.stringify(mk)}: ${JSON.stringify(fact.match[mk])}${comma}`);
        });
        lines.push(`   }${last ? '' : ','}`);
      } else if (key === 'points') {
        lines.push('   "points": [');
        fact.points.forEach((point, j) => {
          lines.push(`    ${JSON.stringify(point)}${j === fact.points.length - 1 ? '' : ','}`);
        });
        lines.push(`   ]${last ? '' : ','}`);
      } else {
        lines.push(`   ${JSON.stringify(key)}: ${JSON.stringify(fact[key])}${last ? '' : ','}`);
      }
    });
    lines.push(`  }${i === dataset.facts.length - 1 ? '' : ','}`);
  });
  lines.push(' ]');
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const args = parseArgs(process.argv.slice(2));
const shared = readJson(args.facts);
const curation = readJson(args.curation);
if (!Array.isArray(shared.facts)) fail(`${args.facts}: no facts list`);

const sharedById = new Map(shared.facts.map((fact) => [fact.id, fact]));
for (const id of Object.keys(curation.facts ?? {})) {
  if (!sharedById.has(id)) fail(`curation.json: '${id}' is not a shared fact`);
}

// The topic: phrases an article about the dataset names (data/README.md).
if (curation.topic !== undefined &&
    (!Array.isArray(curation.topic) || !curation.topic.every((phrase) => typeof phrase === 'string' && phrase.trim()))) {
  fail('curation.json: topic must be a list of non-empty phrases');
}

const dataset = {
  figcheck_dataset: 1,
  name: curation.name,
  version: curation.version,
  date: curation.date,
  description: curation.description,
  topic: curation.topic,
  facts: shared.facts.map((fact) => buildFact(fact, curation.facts[fact.id], sharedById)),
};
writeFileSync(args.out, serialise(dataset));
const pointCount = dataset.facts.reduce((sum, fact) => sum + fact.points.length, 0);
console.log(`wrote ${args.out}: ${dataset.facts.length} facts, ${pointCount} points`);

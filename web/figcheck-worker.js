// figcheck's checking worker, for the widget (figcheck-widget.js): runs the wasm
// core off the main thread. Loaded as `new Worker(url, { type: 'module' })` from
// the same folder as figcheck.js.
//
// Long texts are checked paragraph by paragraph (a paragraph is a line of the
// plain text): each paragraph's report is cached, keyed on its text, the
// publication date and the dataset version, so an edit re-checks only the
// paragraphs it changed; offsets are shifted into the whole text. Checks that
// read across paragraphs (one count given twice, a duration against its dates)
// then run only within a paragraph, so once typing has paused a while longer a
// full check of the whole text runs at low priority and replaces the report.
//
// Messages in:  { id, type: 'dataset', url }           url null: the bundled dataset
//               { id, type: 'check', text, published, mode }  mode 'auto' | 'full' | 'paragraphs'
// Messages out: { id, ok: true, info } | { id, ok: true, report, stats } | { id, ok: false, error }
//               { type: 'full', id, report, stats }   the low-priority full check of request id

import * as figcheck from './figcheck.js';

/** Texts shorter than this are always checked whole: a full check costs little. */
const PARAGRAPH_MODE_CHARS = 4000;
/** Idle time after a paragraph-mode check before the full check runs. */
const FULL_CHECK_DELAY_MS = 1500;

let datasetVersion = null;
let cache = new Map();
let latestId = 0;
let fullTimer = null;

function key(text, published) {
  return `${datasetVersion}\u0000${published}\u0000${text}`;
}

function emptySummary() {
  return { mentions: 0, checked: 0, supported: 0, contradicted: 0, outdated: 0, unverified: 0 };
}

function summarise(mentions) {
  const summary = emptySummary();
  for (const mention of mentions) {
    summary.mentions += 1;
    if (mention.verdict in summary) summary[mention.verdict] += 1;
    if (mention.verdict !== 'unverified') summary.checked += 1;
  }
  return summary;
}

async function ensureVersion() {
  if (datasetVersion === null) {
    const info = await figcheck.datasetInfo();
    datasetVersion = `${info.name}@${info.version}@${info.facts}`;
  }
}

/** Lines of `text` with their offsets. */
function paragraphs(text) {
  const result = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    result.push({ start, text: text.slice(start, end) });
    start = end + 1;
  }
  return result;
}

async function checkByParagraph(text, published) {
  const next = new Map();
  const mentions = [];
  let rechecked = 0;
  let head = null;
  for (const paragraph of paragraphs(text)) {
    if (!paragraph.text.trim()) continue;
    const k = key(paragraph.text, published);
    let report = next.get(k) || cache.get(k);
    if (!report) {
      report = await figcheck.check(paragraph.text, { published });
      rechecked += 1;
    }
    next.set(k, report);
    head = head || report;
    for (const mention of report.mentions) {
      mentions.push({ ...mention, start: mention.start + paragraph.start, end: mention.end + paragraph.start });
    }
  }
  cache = next;
  if (!head) head = await figcheck.check('', { published });
  return {
    report: { figcheck: head.figcheck, published: head.published, dataset: head.dataset, mentions,
      summary: summarise(mentions) },
    stats: { mode: 'paragraphs', paragraphs: next.size, rechecked },
  };
}

async function handle(message) {
  if (message.type === 'dataset') {
    const info = message.url ? await figcheck.loadDatasetFromUrl(message.url) : await figcheck.resetDataset();
    datasetVersion = `${info.name}@${info.version}@${info.facts}`;
    cache = new Map();
    return { info };
  }
  if (message.type === 'check') {
    await ensureVersion();
    const { text, published } = message;
    const started = performance.now();
    const byParagraph = message.mode === 'paragraphs'
      || (message.mode !== 'full' && text.length >= PARAGRAPH_MODE_CHARS);
    let result;
    if (byParagraph) {
      result = await checkByParagraph(text, published);
      scheduleFull(message);
    } else {
      result = { report: await figcheck.check(text, { published }), stats: { mode: 'full' } };
    }
    result.stats.ms = performance.now() - started;
    return result;
  }
  throw new Error(`figcheck worker: unknown message type ${message.type}`);
}

function scheduleFull(message) {
  clearTimeout(fullTimer);
  fullTimer = setTimeout(async () => {
    if (message.id !== latestId) return;
    try {
      const started = performance.now();
      const report = await figcheck.check(message.text, { published: message.published });
      if (message.id !== latestId) return;
      postMessage({ type: 'full', id: message.id, report,
        stats: { mode: 'full', ms: performance.now() - started } });
    } catch {
      // The paragraph report stands.
    }
  }, FULL_CHECK_DELAY_MS);
}

// Messages are handled one at a time, in order.
let queue = Promise.resolve();
self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'check') {
    latestId = message.id;
    clearTimeout(fullTimer);
  }
  queue = queue.then(async () => {
    // A check superseded while it waited is answered without running.
    if (message.type === 'check' && message.id !== latestId) {
      postMessage({ id: message.id, ok: false, superseded: true, error: 'superseded' });
      return;
    }
    try {
      postMessage({ id: message.id, ok: true, ...(await handle(message)) });
    } catch (error) {
      postMessage({ id: message.id, ok: false, error: String(error && error.message || error),
        errors: error && error.errors || [] });
    }
  });
});

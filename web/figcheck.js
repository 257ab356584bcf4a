// figcheck's JavaScript API: checks the figures and dates of a text in the browser
// (or Node 20+) with the wasm core. Types and docs: figcheck.d.ts.
//
// Every function is async, returns plain objects and reports a failure by
// throwing a FigcheckError. The wasm module is loaded once, on first use.

import createFigcheckCore from './figcheck-core.js';

/** A failure of figcheck's API; `errors` lists dataset problems, when there are any. */
export class FigcheckError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.name = 'FigcheckError';
    this.errors = errors;
  }
}

let corePromise = null;

// The module's code is figcheck-core.wasm, next to figcheck-core.js: in a browser the
// glue fetches and compiles it as it downloads. Where fetch cannot read it (Node
// 20, a file path), ready({ wasmBinary }) hands over its bytes instead.
function core(wasmBinary) {
  if (!corePromise) {
    const settings = wasmBinary ? { wasmBinary } : {};
    corePromise = createFigcheckCore(settings).catch((cause) => {
      corePromise = null;  // a later call may try again
      const hint = wasmBinary ? '' : ' (where figcheck-core.wasm cannot be fetched, pass its bytes: ready({ wasmBinary }))';
      throw new FigcheckError(`figcheck: the wasm module did not load: ${cause}${hint}`);
    });
  }
  return corePromise;
}

/**
 * Loads the wasm module now rather than on the first check. `wasmBinary` (the bytes
 * of figcheck-core.wasm) is for hosts that cannot fetch it, such as Node.
 */
export async function ready({ wasmBinary } = {}) {
  await core(wasmBinary);
}

const encoder = new TextEncoder();

// UTF-8 bytes for the core. TextEncoder turns each lone surrogate into U+FFFD, one
// UTF-16 unit for one, so the report's offsets still index the caller's string.
// (Emscripten 3.1.6's own string conversion would swallow the unit after a lone
// surrogate.)
function utf8(text) {
  return encoder.encode(text);
}

function parse(json) {
  return JSON.parse(json);
}

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Checks every figure and date of `text` as published on `published`
 * ('YYYY-MM-DD', today by default) against the active dataset.
 */
export async function check(text, { published = today() } = {}) {
  if (typeof text !== 'string') throw new FigcheckError('figcheck: check() needs the text as a string');
  if (typeof published !== 'string') {
    throw new FigcheckError('figcheck: the publication date must be a string written YYYY-MM-DD');
  }
  const module = await core();
  const result = parse(module.check(utf8(text), published));
  if (result.error) throw new FigcheckError(`figcheck: ${result.error}`);
  return result;
}

function datasetFailure(name, errors) {
  const lines = errors.map((e) => [e.where, e.problem].filter(Boolean).join(': '));
  const shown = lines.slice(0, 5).join('; ');
  const more = lines.length > 5 ? ` (and ${lines.length - 5} more)` : '';
  return new FigcheckError(`figcheck: the dataset ${name} did not load: ${shown}${more}`, errors);
}

/**
 * Parses and validates a dataset (figcheck's JSON format) and makes it the active
 * one. On failure throws a FigcheckError whose `errors` lists every problem; the
 * previous dataset stays active.
 */
export async function loadDataset(jsonText, { name = 'dataset.json' } = {}) {
  if (typeof jsonText !== 'string') {
    throw new FigcheckError('figcheck: loadDataset() needs the dataset as JSON text');
  }
  const module = await core();
  const result = parse(module.loadDataset(utf8(jsonText), String(name)));
  if (!result.ok) throw datasetFailure(name, result.errors);
  delete result.ok;
  return result;
}

/** How long loadDatasetFromUrl waits for a dataset (headers and body) by default. */
export const DATASET_TIMEOUT_MS = 15000;

/**
 * Fetches a dataset and loads it like loadDataset. A network failure, an HTTP
 * error, no complete answer within `timeoutMs` (default 15 s; 0 waits for ever),
 * an abort through `signal` or a body that is not a dataset throws a
 * FigcheckError; the previous dataset stays active.
 */
export async function loadDatasetFromUrl(url, {
  fetch: fetchImpl = globalThis.fetch, timeoutMs = DATASET_TIMEOUT_MS, signal,
} = {}) {
  const href = String(url);
  // Only web URLs: a javascript:, data: or file: URL is refused before any fetch (under a strict CSP
  // fetching it would only be blocked, with a violation report and a vague network error).
  let protocol = null;
  try {
    protocol = new URL(href, globalThis.location?.href).protocol;
  } catch {
    // Not a URL here (a relative URL in Node): fetch() says what is wrong with it.
  }
  if (protocol && !['http:', 'https:', 'blob:'].includes(protocol)) {
    throw new FigcheckError(`figcheck: could not fetch the dataset ${href}: only http:, https: and blob: URLs are fetched`);
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = timeoutMs > 0 && Number.isFinite(timeoutMs)
    ? setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs) : null;
  const stop = () => controller.abort();
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  const failure = (cause) => {
    if (timedOut) {
      const seconds = Math.round(timeoutMs / 100) / 10;
      return new FigcheckError(`figcheck: the dataset ${href} did not arrive within ${seconds} s (timed out)`);
    }
    if (signal?.aborted) return new FigcheckError(`figcheck: loading the dataset ${href} was cancelled`);
    return new FigcheckError(`figcheck: could not fetch the dataset ${href}: ${cause?.message || cause}`);
  };
  let response;
  let text;
  try {
    try {
      response = await fetchImpl(href, { signal: controller.signal });
    } catch (cause) {
      throw failure(cause);
    }
    if (!response.ok) {
      throw new FigcheckError(
        `figcheck: could not fetch the dataset ${href}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    try {
      text = await response.text();
    } catch (cause) {
      throw failure(cause);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
  const start = text.trimStart()[0];
  if (start !== '{') {
    const type = response.headers.get('content-type') || 'no content type';
    throw new FigcheckError(`figcheck: ${href} is not a JSON dataset (${type})`);
  }
  const name = href.split(/[?#]/)[0].split('/').filter(Boolean).pop() || href;
  return loadDataset(text, { name });
}

/** Makes the bundled dataset active again. Returns its info. */
export async function resetDataset() {
  const module = await core();
  return parse(module.resetDataset());
}

/** Name, version, date and fact count of the active dataset. */
export async function datasetInfo() {
  const module = await core();
  return parse(module.datasetInfo());
}

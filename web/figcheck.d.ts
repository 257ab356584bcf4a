// figcheck's JavaScript API (figcheck.js). Every function is async, returns plain
// objects and throws a FigcheckError on failure. The wasm module
// (figcheck-core.js and figcheck-core.wasm, next to figcheck.js) loads once, on first use.
//
//   import { check } from './figcheck.js';
//   const report = await check(articleText, { published: '2026-01-06' });
//   for (const m of report.mentions) console.log(articleText.slice(m.start, m.end), m.verdict);

/** A verdict for one figure or date. */
export type Verdict =
  | 'supported'     // the reference agrees at the figure's stated precision
  | 'contradicted'  // the reference, or the article itself, disagrees
  | 'outdated'      // matches an older point; by publication it had moved on
  | 'unverified';   // no fact matches, or the words do not decide between facts

export type MentionKind =
  | 'number' | 'ordinal' | 'percent' | 'money' | 'quantity' | 'date' | 'date_range' | 'duration';

/** How a text hedges or bounds a figure, in snake case ("more_than", "about", "since", ...). */
export type Qualifier = string;

/** A date at its stated granularity: "2024", "2024-05" or "2024-05-07". */
export type IsoDate = string;

/** The reference a mention was compared with. */
export interface Expected {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | null;
  date: IsoDate | null;
  date_end: IsoDate | null;
  /** The day the reference figure refers to. */
  as_of: IsoDate;
  /** The source's name. */
  source: string;
  /** The source's URL; may be empty. Not sanitised: check the scheme before linking. */
  url: string;
}

/** One figure or date of the text, with its verdict. */
export interface Mention {
  kind: MentionKind;
  /** The exact text of the span, qualifier included: `text.slice(start, end)`. */
  text: string;
  /** Span in UTF-16 code units of the checked string, end exclusive. */
  start: number;
  end: number;
  /** The figure; vague amounts ("hundreds") and ranges have low/high instead. */
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | null;
  /** "km", "USD", "days", ...; null for a plain number. */
  unit: string | null;
  date: IsoDate | null;
  date_end: IsoDate | null;
  verdict: Verdict;
  /** The id of the matched fact, or null. */
  fact: string | null;
  /** The reference point that decided, when a fact matched. */
  expected: Expected | null;
  /** One or two sentences a reader can follow. */
  explanation: string;
  /** What the figure counts, read from the words around it. */
  claim: { metric: string; subject: string; scope: string };
  /** Every reference point the comparison used (the two that bracket the
   *  publication date of a running total, or the one that decided). */
  references?: Expected[];
  /** Competing fact ids when the words did not decide. */
  candidates?: string[];
  /** The text can be read more than one way; never checked. */
  ambiguous?: boolean;
  /** Why the mention is ambiguous, or how a relative date was resolved. */
  note?: string;
}

export interface Summary {
  mentions: number;
  /** Mentions with a verdict other than unverified. */
  checked: number;
  supported: number;
  contradicted: number;
  outdated: number;
  unverified: number;
}

/** The report of one check ("figcheck": 1 is the format version). */
export interface Report {
  figcheck: 1;
  published: IsoDate;
  dataset: { name: string; version: string };
  /** In text order, never overlapping. */
  mentions: Mention[];
  summary: Summary;
}

export interface DatasetInfo {
  name: string;
  version: string;
  /** The dataset's own date, when it states one. */
  date: IsoDate | null;
  /** Number of facts. */
  facts: number;
  /** True for the dataset compiled into the module. */
  bundled: boolean;
}

/** One problem that kept a dataset from loading. */
export interface DatasetProblem {
  /** The name given to loadDataset, or the URL's last segment. */
  file: string;
  /** A JSON pointer ("/facts/3/points/0/as_of"), or "" for the whole file. */
  where: string;
  problem: string;
}

/** Thrown by every function on failure. */
export class FigcheckError extends Error {
  name: 'FigcheckError';
  /** Every problem of a dataset that did not load; empty for other failures. */
  errors: DatasetProblem[];
}

/**
 * Loads the wasm module now rather than on the first call. In a browser the module
 * fetches figcheck-core.wasm from beside figcheck-core.js. Where fetch cannot read
 * it (Node 20: `fs.readFileSync(new URL('figcheck-core.wasm', import.meta.url))`),
 * pass its bytes as `wasmBinary` before any other call.
 */
export function ready(options?: { wasmBinary?: ArrayBuffer | Uint8Array }): Promise<void>;

/**
 * Checks every figure and date of `text` as published on `published`
 * ('YYYY-MM-DD', today in local time by default) against the active dataset.
 * Relative dates ("on Tuesday", "October 10") resolve against `published`.
 * Lone surrogates in `text` are read as U+FFFD; offsets still index `text`.
 * @throws FigcheckError when `published` is not a real day written YYYY-MM-DD, or
 *   when the text is over the core's limits (8 MiB of UTF-8).
 */
export function check(text: string, options?: { published?: string }): Promise<Report>;

/**
 * Parses and validates a dataset and makes it the active one.
 * `name` labels the dataset in error messages (default "dataset.json").
 * @throws FigcheckError with every problem in `errors`; the previous dataset stays active.
 */
export function loadDataset(jsonText: string, options?: { name?: string }): Promise<DatasetInfo>;

/** How long loadDatasetFromUrl waits for a dataset by default: 15,000 ms. */
export const DATASET_TIMEOUT_MS: number;

/**
 * Fetches a dataset (relative URLs resolve against the page) and loads it.
 * `timeoutMs` (default DATASET_TIMEOUT_MS; 0 waits for ever) bounds the whole
 * download; `signal` cancels it.
 * @throws FigcheckError on a network failure, an HTTP error, a time-out, a
 *   cancellation, a body that is not JSON, or an invalid dataset; the previous
 *   dataset stays active.
 */
export function loadDatasetFromUrl(
  url: string | URL,
  options?: { fetch?: typeof fetch; timeoutMs?: number; signal?: AbortSignal }): Promise<DatasetInfo>;

/** Makes the bundled dataset active again. */
export function resetDataset(): Promise<DatasetInfo>;

/** The active dataset. */
export function datasetInfo(): Promise<DatasetInfo>;

// The benchmark texts: a ~2 KB article, a ~10 KB one (wire copy, a sitrep, a live
// blog, an explainer and general news) and a 1 MiB text made at run time from
// their paragraphs, in an order drawn by a seeded generator, so every run and
// every language measures the same bytes.
//
// `node bench/texts/texts.mjs DIR` writes all three to DIR (for the native bench
// and for profiling with the CLI).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The day every benchmark text is checked as published on. */
export const PUBLISHED = '2026-01-18';

const MIB = 1024 * 1024;

// mulberry32: a small seeded generator, the same sequence on every machine.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs of the committed articles drawn in a seeded order until the text reaches 1 MiB. */
export function megabyteText(small, medium) {
  const paragraphs = `${small}\n\n${medium}`.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const next = generator(20231007);
  const parts = [];
  let bytes = 0;
  while (bytes < MIB) {
    const paragraph = paragraphs[Math.floor(next() * paragraphs.length)];
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The 1 MB text cut at paragraph breaks into pieces of at least `size` bytes: articles
 * of the 2 KB article's size that each differ from the one before. Checking one article
 * again and again lets the processor learn its branches (the 2 KB article repeated
 * checks about twice as fast as these pieces), so the pieces measure a check of an
 * article not seen before. Written to a file as the pieces joined by form feeds.
 */
export function piecesOf(text, size = 2048) {
  const pieces = [];
  for (let at = 0; at < text.length;) {
    const cut = text.indexOf('\n\n', at + size);
    const end = cut < 0 ? text.length : cut;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

/** The file piecesOf's pieces are written to, beside the texts. */
export const PIECES_FILE = 'article-2kb-pieces.txt';

/** [{ name, file, text, bytes }] for the 2 KB, 10 KB and 1 MB texts, in that order. */
export function loadTexts() {
  const small = readFileSync(join(here, 'article-2kb.txt'), 'utf8');
  const medium = readFileSync(join(here, 'article-10kb.txt'), 'utf8');
  const large = megabyteText(small, medium);
  return [
    { name: '2 KB', file: 'article-2kb.txt', text: small },
    { name: '10 KB', file: 'article-10kb.txt', text: medium },
    { name: '1 MB', file: 'article-1mb.txt', text: large },
  ].map((t) => ({ ...t, bytes: Buffer.byteLength(t.text) }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'build/bench/texts';
  mkdirSync(dir, { recursive: true });
  for (const { file, text, bytes } of loadTexts()) {
    writeFileSync(join(dir, file), text);
    console.log(`${join(dir, file)}: ${bytes} bytes`);
  }
  const pieces = piecesOf(loadTexts()[2].text);
  writeFileSync(join(dir, PIECES_FILE), pieces.join('\f'));
  console.log(`${join(dir, PIECES_FILE)}: ${pieces.length} pieces of the 1 MB text`);
}

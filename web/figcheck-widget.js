// figcheck in a CMS editor: live highlights over a <textarea> or a contenteditable
// element (CKEditor, TinyMCE's inline mode, a plain contenteditable) that never
// touch the editor's content, selection, undo history or saved HTML.
//
//   <script type="module" src=".../figcheck-widget.js"></script>
//   <figcheck-widget for="body" published="2026-01-06" dataset="facts.json"></figcheck-widget>
//   <figcheck-widget mode="panel"></figcheck-widget>       paste-and-check side panel
//
//   import { attach } from '.../figcheck-widget.js';     or window.figcheck.attach
//   const handle = attach(element, { published: '2026-01-06' });
//   handle.report; await handle.check(); handle.detach();
//
// Highlights: the CSS Custom Highlight API for contenteditable elements (ranges are
// styled by ::highlight() rules in widget-highlights.css, a same-origin stylesheet
// linked into the document), and an absolutely positioned overlay for textareas
// (a hidden mirror of the textarea measures where each figure is). Glyph badges
// and the current-finding ring are drawn in that overlay too: verdicts are told by
// colour, underline style and glyph together. Checking runs in a module worker
// (figcheck-worker.js) after typing pauses; long texts re-check only the
// paragraphs that changed. After every check a `figcheck:report` event (bubbles,
// composed; detail: the report) is dispatched on the widget element, or on the
// attached element when there is none.

import {
  VERDICTS, verdictOf, describeFigure, readableDate, safeHttpUrl, plural, summaryText,
  reportToCsv, reportToMarkdown, localToday,
} from './figcheck-format.js';

const BASE = new URL('.', import.meta.url);
const asset = (name) => new URL(name, BASE).href;

export const DEBOUNCE_MS = 300;
const HIGHLIGHT_PREFIX = 'figcheck-';
const STORE_KEY = 'figcheck:dismissals:v1';
const STORE_LIMIT = 2000;
const LIST_WINDOW = 100;

const hasHighlightApi = () => typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';

// ---- small helpers --------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node && !key.startsWith('aria') && key !== 'role') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child != null));
  return node;
}

/** Sets positioning styles through the CSSOM (allowed under style-src 'self'), !important
 *  so a hostile host stylesheet cannot unset them. */
function pin(node, styles) {
  for (const [name, value] of Object.entries(styles)) node.style.setProperty(name, value, 'important');
}

function stylesheetLink(href) {
  return el('link', { rel: 'stylesheet', href });
}

/** Links widget-highlights.css into the document once (::highlight rules must be there). */
function ensureDocumentStyles() {
  const href = asset('widget-highlights.css');
  if (document.querySelector(`link[data-figcheck-highlights]`)) return;
  const link = stylesheetLink(href);
  link.dataset.figcheckHighlights = '';
  document.head.append(link);
}

/** FNV-1a, 32 bits, base 36: dismissals store hashes, not the words. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

// ---- the text of an editor, and back to the DOM -------------------------------------

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'SVG', 'IMG']);

/**
 * The plain text of a contenteditable element: text nodes in order, a "\n" between
 * blocks and for each <br>. `segments` maps each text node to its offset in `text`
 * (UTF-16 units), so report offsets can be turned into DOM Ranges.
 */
export function extractText(root) {
  const parts = [];
  const segments = [];
  let length = 0;
  let atLineStart = true;
  let pendingBreak = false;
  const newline = () => {
    parts.push('\n');
    length += 1;
    atLineStart = true;
    pendingBreak = false;
  };
  const block = () => {
    if (!atLineStart) pendingBreak = true;
  };
  const walk = (node, pre) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        let data = child.data;
        if (!data.length) continue;
        if (pendingBreak) newline();
        // Source line breaks and tabs are spaces on screen; same length, so offsets hold.
        if (!pre) data = data.replace(/[\n\r\t]/g, ' ');
        segments.push({ node: child, start: length });
        parts.push(data);
        length += data.length;
        atLineStart = false;
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (tag === 'BR') {
          if (pendingBreak) newline();
          newline();
          continue;
        }
        if (SKIPPED.has(tag)) continue;
        const isBlock = BLOCKS.has(tag);
        if (isBlock) block();
        walk(child, pre || tag === 'PRE');
        if (isBlock) block();
      }
    }
  };
  walk(root, false);
  return { text: parts.join(''), segments };
}

function findSegment(segments, offset, isEnd) {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = segments[mid].start;
    if (isEnd ? start < offset : start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found < 0 ? segments[0] : segments[found];
}

/** A DOM Range over [start, end) of the text extractText() built. */
export function rangeFor(extracted, start, end) {
  const { segments } = extracted;
  if (!segments.length) return null;
  const a = findSegment(segments, start, false);
  const b = findSegment(segments, end, true);
  if (!a.node.isConnected || !b.node.isConnected) return null;
  const range = document.createRange();
  range.setStart(a.node, Math.min(Math.max(start - a.start, 0), a.node.length));
  range.setEnd(b.node, Math.min(Math.max(end - b.start, 0), b.node.length));
  return range;
}

function offsetOfPoint(extracted, node, offset) {
  if (!extracted || !node) return -1;
  for (const segment of extracted.segments) {
    if (segment.node === node) return segment.start + offset;
  }
  return -1;
}

// ---- dismissals ------------------------------------------------------------------

/** Dismissals in localStorage: hashes of the article key and the claim, the fact,
 *  the dataset version and the verdict dismissed. No article text. */
export const dismissals = {
  load() {
    try {
      const list = JSON.parse(localStorage.getItem(STORE_KEY) || '[]');
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  },
  save(list) {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(list.slice(-STORE_LIMIT)));
    } catch {
      // Private mode or full storage: the dismissal lasts for this page only.
    }
  },
};

function claimKey(mention) {
  return hash(`${mention.text}\u0000${mention.fact || ''}`);
}

// ---- checking, in a worker --------------------------------------------------------

class Checker {
  constructor({ dataset, onFull }) {
    this.nextId = 1;
    this.pending = new Map();
    this.onFull = onFull;
    this.fallback = null;
    try {
      this.worker = new Worker(asset('figcheck-worker.js'), { type: 'module', name: 'figcheck' });
      this.worker.addEventListener('message', (event) => this.receive(event.data));
      this.worker.addEventListener('error', (event) => {
        event.preventDefault?.();
        this.useMainThread(event.message || 'the worker failed');
      });
    } catch {
      this.useMainThread('workers are not available');
    }
    this.datasetReady = this.call({ type: 'dataset', url: dataset ? new URL(dataset, document.baseURI).href : null });
  }

  useMainThread() {
    if (this.fallback) return;
    this.worker?.terminate();
    this.worker = null;
    this.fallback = import('./figcheck.js');
    for (const [, { message, resolve, reject }] of this.pending) this.runHere(message).then(resolve, reject);
    this.pending.clear();
  }

  async runHere(message) {
    const figcheck = await this.fallback;
    if (message.type === 'dataset') {
      return { info: message.url ? await figcheck.loadDatasetFromUrl(message.url) : await figcheck.resetDataset() };
    }
    const started = performance.now();
    const report = await figcheck.check(message.text, { published: message.published });
    return { report, stats: { mode: 'main-thread', ms: performance.now() - started } };
  }

  call(message) {
    const id = this.nextId++;
    const full = { ...message, id };
    if (!this.worker) return this.runHere(full);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { message: full, resolve, reject });
      this.worker.postMessage(full);
    });
  }

  receive(data) {
    if (data.type === 'full') {
      this.onFull?.(data);
      return;
    }
    const waiting = this.pending.get(data.id);
    if (!waiting) return;
    this.pending.delete(data.id);
    if (data.ok) {
      waiting.resolve(data);
    } else {
      const error = new Error(data.error);
      error.superseded = Boolean(data.superseded);
      error.errors = data.errors || [];
      waiting.reject(error);
    }
  }

  async check(text, published) {
    await this.datasetReady.catch(() => {});
    return this.call({ type: 'check', text, published, mode: 'auto' });
  }

  terminate() {
    this.worker?.terminate();
    for (const [, { reject }] of this.pending) {
      const error = new Error('detached');
      error.superseded = true;
      reject(error);
    }
    this.pending.clear();
  }
}

// ---- the overlay: glyph badges, the current ring, and boxes where ranges can't be styled

class Overlay {
  constructor() {
    this.host = document.createElement('div');
    this.host.setAttribute('data-figcheck-overlay', '');
    this.host.setAttribute('aria-hidden', 'true');
    pin(this.host, {
      display: 'block', margin: '0px', padding: '0px', border: '0px none', transform: 'none', position: 'absolute', left: '0px', top: '0px', width: '0px',
      height: '0px', overflow: 'visible', 'pointer-events': 'none', 'z-index': '2147483000',
    });
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.root = el('div', { class: 'fc-overlay-root' });
    this.clip = el('div', { class: 'fc-clip' });
    this.layer = el('div', { class: 'fc-layer' });
    this.clip.append(this.layer);
    this.root.append(this.clip);
    shadow.append(stylesheetLink(asset('widget.css')), this.root);
    document.body.append(this.host);
  }

  /** Places the clip box over `rect` (client coordinates). */
  place(rect) {
    const origin = this.root.getBoundingClientRect();
    pin(this.clip, {
      left: `${rect.left - origin.left}px`, top: `${rect.top - origin.top}px`,
      width: `${Math.max(0, rect.width)}px`, height: `${Math.max(0, rect.height)}px`,
    });
  }

  scrollTo(x, y) {
    pin(this.layer, { transform: `translate(${-x}px, ${-y}px)` });
  }

  /** items: { rects: [{left, top, width, height}] in layer coordinates, verdict, current, boxes } */
  draw(items) {
    const fragment = document.createDocumentFragment();
    for (const item of items) {
      const { rects } = item;
      if (!rects.length) continue;
      if (item.boxes) {
        for (const r of rects) {
          const box = el('div', { class: `fc-box fc-v-${item.verdict}` });
          pin(box, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
          fragment.append(box);
        }
      }
      if (item.current) {
        for (const r of rects) {
          const ring = el('div', { class: 'fc-ring' });
          pin(ring, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
          fragment.append(ring);
        }
      }
      const last = rects[rects.length - 1];
      const badge = el('div', { class: `fc-badge fc-v-${item.verdict}`, text: VERDICTS[item.verdict].glyph });
      pin(badge, { left: `${last.left + last.width}px`, top: `${last.top}px` });
      fragment.append(badge);
    }
    this.layer.replaceChildren(fragment);
  }

  remove() {
    this.host.remove();
  }
}

const MIRRORED = ['direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight',
  'font-stretch', 'font-feature-settings', 'font-kerning', 'line-height', 'letter-spacing', 'word-spacing',
  'text-align', 'text-indent', 'text-transform', 'tab-size', 'white-space', 'word-break', 'overflow-wrap',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'text-rendering'];

// ---- one attached editor ----------------------------------------------------------

class Attachment {
  constructor(element, options = {}) {
    if (!(element instanceof HTMLElement)) throw new TypeError('figcheck.attach: needs an element');
    this.element = element;
    this.isTextarea = element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
    this.options = options;
    this.widget = options.widget || null;
    this.published = options.published || localToday();
    this.article = options.article || `${location.origin}${location.pathname}#${element.id || element.name || ''}`;
    this.useHighlights = !this.isTextarea && options.highlighter !== 'overlay' && hasHighlightApi();
    this.report = null;
    this.findings = [];      // visible mentions: { mention, index, range }
    this.dismissedFindings = [];
    this.current = -1;
    this.timings = { debounceMs: options.debounceMs ?? DEBOUNCE_MS, checks: 0 };
    this.listeners = new Set();
    this.seq = 0;
    this.changedAt = 0;
    this.lastChecked = null;
    this.error = null;
    this.status = 'loading';

    if (this.useHighlights) ensureDocumentStyles();
    this.overlay = new Overlay();
    if (this.isTextarea) {
      this.mirror = el('div', { class: 'fc-mirror' });
      this.overlay.root.append(this.mirror);
    }
    this.checker = new Checker({
      dataset: options.dataset,
      onFull: (data) => this.receiveFull(data),
    });
    this.checker.datasetReady.then(
      ({ info }) => { this.dataset = info; this.emitUpdate(); },
      (error) => { this.datasetError = error.message; this.setError(error.message); },
    );

    this.onInput = () => this.changed();
    this.onKeydown = (event) => this.keydown(event);
    this.onPointer = () => setTimeout(() => this.selectAtCaret(), 0);
    this.onScroll = () => this.scheduleLayout();
    element.addEventListener('input', this.onInput);
    element.addEventListener('keydown', this.onKeydown, true);
    element.addEventListener('click', this.onPointer);
    element.addEventListener('keyup', this.onPointer);
    document.addEventListener('scroll', this.onScroll, true);
    window.addEventListener('resize', this.onScroll);
    this.resizeObserver = new ResizeObserver(() => {
      this.measured = null;
      this.scheduleLayout();
    });
    this.resizeObserver.observe(element);
    if (!this.isTextarea) {
      this.mutationObserver = new MutationObserver(() => this.changed());
      this.mutationObserver.observe(element, { characterData: true, childList: true, subtree: true });
    }
    this.check();
  }

  // -- state out --

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitUpdate(kind = 'update') {
    for (const listener of this.listeners) listener(kind, this);
  }

  setError(message) {
    this.error = message;
    this.status = 'error';
    this.emitUpdate();
  }

  // -- reading the editor --

  read() {
    if (this.isTextarea) return { text: this.element.value, segments: null };
    return extractText(this.element);
  }

  changed() {
    this.changedAt = performance.now();
    this.adjustForEdit();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), this.timings.debounceMs);
  }

  fire() {
    this.timings.firedAt = performance.now();
    this.check({ fromDebounce: true });
  }

  /** Checks now; resolves to the report (or the current one when superseded). */
  async check({ fromDebounce = false } = {}) {
    clearTimeout(this.timer);
    const started = performance.now();
    if (!fromDebounce) this.timings.firedAt = started;
    const snapshot = this.read();
    this.timings.readMs = performance.now() - started;
    snapshot.published = this.published;
    snapshot.takenAt = started;
    const seq = ++this.seq;
    // Same text, date and dataset: no need to ask the worker, only to re-map.
    if (this.lastChecked && this.report && this.lastChecked.text === snapshot.text
        && this.lastChecked.published === snapshot.published) {
      this.apply(this.report, snapshot, { mode: 'unchanged', ms: 0 });
      return this.report;
    }
    this.status = 'checking';
    this.emitUpdate('status');
    try {
      const { report, stats } = await this.checker.check(snapshot.text, snapshot.published);
      this.timings.workerMs = stats.ms;
      this.timings.mode = stats.mode;
      this.timings.rechecked = stats.rechecked;
      this.timings.paragraphs = stats.paragraphs;
      if (seq !== this.seq || this.changedAt > started) return this.report;  // stale: a newer check follows
      this.apply(report, snapshot, stats);
      return report;
    } catch (error) {
      if (error.superseded) return this.report;
      this.setError(error.message);
      throw error;
    }
  }

  receiveFull(data) {
    const snapshot = this.lastChecked;
    if (!snapshot || this.changedAt > snapshot.takenAt) return;
    this.timings.fullMs = data.stats.ms;
    const started = performance.now();
    const firedAt = this.timings.firedAt;
    this.apply(data.report, snapshot, data.stats);
    this.timings.firedAt = firedAt;
    this.timings.fullApplyMs = performance.now() - started;
  }

  apply(report, snapshot, stats) {
    const t0 = performance.now();
    this.report = report;
    this.lastChecked = snapshot;
    this.shownText = snapshot.text;
    this.editFrom = null;
    this.error = null;
    this.status = 'ready';
    this.buildFindings();
    this.measured = null;
    this.paint();
    this.layout();
    const t1 = performance.now();
    this.timings.checks += 1;
    this.timings.renderMs = t1 - t0;
    this.timings.fireToUpdateMs = t1 - this.timings.firedAt;
    this.timings.lastMode = stats.mode;
    this.emitUpdate('report');
    this.timings.panelMs = performance.now() - t1;
    const target = this.widget || this.element;
    target.dispatchEvent(new CustomEvent('figcheck:report', { detail: report, bubbles: true, composed: true }));
    const firedAt = this.timings.firedAt;
    requestAnimationFrame(() => {
      if (this.timings.firedAt === firedAt) this.timings.fireToFrameMs = performance.now() - firedAt;
    });
  }

  buildFindings() {
    const stored = dismissals.load();
    const articleKey = hash(this.article);
    const mine = stored.filter((entry) => entry.a === articleKey);
    const previous = this.findings[this.current]?.mention;
    this.findings = [];
    this.dismissedFindings = [];
    const text = this.lastChecked.text;
    this.report.mentions.forEach((mention, index) => {
      if (mention.end > text.length || mention.end <= mention.start) return;
      const claim = claimKey(mention);
      const fact = mention.fact || '';
      const entry = mine.find((e) => e.f === fact && (e.s === 'fact' ? fact !== '' : e.c === claim));
      const finding = { mention, index, verdict: verdictOf(mention), range: null };
      // A dismissal holds while the dataset gives the same answer; a new verdict shows again.
      if (entry && entry.v === mention.verdict) this.dismissedFindings.push({ ...finding, entry });
      else this.findings.push(finding);
    });
    if (!this.useHighlights && this.isTextarea) {
      // no ranges: positions come from the mirror
    } else {
      for (const finding of this.findings) {
        finding.range = rangeFor(this.lastChecked, finding.mention.start, finding.mention.end);
      }
    }
    // Keep the current finding across re-checks when it is still there.
    this.current = -1;
    if (previous) {
      this.current = this.findings.findIndex((f) => f.mention.start === previous.start
        && f.mention.text === previous.text);
    }
  }

  // -- drawing --

  paint() {
    if (!this.useHighlights) return;
    const registry = highlightRegistry();
    registry.clear(this);
    for (const finding of this.findings) {
      if (finding.range) registry.add(this, finding.verdict, finding.range);
    }
    const current = this.findings[this.current];
    if (current?.range) registry.add(this, 'current', current.range);
  }

  scheduleLayout() {
    if (this.layoutFrame) return;
    this.layoutFrame = requestAnimationFrame(() => {
      this.layoutFrame = 0;
      this.layout();
    });
  }

  /** The editor's padding box in client coordinates. */
  paddingBox() {
    const r = this.element.getBoundingClientRect();
    const left = r.left + this.element.clientLeft;
    const top = r.top + this.element.clientTop;
    return { left, top, width: this.element.clientWidth, height: this.element.clientHeight };
  }

  layout() {
    if (!this.overlay || !this.element.isConnected) return;
    const box = this.paddingBox();
    this.overlay.place(box);
    if (this.isTextarea) this.layoutTextarea(box);
    else this.layoutEditable(box);
  }

  /** Lays the mirror out like the textarea; positions are then measured lazily, per finding. */
  measureTextarea() {
    const style = getComputedStyle(this.element);
    const mirror = this.mirror;
    for (const name of MIRRORED) mirror.style.setProperty(name, style.getPropertyValue(name), 'important');
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    pin(mirror, { width: `${Math.max(0, this.element.clientWidth - padX)}px`, 'box-sizing': 'content-box',
      'white-space': 'pre-wrap', 'overflow-wrap': style.overflowWrap === 'normal' ? 'break-word' : style.overflowWrap });
    const text = this.element.value;
    if (mirror.textContent !== text) mirror.textContent = text;
    this.measured = { text, node: mirror.firstChild, origin: null, positions: new Map() };
  }

  /** Rects of finding i relative to the textarea's padding box at scroll 0. */
  positionsOf(i) {
    if (!this.measured || (this.editFrom == null && this.measured.text !== this.element.value)) this.measureTextarea();
    const m = this.measured;
    let rects = m.positions.get(i);
    if (rects) return rects;
    const { start, end } = this.findings[i].mention;
    rects = [];
    if (m.node && end <= m.node.length) {
      m.origin = m.origin || this.mirror.getBoundingClientRect();
      const range = document.createRange();
      range.setStart(m.node, start);
      range.setEnd(m.node, end);
      rects = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({
        left: r.left - m.origin.left, top: r.top - m.origin.top, width: r.width, height: r.height,
      }));
    }
    m.positions.set(i, rects);
    return rects;
  }

  /** Indices of the findings whose rects (from rectsOf, in clip coordinates) fall in [top, bottom]:
   *  findings are in text order, so a binary search finds the first, and drawing stops after the last. */
  visibleFindings(rectsOf, top, bottom) {
    const n = this.findings.length;
    const firstTop = (i) => {
      const rects = rectsOf(i);
      return rects.length ? rects[rects.length - 1].top + rects[rects.length - 1].height : null;
    };
    let low = 0;
    let high = n - 1;
    let first = n;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const bottomOfMid = firstTop(mid);
      if (bottomOfMid === null || bottomOfMid >= top) {
        first = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    const visible = [];
    for (let i = Math.max(0, first - 1); i < n; i += 1) {
      const rects = rectsOf(i);
      if (rects.length && rects[0].top > bottom) break;
      if (rects.length) visible.push([i, rects]);
    }
    return visible;
  }

  layoutTextarea(box) {
    const ta = this.element;
    const margin = 40;
    const visible = this.visibleFindings((i) => this.positionsOf(i), ta.scrollTop - margin,
      ta.scrollTop + box.height + margin);
    const editFrom = this.editFrom ?? Infinity;
    this.overlay.draw(visible.filter(([i]) => this.findings[i].mention.end < editFrom).map(([i, rects]) => ({
      rects, verdict: this.findings[i].verdict, current: i === this.current, boxes: true,
    })));
    this.overlay.scrollTo(ta.scrollLeft, ta.scrollTop);
  }

  layoutEditable(box) {
    const cache = new Map();
    const rectsOf = (i) => {
      let rects = cache.get(i);
      if (rects) return rects;
      const range = this.findings[i].range;
      rects = [];
      if (range && !range.collapsed) {
        for (const r of range.getClientRects()) {
          if (r.width > 0) rects.push({ left: r.left - box.left, top: r.top - box.top, width: r.width, height: r.height });
        }
      }
      cache.set(i, rects);
      return rects;
    };
    const visible = this.visibleFindings(rectsOf, Math.max(0, -box.top) - 20,
      Math.min(box.height, innerHeight - box.top) + 20);
    this.overlay.draw(visible.map(([i, rects]) => ({
      rects, verdict: this.findings[i].verdict, current: i === this.current, boxes: !this.useHighlights,
    })));
    this.overlay.scrollTo(0, 0);
  }

  /** Between an edit and the next check, in a textarea: the text before the edit lays out as
   *  before, so its boxes stay; boxes from the edit on are hidden until the re-check (a re-layout
   *  of the mirror on every keystroke would cost a long task on a long article). */
  adjustForEdit() {
    if (!this.isTextarea || this.shownText == null) {
      this.scheduleLayout();
      return;
    }
    const before = this.shownText;
    const after = this.element.value;
    if (before === after) return;
    let prefix = 0;
    const max = Math.min(before.length, after.length);
    while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
    this.editFrom = Math.min(this.editFrom ?? Infinity, prefix);
    this.shownText = after;
    this.scheduleLayout();
  }

  // -- navigation --

  select(index, { announce = true, reveal = true } = {}) {
    if (!this.findings.length) return;
    this.current = ((index % this.findings.length) + this.findings.length) % this.findings.length;
    this.paint();
    if (reveal) this.reveal(this.findings[this.current]);
    this.layout();
    this.emitUpdate(announce ? 'select' : 'select-quiet');
  }

  next() { this.select(this.current + 1); }

  previous() { this.select(this.current < 0 ? -1 : this.current - 1); }

  /** Scrolls the editor (never the selection) so the finding is in view. */
  reveal(finding) {
    if (!finding) return;
    if (this.isTextarea) {
      const rects = this.positionsOf(this.findings.indexOf(finding));
      if (!rects.length) return;
      const { top, height } = rects[0];
      const ta = this.element;
      if (top < ta.scrollTop || top + height > ta.scrollTop + ta.clientHeight) {
        ta.scrollTop = Math.max(0, top - ta.clientHeight / 2);
      }
      const box = ta.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) ta.scrollIntoView({ block: 'nearest' });
    } else if (finding.range) {
      const rect = finding.range.getBoundingClientRect();
      const box = this.element.getBoundingClientRect();
      const visibleTop = Math.max(0, box.top);
      const visibleBottom = Math.min(innerHeight, box.bottom);
      if (rect.top < visibleTop || rect.bottom > visibleBottom) {
        const holder = finding.range.startContainer.parentElement;
        holder?.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
    }
  }

  selectAtCaret() {
    if (!this.findings.length) return;
    let offset = -1;
    if (this.isTextarea) {
      offset = this.element.selectionStart;
    } else {
      const selection = this.element.getRootNode().getSelection?.() || document.getSelection();
      if (selection && selection.rangeCount && this.element.contains(selection.anchorNode)) {
        offset = offsetOfPoint(this.lastChecked, selection.anchorNode, selection.anchorOffset);
      }
    }
    if (offset < 0) return;
    const index = this.findings.findIndex((f) => {
      const { start, end } = f.mention;
      if (this.editFrom != null && end >= this.editFrom) return false;
      return offset >= start && offset <= end;
    });
    if (index >= 0 && index !== this.current) this.select(index, { reveal: false });
  }

  keydown(event) {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    let action = null;
    if (event.key === 'ArrowDown') action = () => this.next();
    else if (event.key === 'ArrowUp') action = () => this.previous();
    else if (event.key === 'Enter') action = () => this.emitUpdate('open-card');
    else if (event.code === 'KeyD') action = () => this.dismiss('claim');
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  // -- dismissals --

  dismiss(scope = 'claim', index = this.current) {
    const finding = this.findings[index];
    if (!finding) return;
    const { mention } = finding;
    if (scope === 'fact' && !mention.fact) scope = 'claim';
    const list = dismissals.load();
    const entry = {
      a: hash(this.article), s: scope, f: mention.fact || '', c: scope === 'claim' ? claimKey(mention) : '',
      d: this.report.dataset?.version || '', v: mention.verdict,
    };
    const same = (e) => e.a === entry.a && e.s === entry.s && e.f === entry.f && e.c === entry.c;
    dismissals.save([...list.filter((e) => !same(e)), entry]);
    const keep = this.current;
    this.buildFindings();
    this.current = this.findings.length ? Math.min(keep, this.findings.length - 1) : -1;
    this.measured = null;
    this.paint();
    this.layout();
    this.emitUpdate('dismiss');
  }

  restore(dismissed) {
    const e = dismissed.entry;
    dismissals.save(dismissals.load().filter((x) => !(x.a === e.a && x.s === e.s && x.f === e.f && x.c === e.c)));
    this.buildFindings();
    this.measured = null;
    this.paint();
    this.layout();
    this.emitUpdate('restore');
  }

  // -- export --

  export(format = 'json') {
    const report = this.report;
    if (!report) return '';
    if (format === 'csv') return reportToCsv(report);
    if (format === 'md' || format === 'markdown') return reportToMarkdown(report);
    return `${JSON.stringify(report, null, 2)}\n`;
  }

  download(format = 'json') {
    const types = { json: 'application/json', csv: 'text/csv', md: 'text/markdown' };
    const ext = format === 'markdown' ? 'md' : format;
    const blob = new Blob([this.export(ext)], { type: `${types[ext] || 'text/plain'};charset=utf-8` });
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: `figcheck-report-${this.report?.published || 'article'}.${ext}` });
    link.hidden = true;
    (this.widget?.shadowRoot || document.body).append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async copy(format = 'md') {
    await navigator.clipboard.writeText(this.export(format));
  }

  setPublished(published) {
    if (!published || published === this.published) return;
    this.published = published;
    this.check();
  }

  detach() {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.layoutFrame);
    const e = this.element;
    e.removeEventListener('input', this.onInput);
    e.removeEventListener('keydown', this.onKeydown, true);
    e.removeEventListener('click', this.onPointer);
    e.removeEventListener('keyup', this.onPointer);
    document.removeEventListener('scroll', this.onScroll, true);
    window.removeEventListener('resize', this.onScroll);
    this.resizeObserver.disconnect();
    this.mutationObserver?.disconnect();
    if (this.useHighlights) highlightRegistry().clear(this);
    this.overlay.remove();
    this.overlay = null;
    this.checker.terminate();
    this.listeners.clear();
    attachments.delete(e);
  }
}

// One Highlight per verdict for the whole document; each attachment adds its ranges.
let registry = null;
function highlightRegistry() {
  if (registry) return registry;
  const owned = new Map();
  const highlights = {};
  for (const name of [...Object.keys(VERDICTS), 'current']) {
    const highlight = new Highlight();
    if (name === 'current') highlight.priority = 1;
    highlights[name] = highlight;
    CSS.highlights.set(`${HIGHLIGHT_PREFIX}${name}`, highlight);
  }
  registry = {
    add(owner, name, range) {
      highlights[name].add(range);
      if (!owned.has(owner)) owned.set(owner, []);
      owned.get(owner).push([name, range]);
    },
    clear(owner) {
      for (const [name, range] of owned.get(owner) || []) highlights[name].delete(range);
      owned.delete(owner);
    },
  };
  return registry;
}

const attachments = new Map();

/** A handle on an attached element: { check(), detach(), report, ... }. */
function handleFor(attachment) {
  return {
    element: attachment.element,
    get report() { return attachment.report; },
    get findings() { return attachment.findings.map((f) => f.mention); },
    get dismissed() { return attachment.dismissedFindings.map((f) => f.mention); },
    get current() { return attachment.current; },
    get timings() { return { ...attachment.timings }; },
    get mode() { return attachment.useHighlights ? 'highlights' : 'overlay'; },
    check: () => attachment.check(),
    detach: () => attachment.detach(),
    next: () => attachment.next(),
    previous: () => attachment.previous(),
    select: (i) => attachment.select(i),
    dismiss: (scope) => attachment.dismiss(scope),
    export: (format) => attachment.export(format),
    download: (format) => attachment.download(format),
    copy: (format) => attachment.copy(format),
    setPublished: (date) => attachment.setPublished(date),
    /** Client rects of each visible finding's words, for tests and tools. */
    rects: () => attachment.findings.map((f, i) => {
      if (attachment.isTextarea) {
        const box = attachment.paddingBox();
        return attachment.positionsOf(i).map((r) => ({
          left: r.left + box.left - attachment.element.scrollLeft, top: r.top + box.top - attachment.element.scrollTop,
          width: r.width, height: r.height,
        }));
      }
      return f.range ? [...f.range.getClientRects()].map((r) => ({
        left: r.left, top: r.top, width: r.width, height: r.height })) : [];
    }),
    rangeText: () => attachment.findings.map((f) => (f.range ? f.range.toString() : null)),
    _attachment: attachment,
  };
}

/**
 * Attaches figcheck to a <textarea> or a contenteditable element.
 * options: { published: 'YYYY-MM-DD', dataset: URL, article: key for dismissals,
 *            highlighter: 'auto' | 'overlay', debounceMs, widget: a <figcheck-widget> }
 */
export function attach(element, options = {}) {
  const existing = attachments.get(element);
  if (existing) existing.detach();
  const attachment = new Attachment(element, options);
  const handle = handleFor(attachment);
  attachments.set(element, attachment);
  return handle;
}

// ---- the <figcheck-widget> element: findings panel --------------------------------

function isEditable(node) {
  return node instanceof HTMLTextAreaElement || (node instanceof HTMLElement && node.isContentEditable
    && !(node.parentElement && node.parentElement.isContentEditable));
}

function findEditable(node) {
  if (!node) return null;
  if (isEditable(node)) return node;
  return node.querySelector('textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
}

export class FigcheckWidget extends HTMLElement {
  static get observedAttributes() { return ['published', 'for', 'dataset']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.handle = null;
  }

  get report() { return this.handle?.report ?? null; }

  connectedCallback() {
    if (this.built) return;
    this.built = true;
    this.buildUi();
    if (this.getAttribute('mode') === 'panel') {
      this.attachTo(this.ui.input);
    } else {
      this.waitForTarget();
    }
  }

  disconnectedCallback() {
    // Moving the element keeps it; removing it for good detaches on the next tick.
    queueMicrotask(() => {
      if (!this.isConnected) {
        this.targetObserver?.disconnect();
        this.handle?.detach();
        this.handle = null;
        this.built = false;
        this.shadowRoot.replaceChildren();
      }
    });
  }

  attributeChangedCallback(name, old, value) {
    if (!this.handle || old === value) return;
    if (name === 'published') this.handle.setPublished(value);
    else if (this.getAttribute('mode') !== 'panel') {
      this.handle.detach();
      this.handle = null;
      this.waitForTarget();
    }
  }

  waitForTarget() {
    const find = () => {
      const id = this.getAttribute('for');
      const target = findEditable(id ? document.getElementById(id) : this.previousElementSibling);
      if (target) {
        this.targetObserver?.disconnect();
        this.attachTo(target);
        return true;
      }
      return false;
    };
    if (find()) return;
    this.setStatus(`Waiting for the editor${this.getAttribute('for') ? ` #${this.getAttribute('for')}` : ''}…`);
    this.targetObserver = new MutationObserver(() => find());
    this.targetObserver.observe(document.documentElement, { childList: true, subtree: true, attributes: true,
      attributeFilter: ['contenteditable'] });
  }

  attachTo(target) {
    const published = this.getAttribute('published') || (this.ui.date?.value) || undefined;
    this.handle = attach(target, {
      widget: this,
      published,
      dataset: this.getAttribute('dataset') || undefined,
      article: this.getAttribute('article') || undefined,
      highlighter: this.getAttribute('highlighter') || 'auto',
    });
    this.attachment = this.handle._attachment;
    this.attachment.subscribe((kind) => this.update(kind));
    this.update('status');
  }

  // -- UI --

  buildUi() {
    const ui = {};
    const panelMode = this.getAttribute('mode') === 'panel';
    const button = (text, onclick, extra = {}) => el('button', { type: 'button', class: 'fc-button', text, onclick, ...extra });
    ui.status = el('p', { class: 'fc-status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    ui.dataset = el('span', { class: 'fc-dataset' });
    const head = el('div', { class: 'fc-head' },
      el('span', { class: 'fc-logo', 'aria-hidden': 'true', text: '#' }),
      el('h2', { class: 'fc-title', text: 'figcheck' }), ui.dataset);

    let input = null;
    if (panelMode) {
      const id = `fc-input-${Math.random().toString(36).slice(2)}`;
      ui.input = el('textarea', { id, spellcheck: false, placeholder: 'Paste the article here…' });
      ui.date = el('input', { type: 'date', value: this.getAttribute('published') || localToday(),
        onchange: () => this.handle?.setPublished(ui.date.value) });
      input = el('div', { class: 'fc-input' },
        el('label', { for: id, text: 'Article text' }), ui.input,
        el('div', { class: 'fc-input-row' },
          el('label', {}, el('span', { text: 'Published' }), ui.date),
          button('Check', () => this.handle?.check(), { class: 'fc-button fc-primary' })));
    }

    ui.chips = el('ul', { class: 'fc-chips', 'aria-label': 'Summary' });
    ui.prev = button('↑ Previous', () => this.handle?.previous(), { 'aria-keyshortcuts': 'Alt+Shift+ArrowUp' });
    ui.next = button('Next ↓', () => this.handle?.next(), { 'aria-keyshortcuts': 'Alt+Shift+ArrowDown' });
    ui.position = el('span', { class: 'fc-position' });
    const nav = el('div', { class: 'fc-nav' }, ui.prev, ui.position, ui.next);
    ui.list = el('ol', { class: 'fc-list', 'aria-label': 'Findings' });
    ui.list.addEventListener('click', (event) => {
      const item = event.target.closest('[data-index]');
      if (item) this.handle?.select(Number(item.dataset.index));
    });

    ui.card = el('section', { class: 'fc-card', tabindex: '-1', 'aria-label': 'Source card', hidden: true });
    ui.card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.attachment?.element.focus({ preventScroll: true });
      }
    });
    ui.dismissed = el('details', { class: 'fc-dismissed', hidden: true });

    const exportBar = el('div', { class: 'fc-foot', role: 'group', 'aria-label': 'Export the report' },
      el('span', { class: 'fc-foot-label', text: 'Export' }),
      button('JSON', () => this.handle?.download('json'), { 'aria-label': 'Download the report as JSON' }),
      button('CSV', () => this.handle?.download('csv'), { 'aria-label': 'Download the report as CSV' }),
      button('Markdown', () => this.handle?.download('md'), { 'aria-label': 'Download the report as Markdown' }),
      ui.copy = button('Copy', () => this.copyReport(), { 'aria-label': 'Copy the report as Markdown' }));
    const keys = el('p', { class: 'fc-keys' });
    const kbd = (t) => el('kbd', { text: t });
    keys.append(kbd('Alt'), '+', kbd('Shift'), '+', kbd('↓'), '/', kbd('↑'), ' next/previous · ',
      kbd('Alt'), '+', kbd('Shift'), '+', kbd('Enter'), ' source card · ',
      kbd('Alt'), '+', kbd('Shift'), '+', kbd('D'), ' dismiss');

    ui.root = el('div', { class: 'fc-root', role: 'region', 'aria-label': 'figcheck findings' },
      head, input, ui.status, ui.chips, nav, ui.list, ui.card, ui.dismissed, exportBar, keys);
    this.shadowRoot.replaceChildren(stylesheetLink(asset('widget.css')), ui.root);
    this.ui = ui;
    this.lastAnnounced = '';
  }

  setStatus(text, isError = false) {
    this.ui.status.textContent = text;
    this.ui.status.classList.toggle('is-error', isError);
  }

  async copyReport() {
    try {
      await this.handle.copy('md');
      this.setStatus('Report copied as Markdown.');
    } catch (error) {
      this.setStatus(`Could not copy: ${error.message}`, true);
    }
  }

  update(kind) {
    const a = this.attachment;
    if (!a) return;
    const { ui } = this;
    if (a.dataset) ui.dataset.textContent = `${a.dataset.name} ${a.dataset.version}`.trim();
    if (a.error) {
      this.setStatus(a.error.replace(/^figcheck: /, ''), true);
      return;
    }
    if (kind === 'status') {
      if (!a.report) this.setStatus(a.status === 'checking' ? 'Checking…' : 'Loading…');
      return;
    }
    if (!a.report) return;
    if (kind === 'open-card') {
      if (a.current < 0 && a.findings.length) a.select(0, { announce: false });
      this.renderCard();
      ui.card.focus();
      return;
    }
    this.renderChips();
    this.renderList();
    this.renderCard();
    this.renderDismissed();
    const total = a.findings.length;
    ui.prev.disabled = ui.next.disabled = total === 0;
    ui.position.textContent = total ? `${a.current >= 0 ? a.current + 1 : '–'} of ${total}` : 'No findings';
    if (kind === 'select') {
      const f = a.findings[a.current];
      const v = VERDICTS[f.verdict];
      const reference = f.mention.expected ? ` Reference: ${describeFigure(f.mention.expected, f.mention.kind)}.` : '';
      this.setStatus(`Finding ${a.current + 1} of ${total}: ${v.label}, “${f.mention.text}”.${reference}`);
    } else if (kind === 'report' || kind === 'dismiss' || kind === 'restore') {
      const hidden = a.dismissedFindings.length ? ` · ${a.dismissedFindings.length} dismissed` : '';
      // The dataset= that did not load stays said: the report comes from another dataset.
      const fallback = a.datasetError ? `${a.datasetError.replace(/^figcheck: /, '')}. Checked against `
        + `${`${a.report.dataset?.name || ''} ${a.report.dataset?.version || ''}`.trim() || 'the bundled dataset'} instead: ` : '';
      const message = `${fallback}${summaryText(this.visibleSummary())}${hidden}`;
      // Announce only what changed: typing re-checks often.
      if (message !== this.lastAnnounced) {
        this.lastAnnounced = message;
        this.setStatus(message, Boolean(fallback));
      }
    }
  }

  visibleSummary() {
    const s = { mentions: 0, checked: 0, supported: 0, contradicted: 0, outdated: 0, unverified: 0 };
    for (const f of this.attachment.findings) {
      s.mentions += 1;
      s[f.verdict] += 1;
      if (f.verdict !== 'unverified') s.checked += 1;
    }
    return s;
  }

  renderChips() {
    const s = this.visibleSummary();
    const chips = Object.entries(VERDICTS).map(([verdict, v]) => el('li', { class: `fc-chip fc-v-${verdict}` },
      el('span', { class: 'fc-g', 'aria-hidden': 'true', text: v.glyph }), `${s[verdict]} ${v.label.toLowerCase()}`));
    this.ui.chips.replaceChildren(...chips);
  }

  /** The findings list; long lists show a window of LIST_WINDOW items around the current one,
   *  and are rebuilt only when the findings (not just their offsets) change. */
  renderList() {
    const a = this.attachment;
    const total = a.findings.length;
    const from = total <= LIST_WINDOW || a.current < 0 ? 0
      : Math.max(0, Math.min(a.current - (LIST_WINDOW >> 1), total - LIST_WINDOW));
    const to = Math.min(total, from + LIST_WINDOW);
    let signature = `${from}:${to}`;
    for (let i = from; i < to; i += 1) signature += `\u0001${a.findings[i].verdict}\u0002${a.findings[i].mention.text}`;
    if (signature !== this.listSignature) {
      this.listSignature = signature;
      const fragment = document.createDocumentFragment();
      if (from > 0) fragment.append(el('li', { class: 'fc-empty', text: `${from} earlier findings above` }));
      for (let i = from; i < to; i += 1) {
        const f = a.findings[i];
        const v = VERDICTS[f.verdict];
        fragment.append(el('li', {}, el('button', { type: 'button', class: 'fc-item', 'data-index': String(i) },
          el('span', { class: `fc-item-glyph fc-v-${f.verdict}`, 'aria-hidden': 'true', text: v.glyph }),
          el('span', { class: 'fc-item-text', text: f.mention.text }),
          el('span', { class: 'fc-item-label', text: v.label }))));
      }
      if (to < total) fragment.append(el('li', { class: 'fc-empty', text: `${total - to} more: use Next` }));
      if (!total) fragment.append(el('li', { class: 'fc-empty', text: 'No figures or dates to show.' }));
      this.ui.list.replaceChildren(fragment);
    }
    this.ui.list.querySelector('[aria-current]')?.removeAttribute('aria-current');
    const current = this.ui.list.querySelector(`[data-index="${a.current}"]`);
    if (current) {
      current.setAttribute('aria-current', 'true');
      const list = this.ui.list;
      const top = current.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - current.offsetHeight) {
        list.scrollTop = top - list.clientHeight / 2;
      }
    }
  }

  renderCard() {
    const a = this.attachment;
    const card = this.ui.card;
    const f = a.findings[a.current];
    if (!f) {
      card.hidden = true;
      return;
    }
    const { mention } = f;
    const v = VERDICTS[f.verdict];
    card.className = `fc-card fc-card-${f.verdict}`;
    const e = mention.expected;
    const facts = el('dl', { class: 'fc-facts' });
    const row = (label, value) => facts.append(el('dt', { text: label }), el('dd', {}, value || '—'));
    const reading = describeFigure(mention, mention.kind);
    row('In the text', reading && reading !== mention.text ? `${mention.text} (read as ${reading})` : mention.text);
    row('Reference', e ? describeFigure(e, mention.kind) : 'No matching fact in the dataset');
    row('As of', e ? readableDate(e.as_of) : '');
    let source = e?.source || '';
    const href = e && safeHttpUrl(e.url);
    if (href) source = el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: e.source || new URL(href).hostname });
    row('Source', source);
    if (mention.fact) row('Fact', mention.fact);
    else if (mention.candidates?.length) row('Could be', mention.candidates.join(', '));
    card.replaceChildren(...[
      el('div', { class: 'fc-card-head' },
        el('span', { class: `fc-badge-label fc-v-${f.verdict}` },
          el('span', { 'aria-hidden': 'true', text: v.glyph }), v.label),
        el('h3', { class: 'fc-card-title', text: `“${mention.text}”` })),
      facts,
      el('p', { class: 'fc-explanation', text: mention.explanation || '' }),
      mention.note ? el('p', { class: 'fc-note', text: `Note: ${mention.note}` }) : null,
      el('div', { class: 'fc-card-actions' },
        el('button', { type: 'button', class: 'fc-button', text: 'Dismiss this one',
          onclick: () => a.dismiss('claim') }),
        mention.fact ? el('button', { type: 'button', class: 'fc-button', text: 'Dismiss this fact in this article',
          onclick: () => a.dismiss('fact') }) : null)].filter(Boolean));
    card.setAttribute('aria-label', `Source card: ${v.label}, ${mention.text}`);
    card.hidden = false;
  }

  renderDismissed() {
    const a = this.attachment;
    const box = this.ui.dismissed;
    const list = a.dismissedFindings;
    box.hidden = list.length === 0;
    if (!list.length) return;
    const open = box.open;
    box.replaceChildren(
      el('summary', { text: `${plural(list.length, 'dismissed finding', 'dismissed findings')}` }),
      el('ul', {}, ...list.map((d) => el('li', {},
        el('span', { text: `${VERDICTS[d.verdict].glyph} “${d.mention.text}”${d.entry.s === 'fact' ? ' (whole fact)' : ''}` }),
        el('button', { type: 'button', class: 'fc-button', text: 'Restore', onclick: () => a.restore(d) })))));
    box.open = open;
  }
}

if (!customElements.get('figcheck-widget')) customElements.define('figcheck-widget', FigcheckWidget);

// For pages that load the widget with a plain module tag and call it from other scripts.
globalThis.figcheck = Object.assign(globalThis.figcheck || {}, { attach });

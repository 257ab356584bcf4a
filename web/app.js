// The figcheck page: paste an article, check it, read each figure's verdict and source.
// The article is rendered as DOM text nodes only; nothing from the article, the
// report or a dataset is ever parsed as HTML.

import * as figcheck from './figcheck.js';
import {
  VERDICTS, verdictOf, localToday, readableDate, describeFigure, safeHttpUrl, plural,
} from './figcheck-format.js';

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('check-form'),
  article: $('article'),
  published: $('published'),
  checkButton: $('check-button'),
  checkError: $('check-error'),
  results: $('results'),
  summary: $('summary'),
  view: $('article-view'),
  placeholder: $('card-placeholder'),
  card: $('source-card'),
  cardVerdict: $('card-verdict'),
  cardClose: $('card-close'),
  cardTitle: $('card-title'),
  cardArticle: $('card-article'),
  cardReference: $('card-reference'),
  cardAsOf: $('card-as-of'),
  cardSource: $('card-source'),
  cardFact: $('card-fact'),
  cardPointsLabel: $('card-points-label'),
  cardPoints: $('card-points'),
  cardExplanation: $('card-explanation'),
  cardNote: $('card-note'),
  datasetName: $('dataset-name'),
  datasetDetail: $('dataset-detail'),
  datasetFile: $('dataset-file'),
  datasetUrlForm: $('dataset-url-form'),
  datasetUrl: $('dataset-url'),
  datasetReset: $('dataset-reset'),
  datasetStatus: $('dataset-status'),
};

/** The last report the page rendered. */
let lastReport = null;
/** The highlight whose card is open; focus returns to it on close. */
let openHighlight = null;

// ---- rendering ----------------------------------------------------------------

function renderSummary(summary) {
  ui.summary.replaceChildren();
  if (summary.mentions === 0) {
    ui.summary.textContent = 'No figures or dates found in this text.';
    return;
  }
  const parts = [
    [null, plural(summary.mentions, 'figure', 'figures')],
    [null, `${summary.checked} checked`],
    ['supported', `${summary.supported} supported`],
    ['contradicted', `${summary.contradicted} contradicted`],
    ['outdated', `${summary.outdated} outdated`],
    ['unverified', `${summary.unverified} no reference`],
  ];
  parts.forEach(([verdict, text], index) => {
    if (index > 0) ui.summary.append(' · ');
    const span = document.createElement('span');
    span.className = verdict ? `summary-item summary-${verdict}` : 'summary-item';
    if (verdict) {
      const glyph = document.createElement('span');
      glyph.className = 'summary-glyph';
      glyph.setAttribute('aria-hidden', 'true');
      glyph.textContent = VERDICTS[verdict].glyph;
      span.append(glyph);
    }
    span.append(text);
    ui.summary.append(span);
  });
}

function highlightFor(mention, index) {
  const verdict = verdictOf(mention);
  const mark = document.createElement('mark');
  mark.className = `fc-mention fc-${verdict}`;
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-label', `${VERDICTS[verdict].label}: ${mention.text}`);
  mark.dataset.index = String(index);
  mark.dataset.verdict = verdict;
  mark.append(document.createTextNode(mention.text));
  const glyph = document.createElement('span');
  glyph.className = 'fc-glyph';
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = VERDICTS[verdict].glyph;
  mark.append(glyph);
  return mark;
}

/** The text as DOM nodes, each mention wrapped in a focusable highlight. */
function renderArticle(text, mentions) {
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  mentions.forEach((mention, index) => {
    // Mentions come in text order and never overlap; skip any that would.
    if (mention.start < cursor || mention.end > text.length || mention.end <= mention.start) return;
    if (mention.start > cursor) fragment.append(document.createTextNode(text.slice(cursor, mention.start)));
    fragment.append(highlightFor({ ...mention, text: text.slice(mention.start, mention.end) }, index));
    cursor = mention.end;
  });
  if (cursor < text.length) fragment.append(document.createTextNode(text.slice(cursor)));
  ui.view.replaceChildren(fragment);
}

function setText(element, text) {
  element.textContent = text || '—';
}

function fillCard(mention) {
  const verdict = verdictOf(mention);
  ui.card.className = `source-card card-${verdict}`;
  ui.cardVerdict.replaceChildren();
  const glyph = document.createElement('span');
  glyph.className = 'fc-glyph';
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = VERDICTS[verdict].glyph;
  ui.cardVerdict.append(glyph, VERDICTS[verdict].label);
  ui.cardVerdict.className = `verdict-badge badge-${verdict}`;

  ui.cardTitle.textContent = `“${mention.text}”`;
  const reading = describeFigure(mention, mention.kind);
  setText(ui.cardArticle, reading && reading !== mention.text ? `${mention.text} (read as ${reading})` : mention.text);

  const expected = mention.expected;
  setText(ui.cardReference, expected ? describeFigure(expected, mention.kind) : 'No matching fact in the dataset');
  setText(ui.cardAsOf, expected ? readableDate(expected.as_of) : '');
  ui.cardSource.replaceChildren();
  if (expected && (expected.source || expected.url)) {
    const href = safeHttpUrl(expected.url);
    if (href) {
      const link = document.createElement('a');
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = expected.source || new URL(href).hostname;
      ui.cardSource.append(link);
    } else {
      ui.cardSource.textContent = expected.source || expected.url;
    }
  } else {
    ui.cardSource.textContent = '—';
  }
  // A running total is compared with the points around the publication date: list them.
  const points = mention.references || [];
  ui.cardPoints.replaceChildren();
  ui.cardPoints.hidden = ui.cardPointsLabel.hidden = points.length < 2;
  if (points.length >= 2) {
    const list = document.createElement('ul');
    list.className = 'points-list';
    for (const point of points) {
      const item = document.createElement('li');
      const source = point.source ? `, ${point.source}` : '';
      item.textContent = `${describeFigure(point, mention.kind)} (${readableDate(point.as_of)}${source})`;
      list.append(item);
    }
    ui.cardPoints.append(list);
  }

  let fact = '';
  if (mention.fact) {
    fact = mention.claim && mention.claim.metric ? `${mention.fact} (“${mention.claim.metric}”)` : mention.fact;
  } else if (mention.candidates && mention.candidates.length) {
    fact = `Could be: ${mention.candidates.join(', ')}`;
  }
  setText(ui.cardFact, fact);
  setText(ui.cardExplanation, mention.explanation);
  ui.cardNote.hidden = !mention.note;
  ui.cardNote.textContent = mention.note ? `Note: ${mention.note}` : '';
}

function openCard(highlight) {
  const mention = lastReport && lastReport.mentions[Number(highlight.dataset.index)];
  if (!mention) return;
  if (openHighlight) openHighlight.classList.remove('is-open');
  openHighlight = highlight;
  highlight.classList.add('is-open');
  highlight.setAttribute('aria-expanded', 'true');
  fillCard({ ...mention, text: highlight.firstChild.textContent });
  ui.placeholder.hidden = true;
  ui.card.hidden = false;
  ui.card.focus();
  // On narrow screens the card sits below the article: bring it into view.
  if (ui.card.getBoundingClientRect().top > window.innerHeight) ui.card.scrollIntoView({ block: 'nearest' });
}

function closeCard({ restoreFocus = true } = {}) {
  if (ui.card.hidden) return;
  ui.card.hidden = true;
  ui.placeholder.hidden = false;
  const highlight = openHighlight;
  openHighlight = null;
  if (highlight) {
    highlight.classList.remove('is-open');
    highlight.setAttribute('aria-expanded', 'false');
    if (restoreFocus && highlight.isConnected) highlight.focus();
  }
}

// ---- actions -----------------------------------------------------------------

function showCheckError(message) {
  ui.checkError.textContent = message;
  ui.checkError.hidden = !message;
}

async function runCheck() {
  const text = ui.article.value;
  const published = ui.published.value;
  showCheckError('');
  if (!text.trim()) {
    showCheckError('Paste an article to check.');
    ui.article.focus();
    return;
  }
  if (!published) {
    showCheckError('Set the publication date (relative dates are read against it).');
    ui.published.focus();
    return;
  }
  ui.checkButton.disabled = true;
  ui.checkButton.textContent = 'Checking…';
  try {
    const report = await figcheck.check(text, { published });
    closeCard({ restoreFocus: false });
    lastReport = report;
    renderSummary(report.summary);
    renderArticle(text, report.mentions);
    ui.results.hidden = false;
    // For embedders and tests: the report behind what the page shows.
    document.dispatchEvent(new CustomEvent('figcheck-report', { detail: report }));
  } catch (error) {
    showCheckError(error.message);
  } finally {
    ui.checkButton.disabled = false;
    ui.checkButton.textContent = 'Check';
  }
}

function showDataset(info) {
  ui.datasetName.textContent = `${info.name || 'unnamed'} ${info.version || ''}`.trim();
  const detail = [plural(info.facts, 'fact', 'facts')];
  if (info.date) detail.push(`as of ${readableDate(info.date)}`);
  detail.push(info.bundled ? 'bundled' : 'loaded');
  ui.datasetDetail.textContent = `(${detail.join(', ')})`;
}

function showDatasetStatus(kind, message, problems = []) {
  ui.datasetStatus.replaceChildren();
  ui.datasetStatus.className = `dataset-status status-${kind}`;
  const line = document.createElement('p');
  line.textContent = message;
  ui.datasetStatus.append(line);
  if (problems.length) {
    const list = document.createElement('ul');
    list.className = 'problem-list';
    for (const problem of problems.slice(0, 50)) {
      const item = document.createElement('li');
      const where = document.createElement('code');
      where.textContent = problem.where || problem.file || '(file)';
      item.append(where, ` ${problem.problem}`);
      list.append(item);
    }
    if (problems.length > 50) {
      const item = document.createElement('li');
      item.textContent = `… and ${problems.length - 50} more`;
      list.append(item);
    }
    ui.datasetStatus.append(list);
  }
}

async function afterDatasetChange(load, what) {
  showDatasetStatus('busy', `Loading ${what}…`);
  try {
    const info = await load();
    showDataset(info);
    showDatasetStatus('ok', `Loaded ${info.name} ${info.version} (${plural(info.facts, 'fact', 'facts')}).`
      + (lastReport ? ' Press Check to check the article against it.' : ''));
  } catch (error) {
    const current = await figcheck.datasetInfo().catch(() => null);
    const kept = current ? ` Still using ${current.name} ${current.version}.` : '';
    const message = error.errors && error.errors.length
      ? `${what} did not load (${plural(error.errors.length, 'problem', 'problems')}).${kept}`
      : `${error.message.replace(/^figcheck: /, '')}.${kept}`;
    showDatasetStatus('error', message, error.errors || []);
  }
}

// ---- wiring ------------------------------------------------------------------

ui.published.value = localToday();

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  runCheck();
});

ui.article.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    runCheck();
  }
});

ui.view.addEventListener('click', (event) => {
  const highlight = event.target.closest('.fc-mention');
  if (highlight) openCard(highlight);
});

ui.view.addEventListener('keydown', (event) => {
  const highlight = event.target.closest('.fc-mention');
  if (!highlight) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    openCard(highlight);
  }
});

ui.cardClose.addEventListener('click', () => closeCard());

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !ui.card.hidden) {
    event.preventDefault();
    closeCard();
  }
});

ui.datasetFile.addEventListener('change', () => {
  const file = ui.datasetFile.files[0];
  if (!file) return;
  afterDatasetChange(async () => figcheck.loadDataset(await file.text(), { name: file.name }), file.name);
  ui.datasetFile.value = '';
});

ui.datasetUrlForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const url = ui.datasetUrl.value.trim();
  if (!url) {
    showDatasetStatus('error', 'Enter the URL of a dataset.');
    return;
  }
  afterDatasetChange(() => figcheck.loadDatasetFromUrl(new URL(url, document.baseURI)), url);
});

ui.datasetReset.addEventListener('click', () => {
  afterDatasetChange(() => figcheck.resetDataset(), 'the bundled dataset');
});

figcheck.datasetInfo().then(showDataset, (error) => {
  ui.datasetName.textContent = 'unavailable';
  showCheckError(error.message);
});

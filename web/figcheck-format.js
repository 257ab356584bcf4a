// Shared wording for figcheck's page (app.js) and widget (figcheck-widget.js):
// verdict labels and glyphs, readable dates and figures, safe links, and the
// report exported as CSV and Markdown. No DOM writes; nothing is parsed as HTML.

export const VERDICTS = {
  supported: { glyph: '✓', label: 'Supported', underline: 'solid' },
  contradicted: { glyph: '✗', label: 'Contradicted', underline: 'wavy' },
  outdated: { glyph: '⟳', label: 'Outdated', underline: 'dashed' },
  unverified: { glyph: '?', label: 'No reference', underline: 'dotted' },
};

export const verdictOf = (mention) => (VERDICTS[mention.verdict] ? mention.verdict : 'unverified');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

export function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2024" | "2024-05" | "2024-05-07" -> "2024" | "May 2024" | "7 May 2024". */
export function readableDate(iso) {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  if (!month) return String(year);
  const monthName = MONTHS[month - 1] || '';
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatNumber(value) {
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

function qualifierWords(qualifier) {
  return qualifier ? qualifier.replace(/_/g, ' ') : '';
}

/** A figure as the report states it: a date or range, a value or bounds, with qualifier and unit. */
export function describeFigure(figure, kind) {
  const qualifier = qualifierWords(figure.qualifier);
  if (figure.date) {
    if (qualifier === 'since') return `since ${readableDate(figure.date)}`;
    const dates = figure.date_end
      ? `${readableDate(figure.date)} to ${readableDate(figure.date_end)}` : readableDate(figure.date);
    return qualifier ? `${qualifier} ${dates}` : dates;
  }
  const amount = (value) => (kind === 'percent' ? `${formatNumber(value)}%` : formatNumber(value));
  let text = '';
  if (figure.value != null) text = amount(figure.value);
  else if (figure.low != null && figure.high != null) text = `${amount(figure.low)}–${amount(figure.high)}`;
  if (!text) return '';
  if (figure.unit && kind !== 'percent') text += ` ${figure.unit}`;
  return qualifier ? `${qualifier} ${text}` : text;
}

/** Only http: and https: URLs become links. */
export function safeHttpUrl(url, base = globalThis.document?.baseURI) {
  if (!url) return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "7 figures · 5 checked · 4 supported · ..." as plain text. */
export function summaryText(summary) {
  if (!summary || summary.mentions === 0) return 'No figures or dates found.';
  return [plural(summary.mentions, 'figure', 'figures'), `${summary.checked} checked`,
    `${summary.supported} supported`, `${summary.contradicted} contradicted`,
    `${summary.outdated} outdated`, `${summary.unverified} no reference`].join(' · ');
}

/** The reference a mention was compared with, in words. */
export function referenceText(mention) {
  return mention.expected ? describeFigure(mention.expected, mention.kind) : '';
}

// ---- export ------------------------------------------------------------------

const CSV_COLUMNS = ['start', 'end', 'text', 'kind', 'verdict', 'fact', 'reference', 'as_of', 'source', 'url',
  'explanation'];

function csvCell(value) {
  const text = value == null ? '' : String(value);
  // A cell starting with = + - @ is a formula in spreadsheets: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function exportRow(mention) {
  const e = mention.expected || {};
  return {
    start: mention.start, end: mention.end, text: mention.text, kind: mention.kind, verdict: mention.verdict,
    fact: mention.fact || '', reference: referenceText(mention), as_of: e.as_of || '', source: e.source || '',
    url: e.url || '', explanation: mention.explanation || '',
  };
}

/** The report as CSV (RFC 4180, CRLF line ends), one row a mention. */
export function reportToCsv(report) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const mention of report.mentions) {
    const row = exportRow(mention);
    lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function mdCell(value) {
  return String(value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')
    .replace(/([`*_[\]<>])/g, '\\$1');
}

/** The report as a Markdown document: a summary line and a table of mentions. */
export function reportToMarkdown(report) {
  const dataset = report.dataset ? `${report.dataset.name} ${report.dataset.version}`.trim() : '';
  const lines = [
    '# figcheck report', '',
    `Published ${report.published}; dataset ${mdCell(dataset)}.`, '',
    summaryText(report.summary), '',
    '| # | In the article | Verdict | Reference | As of | Source | Explanation |',
    '|---|---|---|---|---|---|---|',
  ];
  report.mentions.forEach((mention, index) => {
    const v = VERDICTS[verdictOf(mention)];
    const e = mention.expected || {};
    const href = safeHttpUrl(e.url, 'https://invalid.example/');
    const source = href && e.url ? `[${mdCell(e.source || href)}](${href.replace(/[()\s]/g, encodeURIComponent)})`
      : mdCell(e.source || '');
    lines.push(`| ${index + 1} | ${mdCell(mention.text)} | ${v.glyph} ${v.label} | ${mdCell(referenceText(mention))}`
      + ` | ${mdCell(e.as_of || '')} | ${source} | ${mdCell(mention.explanation)} |`);
  });
  return `${lines.join('\n')}\n`;
}

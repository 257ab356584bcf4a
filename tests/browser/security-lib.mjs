// Helpers for tests/browser/security.test.mjs: the site served with its strict CSP
// plus test-only endpoints under the same origin (datasets made by the test, a 404,
// a server that never answers, an HTML page, malformed and oversized JSON, a widget
// page with a `dataset=` attribute), a log of what reached the server, and probes
// run in the page (dangerous elements, storage).
import { serveStatic, CONTENT_SECURITY_POLICY } from '../../web/tools/serve.mjs';
import { siteDir } from '../node/paths.mjs';

export const PREFIX = '/news/figcheck/';
export const TEST_PATH = `${PREFIX}__test/`;

const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  .replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A textarea page like demo/textarea.html, with `dataset` on the widget. */
function widgetPage(dataset) {
  const attribute = dataset == null ? '' : ` dataset="${escapeAttribute(dataset)}"`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
  <title>figcheck widget with a dataset · security test</title>
  <link rel="icon" href="../favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="../demo/demo.css">
  <script type="module" src="../figcheck-widget.js"></script>
</head>
<body>
  <main class="cms-main">
    <section class="cms-editor">
      <label class="cms-label" for="body">Body</label>
      <textarea id="body" class="cms-body-textarea" spellcheck="false"></textarea>
    </section>
    <aside class="cms-side">
      <figcheck-widget for="body" published="2026-01-06"${attribute}></figcheck-widget>
    </aside>
  </main>
</body>
</html>
`;
}

/**
 * Serves build/site under PREFIX (serveStatic, its CSP and MIME types) and, under
 * PREFIX/__test/, what the test puts in `datasets` (name -> JSON text) and:
 *   missing.json  404             hang.json       never answers
 *   hang-body.json  headers, half a body, then nothing
 *   page.html     an HTML page    malformed.json  broken JSON
 *   huge.json     a 9 MB dataset  widget.html?dataset=URL  a widget page
 * Every request (method, URL, body) is logged in `requests`.
 */
export async function startSecurityServer() {
  const { server, url } = await serveStatic({ root: siteDir, prefix: PREFIX });
  const [staticHandler] = server.listeners('request');
  server.removeAllListeners('request');
  const datasets = new Map();
  const requests = [];
  const held = new Set();
  const send = (response, status, type, body) => {
    response.writeHead(status, {
      'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store',
    });
    response.end(body);
  };
  server.on('request', (request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method, url: request.url, body: Buffer.concat(chunks).toString('utf8') });
      const { pathname, searchParams } = new URL(request.url, 'http://localhost');
      if (!pathname.startsWith(TEST_PATH)) return staticHandler(request, response);
      const name = pathname.slice(TEST_PATH.length);
      const json = 'application/json; charset=utf-8';
      if (name.startsWith('datasets/') && datasets.has(name.slice(9))) {
        return send(response, 200, json, datasets.get(name.slice(9)));
      }
      switch (name) {
        case 'hang.json':
          held.add(response);
          return undefined;
        case 'hang-body.json':
          held.add(response);
          response.writeHead(200, { 'Content-Type': json, 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
          response.write('{"figcheck_dataset": 1, "name": "slow", ');
          return undefined;
        case 'page.html':
          return send(response, 200, 'text/html; charset=utf-8',
            '<!doctype html><html><head><title>Sign in</title></head><body><h1>Sign in</h1>'
            + '<script>window.__pwned = 1</script></body></html>');
        case 'malformed.json':
          return send(response, 200, json, '{"figcheck_dataset": 1, "name": "malformed", "version": "1", "facts": [');
        case 'huge.json':
          return send(response, 200, json, `{"figcheck_dataset": 1, "name": "huge", "version": "1", "facts": []}${
            ' '.repeat(9 * 1024 * 1024)}`);
        case 'widget.html':
          return send(response, 200, 'text/html; charset=utf-8', widgetPage(searchParams.get('dataset')));
        default:
          return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
      }
    });
  });
  const close = () => {
    for (const response of held) response.destroy();
    held.clear();
    server.closeAllConnections?.();
    server.close();
  };
  return { server, url, testUrl: `${url}__test/`, datasets, requests, held, close };
}

/** Run in the page: counts of elements that could run code or load things, in the
 *  document and in every open shadow root, plus elements with on* attributes and
 *  links whose scheme is not http(s). */
export function dangerProbe() {
  const SELECTOR = 'script, iframe, frame, object, embed, img, svg, math, video, audio, source, base, meta, '
    + 'form, style, link, template, noscript, marquee, details, body, input';
  const counts = {};
  let handlers = 0;
  const badLinks = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.matches(SELECTOR)) {
        const tag = element.tagName.toLowerCase();
        counts[tag] = (counts[tag] || 0) + 1;
      }
      for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) handlers += 1;
      if ((element.tagName === 'A' || element.tagName === 'AREA') && element.hasAttribute('href')
          && !/^https?:$/.test(element.protocol)) badLinks.push(element.getAttribute('href'));
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return { counts, handlers, badLinks, pwned: window.__pwned, polluted: ({}).polluted,
    frames: window.frames.length };
}

/** Run in the page: everything the page keeps in storage, as text. */
export async function storageDump() {
  const dump = { local: {}, session: {}, indexedDB: [], caches: [] };
  for (let i = 0; i < localStorage.length; i += 1) dump.local[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
  for (let i = 0; i < sessionStorage.length; i += 1) {
    dump.session[sessionStorage.key(i)] = sessionStorage.getItem(sessionStorage.key(i));
  }
  for (const info of (await indexedDB.databases?.()) ?? []) {
    const db = await new Promise((done, fail) => {
      const open = indexedDB.open(info.name);
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    for (const store of db.objectStoreNames) {
      const all = await new Promise((done) => {
        const get = db.transaction(store).objectStore(store).getAll();
        get.onsuccess = () => done(get.result);
        get.onerror = () => done([]);
      });
      dump.indexedDB.push({ db: info.name, store, values: JSON.stringify(all) });
    }
    db.close();
  }
  if (globalThis.caches) {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      dump.caches.push({ name, urls: (await cache.keys()).map((r) => r.url) });
    }
  }
  return dump;
}

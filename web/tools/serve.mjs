// A static file server for the built site, for `./run demo` and the browser tests.
// It serves one folder under a URL prefix, with the MIME types and the
// Content-Security-Policy a real deployment of figcheck should use.
// Loopback only; no caching, no range requests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` under `prefix` (e.g. "/tools/figcheck/") on 127.0.0.1.
 * Resolves to { server, url } once listening; port 0 picks a free port.
 * `headers` are added to every response.
 */
export async function serveStatic({ root, prefix = '/', port = 0, headers = {} }) {
  const base = resolve(root);
  const mount = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const server = createServer(async (request, response) => {
    const send = (status, body, extra = {}) => {
      response.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-store',
        ...headers,
        ...extra,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'method not allowed\n');
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    // "/tools/figcheck" -> "/tools/figcheck/", so that the page's relative URLs resolve.
    if (`${path}/` === mount) return send(301, '', { Location: mount });
    if (!path.startsWith(mount)) return send(404, 'not found\n');
    let file = join(base, path.slice(mount.length));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'forbidden\n');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      return send(200, body, { 'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return send(404, 'not found\n');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const url = `http://127.0.0.1:${server.address().port}${mount}`;
  return { server, url };
}

// `node web/tools/serve.mjs ROOT [PORT] [PREFIX]` serves until interrupted.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'build/site', port = '8080', prefix = '/'] = process.argv.slice(2);
  const { url } = await serveStatic({ root, port: Number(port), prefix });
  console.log(`figcheck page: ${url}`);
}

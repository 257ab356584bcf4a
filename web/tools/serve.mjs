// A static file server for the built site, for `./run demo` and the browser tests.
// It serves one folder under a URL prefix, with the MIME types and the
// Content-Security-Policy a real deployment of figcheck should use.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
 */
export async function serveStatic({ root, prefix = '/', port = 0, headers = {} }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-store',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { server, url };
}

// `node web/tools/serve.mjs ROOT [PORT] [PREFIX]` serves until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'build/site', port = '8080', prefix = '/'] = process.argv.slice(2);
  const { url } = await serveStatic({ root, port: Number(port), prefix });
  console.log(`figcheck page: ${url}`);
}

// A small static file server for a built edition: `node scripts/serve.mjs dist/public [port]`.
// Serves index.html for folders and 404.html for anything missing, and gzips text (HTML, CSS, JS,
// JSON, SVG, XML) for clients that accept it, like any real static host, so that the page-weight
// budgets and benchmarks measure what a phone actually downloads. Pagefind's index files and wasm
// are gzipped by Pagefind itself and are sent as they are.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};
/** Types worth compressing. */
const COMPRESS = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

/** Start serving `dir` on `port` (127.0.0.1 unless host is given); resolves to the server. */
export function serve(dir, port = 4321, host = '127.0.0.1') {
  const root = resolve(dir);
  /** Compressed bodies by path and modification time: each file is gzipped once. */
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) path = join(root, '404.html');
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    const found = existsSync(path) && statSync(path).isFile();
    const file = found ? path : join(root, '404.html');
    const ext = extname(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    let body = readFileSync(file);
    if (COMPRESS.has(ext)) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${statSync(file).mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(found ? 200 : 404, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist/public';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir} has no site in it: run "npm run build" first.`);
    process.exit(1);
  }
  await serve(dir, port, process.env.HOST ?? 'localhost');
  console.log(`Serving ${dir} on http://localhost:${port}/ (Ctrl+C to stop)`);
}

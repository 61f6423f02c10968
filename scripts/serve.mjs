// A small static file server for a built edition: `node scripts/serve.mjs dist/public [port]`.
// Serves index.html for folders and 404.html for anything missing, and gzips text (HTML, CSS, JS,
// JSON, SVG, XML) for clients that accept it, like any real static host, so that the page-weight
// budgets and benchmarks measure what a phone actually downloads. Pagefind's index files and wasm
// are gzipped by Pagefind itself and are sent as they are.
//
// It is also what `npm start` runs, so it must hold against any request: a malformed address gets
// 400, a path is checked segment by segment against the site's folder (nothing outside it is ever
// read), a redirect only ever names a path on this site, methods other than GET and HEAD get 405,
// and no request can stop the process. The site's folder is looked up again for every request
// (dist/<edition> is a link that a rebuild switches in one step), so it keeps answering while the
// site is rebuilt.
import { createServer } from 'node:http';
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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
const METHODS = 'GET, HEAD';

/**
 * The path segments of a request target, decoded, or undefined when the target is malformed or
 * names anything but a plain path inside the site: a bad %-escape, a NUL, a backslash (a separator
 * on Windows), or a `..` segment in any encoding. `.` and empty segments are dropped.
 */
export function pathSegments(target) {
  if (!target.startsWith('/')) return undefined; // absolute-form and '*' targets are not for us
  const raw = target.split(/[?#]/, 1)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return undefined;
  return segments;
}

/** A plain-text response. */
function plain(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** True when `path` is `root` or lies inside it, comparing whole path segments. */
function inside(root, path) {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Start serving `dir` on `port` (127.0.0.1 unless host is given); resolves to the server. */
export function serve(dir, port = 4321, host = '127.0.0.1') {
  const site = resolve(dir);
  /** Compressed bodies by path and modification time: each file is gzipped once (per build). */
  const gzipped = new Map();
  let servedRoot;

  /** Answer one request from the site as it is published at this moment. */
  function answer(req, res, root) {
    if (root !== servedRoot) {
      gzipped.clear(); // a new build is published: the old one's files are not asked for again
      servedRoot = root;
    }
    const url = req.url ?? '';
    const segments = pathSegments(url);
    if (!segments) return plain(res, 400, 'Bad request\n');
    const target = join(root, ...segments);
    if (!inside(root, target)) return plain(res, 400, 'Bad request\n');
    const [path = '', ...rest] = url.split('?');
    const query = rest.length ? `?${rest.join('?')}` : '';
    let file = target;
    if (isDirectory(target)) {
      if (!path.endsWith('/')) {
        // Built from the checked segments, so it always starts with exactly one slash and a name:
        // never `//host/…`, which a browser would take for another site.
        const location = `/${segments.map(encodeURIComponent).join('/')}/${query}`;
        res.writeHead(301, { Location: location, 'Content-Length': 0 }).end();
        return;
      }
      file = join(target, 'index.html');
    }
    const found = isFile(file);
    if (!found) file = join(root, '404.html');
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
  }

  /**
   * The published build the site's folder or link points at now. A link whose build has just been
   * removed was switched to a newer one meanwhile (publish.mjs keeps the newest two): read it again.
   */
  const siteRoot = () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        return realpathSync(site);
      } catch {
        if (!lstatSync(site, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
      }
    }
    return undefined;
  };

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed\n', { Allow: METHODS });
    // Twice at most: when a rebuild switched the site (and removed an older build) between
    // finding a file and reading it, the request is answered again from the new site.
    for (let attempt = 0; attempt < 2; attempt++) {
      const root = siteRoot();
      if (!root) return plain(res, 503, 'The site is not built yet.\n', { 'Retry-After': '5' });
      try {
        return answer(req, res, root);
      } catch (error) {
        const switched = (() => {
          try {
            return realpathSync(site) !== root;
          } catch {
            return true;
          }
        })();
        if (attempt === 0 && switched && !res.headersSent) continue;
        console.error(`serve: ${req.method} ${req.url}: ${error?.message ?? error}`);
        if (!res.headersSent) plain(res, 500, 'Internal server error\n');
        else res.destroy();
        return;
      }
    }
  });
  // A request line Node cannot parse: answer 400 and close, never throw.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
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

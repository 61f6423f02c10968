/**
 * The local server (`npm start`, and the server of the browser tests) against what an attacker or
 * a careless request would try, and while the site is rebuilt under it. Everything on 127.0.0.1;
 * the port is E2E_PORT + 6 (4407 unless E2E_PORT is set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { serve } from '../../../scripts/serve.mjs';
import { newBuildDir, publish } from '../../../scripts/publish.mjs';
import { rawRequest } from '../../helpers/raw-http.ts';

const port = Number(process.env.E2E_PORT ?? 4401) + 6;
const SECRET = 'SECRET-OUTSIDE-THE-SITE';
let dir: string;
let server: Server;

/** A tiny built site: home, one folder page, a 404 page; `mark` tells builds apart. */
function writeSite(root: string, mark: string) {
  mkdirSync(join(root, 'documents'), { recursive: true });
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>home</title><p>build ${mark}</p>`);
  writeFileSync(join(root, 'documents', 'index.html'), `<!doctype html><title>documents</title><p>build ${mark}</p>`);
  writeFileSync(join(root, '404.html'), '<!doctype html><title>404</title><p>页面不存在</p>');
}

const get = (target: string, options: { method?: string; headers?: Record<string, string> } = {}) =>
  rawRequest({ port, target, ...options });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const dist = join(dir, 'dist');
  const first = newBuildDir(dist, 'public');
  writeSite(first, '0');
  publish(dist, 'public', first);
  // Things that must never be served: a sibling folder whose name starts with the site's, and
  // files beside and above the site.
  mkdirSync(join(dist, 'public-old'));
  writeFileSync(join(dist, 'public-old', 'secret.txt'), SECRET);
  writeFileSync(join(dist, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  server = await serve(join(dist, 'public'), port, '127.0.0.1');
});

afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('serves pages, folders and the 404 page', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body.toString()).toContain('build 0');
    expect((await get('/documents/')).status).toBe(200);
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('页面不存在');
    const gz = await get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain('build 0');
  });

  it('answers malformed addresses with 400 and keeps running', async () => {
    for (const target of ['/%', '/%E0%A4%A', '/%zz', '/a%00b', '/%C0%AF']) {
      expect((await get(target)).status, target).toBe(400);
    }
    expect((await get('/')).status).toBe(200);
  });

  it('never serves a file outside the site, in any encoding', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../secret.txt',
      '/..%2fsecret.txt',
      '/..%2fpublic-old%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fpublic-old%2Fsecret.txt',
      '/.%2e/public-old/secret.txt',
      '/documents/../../secret.txt',
      '/documents/..%2f..%2fsecret.txt',
      '/%252e%252e/secret.txt',
      '/%252e%252e%252fsecret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/..%5c..%5csecret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '/..;/secret.txt',
      '//../secret.txt',
    ];
    for (const target of attempts) {
      const response = await get(target);
      expect([400, 404], target).toContain(response.status);
      expect(response.body.toString(), target).not.toContain(SECRET);
    }
  });

  it('redirects a folder without its slash only to a path on this site', async () => {
    expect((await get('/documents')).headers.location).toBe('/documents/');
    expect((await get('/documents?q=1')).headers.location).toBe('/documents/?q=1');
    for (const target of [
      '/.//documents',
      '//documents',
      '///documents',
      '/./documents',
      '/.//evil.example/..%2fdocuments',
      '/%2f%2fevil.example/..%2f..%2fdocuments',
    ]) {
      const response = await get(target);
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.location ?? '';
        expect(location, target).toMatch(/^\/[^/\\]/);
        expect(new URL(location, `http://127.0.0.1:${port}/`).origin, target).toBe(`http://127.0.0.1:${port}`);
      } else {
        expect([400, 404], target).toContain(response.status);
      }
    }
  });

  it('answers only GET and HEAD; other methods get 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const response = await get('/', { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe('GET, HEAD');
    }
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('keeps answering every request while the site is published again and again', async () => {
    // Another process publishes a new build every few milliseconds, as scripts/build.mjs does
    // at the end of a rebuild, while four clients ask for pages in a loop.
    const dist = join(dir, 'dist');
    const publisher = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { mkdirSync, writeFileSync } from 'node:fs';
         import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
         import { newBuildDir, publish } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../../scripts/publish.mjs')).href)};
         const dist = ${JSON.stringify(dist)};
         let n = 0;
         const until = Date.now() + 3000;
         while (Date.now() < until) {
           const build = newBuildDir(dist, 'public') + '-' + n;
           mkdirSync(join(build, 'documents'), { recursive: true });
           n++;
           writeFileSync(join(build, 'index.html'), '<p>build ' + n + '</p>');
           writeFileSync(join(build, 'documents', 'index.html'), '<p>build ' + n + '</p>');
           writeFileSync(join(build, '404.html'), '<p>404</p>');
           publish(dist, 'public', build);
           await new Promise((ok) => setTimeout(ok, 2));
         }
         console.log(n);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    publisher.stdout.on('data', (chunk) => (output += chunk));
    const done = new Promise<number | null>((ok) => publisher.on('close', ok));
    const failures: string[] = [];
    const seen = new Set<string>();
    let requests = 0;
    const until = Date.now() + 3000;
    const client = async () => {
      while (Date.now() < until) {
        for (const target of ['/', '/index.html', '/documents/']) {
          requests++;
          try {
            const response = await get(target);
            const mark = /build (\d+)/.exec(response.body.toString())?.[1];
            if (response.status !== 200 || !mark) failures.push(`${target}: ${response.status}`);
            else seen.add(mark);
          } catch (error) {
            failures.push(`${target}: ${(error as Error).message}`);
          }
        }
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    expect(await done).toBe(0);
    const builds = Number(output.trim());
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(60);
    expect(builds).toBeGreaterThan(20);
    expect(seen.size).toBeGreaterThan(5);
    // Old builds are removed: of the publisher's, only the published one and the one it replaced are left.
    expect(readdirSync(join(dist, '.builds')).filter((n) => n.includes(`-${publisher.pid}-`)).length).toBeLessThanOrEqual(2);
  }, 20_000);

  it('says the site is not built rather than failing when there is no site', async () => {
    const other = await serve(join(dir, 'nothing-here'), port + 1, '127.0.0.1');
    try {
      const response = await rawRequest({ port: port + 1, target: '/' });
      expect(response.status).toBe(503);
    } finally {
      await new Promise((ok) => other.close(ok));
    }
  });
});

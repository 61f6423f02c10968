// Check a deployed site from the outside: asks a few addresses of the public and the staff
// edition and prints, for each, the status and the headers that matter, and whether they are as
// deploy/ configures them (README.md, "Deploying").
//   npm run check:deploy -- <public address> [<staff address>] [--resolve <IP address>]
// e.g. npm run check:deploy -- https://www.example.edu.cn https://staff.example.edu.cn
// With STAFF_USER and STAFF_PASSWORD set, it also checks that the staff password opens the staff
// edition. --resolve connects to that address instead of asking DNS (to check a new server
// before the host names point at it). Exits with 1 when anything is not as it should be.
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { gunzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const resolveAt = args.indexOf('--resolve');
const address = resolveAt >= 0 ? args.splice(resolveAt, 2)[1] : undefined;
const [publicUrl, staffUrl] = args;
if (!publicUrl || !/^https?:\/\//.test(publicUrl) || (staffUrl && !/^https?:\/\//.test(staffUrl))) {
  console.error('usage: npm run check:deploy -- <public address> [<staff address>] [--resolve <IP address>]');
  console.error('   e.g. npm run check:deploy -- https://www.example.edu.cn https://staff.example.edu.cn');
  process.exit(2);
}
const user = process.env.STAFF_USER;
const password = process.env.STAFF_PASSWORD;

/** One GET, following nothing; resolves to status, headers and the (unzipped) body. */
function get(base, path, headers = {}) {
  const url = new URL(path, base);
  const client = url.protocol === 'https:' ? https : http;
  const lookup = address
    ? (_host, options, callback) =>
        options?.all
          ? callback(null, [{ address, family: address.includes(':') ? 6 : 4 }])
          : callback(null, address, address.includes(':') ? 6 : 4)
    : undefined;
  return new Promise((ok, fail) => {
    const request = client.get(url, { headers: { 'Accept-Encoding': 'gzip', ...headers }, lookup, timeout: 15_000 }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => {
        let body = Buffer.concat(chunks);
        if (response.headers['content-encoding'] === 'gzip' && body.length > 0) body = gunzipSync(body);
        ok({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8') });
      });
      response.on('error', fail);
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 15 s')));
    request.on('error', fail);
  });
}

let checks = 0;
const problems = [];
const notes = [];

/**
 * Ask for `path` and print what came back; `expect` lists what must hold, as [description, boolean],
 * or [description, boolean, 'note'] for what is worth a look but not wrong in itself.
 */
async function check(base, label, path, expect, headers) {
  checks++;
  let response;
  try {
    response = await get(base, path, headers);
  } catch (error) {
    problems.push(`${base}${path}: ${error.message}`);
    console.log(`  PROBLEM  ---  ${label.padEnd(28)} ${error.message}`);
    return undefined;
  }
  const h = response.headers;
  const shown = [
    h['cache-control'] && `Cache-Control: ${h['cache-control']}`,
    h['content-encoding'] && `Content-Encoding: ${h['content-encoding']}`,
    h['www-authenticate'] && `WWW-Authenticate: ${h['www-authenticate']}`,
    h['content-security-policy'] ? 'CSP: yes' : 'CSP: none',
    h['x-content-type-options'] && `X-Content-Type-Options: ${h['x-content-type-options']}`,
    h['x-robots-tag'] && `X-Robots-Tag: ${h['x-robots-tag']}`,
  ].filter(Boolean);
  const unmet = expect(response).filter(([, holds]) => !holds);
  const failed = unmet.filter(([, , level]) => level !== 'note');
  console.log(`  ${failed.length ? 'PROBLEM' : 'ok     '}  ${response.status}  ${label.padEnd(28)} ${shown.join(' · ')}`);
  for (const [what, , level] of unmet) {
    console.log(`           ↳ ${level === 'note' ? 'note: expected' : 'expected'} ${what}`);
    (level === 'note' ? notes : problems).push(`${base}${path}: expected ${what}`);
  }
  return response;
}

const year = /max-age=31536000/;
const isHtml = (r) => /text\/html/.test(String(r.headers['content-type']));
const hashesOf = (html) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}'`,
  );

console.log(`PUBLIC EDITION  ${publicUrl}`);
const home = await check(publicUrl, 'home page', '/', (r) => [
  ['status 200', r.status === 200],
  ['Cache-Control: no-cache', r.headers['cache-control'] === 'no-cache'],
  ['a Content-Security-Policy', Boolean(r.headers['content-security-policy'])],
  ['X-Content-Type-Options: nosniff', r.headers['x-content-type-options'] === 'nosniff'],
  ['gzip', r.headers['content-encoding'] === 'gzip'],
]);
await check(publicUrl, 'search page', '/search/', (r) => [
  ['status 200', r.status === 200],
  [
    "the CSP lists the hash of the page's inline script (run deploy/publish.sh again: it reloads nginx)",
    hashesOf(r.body).every((hash) => String(r.headers['content-security-policy']).includes(hash)),
  ],
]);
const css = /href="(\/_astro\/[^"]+\.css)"/.exec(home?.body ?? '')?.[1];
if (css)
  await check(publicUrl, 'stylesheet', css, (r) => [
    ['status 200', r.status === 200],
    ['kept for a year', year.test(String(r.headers['cache-control']))],
  ]);
await check(publicUrl, 'search script', '/pagefind/pagefind.js', (r) => [
  ['status 200', r.status === 200],
  ['checked on every use (not kept for a year)', !year.test(String(r.headers['cache-control']))],
]);
const entry = await check(publicUrl, 'search index entry', '/pagefind/pagefind-entry.json', (r) => [['status 200', r.status === 200]]);
const language = (() => {
  try {
    return Object.values(JSON.parse(entry?.body ?? '{}').languages ?? {})[0]?.hash;
  } catch {
    return undefined;
  }
})();
if (language) {
  await check(publicUrl, 'search index metadata', `/pagefind/pagefind.${language}.pf_meta`, (r) => [
    ['status 200', r.status === 200],
    ['kept for a year', year.test(String(r.headers['cache-control']))],
  ]);
}
await check(publicUrl, 'unknown address', `/no-such-page-${Date.now()}/`, (r) => [
  ['status 404', r.status === 404],
  ['the site’s 404 page', isHtml(r) && r.body.includes('<title>')],
]);
await check(publicUrl, 'a folder (no listing)', '/_astro/', (r) => [['status 404', r.status === 404]]);
await check(publicUrl, 'path traversal', '/..%2f..%2f..%2fetc%2fpasswd', (r) => [
  ['refused', r.status !== 200 && !r.body.includes('root:')],
]);
await check(publicUrl, 'sitemap', '/sitemap.xml', (r) => [
  ['status 200', r.status === 200],
  [`addresses under ${publicUrl} (siteUrl in content/settings.yaml)`, r.body.includes(`<loc>${publicUrl.replace(/\/$/, '')}/`), 'note'],
]);

if (staffUrl) {
  console.log(`\nSTAFF EDITION  ${staffUrl}`);
  await check(staffUrl, 'home page, no password', '/', (r) => [['status 401 (password asked)', r.status === 401]]);
  await check(staffUrl, 'search index, no password', '/pagefind/pagefind-entry.json', (r) => [
    ['status 401 (password asked)', r.status === 401],
  ]);
  await check(staffUrl, 'unknown address, no password', '/no-such-page/', (r) => [['status 401 (password asked)', r.status === 401]]);
  if (user && password) {
    const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    await check(
      staffUrl,
      'home page, with password',
      '/',
      (r) => [
        ['status 200 (401: the user name or password was refused)', r.status === 200],
        ['Cache-Control: private, no-cache', r.headers['cache-control'] === 'private, no-cache'],
        ['X-Robots-Tag: noindex', /noindex/.test(String(r.headers['x-robots-tag']))],
      ],
      { Authorization: authorization },
    );
    await check(staffUrl, 'search index, with password', '/pagefind/pagefind-entry.json', (r) => [['status 200', r.status === 200]], {
      Authorization: authorization,
    });
    await check(
      staffUrl,
      'sitemap, with password',
      '/sitemap.xml',
      (r) => [
        ['status 200', r.status === 200],
        [
          `addresses under ${staffUrl} (staffUrl in content/settings.yaml)`,
          r.body.includes(`<loc>${staffUrl.replace(/\/$/, '')}/`),
          'note',
        ],
      ],
      { Authorization: authorization },
    );
  } else {
    console.log('  (set STAFF_USER and STAFF_PASSWORD to check that the password opens the staff edition)');
  }
}

const noted = notes.length ? ` (${notes.length} note${notes.length > 1 ? 's' : ''} above)` : '';
console.log(
  problems.length ? `\n${problems.length} of ${checks} checks found a problem${noted}.` : `\nall ${checks} checks passed${noted}`,
);
process.exit(problems.length ? 1 : 0);

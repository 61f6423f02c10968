/**
 * Both editions as the README deploys them: published by deploy/publish.sh, served by nginx with
 * the configuration deploy/render-nginx.sh writes (tests/deploy/nginx-site.ts starts it). What a
 * member of staff, a parent and an attacker would notice: the staff edition closed without the
 * password and working with it, its search included; headers and cache rules; search under the
 * Content-Security-Policy; no way out of the web root; the 404 page; no directory listings.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { rawRequest, type RawResponse } from '../helpers/raw-http.ts';
import { documentsOf } from '../e2e/helpers.ts';
import { documentHref } from '../../src/lib/links.ts';
import { siteContent } from '../../src/lib/content/pipeline.ts';
import { readState, site } from './nginx-site.ts';

const root = join(import.meta.dirname, '../..');
const settings = siteContent(join(root, 'content')).settings;
const state = readState();
const publicOrigin = `http://${site.publicHost}:${site.port}`;
const staffOrigin = `http://${site.staffHost}:${site.port}`;
const authorization = `Basic ${Buffer.from(`${site.user}:${site.password}`).toString('base64')}`;
const wrongPassword = `Basic ${Buffer.from(`${site.user}:wrong`).toString('base64')}`;

type Options = { method?: string; headers?: Record<string, string>; port?: number; localAddress?: string };
/** A request to the public host, sent exactly as written. */
const toPublic = (target: string, o: Options = {}) =>
  rawRequest({
    port: o.port ?? site.port,
    target,
    hostHeader: site.publicHost,
    method: o.method,
    headers: o.headers,
    localAddress: o.localAddress,
  });
/** A request to the staff host, with the password unless other headers are given. */
const toStaff = (target: string, o: Options = {}) =>
  rawRequest({
    port: o.port ?? site.port,
    target,
    hostHeader: site.staffHost,
    method: o.method,
    headers: o.headers ?? { Authorization: authorization },
    localAddress: o.localAddress,
  });

/** Real files of a published edition, to ask for by name: one of each kind. */
function filesOf(edition: 'public' | 'staff') {
  const dir = join(state.webRoot, edition);
  const first = (sub: string, pattern: RegExp) => {
    const name = readdirSync(join(dir, sub)).find((n) => pattern.test(n));
    if (!name) throw new Error(`no ${pattern} in ${edition}/${sub}`);
    return `/${sub ? `${sub}/` : ''}${name}`;
  };
  return {
    css: first('_astro', /\.css$/),
    js: first('_astro', /\.js$/),
    pagefindJs: '/pagefind/pagefind.js',
    entry: '/pagefind/pagefind-entry.json',
    meta: first('pagefind', /^pagefind\..+\.pf_meta$/),
    wasm: first('pagefind', /^wasm\..+\.pagefind$/),
    fragment: first('pagefind/fragment', /\.pf_fragment$/),
    index: first('pagefind/index', /\.pf_index$/),
    filter: first('pagefind/filter', /\.pf_filter$/),
  };
}

/** A staff-only document and a run of its own words (from its first article) that no public page holds. */
const { staffOnly, staffSentence } = (() => {
  for (const doc of documentsOf('public').excluded.filter((d) => d.data.audience === 'staff' && d.data.status !== 'draft')) {
    const article = /^第一条[\s\u3000]+(.+)$/m.exec(doc.body)?.[1] ?? '';
    // Placeholders (〔学校名称〕) are filled in on the page; a run of plain Chinese between them is what a reader types.
    const run = article
      .split(/〔[^〕]*〕/)
      .join('|')
      .match(/[\u4e00-\u9fff]{12,}/)?.[0];
    if (run) return { staffOnly: doc, staffSentence: run.slice(0, 12) };
  }
  throw new Error('no staff-only document with a first article to search for');
})();
const staffDoc = documentHref(staffOnly.id);

test('the staff-only sentence used below exists only in the staff edition', () => {
  expect(staffSentence.length).toBe(12);
});

test.describe('the staff edition is for staff only', () => {
  const files = filesOf('staff');
  const addresses = [
    '/',
    staffDoc,
    '/search/',
    '/sitemap.xml',
    '/robots.txt',
    '/404.html',
    '/index.html.gz',
    files.css,
    files.js,
    files.pagefindJs,
    files.entry,
    files.meta,
    files.wasm,
    files.fragment,
    files.index,
    files.filter,
  ];

  test('every file, the search index included, answers 401 without the password or with a wrong one', async () => {
    for (const target of [...addresses, '/no-such-page/', '/pagefind/', '/_astro/']) {
      for (const headers of [{}, { Authorization: wrongPassword }] as Array<Record<string, string>>) {
        for (const method of ['GET', 'HEAD']) {
          const response = await toStaff(target, { headers, method });
          expect(response.status, `${method} ${target} ${JSON.stringify(headers)}`).toBe(401);
          expect(response.headers['www-authenticate'], target).toMatch(/^Basic /);
          expect(response.headers['cache-control'], target).toBe('no-store');
          expect(response.body.toString('latin1'), target).not.toContain(staffOnly.data.title);
        }
      }
    }
  });

  test('with the password every file answers 200', async () => {
    for (const target of addresses) {
      const response = await toStaff(target);
      expect(response.status, target).toBe(200);
      expect(response.body.length, target).toBeGreaterThan(0);
    }
    expect((await toStaff(staffDoc)).body.toString()).toContain(staffOnly.data.title);
    expect((await toStaff('/no-such-page/')).status).toBe(404);
  });

  test('the public host does not serve staff pages', async () => {
    expect((await toPublic(staffDoc)).status).toBe(404);
  });

  test("its canonical links and sitemap name the staff edition's own addresses, and each answers", async () => {
    const sitemap = (await toStaff('/sitemap.xml')).body.toString();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(50);
    for (const loc of locs) {
      expect(loc.startsWith(`${settings.staffUrl}/`), loc).toBe(true);
      expect((await toStaff(new URL(loc).pathname)).status, loc).toBe(200);
    }
    const page = (await toStaff(staffDoc)).body.toString();
    expect(page).toContain(`<link rel="canonical" href="${settings.staffUrl}${staffDoc}">`);
    const publicSitemap = (await toPublic('/sitemap.xml')).body.toString();
    expect(publicSitemap).toContain(`<loc>${settings.siteUrl}/</loc>`);
    expect(publicSitemap).not.toContain(settings.staffUrl);
  });

  test('with a school-network allow-list: the password and the network are both needed', async () => {
    const from = (localAddress: string, headers?: Record<string, string>) => toStaff('/', { port: site.allowPort, localAddress, headers });
    expect((await from('127.0.0.1')).status).toBe(200);
    expect((await from('127.0.0.1', {})).status).toBe(401);
    expect((await from('127.0.0.2')).status).toBe(403);
    expect((await from('127.0.0.2', {})).status).toBe(403);
    // The public edition stays open to everyone.
    expect((await toPublic('/', { port: site.allowPort, localAddress: '127.0.0.2' })).status).toBe(200);
  });
});

test.describe('headers and cache rules', () => {
  const files = filesOf('public');

  /** The CSP as directive → sources. */
  function csp(response: RawResponse): Map<string, string[]> {
    const header = response.headers['content-security-policy'] ?? '';
    return new Map(
      header
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name!, sources]),
    );
  }

  test('public pages carry the security headers, and the policy allows only the site itself', async () => {
    for (const target of ['/', '/search/', '/documents/charter/', '/no-such-page/', files.css, files.pagefindJs]) {
      const response = await toPublic(target);
      expect(response.headers['x-content-type-options'], target).toBe('nosniff');
      expect(response.headers['referrer-policy'], target).toBe('same-origin');
      expect(response.headers['x-frame-options'], target).toBe('DENY');
      expect(response.headers.server, target).toBe('nginx'); // no version
      const policy = csp(response);
      expect(policy.get('default-src'), target).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors'), target).toEqual(["'none'"]);
      expect(policy.get('object-src'), target).toEqual(["'none'"]);
      expect(policy.get('base-uri'), target).toEqual(["'none'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts.slice(0, 2), target).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      for (const source of [...policy.values()].flat()) {
        expect(source, `${target}: ${source}`).toMatch(/^'(self|none|wasm-unsafe-eval|unsafe-hashes|sha256-[A-Za-z0-9+/]+=*)'$/);
      }
    }
  });

  test('hashed files are kept for a year, everything else is checked on every use, errors are not stored', async () => {
    const year = 'public, max-age=31536000, immutable';
    const expected: Array<[string, number, string]> = [
      ['/', 200, 'no-cache'],
      ['/search/', 200, 'no-cache'],
      ['/documents/charter/', 200, 'no-cache'],
      ['/sitemap.xml', 200, 'no-cache'],
      ['/favicon.svg', 200, 'no-cache'],
      [files.pagefindJs, 200, 'no-cache'],
      [files.entry, 200, 'no-cache'],
      [files.wasm, 200, 'no-cache'],
      [files.css, 200, year],
      [files.js, 200, year],
      [files.meta, 200, year],
      [files.fragment, 200, year],
      [files.index, 200, year],
      [files.filter, 200, year],
      ['/no-such-page/', 404, 'no-store'],
      ['/_astro/no-such-file.css', 404, 'no-store'],
      ['/pagefind/fragment/no-such.pf_fragment', 404, 'no-store'],
      ['/documents', 301, 'no-store'],
    ];
    for (const [target, status, cache] of expected) {
      const response = await toPublic(target);
      expect(response.status, target).toBe(status);
      expect(response.headers['cache-control'], target).toBe(cache);
    }
    const staffFiles = filesOf('staff');
    expect((await toStaff('/')).headers['cache-control']).toBe('private, no-cache');
    expect((await toStaff(staffFiles.pagefindJs)).headers['cache-control']).toBe('private, no-cache');
    expect((await toStaff(staffFiles.fragment)).headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect((await toStaff(staffFiles.css)).headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect((await toStaff('/')).headers['x-robots-tag']).toBe('noindex, nofollow');
  });

  test('text is sent gzipped from the files compressed at publishing, to browsers that accept it', async () => {
    for (const target of ['/', '/search/', files.css, files.pagefindJs]) {
      const file = join(state.webRoot, 'public', target.endsWith('/') ? `${target}index.html` : target);
      const zipped = await toPublic(target, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      expect(zipped.headers['content-encoding'], target).toBe('gzip');
      expect(zipped.headers.vary, target).toContain('Accept-Encoding');
      expect(zipped.body.equals(readFileSync(`${file}.gz`)), `${target}: the .gz file as it is`).toBe(true);
      expect(gunzipSync(zipped.body).equals(readFileSync(file)), target).toBe(true);
      const plain = await toPublic(target);
      expect(plain.headers['content-encoding'], target).toBeUndefined();
      expect(plain.body.equals(readFileSync(file)), target).toBe(true);
    }
  });

  test('only GET and HEAD are answered', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      expect([405, 501], method).toContain((await toPublic('/', { method })).status);
    }
    expect((await toPublic('/', { method: 'HEAD' })).status).toBe(200);
  });
});

test.describe('addresses that lead nowhere', () => {
  const notFoundTitle = /<title>[^<]+<\/title>/.exec(readFileSync(join(state.webRoot, 'public', '404.html'), 'utf8'))![0];

  test('unknown addresses get the 404 page with status 404', async () => {
    for (const target of [
      '/no-such-page/',
      '/documents/no-such-document/',
      '/no-such-file.html',
      '/powers/zz-99/',
      '/%E6%96%87%E4%BB%B6/',
    ]) {
      const response = await toPublic(target);
      expect(response.status, target).toBe(404);
      expect(response.body.toString(), target).toContain(notFoundTitle);
    }
    const staff = await toStaff('/no-such-page/');
    expect(staff.status).toBe(404);
    expect(staff.body.toString()).toContain('<title>');
  });

  test('folders are never listed', async () => {
    for (const target of ['/_astro/', '/pagefind/', '/pagefind/fragment/', '/pagefind/index/', '/.builds/']) {
      for (const response of [await toPublic(target), await toStaff(target)]) {
        expect(response.status, target).toBe(404);
        expect(response.body.toString(), target).not.toMatch(/Index of|<pre>|\.pf_fragment|\.pf_index/);
      }
    }
  });

  test('path traversal fails in every encoding, on both hosts', async () => {
    test.setTimeout(180_000);
    const up = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '..%00', '%c0%ae%c0%ae', '..;'];
    const slash = ['/', '%2f', '%2F', '%252f', '\\', '%5c', '%5C'];
    const targets = new Set<string>();
    for (const u of up) {
      for (const s of slash) {
        // Beside the web root, in a folder named like an edition, the CSP file, the other edition.
        for (const file of ['secret.txt', `public-old${s}secret.txt`, `csp.conf`, `staff${s}index.html`]) {
          targets.add(`/${u}${s}${file}`);
          targets.add(`/documents/${u}${s}${u}${s}${file}`);
        }
      }
    }
    targets.add('/../../../../../../etc/passwd');
    targets.add('/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd');
    targets.add('//../secret.txt');
    expect(targets.size).toBeGreaterThan(400);
    expect((await toStaff('/')).body.toString()).toContain('校内版');
    for (const target of targets) {
      const [fromPublic, fromStaff] = await Promise.all([toPublic(target), toStaff(target)]);
      for (const response of [fromPublic, fromStaff]) {
        expect([400, 404], target).toContain(response.status);
        const body = response.body.toString();
        expect(body, target).not.toContain(site.secret);
        expect(body, target).not.toContain('root:x:0:0');
        expect(body, target).not.toContain('Content-Security-Policy');
      }
      // From the public host, nothing of the staff edition (every staff page says 校内版).
      expect(fromPublic.body.toString(), target).not.toContain('校内版');
    }
  });
});

/**
 * Collect CSP violations, console errors and page errors of `page`. The 404 that the browser
 * reports for an address the test asks for on purpose (/no-such-page/) is not a problem.
 */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
    });
    // Record whether the search page's inline script ran (the page's own script removes its class later).
    new MutationObserver(() => {
      if (document.documentElement?.classList.contains('has-query')) document.documentElement.dataset.inlineScriptRan = 'yes';
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (page.url().includes('/no-such-page/') && /status of 404/.test(message.text())) return;
    problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

test.describe('in Chromium', () => {
  test('search works on the public site under the CSP, with no violation or console error', async ({ page }) => {
    const problems = await watch(page);
    await page.goto(`${publicOrigin}/search/?q=${encodeURIComponent('请假')}`);
    // Pagefind, its wasm and index loaded: results are listed …
    await expect(page.locator('[data-search] a[href^="/"]').first()).toBeVisible({ timeout: 20_000 });
    // … and the inline pre-paint script ran (its hash is in the policy).
    await expect(page.locator('html')).toHaveAttribute('data-inline-script-ran', 'yes');
    // Typing a new query into the form works too.
    await page.fill('#q', '家长委员会');
    await page.press('#q', 'Enter');
    await expect(page.locator('[data-search] a[href^="/"]').first()).toBeVisible({ timeout: 20_000 });
    expect(problems).toEqual([]);
  });

  test('the staff-only sentence is not found on the public site', async ({ page }) => {
    await page.goto(`${publicOrigin}/search/?q=${encodeURIComponent(staffSentence)}`);
    await expect(page.locator('[data-search]')).toContainText('没有找到', { timeout: 20_000 });
    await expect(page.locator(`[data-search] a[href^="${staffDoc}"]`)).toHaveCount(0);
  });

  test('without the password the staff edition shows nothing', async ({ page }) => {
    // Headless Chromium gives up at the password prompt: the navigation fails on the 401.
    const answer = page.waitForResponse(`${staffOrigin}${staffDoc}`);
    const navigation = await page.goto(`${staffOrigin}${staffDoc}`).catch((error: Error) => error);
    expect(String(navigation)).toContain('ERR_INVALID_AUTH_CREDENTIALS');
    expect((await answer).status()).toBe(401);
    expect(await (await answer).text()).not.toContain(staffOnly.data.title);
  });

  test.describe('with a wrong password', () => {
    test.use({ httpCredentials: { username: site.user, password: 'not-the-password', origin: staffOrigin } });
    test('the staff edition stays closed', async ({ page }) => {
      const answer = page.waitForResponse(`${staffOrigin}/search/`);
      await page.goto(`${staffOrigin}/search/`).catch(() => undefined);
      expect((await answer).status()).toBe(401);
      await expect(page.locator('body')).not.toContainText('校内版');
    });
  });

  test.describe('with the password', () => {
    test.use({ httpCredentials: { username: site.user, password: site.password, origin: staffOrigin } });

    test('staff search finds a staff-only sentence, with no CSP violation', async ({ page }) => {
      const problems = await watch(page);
      const response = await page.goto(`${staffOrigin}/search/?q=${encodeURIComponent(staffSentence)}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator(`[data-search] a[href^="${staffDoc}"]`).first()).toBeVisible({ timeout: 20_000 });
      await page.locator(`[data-search] a[href^="${staffDoc}"]`).first().click();
      await expect(page.locator('main')).toContainText(staffSentence);
      expect(problems).toEqual([]);
    });
  });
});

test.describe('every page under the CSP', () => {
  for (const edition of ['public', 'staff'] as const) {
    test(`no page of the ${edition} edition breaks the policy`, async ({ browser }) => {
      test.setTimeout(180_000);
      const origin = edition === 'public' ? publicOrigin : staffOrigin;
      const context = await browser.newContext({ httpCredentials: { username: site.user, password: site.password, origin: staffOrigin } });
      const page = await context.newPage();
      const problems = await watch(page);
      const sitemap = readFileSync(join(state.webRoot, edition, 'sitemap.xml'), 'utf8');
      const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      for (const path of [...paths, '/search/', '/no-such-page/']) {
        const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        expect([200, 404], path).toContain(response?.status());
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

test('npm run check:deploy reports the deployment as it is', () => {
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts/check-deploy.mjs'), publicOrigin, staffOrigin, '--resolve', '127.0.0.1'],
    { encoding: 'utf8', timeout: 60_000, env: { ...process.env, STAFF_USER: site.user, STAFF_PASSWORD: site.password } },
  );
  expect(result.stderr).toBe('');
  expect(result.status, result.stdout).toBe(0);
  expect(result.stdout).toMatch(/ok +401 +home page, no password/);
  expect(result.stdout).toMatch(/ok +200 +home page, with password/);
  expect(result.stdout).toMatch(/ok +200 +search page/);
  // The test's host names are not the site's addresses in content/settings.yaml: noted, not failed.
  expect(result.stdout).toContain(`note: expected addresses under ${publicOrigin}`);
  expect(result.stdout).toMatch(/all 1\d checks passed \(2 notes above\)/);
});

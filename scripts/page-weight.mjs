// What a page costs a reader: every response Chromium receives while it loads, with its encoded
// (gzipped, as sent) body size and its kind. Shared by the budget tests (tests/e2e/budgets.spec.ts)
// and the page benchmark (scripts/bench-pages.mjs). Each measurement runs in a fresh browser
// context, so the cache is empty.

/** The kinds of bytes reported, in table order. */
export const KINDS = ['html', 'css', 'js', 'font', 'image', 'search', 'other'];

/** The kind of a response: by what the browser used it for, and Pagefind's data files by name. */
export function kindOf(resourceType, url) {
  const path = new URL(url).pathname;
  if (/\.(pf_\w+|pagefind)$|\.wasm$/.test(path) || path.endsWith('pagefind-entry.json')) return 'search';
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image' || /\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(path)) return 'image';
  if (/\.m?js$/.test(path)) return 'js';
  return 'other';
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string | undefined} baseURL
 * @param {string} path
 * @param {{ until?: string, viewport?: { width: number, height: number }, timeout?: number }} [options]
 *
 * Load `path` on `baseURL` at phone size in a new context of `browser` and sum what arrives.
 * `until`: a selector to wait for (then the network must go quiet), e.g. the first search result;
 * `timeout`: how long to wait for it (ms).
 * Returns { path, total, requests, byKind: {html, css, …}, responses: [{url, kind, bytes, status}] }.
 */
export async function measurePage(browser, baseURL, path, { until, viewport = { width: 390, height: 844 }, timeout = 30_000 } = {}) {
  const context = await browser.newContext({ baseURL, viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending = [];
  const onFinished = (request) => {
    pending.push(
      (async () => {
        const [response, sizes] = await Promise.all([request.response(), request.sizes()]);
        // Chromium reports no body size for a worker's own script: the Content-Length our server
        // sends (the gzipped size) is the same number and is always there.
        const length = Number((await response?.headerValue('content-length')) ?? NaN);
        return {
          url: request.url(),
          kind: kindOf(request.resourceType(), request.url()),
          bytes: Number.isFinite(length) ? length : sizes.responseBodySize,
          status: response?.status() ?? 0,
        };
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  await page.goto(path, { waitUntil: 'load' });
  if (until) await page.locator(until).first().waitFor({ timeout });
  await page.waitForLoadState('networkidle');
  // Wait for every finished request to be measured, those that finished while waiting included, and
  // stop listening before the context closes (a request measured after that would fail).
  let responses;
  do responses = await Promise.all(pending);
  while (responses.length < pending.length);
  page.removeAllListeners('requestfinished');
  await context.close();
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const r of responses) byKind[r.kind] += r.bytes;
  const total = responses.reduce((n, r) => n + r.bytes, 0);
  return { path, total, requests: responses.length, byKind, responses };
}

/** The search page opened with a query, as a shared link or the header's search form opens it. */
export function searchPath(query) {
  return `/search/?q=${encodeURIComponent(query)}`;
}

/**
 * What a reader downloads from opening /search/?q=… until the first results are drawn (or the page
 * has said that there are none), with an empty cache: the page, its script, Pagefind, the index
 * chunks and the fragments of the results on the first screen.
 */
export function measureSearch(browser, baseURL, query, options = {}) {
  return measurePage(browser, baseURL, searchPath(query), { ...options, until: '[data-search][data-state="done"]' });
}

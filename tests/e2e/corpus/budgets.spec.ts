/**
 * Page-weight budgets (numbers in src/lib/budgets.ts), measured in Chromium with an empty cache at
 * phone size: every response the page needs, gzipped as our server sends it (scripts/serve.mjs
 * compresses like a real host). A page over its budget fails with the page, the budget, what it
 * weighs and by how much it is over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { budgets, kib } from '../../../src/lib/budgets.ts';
import { measurePage, measureSearch } from '../../../scripts/page-weight.mjs';
import { median, realisticQueries } from '../../../scripts/search-quality.mjs';
import { distOf } from '../helpers.ts';

const sitemap = readFileSync(join(distOf('corpus', 'public'), 'sitemap.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
/** Reading pages of documents: a whole short document, a long one's contents page, each chapter page (not the whole-text page). */
const isDocumentPage = (path: string) => /^\/documents\/[^/]+\/(ch-\d+\/)?$/.test(path);

type Weight = Awaited<ReturnType<typeof measurePage>>;

/** "/documents/x/: 16.2 KiB (html 13.1 KiB, css 3.0 KiB), budget 15.0 KiB, over by 1.2 KiB" */
function verdict(w: Weight, budget: number): string {
  const parts = Object.entries(w.byKind)
    .filter(([, bytes]) => bytes > 0)
    .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
    .join(', ');
  const over = w.total - budget;
  return `${decodeURIComponent(w.path)}: ${kib(w.total)} gzipped in ${w.requests} requests (${parts}); budget ${kib(budget)}, ${over > 0 ? `over by ${kib(over)}` : `${kib(-over)} to spare`}`;
}

test('the sitemap lists reading pages of documents to hold to their budget', () => {
  expect(paths.filter(isDocumentPage).length).toBeGreaterThan(10);
});

for (const path of paths.filter(isDocumentPage)) {
  test(`document page ≤ ${kib(budgets.documentPage)}, no JavaScript: ${path}`, async ({ browser, baseURL }) => {
    const w = await measurePage(browser, baseURL, path);
    expect(
      w.responses.filter((r) => r.kind === 'js').map((r) => r.url),
      `${path} loads JavaScript`,
    ).toEqual([]);
    expect(w.total, verdict(w, budgets.documentPage)).toBeLessThanOrEqual(budgets.documentPage);
  });
}

for (const path of [...paths, '/search/', '/no-such-page/']) {
  test(`page ≤ ${kib(budgets.anyPage)} before search is used: ${path}`, async ({ browser, baseURL }) => {
    const w = await measurePage(browser, baseURL, path);
    expect(w.total, verdict(w, budgets.anyPage)).toBeLessThanOrEqual(budgets.anyPage);
  });
}

/** Bytes to first results for a search, with what was fetched. */
async function searchWeight(browser: Browser, baseURL: string | undefined, query: string) {
  const w = await measureSearch(browser, baseURL, query);
  return { ...w, fragments: w.responses.filter((r) => r.url.includes('.pf_fragment')).length };
}

for (const [query, budget] of [
  ['请假', budgets.searchToResults],
  ['学校', budgets.searchCommonWord],
] as const) {
  test(`from opening /search/?q=${query} to its first results ≤ ${kib(budget)}`, async ({ browser, baseURL, page }) => {
    const w = await searchWeight(browser, baseURL, query);
    const fetched = w.responses.map((r) => r.url);
    // The whole path is counted: the page, its script, Pagefind's wasm, index chunks and result fragments.
    expect(fetched.some((u) => u.includes('.pf_index'))).toBe(true);
    expect(w.fragments).toBeGreaterThan(0);
    // Only the first results' data, not every result's.
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search][data-state="done"]')).toBeAttached();
    const count = Number((await page.getByRole('main').getByRole('status').textContent())!.replace(/\D/g, ''));
    if (query === '学校') expect(w.fragments).toBeLessThan(count);
    console.log(`${verdict(w, budget)}; ${w.fragments} of ${count} results' data loaded`);
    expect(w.total, verdict(w, budget)).toBeLessThanOrEqual(budget);
  });
}

test(`from opening /search/?q=… to its first results, median over the realistic queries ≤ ${kib(budgets.searchToResultsMedian)}`, async ({
  browser,
  baseURL,
}) => {
  const queries = realisticQueries();
  test.setTimeout(queries.length * 6_000);
  const weights: Weight[] = [];
  // Two at a time, each in its own context with an empty cache.
  for (let i = 0; i < queries.length; i += 2)
    weights.push(...(await Promise.all(queries.slice(i, i + 2).map((q) => measureSearch(browser, baseURL, q)))));
  const middle = median(weights.map((w) => w.total));
  const heaviest = [...weights].sort((a, b) => b.total - a.total).slice(0, 3);
  console.log(
    `median ${kib(middle)} over ${weights.length} queries; heaviest: ${heaviest.map((w) => verdict(w, budgets.searchToResultsMedian)).join('; ')}`,
  );
  expect(middle, `median over ${weights.length} queries`).toBeLessThanOrEqual(budgets.searchToResultsMedian);
});

/**
 * Shared helpers for the browser tests: the content as the checker sees it (the fixture site for the
 * tests of how the site works, the real content for tests/e2e/corpus/), the built folders, page lists.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { siteContent } from '../../src/lib/content/pipeline.ts';
import { isPublished, type Edition } from '../../src/lib/editions.ts';
import { parseQuery, phraseQuery, termRuns } from '../../src/lib/search-text.ts';

/** The real corpus, checked. */
const root = join(import.meta.dirname, '../..');

/** The fixture site (tests/fixtures/site), checked: what the tests of how the site works are built from. */
export const site = siteContent(join(root, 'tests/fixtures/site'));
export const content = site.content;
/** How each of the fixture's documents is cut into pages. */
export const plans = site.plans;

/** The school's real content, checked: what tests/e2e/corpus/ is built from. */
export const corpus = siteContent(join(root, 'content'));

/** The built folder of an edition: of the fixture site, or of the real content. */
export function distOf(source: 'fixture' | 'corpus', edition: Edition): string {
  return join(root, source === 'fixture' ? 'dist/fixture' : 'dist', edition);
}

/** Documents in and out of an edition. */
export function documentsOf(edition: Edition) {
  return {
    included: content.documents.filter((d) => isPublished(d.data, edition)),
    excluded: content.documents.filter((d) => !isPublished(d.data, edition)),
  };
}

/** Power items in and out of an edition. */
export function powersOf(edition: Edition) {
  return {
    included: content.powers.filter((p) => isPublished(p.data, edition)),
    excluded: content.powers.filter((p) => !isPublished(p.data, edition)),
  };
}

/** Every path listed in the built sitemap. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml');
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** A search result as the tests look at it. */
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
}

/**
 * Run each query through the site's own Pagefind index in the page (loaded once), as the search
 * page asks it: every run of letters of every term as an exact phrase, the pages that have them all.
 */
export async function pagefindSearchAll(page: Page, queries: string[]): Promise<Hit[][]> {
  await page.goto('/search/');
  const phrases = queries.map((q) => parseQuery(q).flatMap(termRuns).map(phraseQuery));
  return page.evaluate(async (qs) => {
    const url = '/pagefind/pagefind.js';
    const pf = await import(/* @vite-ignore */ url);
    type Result = { id: string; words: number[]; data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> };
    const out = [];
    for (const runs of qs) {
      let found: Result[] | undefined;
      for (const run of runs) {
        const results = ((await pf.search(run)).results as Result[]).filter((r) => r.words.length > 0);
        found = found ? found.filter((f) => results.some((r) => r.id === f.id)) : results;
      }
      const data = await Promise.all((found ?? []).map((r) => r.data()));
      out.push(data.map((d) => ({ url: d.url, title: d.meta.title ?? '', excerpt: d.excerpt })));
    }
    return out;
  }, phrases);
}

/** One query through the site's own Pagefind index. */
export async function pagefindSearch(page: Page, query: string): Promise<Hit[]> {
  return (await pagefindSearchAll(page, [query]))[0]!;
}

/** WCAG 2.2 AA rule tags, the standard every page is held to, and axe's best practices (unique landmark names, …). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the current page, one line each (rule: elements), for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

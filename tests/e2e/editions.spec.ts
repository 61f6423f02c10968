/**
 * What is not public never leaks: staff-only documents and drafts leave no page, no link,
 * no sitemap entry and no search hit in the public edition.
 */
import { expect, test } from '@playwright/test';
import { parseAtomFeed } from 'feedsmith';
import { content, distOf, documentsOf, pagefindSearchAll, powersOf, site, sitemapPaths } from './helpers.ts';
import { hiddenFrom, leaks } from './leaks.ts';

const docs = documentsOf('public');
const powers = powersOf('public');
const hidden = hiddenFrom(site, 'public');
const dist = distOf('fixture', 'public');

test('the fixture has staff-only material, a draft and a staff-only attachment to prove this with', () => {
  expect(docs.excluded.some((d) => d.data.audience === 'staff' && d.data.status !== 'draft')).toBe(true);
  expect(docs.excluded.some((d) => d.data.status === 'draft')).toBe(true);
  expect(powers.excluded.length).toBeGreaterThan(0);
  expect(hidden.some((h) => h.kind === 'attachment')).toBe(true);
});

test('no page exists for anything that is not public', async ({ page }) => {
  for (const item of hidden) {
    const response = await page.request.get(item.url);
    expect(response.status(), item.url).toBe(404);
  }
});

test('no built file holds a hidden address or text, and no hidden attachment is published', () => {
  expect(leaks(dist, hidden)).toEqual([]);
});

test('the fixture has an earlier text of a staff-only document, and dated changes of staff-only items, to prove this with', () => {
  expect(hidden.some((h) => h.kind === 'version')).toBe(true);
  expect(powers.excluded.some((p) => (p.data.changes ?? []).length > 0)).toBe(true);
});

test('the list of changes and its feed have no change to anything the public edition leaves out', async ({ page }) => {
  const feed = parseAtomFeed(await (await page.request.get('/updates.xml')).text());
  const links = feed.entries!.map((e) => new URL(e.links!.find((l) => l.rel === 'alternate')!.href!).pathname);
  const html = await (await page.request.get('/updates/')).text();
  for (const item of hidden) {
    expect(
      links.filter((l) => l.startsWith(item.url)),
      item.url,
    ).toEqual([]);
    expect(html, item.url).not.toContain(`href="${item.url}`);
  }
  for (const p of powers.excluded) expect(html).not.toContain(p.data.code);
  expect(feed.entries!.some((e) => e.title?.value?.includes('家长委员会章程'))).toBe(true);
});

test('the sitemap lists every public page and nothing else', async ({ page }) => {
  const paths = await sitemapPaths(page);
  for (const d of docs.included) expect(paths).toContain(`/documents/${d.id}/`);
  for (const p of powers.included) expect(paths).toContain(`/powers/${p.id}/`);
  for (const v of content.versions.filter((v) => docs.included.some((d) => d.id === v.docId)))
    expect(paths).toContain(`/documents/${v.docId}/${v.date}/`);
  expect(paths).toContain('/updates/');
  for (const item of hidden) expect(paths).not.toContain(item.url);
});

test('the real search index has no hit for hidden material', async ({ page }) => {
  const queries = hidden
    .filter((item) => item.kind !== 'attachment')
    .flatMap((item) => [item.title, item.text].map((query) => ({ item, query })));
  const results = await pagefindSearchAll(
    page,
    queries.map((q) => q.query),
  );
  queries.forEach(({ item, query }, i) => {
    expect(
      results[i]!.map((r) => r.url).filter((u) => u.startsWith(item.url)),
      query,
    ).toEqual([]);
    expect(
      results[i]!.map((r) => r.title),
      query,
    ).not.toContain(item.title);
  });
});

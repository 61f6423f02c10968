/**
 * What is not public never leaks: staff-only documents and drafts leave no page, no link,
 * no sitemap entry and no search hit in the public edition.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { documentsOf, firstArticleText, pagefindSearchAll, powersOf, sitemapPaths } from './helpers.ts';

const docs = documentsOf('public');
const powers = powersOf('public');
const hidden = [
  ...docs.excluded.map((d) => ({
    kind: 'document',
    url: `/documents/${d.id}/`,
    title: d.data.title,
    text: firstArticleText(d.body),
    status: d.data.status,
  })),
  ...powers.excluded.map((p) => ({
    kind: 'power',
    url: `/powers/${p.id}/`,
    title: p.data.name,
    text: p.data.summary.slice(0, 30),
    status: p.data.status,
  })),
];
const dist = join(import.meta.dirname, '../../dist/public');

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

test('the corpus has staff-only material and a draft to prove this with', () => {
  expect(docs.excluded.some((d) => d.data.audience === 'staff' && d.data.status !== 'draft')).toBe(true);
  expect(docs.excluded.some((d) => d.data.status === 'draft')).toBe(true);
});

test('no page exists for anything that is not public', async ({ page }) => {
  for (const item of hidden) {
    const response = await page.request.get(item.url);
    expect(response.status(), item.url).toBe(404);
  }
});

test('no built file holds a hidden address or text', () => {
  // A public text may name a staff-only rule by its title (the charter does); what must never
  // appear is a link to it or its text. Pagefind's own files are compressed: searched below.
  const files = allFiles(dist).filter((f) => /\.(html|xml|txt|css|js|json|svg)$/.test(f));
  const texts = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
  for (const item of hidden) {
    for (const needle of [item.url, item.text].filter((s) => s.length >= 4)) {
      const found = texts.filter(([, t]) => t.includes(needle)).map(([f]) => f.slice(dist.length));
      expect(found, `${item.url}: "${needle}"`).toEqual([]);
    }
  }
});

test('the sitemap lists every public page and nothing else', async ({ page }) => {
  const paths = await sitemapPaths(page);
  for (const d of docs.included) expect(paths).toContain(`/documents/${d.id}/`);
  for (const p of powers.included) expect(paths).toContain(`/powers/${p.id}/`);
  for (const item of hidden) expect(paths).not.toContain(item.url);
});

test('the real search index has no hit for hidden material', async ({ page }) => {
  const queries = hidden.flatMap((item) => [item.title, item.text].map((query) => ({ item, query })));
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

/** The staff edition adds staff-only material, and still has no drafts. */
import { expect, test } from '@playwright/test';
import { axeViolations, documentsOf, pagefindSearch, pagefindSearchAll, sitemapPaths } from './helpers.ts';

const docs = documentsOf('staff');
const staffOnly = docs.included.filter((d) => d.data.audience === 'staff');

test('staff-only documents are published, linked and searchable', async ({ page }) => {
  expect(staffOnly.length).toBeGreaterThan(0);
  const paths = await sitemapPaths(page);
  for (const d of staffOnly) {
    expect((await page.request.get(`/documents/${d.id}/`)).status()).toBe(200);
    expect(paths).toContain(`/documents/${d.id}/`);
  }
  await page.goto('/documents/');
  for (const d of staffOnly) await expect(page.getByRole('link', { name: d.data.title, exact: true })).toBeVisible();
  const sample = staffOnly[0]!;
  const results = await pagefindSearch(page, sample.data.title);
  expect(results.map((r) => r.url)).toContainEqual(expect.stringContaining(`/documents/${sample.id}/`));
});

test('a staff-only document’s earlier texts, its 对照表 and its changes are in the staff edition', async ({ page }) => {
  const url = '/documents/rules-principal-meeting/2019-09-01/';
  expect((await page.request.get(url)).status()).toBe(200);
  expect((await page.request.get('/documents/rules-principal-meeting/compare/2019-09-01/2023-07-01/')).status()).toBe(200);
  await page.goto('/documents/rules-principal-meeting/');
  await expect(page.getByRole('region', { name: '历次版本' }).getByRole('link', { name: '2019年9月1日起施行的版本' })).toHaveAttribute(
    'href',
    url,
  );
  const feed = await (await page.request.get('/updates.xml')).text();
  expect(feed).toContain('/documents/rules-principal-meeting/compare/2019-09-01/2023-07-01/');
  expect(feed).toContain('HQ-01');
  await page.goto(url);
  expect(await axeViolations(page)).toEqual([]);
});

test('the staff edition says it is internal and asks not to be indexed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('校内版：含仅限校内的文件，请勿外传。')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(await (await page.request.get('/robots.txt')).text()).toContain('Disallow: /');
});

test('drafts are not in the staff edition either', async ({ page }) => {
  for (const d of docs.excluded) {
    expect(d.data.status).toBe('draft');
    expect((await page.request.get(`/documents/${d.id}/`)).status()).toBe(404);
  }
  const results = await pagefindSearchAll(
    page,
    docs.excluded.map((d) => d.data.title),
  );
  docs.excluded.forEach((d, i) => expect(results[i]!.map((r) => r.title)).not.toContain(d.data.title));
});

test.describe('accessibility of the pages only staff see', () => {
  test.use({ viewport: { width: 390, height: 900 } });
  for (const d of staffOnly) {
    test(`axe: /documents/${d.id}/`, async ({ page }) => {
      await page.goto(`/documents/${d.id}/`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('a body’s matters show inside its rules, each part linked to the article that says so', async ({ page }) => {
  await page.goto('/documents/rules-principal-meeting/');
  const list = page.locator('ul.matters');
  const items = list.locator('> li');
  expect(await items.count()).toBeGreaterThan(5);
  const link = items.first().getByRole('link').first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/documents\/[a-z0-9-]+\/(ch-\d+\/)?#art-\d+$/);
  expect((await page.request.get(href.replace(/#.*$/, ''))).status()).toBe(200);
});

/**
 * Every page of the real content as a parent reads it on a 360 px phone and as staff read it at 1280 px:
 * stacked tables keep sentences whole, every target not in a sentence is 44 × 44 px (WCAG 2.5.5), nothing is cut off at 200% text size,
 * the header keeps to a quarter of the first screen, and each page carries its date and what a shared
 * link shows. Every page, not an example: the sitemap's, the search page and the 404 page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distOf } from '../helpers.ts';
import { reflowProblems, stackedTableProblems, targetProblems } from '../page-checks.ts';

const sitemap = readFileSync(join(distOf('corpus', 'public'), 'sitemap.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const pages = [...paths, '/search/?q=%E8%AF%B7%E5%81%87', '/no-such-page/'];

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of pages) {
    test(`tables, targets and 200% text: ${decodeURIComponent(path)}`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/正在搜索|^$/);
      expect(await stackedTableProblems(page), 'stacked tables').toEqual([]);
      const targets = await targetProblems(page);
      expect(targets.problems, 'targets too small or crowded').toEqual([]);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height, 'the header’s share of the first screen').toBeLessThanOrEqual(740 / 4);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      expect(await reflowProblems(page), 'at 200% text size').toEqual([]);
    });
  }
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const path of pages) {
    test(`targets and 200% text: ${decodeURIComponent(path)}`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/正在搜索|^$/);
      expect((await targetProblems(page)).problems, 'targets too small or crowded').toEqual([]);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      expect(await reflowProblems(page), 'at 200% text size').toEqual([]);
    });
  }
});

test('every page says when its content last changed and what a shared link shows, with an image that exists', async ({ page }) => {
  const images = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('main .updated'), path).toHaveText(/^本页内容更新于 \d{4}年\d{1,2}月\d{1,2}日$/);
    for (const property of ['og:title', 'og:description', 'og:image', 'og:url'])
      expect(await page.locator(`meta[property="${property}"]`).getAttribute('content'), `${path} ${property}`).toBeTruthy();
    expect(await page.locator('meta[property="og:url"]').getAttribute('content'), path).toMatch(new RegExp(`${path}$`));
    images.add((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    images.add((await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'))!);
  }
  for (const image of images) {
    const response = await page.request.get(new URL(image, 'http://x').pathname);
    expect(response.status(), image).toBe(200);
    const png = await response.body();
    // The PNG signature, then the IHDR chunk: width and height.
    expect(png.subarray(1, 4).toString('latin1'), image).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect([width, height], image).toEqual(image.endsWith('og-image.png') ? [1200, 630] : [180, 180]);
  }
});

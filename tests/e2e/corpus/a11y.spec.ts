/**
 * One axe sweep over every built page of the public edition, at phone and desktop width,
 * against the WCAG 2.2 AA rules. No rule is switched off.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, distOf } from '../helpers.ts';

const sitemap = readFileSync(join(distOf('corpus', 'public'), 'sitemap.xml'), 'utf8');
const pages = [
  ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  '/search/?q=%E8%AF%B7%E5%81%87',
  '/search/?q=qqzzxxyy',
  '/no-such-page/',
];

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of pages) {
      test(`axe: ${decodeURIComponent(path)}`, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('/search/')) await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/正在搜索|^$/);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('in the dark colour scheme', () => {
  test.use({ viewport: { width: 390, height: 900 }, colorScheme: 'dark' });
  for (const path of [
    '/',
    '/documents/charter/',
    '/documents/rules-parents-committee/2016-03-20/',
    '/documents/charter/compare/2023-11-01/2026-11-18/',
    '/search/?q=%E8%AF%B7%E5%81%87',
  ]) {
    test(`axe (dark): ${decodeURIComponent(path)}`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(page.getByRole('main').getByRole('status')).not.toHaveText(/正在搜索|^$/);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

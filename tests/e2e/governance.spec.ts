/**
 * Who decides what (/decisions/) and the organisation chart (/organisation/) in the public edition:
 * every public matter once, no staff-only matter, every link landing on an element that exists,
 * no sideways scroll on a phone, the chart's links reachable by keyboard, and axe in the dark scheme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, content, distOf } from './helpers.ts';

const visible = (edition: 'public' | 'staff') => content.matters.filter((m) => edition === 'staff' || m.audience === 'public');
const publicMatters = visible('public');
const staffOnly = content.matters.filter((m) => m.audience === 'staff');
const dist = distOf('fixture', 'public');

/** Every distinct link target under `selector`, checked to exist: the page answers 200 and holds the anchor. */
async function expectLinksResolve(page: Page, selector: string) {
  const hrefs = [...new Set(await page.locator(`${selector} a[href]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))];
  expect(hrefs.length).toBeGreaterThan(0);
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const [path, anchor] = href.split('#') as [string, string | undefined];
    if (!pages.has(path)) {
      const response = await page.request.get(path);
      expect(response.status(), href).toBe(200);
      pages.set(path, await response.text());
    }
    if (anchor) expect(pages.get(path), href).toContain(`id="${anchor}"`);
  }
}

test.describe('the decision matrix', () => {
  test('lists every public matter exactly once in the table and once in the phone list, and no staff-only one', async ({ page }) => {
    expect(staffOnly.length).toBeGreaterThan(0);
    await page.goto('/decisions/');
    const rows = await page.locator('table.dm tbody tr[id^="m-"]').evaluateAll((trs) => trs.map((tr) => tr.id.slice(2)));
    expect(rows.toSorted()).toEqual(publicMatters.map((m) => m.id).toSorted());
    const items = await page.locator('.dm-list .dm-matter').evaluateAll((ds) => ds.map((d) => d.id.slice(2)));
    expect(items.toSorted()).toEqual(rows.toSorted());
    const html = readFileSync(join(dist, 'decisions/index.html'), 'utf8');
    for (const m of staffOnly) {
      expect(html, m.name).not.toContain(m.name);
      expect(html, m.id).not.toContain(`m-${m.id}"`);
    }
  });

  test('links every part a body plays to an article that exists, and names the link by part and article', async ({ page }) => {
    await page.goto('/decisions/');
    await expectLinksResolve(page, 'table.dm');
    const matter = publicMatters.find((m) => m.id === 'development-plan')!;
    const decides = matter.roles.find((r) => r.role === '决定')!;
    const row = page.locator(`#m-${matter.id}`);
    await expect(row.getByRole('link', { name: `决定：《学校章程》${decides.basis.article}` })).toHaveAttribute(
      'href',
      /^\/documents\/charter\/(ch-\d+\/)?#art-\d+$/,
    );
    // A body without a part in a matter reads as 无, not as nothing.
    const empty = page.locator('table.dm td:empty').first();
    expect(await empty.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('无');
  });

  test('gives each body’s quorum and voting rule, linked to its rules where those are public', async ({ page }) => {
    await page.goto('/decisions/');
    const parents = content.bodies.find((b) => b.id === 'parents-committee')!;
    const row = page.locator('#body-parents-committee');
    await expect(row).toContainText(parents.quorum!);
    await expect(row).toContainText(parents.votingRule!);
    await expect(row.getByRole('link', { name: '家委会的议事规则' })).toHaveAttribute('href', '/documents/rules-parents-committee/');
    // The Party committee's rules are staff-only: named, not linked.
    await expect(page.locator('#body-party-committee a')).toHaveCount(0);
  });

  for (const width of [360, 390]) {
    test(`shows one list per matter at ${width} px, with no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/decisions/');
      for (const table of await page.locator('.dm-table').all()) await expect(table).toBeHidden();
      for (const list of await page.locator('.dm-list').all()) await expect(list).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expect(page.locator(`#l-${publicMatters[0]!.id}`).getByRole('link', { name: /^决定：/ })).toBeVisible();
    });
  }

  test('on a wide screen, one table per category, reached from a jump list, with no box that scrolls up and down', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/decisions/');
    for (const list of await page.locator('.dm-list').all()) await expect(list).toBeHidden();
    const categories = [...new Set(publicMatters.map((m) => m.category))];
    await expect(page.locator('.dm-table')).toHaveCount(categories.length);
    for (const table of await page.locator('.dm-table').all()) {
      await expect(table).toBeVisible();
      // The whole table is on the page: nothing hidden inside a box that scrolls vertically.
      expect(await table.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    }
    // The jump list leads to each category's table.
    const jump = page.getByRole('navigation', { name: '快速查找' });
    await jump.getByRole('link', { name: categories[0]! }).first().click();
    const heading = page.getByRole('heading', { level: 3, name: new RegExp(`^${categories[0]!}`) });
    await expect(heading).toBeInViewport();
  });
});

test.describe('the organisation chart', () => {
  test('draws every department and links it to its powers, and every published body to its rules', async ({ page }) => {
    await page.goto('/organisation/');
    const chart = page.locator('.org-chart svg');
    for (const d of content.departments) await expect(chart.getByText(d.name, { exact: true })).toBeVisible();
    await expect(chart.getByRole('link', { name: '后勤保障部的小微权力' })).toHaveAttribute('href', '/powers/#group-logistics');
    await expect(chart.getByRole('link', { name: '家委会的议事规则' })).toHaveAttribute('href', '/documents/rules-parents-committee/');
    await expectLinksResolve(page, '.org');
    // Staff-only rules are not linked from the public chart.
    expect(readFileSync(join(dist, 'organisation/index.html'), 'utf8')).not.toContain('/documents/rules-party-committee/');
  });

  test('has a text equivalent with the same links, and draws supervision dashed', async ({ page }) => {
    await page.goto('/organisation/');
    const chartLinks = await page.locator('.org-chart a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).toSorted());
    const textLinks = await page.locator('.org-text a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).toSorted());
    expect(textLinks).toEqual(chartLinks);
    await expect(page.locator('.org-text')).toContainText('党支部书记兼校长');
    const dash = await page
      .locator('.org-chart .org-supervise')
      .first()
      .evaluate((g) => getComputedStyle(g).strokeDasharray);
    expect(dash).not.toBe('none');
  });

  test('reaches the chart’s links with the keyboard and shows where the focus is', async ({ page }) => {
    await page.goto('/organisation/');
    const first = page.locator('.org-chart a').first();
    const name = await first.getAttribute('aria-label');
    for (let i = 0; i < 40 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await expect(page.getByRole('link', { name: name! }).first()).toBeFocused();
    const fill = await first.locator('.org-hit').evaluate((r) => getComputedStyle(r).fill);
    expect(fill).not.toMatch(/transparent|rgba\(0, 0, 0, 0\)/);
  });

  test('fits a 360 px phone without sideways scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/organisation/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = (await page.locator('.org-chart svg').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  for (const width of [390, 1280]) {
    for (const path of ['/decisions/', '/organisation/']) {
      test(`axe (dark, ${width} px): ${path}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

/** The staff edition's decision matrix holds every matter, staff-only ones included, and its chart links the rules only staff see. */
import { expect, test } from '@playwright/test';
import { axeViolations, content } from './helpers.ts';

test('the staff decision matrix lists all matters once, each part linked to an article that exists', async ({ page }) => {
  await page.goto('/decisions/');
  const rows = await page.locator('table.dm tbody tr[id^="m-"]').evaluateAll((trs) => trs.map((tr) => tr.id.slice(2)));
  expect(rows.toSorted()).toEqual(content.matters.map((m) => m.id).toSorted());
  const hrefs = [...new Set(await page.locator('table.dm a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))];
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const [path, anchor] = href.split('#') as [string, string];
    if (!pages.has(path)) pages.set(path, await (await page.request.get(path)).text());
    expect(pages.get(path), href).toContain(`id="${anchor}"`);
  }
  const staffOnly = content.matters.find((m) => m.audience === 'staff')!;
  await expect(page.locator(`#m-${staffOnly.id} th`)).toHaveText(staffOnly.name);
});

test('the staff organisation chart links the Party committee’s rules', async ({ page }) => {
  await page.goto('/organisation/');
  await expect(page.locator('.org-chart').getByRole('link', { name: '党支部委员会的议事规则' })).toHaveAttribute(
    'href',
    '/documents/rules-party-committee/',
  );
});

test.describe('accessibility of the staff governance pages', () => {
  // axe takes about 45 s over the staff matrix (some 800 links and their sources) on this machine.
  test.describe.configure({ timeout: 180_000 });
  for (const width of [390, 1280]) {
    for (const path of ['/decisions/', '/organisation/']) {
      test(`axe (${width} px): ${path}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

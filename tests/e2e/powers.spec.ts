/** The power list as a working tool: catalogue, item pages with their flow charts, the view by role. */
import { expect, test } from '@playwright/test';
import { powersOf } from './helpers.ts';

const { included } = powersOf('public');

test('the catalogue lists every public item once, grouped, with working links', async ({ page }) => {
  await page.goto('/powers/');
  const rows = page.locator('table.stack tbody tr');
  await expect(rows).toHaveCount(included.length);
  const codes = await page.locator('table.stack tbody tr td:first-child').allTextContents();
  expect(codes.sort()).toEqual(included.map((p) => p.data.code).sort());
  await expect(page.getByText(`共 ${included.length} 项`)).toBeVisible();
  await page.getByRole('link', { name: included[0]!.data.name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(included[0]!.data.name);
});

test('the category view and the role view hold the same items', async ({ page }) => {
  await page.goto('/powers/categories/');
  await expect(page.locator('table.stack tbody tr')).toHaveCount(included.length);
  await page.goto('/powers/roles/');
  const responsible = included[0]!;
  const section = page.locator('section.role', {
    has: page.getByRole('link', { name: `${responsible.data.code} ${responsible.data.name}` }),
  });
  await expect(section).toHaveCount(1);
});

test('every item page has its flow chart with a text equivalent of the same steps', async ({ page }) => {
  for (const item of included) {
    await page.goto(`/powers/${item.id}/`);
    const chart = page.locator('figure.flow svg:visible');
    await expect(chart, item.data.code).toHaveAttribute('role', 'img');
    const name = await chart.evaluate((svg) => {
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/);
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(name, item.data.code).toContain(item.data.name);
    await expect(page.locator('ol.steps > li'), item.data.code).toHaveCount(item.data.steps.length);
    for (const [i, step] of item.data.steps.entries()) {
      await expect(page.locator(`#step-${i + 1}`)).toContainText(step.timeLimit);
    }
  }
});

test('a flow chart is readable at 360 px: no sideways scrolling, not shrunk', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const item of included.filter((p) => p.data.steps.some((s) => s.branches))) {
    await page.goto(`/powers/${item.id}/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, item.data.code).toBeLessThanOrEqual(0);
    const box = await page.locator('figure.flow svg:visible').boundingBox();
    const viewBox = await page.locator('figure.flow svg:visible').getAttribute('viewBox');
    const naturalWidth = Number(viewBox!.split(/\s+/)[2]);
    // Drawn for 340 px with 12–14 px text: shown at (nearly) full size, so the smallest text stays readable.
    expect(box!.width / naturalWidth, item.data.code).toBeGreaterThanOrEqual(0.95);
  }
});

test('a printed page carries its QR code and address at the top, clear of the title and the header’s rule', async ({ page }) => {
  for (const path of [`/powers/${included[0]!.id}/`, '/documents/charter/']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const qr = page.locator('.share .qr');
    await expect(qr, path).toBeVisible();
    const box = (await qr.boundingBox())!;
    // 24 mm = about 91 CSS px: large enough for a phone's camera.
    expect(box.width, path).toBeGreaterThanOrEqual(85);
    const address = page.locator('.share [data-share-url]');
    await expect(address, path).toHaveText(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    const share = (await page.locator('.share').boundingBox())!;
    const header = (await page.locator('.site-header').boundingBox())!;
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(share.y + share.height, `${path}: the address ends inside the header`).toBeLessThanOrEqual(header.y + header.height);
    expect(share.y + share.height, `${path}: above the title`).toBeLessThanOrEqual(title.y);
  }
});

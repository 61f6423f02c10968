/**
 * Earlier texts of a document, their 修订对照表 and the list of changes, on the fixture site (public
 * edition): the 2016 家委会章程 is an earlier text of the current one, which was later amended (修正)
 * by decision; XS-01 records dated changes.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseAtomFeed } from 'feedsmith';
import { axeViolations, content, distOf, site } from './helpers.ts';
import { fileFor } from './link-check.ts';
import { articleUnits, compareTexts } from '../../src/lib/compare.ts';
import { compareHref, documentHref, versionHref } from '../../src/lib/links.ts';
import { fillPlaceholders } from '../../src/lib/placeholders.ts';

const doc = 'rules-parents-committee';
const oldUrl = versionHref(doc, '2016-03-20');
const current = documentHref(doc);
const table = compareHref(doc, '2016-03-20', '2023-11-01');

/** The comparison worked out here from the two texts, to hold the page to. */
function expected() {
  const units = (d: (typeof content.documents)[number]) =>
    articleUnits(d.blocks, d.structure.roles, (s) => fillPlaceholders(s, site.settings));
  return compareTexts(
    units(content.versions.find((v) => v.id === `${doc}@2016-03-20`)!),
    units(content.documents.find((d) => d.id === doc)!),
  );
}

test('the document lists both of its texts, the current one first, with the 对照表 between them', async ({ page }) => {
  await page.goto(current);
  const versions = page.getByRole('region', { name: '历次版本' });
  const rows = versions.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('现行版本');
  await expect(rows.nth(0)).toContainText('2023年11月1日起');
  await expect(rows.nth(0).locator('[aria-current="page"]')).toHaveText('现行版本');
  await expect(rows.nth(1).getByRole('link', { name: '2016年3月20日起施行的版本' })).toHaveAttribute('href', oldUrl);
  await expect(rows.nth(1)).toContainText('2016年3月20日至2023年10月31日');
  await expect(rows.nth(1)).toContainText('已修订');
  await expect(rows.nth(0).getByRole('link', { name: '与前一版本的修订对照表' })).toHaveAttribute('href', table);
});

test('an earlier text has its own address, its dates in force, its status, the way to the current text, and its anchors', async ({
  page,
}) => {
  await page.goto(`${oldUrl}#art-12`);
  await expect(page.locator('h1')).toContainText('家长委员会章程');
  await expect(page.getByRole('note')).toContainText('这是旧版本，已被修订：2016年3月20日至2023年10月31日施行');
  await expect(page.getByRole('note').getByRole('link', { name: '《家长委员会章程》' })).toHaveAttribute('href', current);
  await expect(page.getByRole('note').getByRole('link', { name: '修订对照表' })).toHaveAttribute('href', table);
  await expect(page.locator('dl.meta')).toContainText('已修订');
  await expect(page.locator('dl.meta')).toContainText('2016年3月20日至2023年10月31日');
  await expect(page.locator('#art-12')).toBeInViewport();
  // Left out of the search index: it repeats the current text, and search is for the rule in force.
  expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('an earlier text’s own citations stay within it; citations of other documents go to their current text', async ({ page }) => {
  const html = readFileSync(fileFor(distOf('fixture', 'public'), oldUrl)!, 'utf8');
  expect(html).toContain(`<a href="${documentHref('charter')}">《学校章程》</a>`);
  // A staff-only document's earlier text is staff-only too.
  const staffVersion = versionHref('rules-principal-meeting', '2019-09-01');
  expect((await page.request.get(staffVersion)).status()).toBe(404);
  const staff = readFileSync(fileFor(distOf('fixture', 'staff'), staffVersion)!, 'utf8');
  expect(staff).toContain(`<a href="${staffVersion}#art-3">本规则第三条</a>`);
});

test('the old address of a document that became an earlier text sends the reader on, with no script', async ({ page }) => {
  const response = await page.request.get('/documents/rules-parents-committee-2016/');
  const html = await response.text();
  expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${oldUrl}">`);
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain(`<a href="${oldUrl}">`);
  expect(html).not.toContain('<script');
  await page.goto('/documents/rules-parents-committee-2016/');
  await page.waitForURL(`**${oldUrl}`);
  await expect(page.getByRole('note')).toContainText('这是旧版本');
});

test('the 对照表 counts what changed, as worked out from the two texts, and links to each change', async ({ page }) => {
  const c = expected();
  expect(c.counts).toEqual({ added: 23, deleted: 7, modified: 8, unchanged: 0 });
  await page.goto(table);
  await expect(page.locator('h1')).toHaveText('《家长委员会章程》修订对照表');
  await expect(page.locator('.compare-summary')).toContainText('共改动38条：新增23条，删除7条，修改8条；未改0条。');
  const links = page.locator('.compare-summary li a');
  await expect(links).toHaveCount(38);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  // Renumbered: 第十四条 became 第三十条, its old wording beside the new.
  const row = page.locator('#c-30');
  await expect(row.locator('td').nth(0)).toContainText('第十四条');
  await expect(row.locator('td').nth(1)).toContainText('原第十四条');
  await expect(row.locator('td').nth(1).locator('ins')).toContainText('解释涉及学校职责的，与学校协商一致');
  // Marks that a screen reader announces and that do not rely on colour.
  await expect(row.locator('ins .visually-hidden').first()).toHaveText('［新增：');
  const ins = await row
    .locator('ins')
    .first()
    .evaluate((e) => getComputedStyle(e).textDecorationLine);
  expect(ins).toContain('underline');
  const del = await page
    .locator('.compare del')
    .first()
    .evaluate((e) => getComputedStyle(e).textDecorationLine);
  expect(del).toContain('line-through');
  expect(await axeViolations(page)).toEqual([]);
});

test('the 对照表 can be read at 360 px and is reached with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(table);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.locator('.compare-summary li a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':target')).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
});

test('the 对照表 prints as an A4 landscape table in two columns', async ({ page }) => {
  await page.goto(table);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('body').evaluate((e) => getComputedStyle(e).page)).toBe('landscape');
  await expect(page.locator('.compare thead th')).toHaveCount(2);
  await expect(page.locator('.compare thead')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 landscape: 842 × 595 points (Chromium writes 841.92 × 594.96 or so).
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  expect(box, 'the PDF’s page size').not.toBeNull();
  expect(Math.round(Number(box![1]))).toBe(842);
  expect(Math.round(Number(box![2]))).toBe(595);
});

test('the list of changes has every change in date order; the home page shows the latest, never an old text as new', async ({ page }) => {
  await page.goto('/updates/');
  const items = page.locator('.update-list > li');
  const dates = await page.locator('.update-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(5);
  expect([...dates].sort().reverse()).toEqual(dates);
  const amendment = items.filter({ hasText: '修正' }).filter({ hasText: '家长委员会章程' });
  await expect(amendment).toContainText('2026年10月22日');
  await expect(amendment).toContainText('第十二条改为学校至少在作出决定10个工作日前送交方案');
  const revision = items.filter({ has: page.locator(`a[href="${table}"]`) });
  await expect(revision).toContainText('2023年10月16日');
  await expect(revision).toContainText('修订');
  await expect(items.filter({ hasText: 'XS-01' }).first()).toContainText('事项修改');
  // Staff-only changes are not in the public edition.
  await expect(items.filter({ hasText: 'HQ-01' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // The home page's latest changes are the first entries of the same list.
  const entries = (ls: Element[]) =>
    ls.map((li) => `${li.querySelector('time')!.getAttribute('datetime')} ${li.querySelector('a')!.getAttribute('href')}`);
  const all = await items.evaluateAll(entries);
  await page.goto('/');
  const latest = await page.locator('.update-list > li').evaluateAll(entries);
  expect(latest).toEqual(all.slice(0, 5));
  expect(latest.join('\n')).not.toContain('2016');
});

test('the Atom feed carries the same entries as the list, and is a valid feed', async ({ page }) => {
  const xml = await (await page.request.get('/updates.xml')).text();
  const feed = parseAtomFeed(xml);
  await page.goto('/updates/');
  const ids = await page.locator('.update-list > li').evaluateAll((ls) => ls.map((l) => l.id));
  expect(feed.entries?.length).toBe(ids.length);
  expect(feed.entries!.map((e) => new URL(e.id!).hash.slice(1))).toEqual(ids);
  expect(new Set(feed.entries!.map((e) => e.id)).size).toBe(ids.length);
  expect(feed.updated).toBe(feed.entries![0]!.updated);
  for (const e of feed.entries!) {
    expect(e.title).toBeTruthy();
    expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
    const link = new URL(e.links!.find((l) => l.rel === 'alternate')!.href!);
    expect((await page.request.get(link.pathname)).status(), link.pathname).toBe(200);
  }
});

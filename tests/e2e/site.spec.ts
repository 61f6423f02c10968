/** Navigation, article anchors, the skip link, print, and pages that ship no script. */
import { expect, test } from '@playwright/test';
import { documentsOf } from './helpers.ts';

const { included } = documentsOf('public');
const charter = included.find((d) => d.id === 'charter')!;

test('the home page offers the three ways in, and each leads somewhere real', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  for (const name of ['学校章程', '小微权力清单', '议事规则']) {
    await page.goto('/');
    await page.locator('.cards').getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name === '学校章程' ? '章程' : name);
    await expect(page.getByRole('navigation', { name: '当前位置' })).toBeVisible();
  }
});

test('every article of the charter has its anchor and a link to itself', async ({ page }) => {
  await page.goto('/documents/charter/');
  const headings = page.locator('.article-num');
  await expect(headings).toHaveCount(charter.structure.articles.length);
  const ids = await headings.evaluateAll((els) => els.map((e) => [e.id, e.querySelector('a')?.getAttribute('href')]));
  expect(ids).toEqual(charter.structure.articles.map((a) => [a.anchor, `#${a.anchor}`]));
  await expect(page.getByText(`共 ${charter.structure.articles.length} 条`)).toBeVisible();
});

test('an article link opens the page at that article', async ({ page }) => {
  const article = charter.structure.articles[Math.floor(charter.structure.articles.length / 2)]!;
  await page.goto(`/documents/charter/#${article.anchor}`);
  const heading = page.locator(`#${article.anchor}`);
  await expect(heading).toHaveText(article.label);
  await expect(heading).toBeInViewport();
});

test('the table of contents jumps to each chapter', async ({ page }) => {
  await page.goto('/documents/charter/');
  const toc = page.getByRole('navigation', { name: '目录' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(charter.structure.headings.filter((h) => h.kind === 'chapter').length);
  const last = links.last();
  const target = (await last.getAttribute('href'))!;
  await last.click();
  await expect(page.locator(target)).toBeInViewport();
});

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/documents/charter/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('content pages load no JavaScript at all', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  for (const path of ['/', '/documents/charter/', '/powers/', '/rules/', '/documents/']) {
    await page.goto(path);
    expect(await page.locator('script').count(), path).toBe(0);
  }
  expect(scripts).toEqual([]);
});

test('nothing is fetched from another host', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url());
  });
  await page.goto('/documents/charter/');
  await page.goto('/search/?q=%E5%AE%B6%E9%95%BF');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test('a repealed document says so and points to the one that replaced it', async ({ page }) => {
  const repealed = included.find((d) => d.data.status === 'repealed' && d.data.replacedBy);
  test.skip(!repealed, 'the corpus has no repealed public document');
  await page.goto(`/documents/${repealed!.id}/`);
  const banner = page.getByRole('note');
  await expect(banner).toContainText('本文件已废止');
  await banner.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/documents/${repealed!.data.replacedBy}/$`));
});

test('printing shows the date the text is current as at, and hides navigation', async ({ page }) => {
  await page.goto('/documents/charter/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/本页内容截至 \d{4}年\d{1,2}月\d{1,2}日/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
});

test('an unknown address gets the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('link', { name: '学校章程' }).last()).toBeVisible();
});

test('the layout fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/documents/charter/', '/powers/', '/search/?q=%E8%AF%B7%E5%81%87']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

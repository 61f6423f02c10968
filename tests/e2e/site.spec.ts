/** Navigation, article anchors, the skip link, print, and pages that ship no script. */
import { expect, test } from '@playwright/test';
import { documentsOf, pagefindSearch, plans, sitemapPaths } from './helpers.ts';
import { anchorHref, chapterHref, wholeTextHref } from '../../src/lib/links.ts';

const { included } = documentsOf('public');
const charter = included.find((d) => d.id === 'charter')!;
const plan = plans.get('charter')!;

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

test('every article of the charter has its anchor and a link to itself, on its chapter page', async ({ page }) => {
  await page.goto('/documents/charter/');
  await expect(page.getByText(`共 ${charter.structure.articles.length} 条`)).toBeVisible();
  const found: Array<[string, string | null | undefined]> = [];
  for (const chapter of plan.chapters) {
    await page.goto(chapterHref('charter', chapter.slug));
    const headings = page.locator('.article-num');
    found.push(
      ...(await headings.evaluateAll((els) =>
        els.map((e) => [e.id, e.querySelector('a')?.getAttribute('href')] as [string, string | null | undefined]),
      )),
    );
  }
  expect(found).toEqual(charter.structure.articles.map((a) => [a.anchor, `#${a.anchor}`]));
});

test('an article link opens its chapter page at that article', async ({ page }) => {
  const article = charter.structure.articles[Math.floor(charter.structure.articles.length / 2)]!;
  const href = anchorHref(plans, 'charter', article.anchor);
  expect(href).toMatch(/^\/documents\/charter\/ch-\d+\/#art-\d+$/);
  await page.goto(href);
  const heading = page.locator(`#${article.anchor}`);
  await expect(heading).toHaveText(article.label);
  await expect(heading).toBeInViewport();
});

test('the contents of a split document lead to each chapter, and chapters lead on to the next and back', async ({ page }) => {
  await page.goto('/documents/charter/');
  const toc = page.getByRole('navigation', { name: '目录' });
  const chapters = plan.chapters;
  for (const chapter of chapters)
    await expect(toc.getByRole('link', { name: chapter.title, exact: true })).toHaveAttribute('href', chapterHref('charter', chapter.slug));
  await toc.getByRole('link', { name: chapters[0]!.title, exact: true }).click();
  await expect(page.locator('#ch-1')).toHaveText(chapters[0]!.title);
  const pager = page.getByRole('navigation', { name: '章节导航' });
  await expect(pager.locator('a[rel=prev]')).toHaveCount(0);
  await pager.locator('a[rel=next]').click();
  await expect(page).toHaveURL(new RegExp(`${chapterHref('charter', chapters[1]!.slug)}$`));
  await expect(page.locator(`#${chapters[1]!.slug}`)).toBeVisible();
  await pager.getByRole('link', { name: '目录' }).click();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeInViewport();
  await page.goto(chapterHref('charter', chapters.at(-1)!.slug));
  await expect(pager.locator('a[rel=next]')).toHaveCount(0);
  await expect(pager.locator('a[rel=prev]')).toHaveAttribute('href', chapterHref('charter', chapters.at(-2)!.slug));
});

test('the whole text of a split document is one page without anchors, its article numbers linking to the chapter pages', async ({
  page,
}) => {
  await page.goto(wholeTextHref('charter'));
  await expect(page.locator('[id^="art-"], [id^="ch-"]')).toHaveCount(0);
  const links = await page.locator('.article-num a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
  expect(links).toEqual(charter.structure.articles.map((a) => anchorHref(plans, 'charter', a.anchor)));
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
});

test('every article anchor is on exactly one page of the site', async ({ page }) => {
  const pages = (await sitemapPaths(page)).filter((p) => p.startsWith('/documents/charter/'));
  const where = new Map<string, string[]>();
  for (const path of pages) {
    await page.goto(path);
    for (const id of await page.locator('[id^="art-"]').evaluateAll((els) => els.map((e) => e.id)))
      where.set(id, [...(where.get(id) ?? []), path]);
  }
  for (const a of charter.structure.articles)
    expect(where.get(a.anchor), a.anchor).toEqual([anchorHref(plans, 'charter', a.anchor).replace(/#.*$/, '')]);
});

test('a search for words of a charter article finds it on its chapter page, not on the whole-text page', async ({ page }) => {
  const article = charter.structure.articles.find((a) => a.chapter === 'ch-5')!;
  const hits = await pagefindSearch(page, '学籍');
  const urls = hits.map((h) => h.url);
  expect(urls.some((u) => u.startsWith(chapterHref('charter', article.chapter!)))).toBe(true);
  expect(urls.filter((u) => u.startsWith(wholeTextHref('charter')))).toEqual([]);
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

test('no page but search loads any JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const paths = (await sitemapPaths(page)).filter((p) => p !== '/search/');
  // Every page of the sitemap, one after the other: more than the default minute on a busy machine.
  test.setTimeout(paths.length * 5_000);
  expect(paths).toContain(chapterHref('charter', 'ch-3'));
  for (const path of paths) {
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
  for (const path of [
    '/',
    '/documents/charter/',
    chapterHref('charter', 'ch-3'),
    wholeTextHref('charter'),
    '/powers/',
    '/search/?q=%E8%AF%B7%E5%81%87',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

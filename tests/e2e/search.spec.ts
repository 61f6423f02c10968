/** Chinese search through the site's own search page, with the keyboard. */
import { expect, test } from '@playwright/test';

test('a Chinese query from the header finds the article that contains it', async ({ page }) => {
  await page.goto('/documents/charter/');
  const box = page.getByRole('searchbox', { name: '搜索规章制度' });
  await box.fill('送教上门');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toContainText('找到');
  await drawAll(page);
  // Hits inside a document link to the article itself; among the first hits is an article
  // that really contains the words, and following its link lands on that article.
  // The articles under each page are drawn once its data has come: wait for the first.
  const articleLinks = page.locator('[data-results] ul a[href*="#art-"]');
  await expect(articleLinks.first()).toBeAttached();
  const hrefs = await articleLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let found = '';
  for (const href of hrefs.slice(0, 6)) {
    await page.goto(href);
    const article = page.locator(new URL(href, page.url()).hash.replace(/:~:.*$/, '')).locator('xpath=..');
    await expect(article).toBeInViewport();
    if ((await article.textContent())!.includes('送教上门')) {
      found = href;
      break;
    }
  }
  expect(found).toMatch(/^\/documents\/[a-z0-9-]+\/(ch-\d+\/)?#art-\d+(-p\d+)?(-i\d+)?:~:text=/);
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: '搜索规章制度' }).last().focus();
  await page.keyboard.type('家长委员会');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  // Tab from the search button onwards reaches a result link.
  await page.getByRole('button', { name: '搜索' }).last().focus();
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => !!document.activeElement?.closest('[data-results]'));
  }
  expect(reached).toBe(true);
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  await page.keyboard.press('Enter');
  // The browser keeps the highlighting directive (#…:~:text=) out of the address.
  const path = href!.replace(/#.*$/, '');
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#|$)`));
});

test('the query stays in the address, so a result list can be shared', async ({ page }) => {
  await page.goto('/search/?q=%E8%AF%B7%E5%81%87');
  await expect(page.getByRole('searchbox', { name: '搜索规章制度' }).last()).toHaveValue('请假');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  await expect(page).toHaveTitle(/^请假/);
});

test('filters narrow the results and are kept in the address', async ({ page }) => {
  await page.goto('/search/?q=%E5%AD%A6%E7%94%9F');
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  const before = await page.locator('[data-results] > li').count();
  await page.getByText('筛选', { exact: true }).click();
  const group = page.getByRole('group', { name: '类别' });
  const option = group.getByRole('radio').nth(1);
  const label = (await option.evaluate((e) => (e as HTMLInputElement).value))!;
  await option.focus();
  await page.keyboard.press('Space');
  // The list is redrawn, and the chosen option keeps the focus.
  await expect(group.getByRole('radio', { name: new RegExp(`^${label}`) })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(encodeURIComponent('类别')));
  await expect(page.locator('[data-results] .kind').first()).toHaveText(label);
  const kinds = await page.locator('[data-results] .kind').allTextContents();
  expect(new Set(kinds)).toEqual(new Set([label]));
  expect(kinds.length).toBeLessThanOrEqual(before);
});

test('a query with no hits says so plainly, offers ways in, and shows near results apart', async ({ page }) => {
  // Every character of 车接校送 is on the site, but never the four together, nor two of them as a word.
  await page.goto(`/search/?q=${encodeURIComponent('车接校送')}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('没有找到包含这个词语的内容。');
  await expect(page.locator('[data-results] > li')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '小微权力清单' }).last()).toBeVisible();
  const near = page.getByRole('region', { name: /没有完整包含“车接校送”的内容/ });
  await expect(near.getByRole('listitem').first()).toBeVisible();
});

test('a hit in a heading lands on the heading, not on its entry in the page’s contents list', async ({ page }) => {
  // 谁来监督 heads a section of every power item, and the list 本页内容 at the top repeats it.
  const { items } = await results(page, '谁来监督');
  const hit = items.first().locator('ul a[href*="#supervision"]').first();
  const href = (await hit.getAttribute('href'))!;
  // The words to highlight run on past the heading, which no entry of the contents list does.
  expect(decodeURIComponent(href)).toMatch(/#supervision:~:text=谁来监督,-（监督方式）\S+/);
  await hit.click();
  await expect(page.locator('#supervision')).toBeInViewport();
  await expect(page.locator('.page-toc')).not.toBeInViewport();
});

test('a phrase found nowhere is named, and the pages with the words in it are listed apart', async ({ page }) => {
  // 校车接送 is nowhere on the site, but 校车 and 接送 are, on one page together.
  const { status, items } = await results(page, '校车接送');
  expect(status).toBe('按“校车”“接送”查找。没有找到“校车接送”。');
  await expect(items).toHaveCount(0);
  const others = page.getByRole('region', { name: /^包含“校车”“接送”的结果（\d+ 项）$/ });
  const first = others.getByRole('listitem').first();
  await expect(first).toBeVisible();
  expect(await first.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['校车', '接送']));
  // In quotation marks it stays one phrase.
  expect((await results(page, '"校车接送"')).status).toBe('没有找到包含这个词语的内容。');
});

test('every result contains the query itself, not just its characters', async ({ page }) => {
  await page.goto('/search/?q=%E5%AE%B6%E5%A7%94%E4%BC%9A'); // 家委会
  await expect(page.locator('[data-search][data-state="done"]')).toBeAttached();
  const links = await page.locator('[data-results] > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) {
    await page.goto(href);
    expect(await page.locator('[data-pagefind-body]').innerText()).toContain('家委会');
  }
});

test('an article result lands on the article, marked, and asks the browser to highlight the words', async ({ page }) => {
  await page.goto('/search/?q=%E7%AC%AC%E5%8D%81%E4%B8%80%E6%9D%A1'); // 第十一条
  const hit = page.locator('[data-results] ul a[href*="#art-11"]').first();
  await expect(hit).toBeVisible();
  const href = (await hit.getAttribute('href'))!;
  // The link names the words and the text just around them, so the browser highlights this occurrence.
  expect(decodeURIComponent(href)).toMatch(/#art-11(-p\d+)?:~:text=(.+-,)?第十一条/);
  await expect(page.locator('[data-results] mark').first()).toHaveText('第十一条');
  await hit.click();
  await expect(page.locator('#art-11')).toBeInViewport();
  // Reached by its plain address (as citations link), the article number is set off by an outline, not by colour alone.
  await page.goto('/');
  await page.goto(href.replace(/#.*$/, '#art-11'));
  expect(await page.locator('#art-11').evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
});

test('a new query on the search page is searched in place, and Back returns to the previous one', async ({ page }) => {
  await page.goto('/search/?q=%E8%AF%B7%E5%81%87'); // 请假
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  const box = page.getByRole('searchbox', { name: '搜索规章制度' }).last();
  await box.fill('三重一大');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=%E4%B8%89%E9%87%8D%E4%B8%80%E5%A4%A7/);
  await expect(page.locator('[data-results] mark').first()).toHaveText('三重一大');
  await page.goBack();
  await expect(box).toHaveValue('请假');
  await expect(page.locator('[data-results] mark').first()).toHaveText('请假');
});

test('results fit a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/search/?q=%E4%B8%89%E9%87%8D%E4%B8%80%E5%A4%A7'); // 三重一大
  await expect(page.locator('[data-search][data-state="done"]')).toBeAttached();
  await expect(page.locator('[data-results] > li').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a word the documents put otherwise finds their pages, after those that have it as typed, each marked', async ({ page }) => {
  // 家委会 as typed: its pages first; then, under their own heading, those that say 家长委员会 instead
  // (the glossary's alias: a synonym without being written in synonyms.yaml).
  await page.goto(`/search/?q=${encodeURIComponent('家委会')}`);
  await expect(page.locator('[data-search][data-state="done"]')).toBeAttached();
  await drawAll(page);
  const typed = page.locator('[data-results] > li');
  const widened = page.getByRole('region', { name: /^含有近义词“家长委员会”的结果（\d+ 项）$/ });
  await expect(widened).toBeVisible();
  const others = widened.locator('ol > li');
  expect(await typed.count()).toBeGreaterThan(0);
  expect(await others.count()).toBeGreaterThan(0);
  for (const item of await typed.all()) await expect(item.locator('.by-synonym')).toHaveCount(0);
  for (const item of await others.all()) {
    await expect(item.locator('.by-synonym')).toHaveText('按近义词“家长委员会”找到');
    await expect(item.locator('mark').first()).toHaveText('家长委员会');
  }
  // A page listed once: those with the word as typed are not listed again.
  const hrefs = await page
    .locator('[data-search] ol.results > li > :is(h2, h3) a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/#.*$/, '')));
  expect(new Set(hrefs).size).toBe(hrefs.length);

  // A word that is nowhere as typed says so, and the pages with its synonyms follow.
  await page.goto(`/search/?q=${encodeURIComponent('补贴')}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText('没有找到“补贴”。');
  await expect(
    page
      .getByRole('region', { name: /^含有近义词“补助”“资助”的结果/ })
      .locator('ol > li')
      .first(),
  ).toBeVisible();
});

test('a query with a question word that the site has word for word is searched as typed', async ({ page }) => {
  // 多久办完 (多久: how long) heads a line of every power item's 找谁办.
  const { status, items } = await results(page, '多久办完');
  expect(status).toMatch(/^找到 \d+ 项结果$/);
  await expect(items.first().locator('mark').first()).toHaveText('多久办完');
});

test('a question is searched for what it asks, and says which words it looked for', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('送教上门怎么申请？')}`);
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('按“送教上门”“申请”查找。找到');
  // The page about 送教上门 that says how to apply comes first.
  await expect(page.locator('[data-results] > li h2 a').first()).toHaveText('送教上门对象确认与安排');
  // What it asks about and the site does not have is said; the pages with its other words are apart.
  await page.goto(`/search/?q=${encodeURIComponent('孩子能住校吗')}`);
  await expect(status).toHaveText('按“孩子”“住校”查找。没有找到“住校”。');
  await expect(page.locator('[data-results] > li')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^包含“孩子”的结果/ })).toBeVisible();
});

/** Ask for more results (the button under the list) until every result is drawn. */
async function drawAll(page: import('@playwright/test').Page) {
  const more = page.locator('.more-results');
  // Every list: the results as typed, then those found by synonyms.
  const items = page.locator('[data-search] ol.results > li');
  while (await more.isVisible()) {
    const before = await items.count();
    // Pressed by its click handler (results drawn while scrolling may move it under the pointer, and a
    // focus moved late by an earlier press must not turn a key press into opening a result).
    await more.evaluate((b) => (b as HTMLButtonElement).click());
    await expect(async () => expect((await items.count()) > before || !(await more.isVisible())).toBe(true)).toPass();
  }
}

/** The pages listed, the words marked in them, and what the status line says, once the first results are drawn. */
async function results(page: import('@playwright/test').Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search][data-state="done"]')).toBeAttached();
  return {
    status: (await page.getByRole('main').getByRole('status').textContent())!,
    items: page.locator('[data-results] > li'),
  };
}

test('two words separated by a space (half- or full-width) find the pages that contain both, each word highlighted', async ({ page }) => {
  const { status, items } = await results(page, '家长 投诉');
  expect(status).toMatch(/^找到 \d+ 项结果$/);
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    const marks = await item.locator('mark').allTextContents();
    expect(marks.join('')).toContain('家长');
    expect(marks.join('')).toContain('投诉');
  }
  // The article listed under a result contains both words, and its link asks the browser to highlight each.
  const href = decodeURIComponent((await items.first().locator('ul a').first().getAttribute('href'))!);
  expect(href).toMatch(/:~:text=.*&text=/);
  const wide = await results(page, '家长　投诉');
  expect(wide.status).toBe(status);
});

test('quoted text stays one phrase', async ({ page }) => {
  expect((await results(page, '送教 上门')).status).toMatch(/^找到 \d+ 项结果$/);
  // No page has 送教 and 上门 with a space between them.
  expect((await results(page, '"送教 上门"')).status).toBe('没有找到包含这个词语的内容。');
});

test('a word that occurs nowhere says so, and the results for the other word follow under their own heading', async ({ page }) => {
  const { status, items } = await results(page, '春游 家长');
  expect(status).toBe('没有找到“春游”。');
  await expect(items).toHaveCount(0);
  const others = page.getByRole('region', { name: /^包含“家长”的结果（\d+ 项）$/ });
  await expect(others.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(others.locator('mark').first()).toHaveText('家长');
});

test('a hit in an item of a paragraph links to that item, and the browser shows it', async ({ page }) => {
  await results(page, '学籍');
  await drawAll(page);
  const link = page.locator('[data-results] ul a[href*="-i"]').first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/#art-\d+-p\d+-i\d+:~:text=/);
  await link.click();
  const item = page.locator(new URL(href, page.url()).hash.replace(/:~:.*$/, ''));
  await expect(item).toBeInViewport();
  await expect(item).toContainText('学籍');
});

test('a hit in a power item’s process links to its step', async ({ page }) => {
  await results(page, '公开事项审批表');
  const link = page.locator('[data-results] ul a[href*="#step-"]').first();
  await expect(link).toHaveText(/第\d+步$/);
  const href = (await link.getAttribute('href'))!;
  await link.click();
  const step = page.locator(new URL(href, page.url()).hash.replace(/:~:.*$/, ''));
  await expect(step).toBeInViewport();
  await expect(step).toContainText('公开事项审批表');
});

test('the count comes first; results are drawn as they fill the screen, and the rest when the reader scrolls or asks', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const fragments: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('.pf_fragment')) fragments.push(r.url());
  });
  const { status, items } = await results(page, '学校');
  const count = Number(status.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(20);
  await page.waitForLoadState('networkidle');
  const first = await items.count();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(count);
  expect(fragments.length).toBe(first);
  // Asking for more draws more, and moves the focus to the first new result.
  const more = page.getByRole('button', { name: /^显示更多结果（还有 \d+ 项）$/ });
  await more.click();
  await expect(items.nth(first)).toBeVisible();
  const focused = page.locator('[data-results] > li:has(h2 a:focus)');
  await expect(focused).toHaveCount(1);
  expect(await focused.evaluate((li) => [...li.parentElement!.children].indexOf(li))).toBeGreaterThanOrEqual(first);
  // Scrolling to the end draws the rest, until every result is there.
  for (let i = 0; i < 30 && (await items.count()) < count; i++) {
    await more.scrollIntoViewIfNeeded().catch(() => undefined);
    await page.waitForTimeout(100);
  }
  await expect(items).toHaveCount(count);
  await expect(more).toBeHidden();
});

test('a power item’s code, as a parent is told it, finds the item first', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('XS-03')}`);
  const first = page.locator('[data-results] > li').first();
  await expect(first).toBeVisible();
  await expect(first.locator('a').first()).toHaveAttribute('href', /^\/powers\/xs-03\//);
});

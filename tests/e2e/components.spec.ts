/**
 * What authors write in MDX shows as a reader expects (the fixture site uses every component):
 * a note, a power item's flow chart inside a document, an attachment with its type and size that
 * downloads, and the attachments listed under the document or item they belong to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations, site } from './helpers.ts';

const attachment = (name: string) => readFileSync(join(site.root, 'attachments', name));

test('a note is a boxed 提示 inside the document', async ({ page }) => {
  await page.goto('/documents/system-disclosure/');
  const note = page.getByRole('note');
  await expect(note).toContainText('提示');
  await expect(note).toContainText('资助的申请和评定按下面的流程办理');
});

test('a power item’s flow chart shows inside a document, with its steps as text and a link to the item', async ({ page }) => {
  await page.goto('/documents/system-disclosure/');
  const flow = page.locator('.embedded-flow');
  await expect(flow.getByRole('img', { name: /流程图/ })).toBeVisible();
  const xs03 = site.content.powers.find((p) => p.data.code === 'XS-03')!;
  await expect(flow.locator('ol.steps > li')).toHaveCount(xs03.data.steps.length);
  await flow.getByRole('link', { name: /XS-03/ }).click();
  await expect(page).toHaveURL(/\/powers\/xs-03\/$/);
});

test('an attachment links to its file with its kind and size, and the file is the one in content/attachments', async ({ page }) => {
  await page.goto('/documents/system-disclosure/');
  const link = page.getByRole('link', { name: '家庭经济困难学生认定申请表' }).first();
  await expect(link).toHaveAttribute('href', '/attachments/financial-hardship-application.docx');
  await expect(page.locator('.attachment-meta').first()).toHaveText(/（Word 文档，\d+ KB）/);
  const response = await page.request.get('/attachments/financial-hardship-application.docx');
  expect(response.status()).toBe(200);
  expect(Buffer.compare(await response.body(), attachment('financial-hardship-application.docx'))).toBe(0);
});

test('a document and a power item list their attachments at the end, under 附件', async ({ page }) => {
  for (const [path, title] of [
    ['/documents/system-disclosure/', '家庭经济困难学生认定申请表'],
    ['/powers/xs-01/', '新生入学申请表'],
  ] as const) {
    await page.goto(path);
    const list = page.getByRole('region', { name: '附件' });
    await expect(list.getByRole('link', { name: title })).toBeVisible();
  }
});

test('a power item shows its own text (说明) below its fields', async ({ page }) => {
  await page.goto('/powers/xs-01/');
  await expect(page.getByRole('heading', { name: '说明' })).toBeVisible();
  await expect(page.getByText('连同户口簿和残疾人证的复印件交学生发展部')).toBeVisible();
});

for (const width of [390, 1280]) {
  for (const path of ['/documents/system-disclosure/', '/powers/xs-01/', '/documents/charter/ch-3/']) {
    test(`a page with components passes axe at ${width} px: ${path}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

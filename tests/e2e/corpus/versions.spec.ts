/**
 * The school's real earlier texts as built: the 家委会章程 lists both of its texts and links their
 * 对照表, whose summary gives the counts tests/unit/corpus-versions.test.ts holds to the two texts; the
 * charter has two texts and a 对照表; the list of changes and its feed are in both editions.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseAtomFeed } from 'feedsmith';
import { corpus, distOf } from '../helpers.ts';
import { fileFor } from '../link-check.ts';
import { isPublished } from '../../../src/lib/editions.ts';

const page = (edition: 'public' | 'staff', path: string) => readFileSync(fileFor(distOf('corpus', edition), path)!, 'utf8');

test('the 家委会章程 lists both of its texts and links a 对照表 with the right counts', () => {
  const html = page('public', '/documents/rules-parents-committee/');
  expect(html).toContain('href="/documents/rules-parents-committee/2016-03-20/"');
  expect(html).toContain('href="/documents/rules-parents-committee/compare/2016-03-20/2023-11-01/"');
  const table = page('public', '/documents/rules-parents-committee/compare/2016-03-20/2023-11-01/');
  expect(table).toContain('共改动38条：新增23条，删除7条，修改8条；未改0条。');
  // Its old address sends the reader on.
  expect(page('public', '/documents/rules-parents-committee-2016/')).toContain('url=/documents/rules-parents-committee/2016-03-20/');
});

test('the charter has two texts and a 对照表 of its 2026 amendment', () => {
  const html = page('public', '/documents/charter/');
  expect(html).toContain('href="/documents/charter/2023-11-01/"');
  // The amendment changes the articles its own record lists, and no other (tests/unit/corpus-versions.test.ts).
  const charter = corpus.content.documents.find((d) => d.id === 'charter')!;
  const note = charter.data.history.find((h) => h.action === '修正' && h.date.startsWith('2026'))!.note!;
  const changed = [...note.split('，共')[0]!.matchAll(/第[一二三四五六七八九十百零]+条/g)].length;
  const unchanged = charter.structure.articles.length - changed;
  expect(page('public', '/documents/charter/compare/2023-11-01/2026-11-18/')).toContain(
    `共改动${changed}条：新增0条，删除0条，修改${changed}条；未改${unchanged}条。`,
  );
});

for (const edition of ['public', 'staff'] as const) {
  test(`the ${edition} edition lists its changes and has their feed, with nothing it does not publish`, () => {
    expect(page(edition, '/updates/')).toContain('更新记录');
    const feed = parseAtomFeed(readFileSync(`${distOf('corpus', edition)}/updates.xml`, 'utf8'));
    expect(feed.entries!.length).toBeGreaterThan(10);
    const links = feed.entries!.map((e) => new URL(e.links![0]!.href!).pathname);
    const hidden = corpus.content.documents.filter((d) => !isPublished(d.data, edition));
    for (const d of hidden) expect(links.filter((l) => l.startsWith(`/documents/${d.id}/`))).toEqual([]);
    const staffOnly = corpus.content.documents.filter((d) => d.data.audience === 'staff' && d.data.status !== 'draft');
    const staffLinks = links.filter((l) => staffOnly.some((d) => l.startsWith(`/documents/${d.id}/`)));
    expect(staffLinks.length > 0).toBe(edition === 'staff');
  });
}

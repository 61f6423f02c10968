import { describe, expect, it } from 'vitest';
import { dayBefore, parseVersionKey, timeline, versionKey } from '../../../src/lib/versions.ts';
import { anchorHref, compareHref, textHref, versionHref } from '../../../src/lib/links.ts';
import { articleRanges, compareView } from '../../../src/lib/compare-view.ts';
import { compareTexts, type CompareUnit } from '../../../src/lib/compare.ts';
import { atomDate, atomFeed } from '../../../src/lib/atom.ts';
import { listUpdates, type UpdateDocument } from '../../../src/lib/updates.ts';
import { buildDay } from '../../../src/lib/dates.ts';

describe('versions', () => {
  it('keys an earlier text by document and date, and reads the key back', () => {
    expect(versionKey('charter', '2023-11-01')).toBe('charter@2023-11-01');
    expect(parseVersionKey('charter@2023-11-01')).toEqual({ docId: 'charter', date: '2023-11-01' });
    expect(parseVersionKey('charter')).toBeUndefined();
  });

  it('puts the texts in order, each in force until the day before the next took effect', () => {
    const t = (effective: string) => ({ effective, published: effective });
    const entries = timeline([t('2023-11-01'), t('2016-03-20')], t('2026-11-18'), (x) => x);
    expect(entries.map((e) => [e.from, e.to, e.current, e.previous?.effective])).toEqual([
      ['2016-03-20', '2023-10-31', false, undefined],
      ['2023-11-01', '2026-11-17', false, '2016-03-20'],
      ['2026-11-18', undefined, true, '2023-11-01'],
    ]);
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it('gives an earlier text, its anchors and its 对照表 their addresses', () => {
    expect(versionHref('charter', '2023-11-01')).toBe('/documents/charter/2023-11-01/');
    expect(compareHref('charter', '2023-11-01', '2026-11-18')).toBe('/documents/charter/compare/2023-11-01/2026-11-18/');
    expect(textHref('charter@2023-11-01')).toBe('/documents/charter/2023-11-01/');
    expect(textHref('charter')).toBe('/documents/charter/');
    // An earlier text is one page: its anchors are there, whatever the current text's chapter pages.
    const plans = new Map([['charter', { split: true, chapters: [], pageOf: { 'art-12': 'ch-2' } }]]);
    expect(anchorHref(plans, 'charter@2023-11-01', 'art-12')).toBe('/documents/charter/2023-11-01/#art-12');
    expect(anchorHref(plans, 'charter', 'art-12')).toBe('/documents/charter/ch-2/#art-12');
  });
});

describe('compareView', () => {
  it('writes numbers as ranges of articles', () => {
    expect(articleRanges([1, 2, 3, 5, 7, 8])).toBe('第一条至第三条、第五条、第七条至第八条');
    expect(articleRanges([])).toBe('');
  });

  it('summarises the changes with a link to each row, and lists the unchanged and renumbered articles', () => {
    const u = (number: number, text: string): CompareUnit => ({
      number,
      label: `第${'一二三四五'[number - 1]}条`,
      anchor: `art-${number}`,
      text,
    });
    const view = compareView(
      compareTexts(
        [u(1, '学校家长委员会由家长代表组成。'), u(2, '家长委员会每学期召开一次会议。'), u(3, '本章程自公布之日起施行。')],
        [
          u(1, '学校家长委员会由家长代表组成。'),
          u(2, '学校每年听取家长意见。'),
          u(3, '家长委员会每学期召开两次会议。'),
          u(4, '本章程自公布之日起施行。'),
        ],
      ),
    );
    expect(view.counts).toEqual({ added: 1, deleted: 0, modified: 1, unchanged: 2 });
    expect(view.summary).toEqual([
      { kind: 'modified', count: 1, links: [{ id: 'c-3', label: '第三条' }] },
      { kind: 'added', count: 1, links: [{ id: 'c-2', label: '第二条' }] },
      { kind: 'deleted', count: 0, links: [] },
    ]);
    expect(view.rows.find((r) => r.id === 'c-3')).toMatchObject({ was: '第二条', oldAnchor: 'art-2', newAnchor: 'art-3' });
    expect(view.unchanged).toBe('第一条、第四条');
    expect(view.renumbered).toEqual(['第四条（原第三条）']);
  });
});

describe('the list of changes', () => {
  const doc = (over: Partial<UpdateDocument> = {}): UpdateDocument => ({
    id: 'rules',
    title: '《规则》',
    status: 'in-force',
    audience: 'public',
    current: {
      effective: '2023-11-01',
      published: '2023-10-16',
      href: '/documents/rules/',
      history: [
        { date: '2023-09-04', action: '修订', note: '修订2016年规则' },
        { date: '2023-10-16', action: '公布' },
        { date: '2026-10-22', action: '修正', note: '第十二条改为10个工作日' },
      ],
    },
    versions: [
      {
        effective: '2016-03-20',
        published: '2016-03-18',
        href: '/documents/rules/2016-03-20/',
        history: [{ date: '2016-03-18', action: '公布' }],
      },
    ],
    ...over,
  });

  it('has a new text, its revision with the 对照表, and an amendment by decision, newest first', () => {
    const updates = listUpdates([doc()], [], compareHref);
    expect(updates.map((u) => [u.date, u.kind, u.action, u.href, u.compareHref ?? ''])).toEqual([
      ['2026-10-22', 'amendment', '修正', '/documents/rules/', ''],
      ['2023-10-16', 'revision', '修订', '/documents/rules/', '/documents/rules/compare/2016-03-20/2023-11-01/'],
      ['2016-03-18', 'new', '新发布', '/documents/rules/2016-03-20/', ''],
    ]);
    // Ids are made of what never changes (not the address, which moves when a text becomes an earlier one).
    expect(updates.map((u) => u.id)).toEqual([
      'u-2026-10-22-amendment-rules',
      'u-2023-10-16-revision-rules-2023-11-01',
      'u-2016-03-18-new-rules-2016-03-20',
    ]);
  });

  it('has repeals, power items’ dated changes, and nothing for a draft', () => {
    const repealed = doc({
      id: 'old',
      status: 'repealed',
      versions: [],
      current: {
        effective: '2020-01-01',
        published: '2020-01-01',
        href: '/documents/old/',
        history: [{ date: '2024-05-01', action: '废止' }],
      },
    });
    const draft = doc({ id: 'draft', status: 'draft' });
    const power = {
      id: 'xs-01',
      code: 'XS-01',
      name: '入学评估',
      href: '/powers/xs-01/',
      audience: 'public' as const,
      changes: [{ date: '2024-06-01', action: '修改' as const, note: '时限改为10个工作日' }],
    };
    const updates = listUpdates([repealed, draft], [power], compareHref);
    expect(updates.map((u) => `${u.date} ${u.action} ${u.title}`)).toEqual([
      '2024-06-01 事项修改 XS-01 入学评估',
      '2024-05-01 废止 《规则》',
      '2020-01-01 新发布 《规则》',
    ]);
  });
});

describe('the Atom feed', () => {
  it('is written with the content’s dates, and escapes text', () => {
    const xml = atomFeed({
      self: 'https://s/updates.xml',
      page: 'https://s/updates/',
      title: 'A & B',
      author: '学校',
      updated: '2026-11-18',
      entries: [
        {
          id: 'https://s/updates/#u-1',
          title: '修正：《章程》<第八条>',
          link: 'https://s/documents/charter/',
          date: '2026-11-18',
          summary: '自2026年11月18日起施行',
        },
      ],
    });
    expect(xml).toContain('<updated>2026-11-18T00:00:00+08:00</updated>');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>修正：《章程》&lt;第八条&gt;</title>');
    expect(atomDate('2023-11-01')).toBe('2023-11-01T00:00:00+08:00');
  });
});

describe('the day of the build', () => {
  it('is SITE_TODAY when set, else today in China', () => {
    expect(buildDay('2030-01-01')).toBe('2030-01-01');
    expect(buildDay(undefined, new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
    expect(() => buildDay('2030-1-1')).toThrow(/SITE_TODAY/);
  });
});

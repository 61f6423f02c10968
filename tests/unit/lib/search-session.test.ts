import { describe, expect, it } from 'vitest';
import type { PagefindData } from '../../../src/lib/search-results.ts';
import { applyFilters, filterCounts, filterMembership, findPages, type PagefindApi } from '../../../src/lib/search-session.ts';
import { TITLE_SLOT, spaceOut } from '../../../src/lib/search-text.ts';

/**
 * A stand-in for Pagefind's JavaScript API over a few pages: an exact-phrase search returns each
 * page that contains the phrase with the position of its first occurrence, as Pagefind 1.6 does,
 * and counts how many pages' data were read.
 */
function fakePagefind(pages: Record<string, { title: string; text: string; filters?: Record<string, string> }>) {
  const reads: string[] = [];
  const searches: Array<string | null> = [];
  const words = (id: string) => [
    ...spaceOut(pages[id]!.title).split(' '),
    ...new Array<string>(TITLE_SLOT).fill('¶'),
    ...spaceOut(pages[id]!.text).split(' '),
  ];
  const data = (id: string): PagefindData => ({
    url: `/${id}/`,
    content: words(id).join(' '),
    excerpt: '',
    meta: { title: pages[id]!.title },
  });
  const result = (id: string, at: number[]) => ({
    id,
    words: at,
    data: async () => {
      reads.push(id);
      return data(id);
    },
  });
  const pf: PagefindApi = {
    async search(query, options) {
      searches.push(query);
      if (query === null) {
        const [[name, value]] = Object.entries(options?.filters ?? {}) as [[string, string]];
        return {
          results: Object.keys(pages)
            .filter((id) => pages[id]!.filters?.[name] === value)
            .map((id) => result(id, [])),
        };
      }
      const phrase = /^"(.*)"$/.exec(query)![1]!.split(' ');
      const results = [];
      for (const id of Object.keys(pages)) {
        const w = words(id).map((x) => x.toLowerCase());
        const at = w.findIndex((_, i) => phrase.every((c, j) => w[i + j] === c));
        if (at !== -1) results.push(result(id, [at, at + phrase.length - 1]));
      }
      return { results };
    },
    async filters() {
      const all: Record<string, Record<string, number>> = {};
      for (const p of Object.values(pages))
        for (const [name, value] of Object.entries(p.filters ?? {})) (all[name] ??= {})[value] = ((all[name] ??= {})[value] ?? 0) + 1;
      return all;
    },
  };
  return { pf, reads, searches };
}

const site = {
  rules: { title: '家长委员会章程', text: '家长可以就收费提出投诉。会议每学期召开。', filters: { 类别: '议事规则' } },
  charter: { title: '学校章程', text: '学校设立家长委员会。家长的意见和投诉由校长办公室受理。', filters: { 类别: '章程' } },
  canteen: { title: '食堂管理制度', text: '食堂每周公布菜谱，家长可以参观。', filters: { 类别: '制度' } },
  code: { title: '采购审批', text: '编码HQ-01。HQ以外的01号文件。', filters: { 类别: '小微权力' } },
};

describe('findPages: one search per term, combined without reading any page', () => {
  it('finds every page that contains all the words, anywhere', async () => {
    const { pf, reads } = fakePagefind(site);
    const answer = await findPages(pf, ['家长', '投诉']);
    expect(answer.kind).toBe('all');
    expect(answer.pages.map((p) => p.id).sort()).toEqual(['charter', 'rules']);
    expect(reads).toEqual([]);
  });
  it('ranks a page with a word in its title first', async () => {
    const { pf } = fakePagefind(site);
    expect((await findPages(pf, ['家长委员会'])).pages.map((p) => p.id)).toEqual(['rules', 'charter']);
  });
  it('says which words occur nowhere, and answers for the others', async () => {
    const { pf } = fakePagefind(site);
    const answer = await findPages(pf, ['校车', '食堂']);
    expect(answer).toMatchObject({ kind: 'partial', terms: ['食堂'], missing: ['校车'] });
    expect(answer.pages.map((p) => p.id)).toEqual(['canteen']);
  });
  it('when no page has all the words, offers the pages with the most of them', async () => {
    const { pf } = fakePagefind(site);
    const answer = await findPages(pf, ['食堂', '投诉']);
    expect(answer.kind).toBe('some');
    expect(answer.pages.map((p) => p.id).sort()).toEqual(['canteen', 'charter', 'rules']);
  });
  it('says so when no word occurs anywhere', async () => {
    const { pf } = fakePagefind(site);
    expect(await findPages(pf, ['校车', '接送'])).toMatchObject({ kind: 'none', missing: ['校车', '接送'], pages: [] });
  });
  it('checks a term with punctuation inside on the pages that have all its parts, and only those', async () => {
    const { pf, reads } = fakePagefind(site);
    const answer = await findPages(pf, ['HQ-01']);
    expect(answer.pages.map((p) => p.id)).toEqual(['code']);
    expect(reads).toEqual(['code']);
    expect((await findPages(pf, ['HQ-02'])).kind).toBe('none');
  });
});

describe('filters', () => {
  it('knows each page’s values from one filter-only search per value, and counts what choosing each would give', async () => {
    const { pf, searches } = fakePagefind(site);
    const membership = await filterMembership(pf, ['类别']);
    expect(searches.filter((s) => s === null)).toHaveLength(4);
    const { pages } = await findPages(pf, ['家长']);
    expect(filterCounts(pages, membership, {}, ['类别'])).toEqual({ 类别: { 议事规则: 1, 章程: 1, 制度: 1, 小微权力: 0 } });
    expect(Object.keys(filterCounts(pages, membership, {}, ['类别']).类别!)).toEqual(['议事规则', '章程', '制度', '小微权力']);
    expect(applyFilters(pages, membership, { 类别: '章程' }).map((p) => p.id)).toEqual(['charter']);
    // The counts of a filter ignore its own choice (the reader may switch), not the others'.
    expect(filterCounts(pages, membership, { 类别: '章程' }, ['类别'])).toEqual({ 类别: { 议事规则: 1, 章程: 1, 制度: 1, 小微权力: 0 } });
  });
});

import { describe, expect, it } from 'vitest';
import type { PagefindData } from '../../../src/lib/search-results.ts';
import {
  applyFilters,
  cutTerm,
  filterCounts,
  filterMembership,
  findAnswers,
  findPages,
  findWidened,
  type PagefindApi,
} from '../../../src/lib/search-session.ts';
import { TITLE_SLOT, spaceOut, widen } from '../../../src/lib/search-text.ts';

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

describe('synonyms and questions', () => {
  const school = {
    aid: { title: '学生资助', text: '家庭经济困难学生可以申请伙食补助。' },
    bus: { title: '校车接送', text: '校车每天接送学生，家长可以申请乘坐。' },
    board: { title: '住校管理', text: '离家远的学生可以申请住校。' },
    news: { title: '补贴发放公告', text: '本学期补贴已经发放。' },
  };
  const synonyms = [
    ['补助', '补贴'],
    ['住校', '寄宿'],
    ['孩子', '学生'],
    ['服药', '吃药'],
  ];
  const formsOf = (run: string) => widen(run, synonyms);

  it('findWidened: the pages that have the terms only in other words, without those found as typed', async () => {
    const { pf, reads } = fakePagefind(school);
    const typed = await findPages(pf, ['补贴']);
    expect(typed.pages.map((p) => p.id)).toEqual(['news']);
    const wide = await findWidened(pf, [formsOf('补贴')], typed.pages);
    expect(wide).toMatchObject({ absent: [] });
    expect(wide.pages.map((p) => p.id)).toEqual(['aid']);
    expect(reads).toEqual([]);
    // A term none of whose forms occur is said to be absent; the others still count.
    const partial = await findWidened(pf, [formsOf('寄宿'), formsOf('校服')], []);
    expect(partial.absent).toEqual(['校服']);
    expect(partial.pages.map((p) => p.id)).toEqual(['board']);
    // Without synonyms there is nothing to widen, and nothing is searched.
    const { pf: quiet, searches } = fakePagefind(school);
    expect(await findWidened(quiet, [['校车']], [])).toEqual({ absent: [], pages: [] });
    expect(searches).toEqual([]);
  });

  it('cutTerm: a question cut into the words the site has, without its grammar', async () => {
    const { pf } = fakePagefind(school);
    expect(await cutTerm(pf, '孩子能寄宿', { formsOf })).toEqual({ pieces: ['孩子', '寄宿'], missing: [] });
    expect(await cutTerm(pf, '校车接送', { formsOf })).toEqual({ pieces: ['校车接送'], missing: [] });
    // What occurs nowhere is said, without the grammar around it.
    expect(await cutTerm(pf, '孩子要穿校服', { formsOf })).toEqual({ pieces: ['孩子'], missing: ['校服'] });
    expect(await cutTerm(pf, '校服', { formsOf })).toEqual({ pieces: [], missing: ['校服'] });
    // The school's own words are kept whole, before the segmenter or a shorter run can take them apart.
    const { pf: other } = fakePagefind({
      a: { title: '家委会', text: '家委会每学期开会。' },
      b: { title: '走访', text: '老师走进家门。' },
    });
    expect(await cutTerm(other, '想进家委会', { vocabulary: ['家委会'] })).toEqual({ pieces: ['家委会'], missing: [] });
  });

  it('findAnswers: the pages with the most of the words of a question, in any form, first', async () => {
    const { pf } = fakePagefind(school);
    const answer = await findAnswers(pf, [formsOf('孩子'), formsOf('寄宿'), formsOf('申请')]);
    expect(answer.absent).toEqual([]);
    // board has all three (学生, 住校, 申请); aid and bus two of three: at least half of the words.
    expect(answer.pages.map((p) => p.id)).toEqual(['board', 'aid', 'bus']);
  });

  it('findAnswers: a word on most pages found says little; the pages with the rarer words come first', async () => {
    const { pf } = fakePagefind({
      ...school,
      meds: { title: '服药管理', text: '学校代为保管药品。' },
      rules: { title: '学生守则', text: '学生按时到校，学校提醒家长。' },
    });
    // 学生 and 学校 are on most of the pages; 服药 on one, which comes first though it lacks 学生.
    const answer = await findAnswers(pf, [formsOf('孩子'), formsOf('学校'), formsOf('吃药')]);
    expect(answer.pages[0]!.id).toBe('meds');
  });
});

import { describe, expect, it } from 'vitest';
import {
  filterNames,
  markTerms,
  occurrences,
  pageContains,
  pageView,
  rankMatches,
  readQuery,
  textDirective,
  writeQuery,
  type PagefindData,
} from '../../../src/lib/search-results.ts';
import { GAP, TITLE_SLOT, spaceOut } from '../../../src/lib/search-text.ts';

/**
 * Content as Pagefind stores it for a page indexed through spaceOutHtml: the title, the title slot,
 * then the text; a full stop after each block's last word; anchors where elements with ids start.
 */
function fixture() {
  const blocks: string[] = [];
  const anchors: NonNullable<PagefindData['anchors']> = [];
  let at = 0;
  const block = (text: string, anchor?: { element: string; id: string }) => {
    if (anchor) anchors.push({ ...anchor, text: anchor.element === 'i' ? '' : `${GAP} ${spaceOut(text)}`, location: at });
    const words = [GAP, ...spaceOut(text).split(' ')];
    words[words.length - 1] += '.';
    blocks.push(words.join(' '));
    at += words.length;
  };
  block('家长委员会章程');
  blocks.push(new Array<string>(TITLE_SLOT).fill(GAP).join(' '));
  at += TITLE_SLOT;
  block('家长委员会每学期听取家长意见。');
  block('第九条', { element: 'h3', id: 'art-9' });
  block('家委会每学期召开会议。', { element: 'i', id: 'art-9-p1' });
  block('会议记录由家委会保存，家长可以查阅。', { element: 'i', id: 'art-9-p2' });
  block('第十条', { element: 'h3', id: 'art-10' });
  block('家长可以列席，家委会记录。', { element: 'i', id: 'art-10-p1' });
  block('办理流程', { element: 'h2', id: 'steps-title' });
  block('班主任收集家长投诉', { element: 'i', id: 'step-1' });
  block('家委会答复', { element: 'i', id: 'step-2' });
  const data: PagefindData = {
    url: '/documents/rules-parents-committee/',
    content: blocks.join(' '),
    excerpt: '',
    meta: { title: '家长委员会章程 第二章', kind: '议事规则' },
    anchors,
  };
  return data;
}
const text = { step: '第{n}步' };

describe('occurrences', () => {
  it('finds every occurrence as an exact run, never across a block end', () => {
    const words = fixture().content.toLowerCase().split(/\s+/);
    expect(occurrences(words, '家委会')).toHaveLength(4);
    expect(occurrences(words, '程家')).toEqual([]);
    expect(pageContains(fixture(), '家委会每学期')).toBe(true);
    expect(pageContains(fixture(), '校车')).toBe(false);
  });
});

describe('pageView: one result from its page data', () => {
  it('lists each article that contains the query, linked to the paragraph where it occurs, with the words highlighted', () => {
    const view = pageView(fixture(), ['家委会'], text);
    // The title is metadata, as written: its space stays.
    expect(view.title).toBe('家长委员会章程 第二章');
    expect(view.kind).toBe('议事规则');
    expect(view.hits.map((h) => h.title)).toEqual(['第九条', '第十条', '办理流程 第2步']);
    expect(view.hits[0]!.url).toBe(
      '/documents/rules-parents-committee/#art-9-p1:~:text=%E5%AE%B6%E5%A7%94%E4%BC%9A,-%E6%AF%8F%E5%AD%A6%E6%9C%9F%E5%8F%AC%E5%BC%80%E4%BC%9A',
    );
    expect(decodeURIComponent(view.hits[1]!.url)).toMatch(/#art-10-p1:~:text=.*列席，-,家委会$/);
    expect(view.hits[0]!.excerpt).toContain('<mark>家委会</mark>每学期召开会议');
  });
  it('links a hit in a power item’s process to its step', () => {
    const view = pageView(fixture(), ['投诉'], text);
    expect(view.hits).toHaveLength(1);
    expect(view.hits[0]!.title).toBe('办理流程 第1步');
    // The step's text from its start: the process chart above the steps draws the same words, without the "：".
    expect(decodeURIComponent(view.hits[0]!.url)).toMatch(/#step-1:~:text=班主任收集家长-,投诉$/);
  });
  it('with several words, lists the articles that contain all of them, each word highlighted', () => {
    const view = pageView(fixture(), ['家长', '会议'], text);
    expect(view.hits.map((h) => h.title)).toEqual(['第九条']);
    const url = decodeURIComponent(view.hits[0]!.url);
    // One text directive per word, each with its own context.
    expect(url).toMatch(/#art-9-p1:~:text=[^&]*会议[^&]*&text=[^&]*家长/);
    expect(view.hits[0]!.excerpt).toContain('<mark>会议</mark>');
  });
  it('when no article has all the words, lists those with the most', () => {
    const view = pageView(fixture(), ['投诉', '列席'], text);
    expect(view.hits.map((h) => h.title)).toEqual(['第十条', '办理流程 第1步']);
  });
  it('shows at most three hits and counts the rest', () => {
    const view = pageView(fixture(), ['家委会'], text, 2);
    expect(view.hits).toHaveLength(2);
    expect(view.more).toBe(1);
  });
  it('takes a synonym for a term the page lacks, marks it and says so', () => {
    const view = pageView(fixture(), [['投票', '列席']], text);
    expect(view.synonyms).toEqual(['列席']);
    expect(view.hits.map((h) => h.url)).toEqual([
      '/documents/rules-parents-committee/#art-10-p1:~:text=%E5%AE%B6%E9%95%BF%E5%8F%AF%E4%BB%A5-,%E5%88%97%E5%B8%AD',
    ]);
    expect(view.hits[0]!.excerpt).toContain('<mark>列席</mark>');
    // Where the page has the term as typed, its synonyms are not looked for.
    expect(pageView(fixture(), [['家委会', '家长委员会']], text).synonyms).toEqual([]);
  });
  it('takes its excerpt and link from the text, not the title, when the text has the words', () => {
    const view = pageView(fixture(), ['家长委员会'], text);
    expect(view.excerpt).toMatch(/^<mark>家长委员会<\/mark>每学期听取/);
    expect(decodeURIComponent(view.url)).toMatch(/#:~:text=家长委员会,-每学期/);
  });
  it('for a word only in the title, starts the excerpt at the beginning of the text', () => {
    const view = pageView(fixture(), ['章程'], text);
    expect(view.excerpt).toMatch(/^家长委员会每学期/);
    expect(view.hits).toEqual([]);
  });
});

describe('rankMatches: the order from word positions alone', () => {
  it('puts pages with the most words first, then those with the words in their title, then the soonest', () => {
    const late = { id: 'late', first: [TITLE_SLOT + 900] };
    const soon = { id: 'soon', first: [TITLE_SLOT + 3] };
    const title = { id: 'title', first: [2] };
    expect(rankMatches([late, soon, title]).map((m) => m.id)).toEqual(['title', 'soon', 'late']);
    const both = { id: 'both', first: [TITLE_SLOT + 500, TITLE_SLOT + 600] };
    const one = { id: 'one', first: [1, undefined] };
    expect(rankMatches([one, both]).map((m) => m.id)).toEqual(['both', 'one']);
  });
  it('keeps Pagefind’s order between equals', () => {
    const list = ['a', 'b', 'c'].map((id) => ({ id, first: [TITLE_SLOT + 10] }));
    expect(rankMatches(list).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('text', () => {
  it('marks every occurrence and escapes the text', () => {
    expect(markTerms('a<b 家委会，家委会', ['家委会'])).toBe('a&lt;b <mark>家委会</mark>，<mark>家委会</mark>');
    expect(markTerms('IEP计划', ['iep'])).toBe('<mark>IEP</mark>计划');
    expect(markTerms('家长投诉', ['家长', '投诉'])).toBe('<mark>家长投诉</mark>');
  });
  it('uses the characters around a match as context, so the browser highlights that one', () => {
    const words = spaceOut('编码HQ-01，采购').split(' ');
    expect(textDirective(words, 2, 5)).toBe('text=%E7%BC%96%E7%A0%81-,HQ%2D01');
  });
  /** Blocks as Pagefind stores them, a gap word before each; returns the words and where each block starts. */
  const page = (...blocks: string[]) => {
    const words: string[] = [];
    const starts: number[] = [];
    for (const b of blocks) {
      starts.push(words.length);
      words.push(GAP, ...spaceOut(b).split(' '));
    }
    return { words, starts };
  };
  it('takes more of the block when the few characters before the match also come earlier on the page', () => {
    const { words, starts } = page('残疾学生专项补助核定', '残疾学生专项补助的项目和标准');
    const at = starts[1]! + 7;
    expect(decodeURIComponent(textDirective(words, at, 2)!)).toBe('text=残疾学生专项-,补助,-的项目和标准');
  });
  it('runs a heading’s directive on into the next block, which no entry of a contents list is followed by', () => {
    const { words, starts } = page('入学指南', '（一）校车', '校车线路和站点按住址安排');
    const at = starts[1]! + 4;
    const headings: Array<[number, number]> = [[starts[1]!, starts[2]!]];
    expect(decodeURIComponent(textDirective(words, at, 2, 6, headings)!)).toBe('text=（一）-,校车,-校车线路和站');
  });
  it('takes a full stop inside the text (an address) for what it is, not for the end of the block', () => {
    const { words, starts } = page('家长意见', '家长：发邮件到jwh@school.example.cn，或者当面投诉');
    const at = words.lastIndexOf('投');
    expect(decodeURIComponent(textDirective(words, at, 2, at - starts[1]!)!)).toBe(
      'text=家长：发邮件到jwh@school.example.cn，或者当面-,投诉',
    );
  });
  it('runs on through the headings right below, which a contents list repeats in the same order', () => {
    const { words, starts } = page('入学指南', '五、上学放学和校车', '（一）校车', '校车线路和站点按住址安排');
    const headings: Array<[number, number]> = [
      [starts[1]!, starts[2]!],
      [starts[2]!, starts[3]!],
    ];
    expect(decodeURIComponent(textDirective(words, starts[1]! + 8, 2, 6, headings)!)).toBe(
      'text=、上学放学和-,校车,-（一）校车校车线路和站',
    );
  });
  it('gives no directive when nothing in the block tells the match apart: the link lands on the id alone', () => {
    const { words, starts } = page('补助', '说明', '补助');
    expect(textDirective(words, starts[2]! + 1, 2)).toBeUndefined();
    const anchors = [
      { element: 'h2', id: 'notes', text: `${GAP} 说 明`, location: starts[1]! },
      { element: 'p', id: 'notes-p1', text: '', location: starts[2]! },
    ];
    const view = pageView({ url: '/x/', content: words.join(' '), excerpt: '', meta: { title: 'x' }, anchors }, ['补助'], text);
    expect(view.hits.map((h) => h.url)).toEqual(['/x/#notes-p1']);
  });
});

describe('the address of a result list', () => {
  it('keeps the query and the filters, by their names', () => {
    expect(filterNames).toEqual(['类别', '状态', '部门', '权力类别']);
    const search = writeQuery('家长 投诉', { 类别: '制度', 其他: 'x' });
    expect(readQuery(search)).toEqual({ q: '家长 投诉', filters: { 类别: '制度' } });
  });
});

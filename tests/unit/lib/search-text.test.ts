import { describe, expect, it } from 'vitest';
import { compact, containsAll, pagefindQuery, queryTerms, spaceOut, spaceOutHtml } from '../../../src/lib/search-text.ts';
import { findInPage, markTerms, occurrences, rank, stockView, textDirective, type PagefindData } from '../../../src/lib/search-results.ts';

describe('spaceOut: every character a word, white space as ¶', () => {
  it('splits Chinese, digits and letters, and keeps punctuation as words of their own', () => {
    expect(spaceOut('第十二条　学校（一）')).toBe('第 十 二 条 ¶ 学 校 （ 一 ）');
    expect(spaceOut('单项5000元以上')).toBe('单 项 5 0 0 0 元 以 上');
    expect(spaceOut('HQ-01')).toBe('H Q - 0 1');
  });
  it('folds full-width digits and letters as typed with a Chinese input method', () => {
    expect(spaceOut('５万元')).toBe('5 万 元');
  });
  it('keeps HTML entities whole', () => {
    expect(spaceOut('甲&amp;乙')).toBe('甲 &amp; 乙');
  });
});

describe('spaceOutHtml', () => {
  it('spaces out text but not tags, attributes, scripts or Pagefind values', () => {
    const html =
      '<h1 class="t">家委会</h1><p>第九条<a href="#art-9">本规则</a></p><span data-pagefind-filter="类别">议事规则</span><script>var 家="x";</script>';
    const out = spaceOutHtml(html);
    expect(out).toContain('<h1 class="t"> ¶ 家 委 会 </h1>');
    expect(out).toContain('<a href="#art-9"> 本 规 则 </a>');
    expect(out).toContain('<span data-pagefind-filter="类别">议事规则</span>');
    expect(out).toContain('<script>var 家="x";</script>');
  });
  it('keeps the ids of headings only (Pagefind stores the text of every element with an id again)', () => {
    const out = spaceOutHtml('<h3 id="art-9" class="n">第九条</h3><p id="art-9-p1">学校</p>');
    expect(out).toContain('<h3 id="art-9" class="n">');
    expect(out).toContain('<p>');
  });
  it('puts a gap where a block ends, so a phrase never runs from one block into the next', () => {
    const out = spaceOutHtml('<li>开学后第5周内</li><li><strong>家委会</strong>：审议</li>');
    expect(compact(out.replace(/<[^>]+>/g, ''))).toContain('周内 家委会：审议');
  });
});

describe('compact undoes spaceOut for display', () => {
  it('restores text, original spaces and marks', () => {
    expect(compact(spaceOut('第十二条　学校（一）'))).toBe('第十二条 学校（一）');
    expect(compact('<mark>家 </mark><mark>委 </mark><mark>会 </mark>： 审 议')).toBe('<mark>家委会</mark>：审议');
  });
  it('turns the full stop Pagefind adds after each block into a gap', () => {
    expect(compact('推 选. 每 学 年')).toBe('推选 每学年');
    expect(compact('公 开 。 第 十 条')).toBe('公开。第十条');
  });
});

describe('queries', () => {
  it('splits at white space, drops quotes and terms without letters', () => {
    expect(queryTerms(' "三重一大"  监督 ， ')).toEqual(['三重一大', '监督']);
    expect(queryTerms('？！')).toEqual([]);
  });
  it('searches each term as the exact phrase of its characters, split at punctuation', () => {
    expect(pagefindQuery(['家委会'])).toBe('"家 委 会"');
    expect(pagefindQuery(['第（三）项', '5万元'])).toBe('"第" "三" "项" "5 万 元"');
  });
  it('compares literally, as Ctrl+F does', () => {
    expect(containsAll('第十二条 学校', ['十二条'])).toBe(true);
    expect(containsAll('第十二条 学校', ['条学'])).toBe(false);
    expect(containsAll('单项５万元', ['5万元'])).toBe(true);
    expect(containsAll('任何内容', [])).toBe(false);
  });
});

describe('results', () => {
  // Content as Pagefind stores it for a page indexed through spaceOutHtml: words at positions,
  // a full stop after each block's last word, anchors at the positions where elements with ids start.
  const content =
    spaceOut('家长委员会章程。') +
    '. ¶ ' +
    spaceOut('第九条') +
    '. ¶ ' +
    spaceOut('家委会每学期召开会议。') +
    '. ¶ ' +
    spaceOut('第十条') +
    '. ¶ ' +
    spaceOut('家长可以列席，家委会记录。') +
    '.';
  const at = (word: string, from = 0) => content.split(/\s+/).indexOf(word, from);
  const data: PagefindData = {
    url: '/documents/rules-parents-committee/',
    content,
    excerpt: '',
    meta: { title: '家长委员会章程', kind: '议事规则' },
    anchors: [
      { element: 'h3', id: 'art-9', text: '¶ 第 九 条', location: at('九') - 1 },
      { element: 'p', id: 'art-9-p1', text: '', location: at('每') - 3 },
      { element: 'h3', id: 'art-10', text: '¶ 第 十 条', location: at('十') - 1 },
    ],
  };

  it('finds every occurrence as an exact run, never across a block end', () => {
    const words = content.split(/\s+/);
    expect(occurrences(words, '家委会')).toHaveLength(2);
    expect(occurrences(words, '程第')).toEqual([]);
  });
  it('lists each article that contains the query, linked to the paragraph, with the query marked', () => {
    const found = findInPage(data, ['家委会'])!;
    expect(found.view.title).toBe('家长委员会章程');
    expect(found.view.hits.map((h) => h.title)).toEqual(['第九条', '第十条']);
    expect(found.view.hits[0]!.url).toBe(
      '/documents/rules-parents-committee/#art-9-p1:~:text=%E5%AE%B6%E5%A7%94%E4%BC%9A,-%E6%AF%8F%E5%AD%A6%E6%9C%9F%E5%8F%AC%E5%BC%80%E4%BC%9A',
    );
    expect(decodeURIComponent(found.view.hits[1]!.url)).toMatch(/#art-10:~:text=.*列席，-,家委会$/);
    expect(found.view.hits[0]!.excerpt).toContain('<mark>家委会</mark>每学期召开会议');
  });
  it('drops a page that has the characters but not the query', () => {
    expect(findInPage(data, ['校车'])).toBeUndefined();
    expect(findInPage(data, ['家委会', '校车'])).toBeUndefined();
  });
  it('ranks the query in the title first, then by how often it occurs', () => {
    const other = { ...data, url: '/x/', meta: { title: '其他' } };
    const ranked = rank([findInPage(other, ['家委会'])!, findInPage(data, ['委员会'])!, findInPage(data, ['家委会'])!]);
    expect(ranked.map((v) => v.url.replace(/#.*/, ''))).toEqual([
      '/documents/rules-parents-committee/',
      '/x/',
      '/documents/rules-parents-committee/',
    ]);
  });
  it('shows stock results as Pagefind returned them', () => {
    const stock = stockView({ ...data, sub_results: [{ title: 'a', url: `${data.url}#art-9`, excerpt: 'x' }] });
    expect(stock.hits).toHaveLength(1);
  });
  it('marks every occurrence and escapes the text', () => {
    expect(markTerms('a<b 家委会，家委会', ['家委会'])).toBe('a&lt;b <mark>家委会</mark>，<mark>家委会</mark>');
    expect(markTerms('IEP计划', ['iep'])).toBe('<mark>IEP</mark>计划');
  });
  it('uses the characters around a match as context, so the browser highlights that one', () => {
    const words = spaceOut('编码HQ-01，采购').split(' ');
    expect(textDirective(words, 2, 5)).toBe(':~:text=%E7%BC%96%E7%A0%81-,HQ%2D01');
  });
});

import { describe, expect, it } from 'vitest';
import {
  GAP,
  TITLE_SLOT,
  compact,
  containsAll,
  hasQuotes,
  parseQuery,
  questionTerms,
  decodeSynonyms,
  encodeSynonyms,
  segmentWords,
  widen,
  phraseQuery,
  spaceOut,
  spaceOutHtml,
  termRuns,
} from '../../../src/lib/search-text.ts';

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
  const page = (body: string) => `<html><body><article data-pagefind-body><h1>标题</h1>${body}</article></body></html>`;
  /** The words Pagefind would count, in order (tags dropped). */
  const wordsOf = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .trim()
      .split(/\s+/);

  it('spaces out text but not tags, attributes, scripts or Pagefind values', () => {
    const out = spaceOutHtml(
      page(
        '<h2 class="t">家委会</h2><p>第九条<a href="#art-9">本规则</a></p><span data-pagefind-filter="类别">议事规则</span><script>var 家="x";</script>',
      ),
    );
    expect(out).toContain('<h2 class="t"> ¶ 家 委 会 </h2>');
    expect(out).toContain('<a href="#art-9"> 本 规 则 </a>');
    expect(out).toContain('<span data-pagefind-filter="类别">议事规则</span>');
    expect(out).toContain('<script>var 家="x";</script>');
  });
  it('keeps the ids of headings and glossary terms on their elements', () => {
    const out = spaceOutHtml(page('<h3 id="art-9" class="n">第九条</h3><dl><dt id="term-iep">个别化教育计划</dt></dl>'));
    expect(out).toContain('<h3 id="art-9" class="n">');
    expect(out).toContain('<dt id="term-iep">');
  });
  it('moves the id of a paragraph, item or step to an empty element at its start (Pagefind stores the text of an element with an id again)', () => {
    const out = spaceOutHtml(
      page('<p id="art-9-p1">学校</p><p id="art-9-p1-i2" class="item">（二）</p><ol><li id="step-3">审核</li></ol>'),
    );
    expect(out).toContain('<p><i id="art-9-p1"></i> ¶ 学 校 </p>');
    expect(out).toContain('<p class="item"><i id="art-9-p1-i2"></i>');
    expect(out).toContain('<li><i id="step-3"></i>');
  });
  it('drops other ids (drawings, landmarks)', () => {
    expect(spaceOutHtml(page('<svg><title id="flow-title">流程</title></svg>'))).toContain('<title>');
  });
  it('puts a gap where a block ends, so a phrase never runs from one block into the next', () => {
    const out = spaceOutHtml(page('<li>开学后第5周内</li><li><strong>家委会</strong>：审议</li>'));
    expect(compact(out.replace(/<[^>]+>/g, ''))).toContain('周内 家委会：审议');
  });
  it('gives every word of the page one weight, so that Pagefind keeps each word’s positions in page order', () => {
    expect(spaceOutHtml(page('<h2>第一章</h2>'))).toContain('<article data-pagefind-body data-pagefind-weight="1">');
  });
  it('follows the title with the title slot, so the text starts at word TITLE_SLOT or later', () => {
    const words = wordsOf(spaceOutHtml(page('<p>正文</p>')));
    const title = words.indexOf('标');
    const text = words.indexOf('正');
    expect(title).toBeLessThan(TITLE_SLOT);
    expect(text).toBeGreaterThanOrEqual(TITLE_SLOT);
    expect(words.slice(title + 2, text).every((w) => w === GAP)).toBe(true);
  });
  it('refuses a page without a title, or with a title too long for the slot', () => {
    expect(() => spaceOutHtml('<article data-pagefind-body><p>正文</p></article>')).toThrow(/no h1/);
    expect(() => spaceOutHtml(`<article data-pagefind-body><h1>${'长'.repeat(200)}</h1></article>`)).toThrow(/too long/);
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

describe('parseQuery: the terms a reader means', () => {
  it('splits at half- and full-width white space', () => {
    expect(parseQuery('家长 投诉')).toEqual(['家长', '投诉']);
    expect(parseQuery(' 家长　投诉 ')).toEqual(['家长', '投诉']);
  });
  it('keeps quoted text as one phrase, spaces and all, with straight or Chinese quotes', () => {
    expect(parseQuery('"家长 委员会" 选举')).toEqual(['家长 委员会', '选举']);
    expect(parseQuery('“三重一大”事项')).toEqual(['三重一大', '事项']);
    expect(parseQuery('「送教上门」')).toEqual(['送教上门']);
  });
  it('drops sentence punctuation at the ends of a term, terms without letters, stray quotes and repeats', () => {
    expect(parseQuery('监督， 投诉？ ，')).toEqual(['监督', '投诉']);
    expect(parseQuery('？！')).toEqual([]);
    expect(parseQuery('"家长 投诉')).toEqual(['家长', '投诉']);
    expect(parseQuery('家长 家长')).toEqual(['家长']);
  });
  it('keeps punctuation inside a term, as Ctrl+F would look for it', () => {
    expect(parseQuery('HQ-01 第（三）项')).toEqual(['HQ-01', '第（三）项']);
  });
  it('folds full-width letters and digits', () => {
    expect(parseQuery('５万元')).toEqual(['5万元']);
  });
});

describe('what Pagefind is asked', () => {
  it('each run of letters and digits of a term, as an exact phrase', () => {
    expect(termRuns('家委会')).toEqual(['家委会']);
    expect(termRuns('HQ-01')).toEqual(['hq', '01']);
    expect(termRuns('家长 委员会')).toEqual(['家长', '委员会']);
    expect(phraseQuery('家委会')).toBe('"家 委 会"');
  });
  it('compares literally, as Ctrl+F does', () => {
    expect(containsAll('第十二条 学校', ['十二条'])).toBe(true);
    expect(containsAll('第十二条 学校', ['条学'])).toBe(false);
    expect(containsAll('单项５万元', ['5万元'])).toBe(true);
    expect(containsAll('任何内容', [])).toBe(false);
  });
});

describe('questionTerms: a question is searched for what it is about', () => {
  it('takes the question words out, and the single characters they leave', () => {
    expect(questionTerms('补助怎么申请？')).toEqual({ terms: ['补助', '申请'], question: true });
    expect(questionTerms('孩子能住校吗')).toEqual({ terms: ['孩子能住校'], question: true });
    expect(questionTerms('去哪报名')).toEqual({ terms: ['报名'], question: true });
    expect(questionTerms('家委会 怎么办')).toEqual({ terms: ['家委会'], question: true });
  });
  it('leaves a query without question words, quoted text and a query of question words alone as typed', () => {
    expect(questionTerms('家长 投诉')).toEqual({ terms: ['家长', '投诉'], question: false });
    expect(questionTerms('“怎么办” 通知')).toEqual({ terms: ['怎么办', '通知'], question: false });
    expect(questionTerms('怎么办')).toEqual({ terms: ['怎么办'], question: false });
    expect(questionTerms('是否')).toEqual({ terms: ['是否'], question: false });
  });
});

describe('segmentWords', () => {
  it('cuts at the word boundaries of the Chinese segmenter, and keeps only words with letters or digits', () => {
    const words = segmentWords('孩子，住校');
    expect(words.join('')).toBe('孩子住校');
    expect(words).not.toContain('，');
    expect(words.length).toBeGreaterThanOrEqual(2);
  });
});

describe('hasQuotes', () => {
  it('tells a query with a phrase in quotation marks, which is never cut into words', () => {
    expect(hasQuotes('“送教 上门”')).toBe(true);
    expect(hasQuotes('"送教 上门" 申请')).toBe(true);
    expect(hasQuotes('送教上门')).toBe(false);
  });
});

describe('widen: the forms that count as a term', () => {
  const synonyms = [
    ['补助', '补贴', '资助'],
    ['小微权力', '小微权力清单'],
    ['家委会', '家长委员会'],
  ];
  it('replaces a word of a group inside the term by each other word of its group, the term first', () => {
    expect(widen('补贴标准', synonyms)).toEqual(['补贴标准', '补助标准', '资助标准']);
    expect(widen('家委会', synonyms)).toEqual(['家委会', '家长委员会']);
    expect(widen('校车', synonyms)).toEqual(['校车']);
  });
  it('takes the longest word of a group where one is inside another', () => {
    expect(widen('小微权力清单', synonyms)).toEqual(['小微权力清单', '小微权力']);
  });
  it('does not replace a word inside a longer word of another group', () => {
    const groups = [
      ['学生', '孩子'],
      ['体罚', '打孩子'],
    ];
    expect(widen('打孩子', groups)).toEqual(['打孩子', '体罚']);
    expect(widen('孩子体罚', groups)).toEqual(['孩子体罚', '学生体罚', '孩子打孩子']);
  });
  it('folds width and case as the search does', () => {
    expect(widen('iep', [['IEP', '个别化教育计划']])).toEqual(['iep', '个别化教育计划']);
  });
});

describe('the synonyms in the search page’s markup', () => {
  it('travel as one line and come back the same', () => {
    const groups = [
      ['补助', '补贴'],
      ['家委会', '家长委员会', '家长 委员会'],
    ];
    expect(encodeSynonyms(groups)).toBe('补助|补贴;家委会|家长委员会|家长 委员会');
    expect(decodeSynonyms(encodeSynonyms(groups))).toEqual(groups);
    expect(decodeSynonyms('')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { citationsInData, citationsInDocument, findCitations, resolveCitation, type CitableDocument } from '../../../src/lib/references.ts';
import { structureDocument } from '../../../src/lib/document-structure.ts';
import { parseBody } from '../../../src/lib/content/mdx.ts';

const blocksFromMarkdown = (md: string, firstLine?: number) => parseBody(md, firstLine).blocks;

const titles = new Map([
  ['学校章程', 'charter'],
  ['章程', 'charter'],
  ['“三重一大”决策制度实施办法', 'rules-three-important'],
]);

/** text → what each citation points at, as "text → doc#article.paragraph.item". */
function cites(text: string, here?: { article: number; paragraph: number }) {
  return findCitations(text, { titles, here }).map((c) => {
    const t = c.target;
    const where = [t.article, t.paragraph, t.item].filter((x) => x !== undefined).join('.');
    expect(text.slice(c.start, c.end)).toBe(c.text);
    return `${c.text} → ${t.doc}${where ? `#${where}` : ''}`;
  });
}

describe('findCitations', () => {
  it('reads 本章程/本规则/本细则/本办法… + 第X条 as the same document', () => {
    expect(cites('依照本章程第十二条的规定')).toEqual(['本章程第十二条 → self#12']);
    for (const word of ['本规则', '本细则', '本办法', '本制度', '本规章', '本规范', '本规定']) {
      expect(cites(`按照${word}第五条办理`)).toEqual([`${word}第五条 → self#5`]);
    }
  });

  it('reads 《Title》第X条 by full and short title, linking the title with the article', () => {
    expect(cites('根据《学校章程》第三十条')).toEqual(['《学校章程》第三十条 → charter#30']);
    expect(cites('依照《章程》第一百零一条')).toEqual(['《章程》第一百零一条 → charter#101']);
  });

  it('parses numerals up to 第一百九十九条, including 零 and 一十', () => {
    expect(cites('本章程第一百九十九条、第一百一十条、第一百零五条和第二十条')).toEqual([
      '本章程第一百九十九条 → self#199',
      '第一百一十条 → self#110',
      '第一百零五条 → self#105',
      '第二十条 → self#20',
    ]);
  });

  it('reads paragraphs and items: 第五条第二款, 第十二条第（三）项, 第十二条第一款第三项', () => {
    expect(cites('本规则第五条第二款')).toEqual(['本规则第五条第二款 → self#5.2']);
    expect(cites('第十二条第（三）项')).toEqual(['第十二条第（三）项 → self#12.3']);
    expect(cites('达到本办法第十二条第一款第三项规定金额')).toEqual(['本办法第十二条第一款第三项 → self#12.1.3']);
    expect(cites('违反本规范第十五条第二项的')).toEqual(['本规范第十五条第二项 → self#15.2']);
  });

  it('links both ends of a range and every member of a list', () => {
    expect(cites('按照本章程第十三条至第十五条的规定')).toEqual(['本章程第十三条 → self#13', '第十五条 → self#15']);
    expect(cites('按照本办法第十四条、第十五条计算')).toEqual(['本办法第十四条 → self#14', '第十五条 → self#15']);
    expect(cites('按照本办法第十八条第二款和第十九条的规定')).toEqual(['本办法第十八条第二款 → self#18.2', '第十九条 → self#19']);
    expect(cites('第九条第一款、第二款')).toEqual(['第九条第一款 → self#9.1', '第二款 → self#9.2']);
    expect(cites('第十五条第二项、第四项')).toEqual(['第十五条第二项 → self#15.2', '第四项 → self#15.4']);
  });

  it('reads a bare 第X条 as the same document', () => {
    expect(cites('违反第十五条第四项的')).toEqual(['第十五条第四项 → self#15.4']);
  });

  it('reads 前款, 前款第三项, 前条 and 本条第二款 from where the text sits', () => {
    const here = { article: 17, paragraph: 2 };
    expect(cites('前款第六项所列事项', here)).toEqual(['前款第六项 → self#17.1.6']);
    expect(cites('依照前款规定的程序办理', here)).toEqual(['前款 → self#17.1']);
    expect(cites('不属于本条第二款规定情形的', here)).toEqual(['本条第二款 → self#17.2']);
    expect(cites('前条规定的事项', here)).toEqual(['前条 → self#16']);
    // In the first paragraph there is no 前款; without a place, none of them is read.
    expect(cites('前款所列事项', { article: 3, paragraph: 1 })).toEqual([]);
    expect(cites('前款所列事项')).toEqual([]);
  });

  it('leaves titles that are not ours alone, with the article after them', () => {
    expect(cites('根据《中华人民共和国教育法》第三十条和本章程第二条')).toEqual(['本章程第二条 → self#2']);
    expect(cites('填写《新生入学申请表》')).toEqual([]);
  });

  it('names a document when its title stands alone', () => {
    expect(cites('具体办法由《“三重一大”决策制度实施办法》规定。')).toEqual(['《“三重一大”决策制度实施办法》 → rules-three-important']);
  });

  it('does not read chapters, sections or ordinary numbers as citations', () => {
    expect(cites('第二章第一节规定的会议，第3次会议，第一次')).toEqual([]);
  });

  it('marks a malformed numeral so the checker can report it', () => {
    const [c] = findCitations('本规则第十十条', { titles });
    expect(c!.text).toBe('本规则第十十条');
    expect(c!.target.article).toBeNaN();
  });
});

describe('resolveCitation', () => {
  const doc = (md: string): CitableDocument => ({ title: '学校章程', articles: structureDocument(blocksFromMarkdown(md)).articles });
  const docs = new Map([
    [
      'charter',
      doc(
        '第一条　甲。\n\n第二条　下列事项：\n\n（一）子；\n\n（二）丑；\n\n（三）寅。\n\n前款第二项另有规定。\n\n第三条　乙。\n\n丙。\n\n（一）一；\n\n（二）二。\n\n丁。\n\n（一）三。\n',
      ),
    ],
  ]);
  const resolve = (target: Parameters<typeof resolveCitation>[0], self?: string) => resolveCitation(target, self, docs);

  it('gives the anchor of an article, paragraph or item', () => {
    expect(resolve({ doc: 'charter', article: 1 })).toEqual({ ok: true, doc: 'charter', article: 1, anchor: 'art-1' });
    expect(resolve({ doc: 'self', article: 2, paragraph: 2 }, 'charter')).toMatchObject({ ok: true, anchor: 'art-2-p2' });
    expect(resolve({ doc: 'charter', article: 2, paragraph: 1, item: 3 })).toMatchObject({ ok: true, anchor: 'art-2-p1-i3' });
  });

  it('puts an item cited without its paragraph in the one paragraph that has items', () => {
    expect(resolve({ doc: 'charter', article: 2, item: 2 })).toMatchObject({ ok: true, anchor: 'art-2-p1-i2' });
  });

  it('asks for the paragraph when several paragraphs have items', () => {
    expect(resolve({ doc: 'charter', article: 3, item: 1 })).toEqual({
      ok: false,
      reason: '《学校章程》第三条有2款都分了项，请写明是第几款的第几项，例如“第三条第二款第一项”。',
    });
  });

  it('says what is missing', () => {
    expect(resolve({ doc: 'charter', article: 9 })).toEqual({ ok: false, reason: '《学校章程》只有3条，没有第九条。' });
    expect(resolve({ doc: 'charter', article: 2, paragraph: 3 })).toEqual({ ok: false, reason: '《学校章程》第二条只有2款，没有第三款。' });
    expect(resolve({ doc: 'charter', article: 2, paragraph: 1, item: 4 })).toEqual({
      ok: false,
      reason: '《学校章程》第二条第一款只有3项，没有第四项。',
    });
    expect(resolve({ doc: 'charter', article: 1, item: 1 })).toEqual({ ok: false, reason: '《学校章程》第一条没有分项。' });
    expect(resolve({ doc: 'self', article: 1 })).toMatchObject({ ok: false, reason: expect.stringContaining('没有写明是哪份文件') });
  });

  it('accepts a whole document', () => {
    expect(resolve({ doc: 'charter' })).toEqual({ ok: true, doc: 'charter' });
  });
});

describe('citationsInDocument', () => {
  it("skips the article's own number, knows the paragraph for 前款, and says which article cites", () => {
    const blocks = blocksFromMarkdown('## 第一章　总则\n\n第一条　见本章程第二条。\n\n第二条　甲。\n\n前款规定的事项。\n', 10);
    const found = citationsInDocument(blocks, structureDocument(blocks).roles, titles);
    expect(found.map((c) => [c.text, c.line, c.from, c.target])).toEqual([
      ['本章程第二条', 12, 'art-1', { doc: 'self', article: 2 }],
      ['前款', 16, 'art-2', { doc: 'self', article: 2, paragraph: 1 }],
    ]);
  });
});

describe('citationsInData', () => {
  it('finds citations in every text field with its path, but not in structured references', () => {
    const power = {
      basis: [{ doc: 'charter', article: '第十二条' }, { law: '《中华人民共和国教育法》第三十条' }],
      steps: [{ action: '按照《学校章程》第八十条审批' }],
    };
    expect(citationsInData(power, titles).map((c) => [c.field, c.text])).toEqual([['steps.0.action', '《学校章程》第八十条']]);
  });
});

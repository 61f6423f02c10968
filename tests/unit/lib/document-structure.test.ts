import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../../src/lib/document-structure.ts';
import { parseBody } from '../../../src/lib/content/mdx.ts';

const blocksFromMarkdown = (md: string, firstLine?: number) => parseBody(md, firstLine).blocks;

const text = `## 第一章　总则

第一条　为了规范管理，制定本规则。

第二条　学校党组织会议决定下列事项：

（一）学校发展规划；

（二）年度预算。

前款规定的事项，应当先经校长办公会议研究。

### 第一节　会议

第三条　会议由书记召集。
`;

describe('structureDocument', () => {
  const s = structureDocument(blocksFromMarkdown(text));

  it('gives chapters, sections and articles stable anchors', () => {
    expect(s.headings.map((h) => [h.anchor, h.text])).toEqual([
      ['ch-1', '第一章　总则'],
      ['ch-1-sec-1', '第一节　会议'],
    ]);
    expect(s.articles.map((a) => a.anchor)).toEqual(['art-1', 'art-2', 'art-3']);
  });

  it('counts paragraphs (款) and items (项) without numbers in the text', () => {
    expect(s.articles[1]!.paragraphs).toEqual([2, 0]); // 第一款 has two items, 第二款 none
    const roles = s.roles.filter((r) => r.role === 'item' || r.role === 'paragraph').map((r) => ('anchor' in r ? r.anchor : ''));
    expect(roles).toEqual(['art-2-p1-i1', 'art-2-p1-i2', 'art-2-p2']);
  });

  it('reports no problems for continuous numbering', () => {
    expect(s.problems).toEqual([]);
  });

  it('reports a wrong and a malformed article number with its line, counting by position', () => {
    const bad = structureDocument(blocksFromMarkdown('第一条　甲。\n\n第三条　乙。\n\n第三条　丙。\n\n第十十条　丁。\n', 10));
    expect(bad.problems).toEqual([
      { code: 'article-sequence', line: 12, found: '第三条', expected: '第二条' },
      { code: 'article-numeral', line: 16, found: '第十十条', expected: '第四条' },
    ]);
    const repeated = structureDocument(blocksFromMarkdown('第一条　甲。\n\n第一条　乙。\n\n第三条　丙。\n'));
    expect(repeated.problems.map((p) => [p.code, p.found, p.expected])).toEqual([['article-repeated', '第一条', '第二条']]);
  });

  it('numbers plain headings of a plan (一、 and （一）) by position', () => {
    const plan = structureDocument(
      blocksFromMarkdown('## 一、指导思想\n\n文字。\n\n## 二、步骤\n\n### （一）第一阶段\n\n### （二）第二阶段\n'),
    );
    expect(plan.headings.map((h) => h.anchor)).toEqual(['sec-1', 'sec-2', 'sec-2-1', 'sec-2-2']);
    expect(plan.articles).toEqual([]);
  });

  it('does not take a mention of an article inside a sentence for a new article', () => {
    const s2 = structureDocument(blocksFromMarkdown('第一条　甲。\n\n依照第三条的规定办理。\n'));
    expect(s2.articles).toHaveLength(1);
    expect(s2.problems).toEqual([]);
  });
});

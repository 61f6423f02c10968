import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../../src/lib/document-structure.ts';
import { parseBody } from '../../../src/lib/content/mdx.ts';

const blocksFromMarkdown = (md: string, firstLine?: number) => parseBody(md, firstLine).blocks;
import {
  pageOfAnchor,
  planDocumentPages,
  sliceDocumentHtml,
  SPLIT_ABOVE_CHARACTERS,
  wholeTextHtml,
} from '../../../src/lib/document-pages.ts';

const text = `前言段落。

## 第一章　总则

第一条　为了规范管理，制定本规则。

第二条　学校党组织会议决定下列事项：

（一）学校发展规划；

## 第二章　会议

### 第一节　召集

第三条　会议由书记召集。

### 其他

第四条　会议应当有记录。
`;
const structure = structureDocument(blocksFromMarkdown(text));

describe('planDocumentPages', () => {
  it('keeps a short document on one page, however many chapters it has', () => {
    const plan = planDocumentPages(structure, SPLIT_ABOVE_CHARACTERS);
    expect(plan).toEqual({ split: false, chapters: [], pageOf: {} });
    expect(pageOfAnchor(plan, 'art-3')).toBeUndefined();
  });

  it('keeps a long document without chapters on one page', () => {
    const flat = structureDocument(blocksFromMarkdown('第一条　甲。\n\n第二条　乙。\n'));
    expect(planDocumentPages(flat, 50_000).split).toBe(false);
  });

  it('splits a long document into one page per chapter, with each chapter’s article range', () => {
    const plan = planDocumentPages(structure, SPLIT_ABOVE_CHARACTERS + 1);
    expect(plan.split).toBe(true);
    expect(plan.chapters).toEqual([
      { slug: 'ch-1', title: '第一章　总则', articles: [1, 2] },
      { slug: 'ch-2', title: '第二章　会议', articles: [3, 4] },
    ]);
  });

  it('puts every anchor on the page of its chapter: sections, headings, articles, paragraphs and items', () => {
    const plan = planDocumentPages(structure, SPLIT_ABOVE_CHARACTERS + 1);
    expect(
      ['ch-1', 'art-1', 'art-2', 'art-2-p1', 'art-2-p1-i1', 'ch-2', 'ch-2-sec-1', 'sec-1-1', 'art-3', 'art-4-p1'].map((a) =>
        pageOfAnchor(plan, a),
      ),
    ).toEqual(['ch-1', 'ch-1', 'ch-1', 'ch-1', 'ch-1', 'ch-2', 'ch-2', 'ch-2', 'ch-2', 'ch-2']);
    expect(pageOfAnchor(plan, 'art-99')).toBeUndefined();
  });
});

describe('cutting the rendered text', () => {
  const plan = planDocumentPages(structure, SPLIT_ABOVE_CHARACTERS + 1);
  const html =
    '<p>前言段落。</p><h2 id="ch-1">第一章　总则</h2><div class="article"><h3 id="art-1" class="article-num"><a href="#art-1">第一条</a></h3><p id="art-1-p1">甲</p></div>' +
    '<h2 id="ch-2">第二章　会议</h2><div class="article"><h3 id="art-3" class="article-num"><a href="#art-3">第三条</a></h3><p id="art-3-p1">见<a href="#art-1">第一条</a></p></div>';

  it('gives the text before the first chapter, and each chapter from its heading to the next', () => {
    expect(sliceDocumentHtml(html, plan, undefined)).toBe('<p>前言段落。</p>');
    expect(sliceDocumentHtml(html, plan, 'ch-1')).toMatch(/^<h2 id="ch-1">.*第一条.*<\/div>$/);
    expect(sliceDocumentHtml(html, plan, 'ch-1')).not.toContain('ch-2');
    expect(sliceDocumentHtml(html, plan, 'ch-2')).toMatch(/^<h2 id="ch-2">.*<\/div>$/);
  });

  it('refuses a chapter the rendered text does not have', () => {
    expect(() => sliceDocumentHtml(html.replace('id="ch-2"', ''), plan, 'ch-1')).toThrow(/missing a chapter heading/);
  });

  it('gives the whole text without anchors, its links sent to the one page of each anchor', () => {
    const whole = wholeTextHtml(html, (a) => `/documents/x/${pageOfAnchor(plan, a)}/#${a}`);
    expect(whole).not.toMatch(/\sid="/);
    expect(whole).toContain('<a href="/documents/x/ch-1/#art-1">第一条</a></h3><p>甲</p>');
    expect(whole).toContain('见<a href="/documents/x/ch-1/#art-1">第一条</a>');
  });
});

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { blocksFromMdast, blocksFromMarkdown, simpleBlocks } from '../../../src/lib/markdown-blocks.ts';
import { readDocuments } from '../../../src/lib/content/read.ts';

const exact = (md: string) => blocksFromMdast(fromMarkdown(md));
const corpus = [
  ...readDocuments(join(import.meta.dirname, '../../../content')),
  ...readDocuments(join(import.meta.dirname, '../../fixtures/content')),
];

describe('reading blocks line by line', () => {
  it('gives exactly what the CommonMark parser gives, for every document of the corpus and the fixtures', () => {
    for (const doc of corpus) {
      const body = doc.body ?? '';
      // Guides for parents (kind: guide) use lists and links, so the full parser reads them; there are only a few.
      if ((doc.data as { kind?: string } | undefined)?.kind === 'guide') {
        expect(blocksFromMarkdown(body), doc.file).toEqual(exact(body));
        continue;
      }
      expect(simpleBlocks(body), `${doc.file} should take the fast path`).toBeDefined();
      expect(simpleBlocks(body), doc.file).toEqual(exact(body));
    }
  });

  it('reads headings, paragraphs over several lines, and a heading right after a paragraph', () => {
    const md = '## 第一章　总则\n\n第一条　为了规范管理，\n制定本规则。\n### 第一节　会议\n第二条　会议由书记召集。\n';
    expect(simpleBlocks(md)).toEqual(exact(md));
    expect(simpleBlocks(md)!.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('leaves anything else to the full parser, so the result is always the parser’s', () => {
    const others = [
      '第一条　**加粗**的文字。',
      '- 列表项',
      '1. 编号列表',
      '> 引文',
      '    缩进的代码',
      '标题\n===',
      '段落\n---',
      '第一条　见[链接](/x/)。',
      '第一条　行末两个空格  \n换行',
      '## 标题 ##',
      '#没有空格的井号',
      '| 表 | 格 |\n| - | - |',
      '第一条　A &amp; B',
      '第一条　转义\\*星号',
    ];
    for (const md of others) {
      expect(simpleBlocks(md), md).toBeUndefined();
      expect(blocksFromMarkdown(md), md).toEqual(exact(md));
    }
  });

  it('counts lines from where the body starts in its file', () => {
    expect(blocksFromMarkdown('## 第一章　总则\n\n第一条　甲。', 10).map((b) => b.line)).toEqual([10, 12]);
  });
});

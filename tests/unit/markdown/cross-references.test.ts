import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleAnchorsPlugin } from '../../../src/markdown/article-anchors.ts';
import { crossReferencesPlugin } from '../../../src/markdown/cross-references.ts';
import { siteContent } from '../../../src/lib/content/pipeline.ts';
import { buildRegistry, linkText } from '../../../src/lib/cross-refs.ts';
import { structureDocument } from '../../../src/lib/document-structure.ts';
import { parseBody } from '../../../src/lib/content/mdx.ts';
import type { Edition } from '../../../src/lib/editions.ts';
import { renderWith } from './render.ts';

const site = siteContent(join(import.meta.dirname, '../../fixtures/content'));

/** Render a fixture document as the build does, or `body` in its place (the registry then sees that body's articles). */
async function render(docId: string, edition: Edition, body?: string) {
  const doc = site.content.documents.find((d) => d.id === docId)!;
  const md = body ?? doc.body;
  const blocks = parseBody(md).blocks;
  const structure = structureDocument(blocks);
  const documents = site.content.documents.map((d) => (d.id === docId ? { ...d, blocks, structure } : d));
  const registry = buildRegistry({ ...site.content, documents }, edition, site.plans);
  return renderWith([articleAnchorsPlugin(() => structure), crossReferencesPlugin(() => ({ selfId: docId, registry }))], md);
}

describe('cross-references', () => {
  it('links a citation of another document to the exact article, and a first-used term to the glossary', async () => {
    const html = await render('meeting-rules', 'staff');
    expect(html).toContain('并依照<a href="/documents/guide/#art-2">《家长须知》第二条</a>告知');
    // 校长办公会议 is a glossary term: linked once, at its first use.
    expect(html.match(/term-principal-meeting/g)).toHaveLength(1);
    expect(html).toContain('<a href="/glossary/#term-principal-meeting" class="term">校长办公会议</a>');
  });

  it('lists what cites an article after it, only from sources published in the edition', async () => {
    const staff = await render('guide', 'staff');
    expect(staff).toMatchInlineSnapshot(`
      "<h2 id="ch-1">第一章　总则</h2>
      <div class="article"><h3 id="art-1" class="article-num"><a href="#art-1">第一条</a></h3><p id="art-1-p1">为了方便家长，制定本须知。</p></div>
      <div class="article"><h3 id="art-2" class="article-num"><a href="#art-2">第二条</a></h3><p id="art-2-p1">〔学校名称〕设<a href="/glossary/#term-hearing-dept" class="term">听障部</a>和培智部。</p><p class="cited-by" data-pagefind-ignore="">被引用：<a href="/documents/meeting-rules/#art-2">《议事规则》第二条</a></p></div>
      <h2 id="ch-2">第二章　附则</h2>
      <div class="article"><h3 id="art-3" class="article-num"><a href="#art-3">第三条</a></h3><p id="art-3-p1">本须知自2024年9月1日起施行。</p></div>
      "
    `);
    const pub = await render('guide', 'public');
    expect(pub).not.toContain('cited-by');
    expect(pub).not.toContain('meeting-rules');
  });

  it('never links the article number, a heading, or text already in a link', async () => {
    const html = await render('guide', 'public', '## 第一章　听障部\n\n第一条　甲。\n\n第二条　见[第一条](#x)和本须知第一条。\n');
    expect(html).toContain('<h2 id="ch-1">第一章　听障部</h2>');
    expect(html).toContain('<a href="#art-2">第二条</a>');
    expect(html).toContain('见<a href="#x">第一条</a>和<a href="/documents/guide/#art-1">本须知第一条</a>');
  });

  it('links paragraphs and items, and 前款 to the paragraph before', async () => {
    const html = await render(
      'guide',
      'public',
      '第一条　甲：\n\n（一）子；\n\n（二）丑。\n\n前款第二项另有规定，本须知第一条第一款第一项除外。\n',
    );
    expect(html).toContain('<a href="/documents/guide/#art-1-p1-i2">前款第二项</a>');
    expect(html).toContain('<a href="/documents/guide/#art-1-p1-i1">本须知第一条第一款第一项</a>');
  });
});

describe('linkText', () => {
  it('leaves a citation of a document that is not in this edition as plain text', () => {
    const text = '见《会议议事规则》第一条。';
    expect(linkText(text, buildRegistry(site.content, 'public', site.plans))).toEqual([{ text }]);
    expect(linkText(text, buildRegistry(site.content, 'staff', site.plans))).toEqual([
      { text: '见' },
      { text: '《会议议事规则》第一条', href: '/documents/meeting-rules/#art-1', kind: 'cite' },
      { text: '。' },
    ]);
  });

  it('makes telephone numbers tel: links beside citations, as the Markdown plugin does in MDX text', () => {
    const text = '依照《会议议事规则》第一条，向学生发展部（0000-12345684）申请。';
    expect(linkText(text, buildRegistry(site.content, 'staff', site.plans))).toEqual([
      { text: '依照' },
      { text: '《会议议事规则》第一条', href: '/documents/meeting-rules/#art-1', kind: 'cite' },
      { text: '，向学生发展部（' },
      { text: '0000-12345684', href: 'tel:000012345684', kind: 'tel' },
      { text: '）申请。' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleAnchorsPlugin } from '../../../src/markdown/article-anchors.ts';
import { placeholdersPlugin } from '../../../src/markdown/placeholders.ts';
import { structureDocument } from '../../../src/lib/document-structure.ts';
import { parseBody } from '../../../src/lib/content/mdx.ts';
import type { Settings } from '../../../src/schemas/settings.ts';
import { renderWith } from './render.ts';

const settings = { schoolName: '某市特殊教育学校', departmentPhones: {}, amounts: {} } as unknown as Settings;

/** As the build renders a document: its structure is the checker's, from the same parser. */
function render(md: string) {
  const structure = structureDocument(parseBody(md).blocks);
  return renderWith([placeholdersPlugin(() => settings), articleAnchorsPlugin(() => structure)], md);
}

describe('article-anchors', () => {
  it('wraps each article with a self-linking heading and ids for paragraphs and items', async () => {
    const html = await render(
      '## 第一章　总则\n\n第一条　〔学校名称〕是公办学校。\n\n第二条　学校设立：\n\n（一）听障部；\n\n（二）培智部。\n\n前款所列学部各设教务处。\n',
    );
    expect(html).toMatchInlineSnapshot(`
      "<h2 id="ch-1">第一章　总则</h2>
      <div class="article"><h3 id="art-1" class="article-num"><a href="#art-1">第一条</a></h3><p id="art-1-p1">某市特殊教育学校是公办学校。</p></div>
      <div class="article"><h3 id="art-2" class="article-num"><a href="#art-2">第二条</a></h3><p id="art-2-p1">学校设立：</p><p id="art-2-p1-i1" class="item">（一）听障部；</p><p id="art-2-p1-i2" class="item">（二）培智部。</p><p id="art-2-p2">前款所列学部各设教务处。</p></div>
      "
    `);
  });

  it('puts article headings one level below the section they are in', async () => {
    const html = await render('## 第一章　总则\n\n### 第一节　会议\n\n第一条　甲。\n');
    expect(html).toContain('<h4 id="art-1" class="article-num">');
  });

  it('leaves a document without articles alone apart from heading anchors', async () => {
    const html = await render('## 一、指导思想\n\n坚持依法治校。\n');
    expect(html.trim()).toBe('<h2 id="sec-1">一、指导思想</h2>\n<p>坚持依法治校。</p>');
  });

  it('accepts an article number written in bold', async () => {
    const html = await render('**第一条**　甲。\n');
    expect(html).toContain('<p id="art-1-p1">甲。</p>');
  });

  it('leaves files that are not documents alone', async () => {
    const html = await renderWith([articleAnchorsPlugin(() => undefined)], '第一条　甲。\n');
    expect(html.trim()).toBe('<p>第一条　甲。</p>');
  });
});

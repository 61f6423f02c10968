import { describe, expect, it } from 'vitest';
import {
  anchorHref,
  articleHref,
  articleRefHref,
  chapterHref,
  documentHref,
  documentPageHrefs,
  powerHref,
  wholeTextHref,
} from '../../../src/lib/links.ts';
import { planDocumentPages } from '../../../src/lib/document-pages.ts';
import { structureDocument } from '../../../src/lib/document-structure.ts';
import { parseBody } from '../../../src/lib/content/mdx.ts';

/** A long document of three chapters (split into chapter pages) and a short one. */
const long = [
  '## 第一章　总则',
  '第一条　甲。',
  '## 第二章　机构',
  '第二条　乙。',
  '第三条　丙。\n\n（一）一项；',
  '## 第三章　附则',
  '第四条　丁。',
].join('\n\n');
const plans = new Map([
  ['charter', planDocumentPages(structureDocument(parseBody(long).blocks), 10_000)],
  ['short', planDocumentPages(structureDocument(parseBody('第一条　甲。\n\n第二条　乙。').blocks), 100)],
]);

describe('links', () => {
  it('links a short document’s articles on its one page', () => {
    expect(anchorHref(plans, 'short', 'art-2')).toBe('/documents/short/#art-2');
    expect(documentPageHrefs(plans, 'short')).toEqual(['/documents/short/']);
  });

  it('links an article of a split document to its chapter page, for any part of it', () => {
    expect(anchorHref(plans, 'charter', 'art-3')).toBe('/documents/charter/ch-2/#art-3');
    expect(articleHref(plans, 'charter', 3, 1, 1)).toBe('/documents/charter/ch-2/#art-3-p1-i1');
    expect(anchorHref(plans, 'charter', 'ch-3')).toBe('/documents/charter/ch-3/#ch-3');
    expect(articleRefHref(plans, { doc: 'charter', article: '第四条' })).toBe('/documents/charter/ch-3/#art-4');
  });

  it('lists every page of a split document: contents, chapters, whole text', () => {
    expect(documentPageHrefs(plans, 'charter')).toEqual([
      documentHref('charter'),
      chapterHref('charter', 'ch-1'),
      chapterHref('charter', 'ch-2'),
      chapterHref('charter', 'ch-3'),
      wholeTextHref('charter'),
    ]);
  });

  it('links an unknown document as a single page, and power items by id', () => {
    expect(anchorHref(plans, 'no-such-doc', 'art-1')).toBe('/documents/no-such-doc/#art-1');
    expect(powerHref('cw-03')).toBe('/powers/cw-03/');
  });
});

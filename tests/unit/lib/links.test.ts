import { describe, expect, it } from 'vitest';
import { anchorHref, chapterHref, documentHref, documentPageHrefs, powerHref, wholeTextHref } from '../../../src/lib/links.ts';
import { documentPlan } from '../../../src/lib/document-plans.ts';

// The links are built from the project's own content (read from content/ once).
describe('links', () => {
  it('links a short document’s articles on its one page', () => {
    expect(anchorHref('system-conduct', 'art-3')).toBe('/documents/system-conduct/#art-3');
    expect(documentPageHrefs('system-conduct')).toEqual(['/documents/system-conduct/']);
  });

  it('links an article of a split document to its chapter page, whoever asks and for any part of it', () => {
    const plan = documentPlan('charter')!;
    const third = plan.chapters[2]!;
    const [first] = third.articles!;
    expect(anchorHref('charter', `art-${first}`)).toBe(`/documents/charter/ch-3/#art-${first}`);
    expect(anchorHref('charter', `art-${first}-p2-i1`)).toBe(`/documents/charter/ch-3/#art-${first}-p2-i1`);
    expect(anchorHref('charter', 'ch-3-sec-1')).toBe('/documents/charter/ch-3/#ch-3-sec-1');
    expect(anchorHref('charter', 'art-1')).toBe('/documents/charter/ch-1/#art-1');
  });

  it('lists every page of a split document: contents, chapters, whole text', () => {
    const pages = documentPageHrefs('charter');
    expect(pages[0]).toBe(documentHref('charter'));
    expect(pages[1]).toBe(chapterHref('charter', 'ch-1'));
    expect(pages.at(-1)).toBe(wholeTextHref('charter'));
    expect(pages).toHaveLength(12);
  });

  it('links an unknown document as a single page, and power items by id', () => {
    expect(anchorHref('no-such-doc', 'art-1')).toBe('/documents/no-such-doc/#art-1');
    expect(powerHref('cw-03')).toBe('/powers/cw-03/');
  });
});

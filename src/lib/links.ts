/**
 * Where things live on the site: the one place that builds the URL of a document, an article
 * (or its paragraph or item) and a power item. Pages, components and Markdown plugins all link
 * through these. A long document is split into chapter pages (see document-pages.ts), and
 * anchorHref sends each anchor to the one page it lives on.
 */
import { pageOfAnchor } from './document-pages.ts';
import { documentPlan } from './document-plans.ts';

/** The page of a document (for a split document: its contents page). */
export function documentHref(docId: string): string {
  return `/documents/${docId}/`;
}

/** One chapter page of a split document: /documents/charter/ch-3/. */
export function chapterHref(docId: string, slug: string): string {
  return `${documentHref(docId)}${slug}/`;
}

/** The whole-text page of a split document, for printing and Ctrl+F. */
export function wholeTextHref(docId: string): string {
  return `${documentHref(docId)}full/`;
}

/** Every page of a document: its main page, then for a split document its chapter pages and its whole text. */
export function documentPageHrefs(docId: string): string[] {
  const plan = documentPlan(docId);
  if (!plan?.split) return [documentHref(docId)];
  return [documentHref(docId), ...plan.chapters.map((c) => chapterHref(docId, c.slug)), wholeTextHref(docId)];
}

/** An anchor inside a document (#art-12, #art-12-p2, #art-12-p1-i3, #ch-3), on the page that holds it. */
export function anchorHref(docId: string, anchor: string): string {
  const chapter = pageOfAnchor(documentPlan(docId), anchor);
  return `${chapter ? chapterHref(docId, chapter) : documentHref(docId)}#${anchor}`;
}

/** The anchor of an article, or of one of its paragraphs (款) or items (项). */
export function articleAnchorOf(article: number, paragraph?: number, item?: number): string {
  let anchor = `art-${article}`;
  if (paragraph !== undefined) anchor += `-p${paragraph}`;
  if (item !== undefined) anchor += `-i${item}`;
  return anchor;
}

/** The page of a power item. */
export function powerHref(powerId: string): string {
  return `/powers/${powerId}/`;
}

/** A term on the glossary page. */
export function glossaryHref(termId: string): string {
  return `/glossary/#term-${termId}`;
}

/** A department's section of the power list (the section ids are made in PowerTable.astro: group-<department id>). */
export function departmentPowersHref(departmentId: string): string {
  return `/powers/#group-${departmentId}`;
}

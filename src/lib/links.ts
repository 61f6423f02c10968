/**
 * Where things live on the site: the one place that builds the URL of a document, an article
 * (or its paragraph or item) and a power item. Pages, components and Markdown plugins all link
 * through these, so a change of URL scheme (say, long documents split into chapter pages)
 * happens here only.
 */

/** The page of a document. */
export function documentHref(docId: string): string {
  return `/documents/${docId}/`;
}

/** An anchor inside a document (#art-12, #art-12-p2, #art-12-p1-i3, #ch-3). */
export function anchorHref(docId: string, anchor: string): string {
  return `${documentHref(docId)}#${anchor}`;
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

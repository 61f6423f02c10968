/**
 * The anchor scheme of the site, in one place: every id a document's chapters, sections, articles,
 * paragraphs (款) and items (项) get, and every power item's steps. Built here, parsed here.
 *   #ch-3  #ch-3-sec-1  #sec-2-1 (一、 / （一） headings)  #art-12  #art-12-p2  #art-12-p2-i3  #step-4
 */

/** A chapter: ch-3. */
export function chapterAnchor(chapter: number): string {
  return `ch-${chapter}`;
}

/** A section of a chapter: ch-3-sec-1. */
export function sectionAnchor(chapter: string, section: number): string {
  return `${chapter}-sec-${section}`;
}

/** A heading of a document without chapters (一、, （一）), by its place in the outline: sec-2-1. */
export function headingAnchor(outline: readonly number[]): string {
  return `sec-${outline.join('-')}`;
}

/** An article, or one of its paragraphs (款) or items (项): art-12, art-12-p2, art-12-p2-i3. */
export function articleAnchor(article: number, paragraph?: number, item?: number): string {
  let anchor = `art-${article}`;
  if (paragraph !== undefined) anchor += `-p${paragraph}`;
  if (item !== undefined) anchor += `-i${item}`;
  return anchor;
}

/** A step of a power item's process: step-4. */
export function stepAnchor(step: number): string {
  return `step-${step}`;
}

/** Where an anchor is in its document: article, paragraph (1 when only the article is named) and item. */
export interface ArticlePlace {
  article: number;
  paragraph: number;
  item?: number;
}

const ARTICLE = /^art-(\d+)(?:-p(\d+))?(?:-i(\d+))?$/;

/** art-12-p2-i3 → { article: 12, paragraph: 2, item: 3 }; undefined for any other anchor. */
export function parseArticleAnchor(anchor: string | undefined): ArticlePlace | undefined {
  const m = ARTICLE.exec(anchor ?? '');
  if (!m) return undefined;
  return { article: Number(m[1]), paragraph: m[2] ? Number(m[2]) : 1, ...(m[3] ? { item: Number(m[3]) } : {}) };
}

/** True for the anchor of a whole article (art-12), not of a paragraph or item in it. */
export function isArticleAnchor(anchor: string | undefined): boolean {
  return /^art-\d+$/.test(anchor ?? '');
}

/** True for a chapter, section or heading anchor: what a table of contents lists. */
export function isHeadingAnchor(anchor: string | undefined): boolean {
  return /^(ch|sec)-/.test(anchor ?? '');
}

/** The article an anchor is in: art-12-p2-i3 → art-12; other anchors as they are. */
export function containingArticle(anchor: string): string {
  const place = parseArticleAnchor(anchor);
  return place ? articleAnchor(place.article) : anchor;
}

/** Matches the id attribute of any anchor of a document's text in rendered HTML (for the whole-text page). */
export const DOCUMENT_ID_ATTRIBUTE = /\sid="(?:ch|sec|art)-[\w-]+"/g;
/** Matches a same-page link to any anchor of a document's text in rendered HTML; group 1 is the anchor. */
export const DOCUMENT_HREF_ATTRIBUTE = /href="#((?:ch|sec|art)-[\w-]+)"/g;

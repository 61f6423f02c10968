/**
 * Where things live on the site: the one place that builds the URL of a page, a document, an article
 * (or its paragraph or item) and a power item. Pages, components and Markdown plugins all link
 * through these. A long document is split into chapter pages (see document-pages.ts): anchorHref
 * sends each anchor to the one page it lives on, given the documents' page plans.
 */
import { articleAnchor } from './anchors.ts';
import { parseArticleNumber } from './numerals.ts';
import type { ArticleRef } from '../schemas/reference.ts';
import { pageOfAnchor, type DocumentPlan } from './document-pages.ts';

/** The page plans of the documents, by id (from src/lib/content/pipeline.ts). */
export type PagePlans = ReadonlyMap<string, DocumentPlan>;

/** The fixed pages of the site. */
export const pageHref = {
  home: '/',
  documents: '/documents/',
  rules: '/rules/',
  powers: '/powers/',
  powerCategories: '/powers/categories/',
  powerRoles: '/powers/roles/',
  decisions: '/decisions/',
  organisation: '/organisation/',
  glossary: '/glossary/',
  search: '/search/',
} as const;

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
export function documentPageHrefs(plans: PagePlans, docId: string): string[] {
  const plan = plans.get(docId);
  if (!plan?.split) return [documentHref(docId)];
  return [documentHref(docId), ...plan.chapters.map((c) => chapterHref(docId, c.slug)), wholeTextHref(docId)];
}

/** An anchor inside a document (#art-12, #art-12-p2, #art-12-p1-i3, #ch-3), on the page that holds it. */
export function anchorHref(plans: PagePlans, docId: string, anchor: string): string {
  const chapter = pageOfAnchor(plans.get(docId), anchor);
  return `${chapter ? chapterHref(docId, chapter) : documentHref(docId)}#${anchor}`;
}

/** An article (or its paragraph or item) by number, on the page that holds it. */
export function articleHref(plans: PagePlans, docId: string, article: number, paragraph?: number, item?: number): string {
  return anchorHref(plans, docId, articleAnchor(article, paragraph, item));
}

/** A structured reference { doc, article: 第十二条 } (a power item's basis, a matter's, a term's), on the page that holds it. */
export function articleRefHref(plans: PagePlans, ref: ArticleRef): string {
  const n = parseArticleNumber(ref.article);
  return n === undefined ? documentHref(ref.doc) : articleHref(plans, ref.doc, n);
}

/** The page of a power item. */
export function powerHref(powerId: string): string {
  return `${pageHref.powers}${powerId}/`;
}

/** A term on the glossary page. */
export function glossaryHref(termId: string): string {
  return `${pageHref.glossary}#term-${termId}`;
}

/** A department's section of the power list (the section ids are made in PowerTable.astro: group-<department id>). */
export function departmentPowersHref(departmentId: string): string {
  return `${pageHref.powers}#group-${departmentId}`;
}

/** An attachment as published: /attachments/enrolment-application.docx. */
export function attachmentHref(file: string): string {
  return `/attachments/${file}`;
}

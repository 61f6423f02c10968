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
import { parseVersionKey } from './versions.ts';

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
  updates: '/updates/',
} as const;

/** The Atom feed of the changes listed on /updates/. */
export const updatesFeedHref = '/updates.xml';

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

/** An earlier text of a document, by its effective date: /documents/charter/2023-11-01/ (one page, with every anchor of that text). */
export function versionHref(docId: string, date: string): string {
  return `${documentHref(docId)}${date}/`;
}

/** The 修订对照表 of two consecutive texts of a document, by their effective dates: /documents/charter/compare/2023-11-01/2026-11-18/. */
export function compareHref(docId: string, from: string, to: string): string {
  return `${documentHref(docId)}compare/${from}/${to}/`;
}

/** A text of a document by its key: the document's own page, or for a version key (charter@2023-11-01) that version's page. */
export function textHref(key: string): string {
  const version = parseVersionKey(key);
  return version ? versionHref(version.docId, version.date) : documentHref(key);
}

/**
 * An anchor inside a document (#art-12, #art-12-p2, #art-12-p1-i3, #ch-3), on the page that holds it.
 * `docId` may be a version's key (charter@2023-11-01): a version is one page holding all its anchors.
 */
export function anchorHref(plans: PagePlans, docId: string, anchor: string): string {
  const version = parseVersionKey(docId);
  if (version) return `${versionHref(version.docId, version.date)}#${anchor}`;
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

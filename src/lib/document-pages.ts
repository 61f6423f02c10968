/**
 * How a document is cut into pages. A short document is one page. A long one with chapters
 * becomes, like legislation.gov.uk, a contents page (/documents/charter/: header, summary,
 * contents, history), one page per chapter (/documents/charter/ch-3/) and a whole-text page
 * for printing and Ctrl+F (/documents/charter/full/) that carries no anchors of its own, so
 * every chapter, section and article anchor lives on exactly one page.
 */
import type { DocumentStructure } from './document-structure.ts';
import { containingArticle, DOCUMENT_HREF_ATTRIBUTE, DOCUMENT_ID_ATTRIBUTE } from './anchors.ts';

/**
 * A document is split when it has at least two chapters and more body text than this
 * (characters of the Markdown source). Measured on the charter: its page costs about 1.3 bytes
 * gzipped per source character, so 6,000 characters make about 8 KiB of HTML; with the
 * 3 KiB stylesheet and the page's header and footer that stays under the 15 KiB budget for a
 * document page with room to spare. (The charter, 15,000 characters, made 19 KiB of HTML.)
 */
export const SPLIT_ABOVE_CHARACTERS = 6000;

/** One chapter page of a split document. */
export interface ChapterPage {
  /** The page's path segment and its chapter's anchor: ch-3. */
  slug: string;
  /** The chapter heading: 第三章　管理体制 */
  title: string;
  /** The first and last article numbers in the chapter, if it has any. */
  articles?: [number, number];
}

/** The pages of one document. */
export interface DocumentPlan {
  /** False: the document is a single page. */
  split: boolean;
  /** The chapter pages in order (empty when not split). */
  chapters: ChapterPage[];
  /** For a split document: the chapter page of each heading and article anchor (anchors before the first chapter are absent: they stay on the contents page). */
  pageOf: Record<string, string>;
}

/** Whether a document needs splitting, and into what. */
export function planDocumentPages(structure: Pick<DocumentStructure, 'headings' | 'articles'>, textLength: number): DocumentPlan {
  const chapterHeadings = structure.headings.filter((h) => h.kind === 'chapter');
  if (chapterHeadings.length < 2 || textLength <= SPLIT_ABOVE_CHARACTERS) return { split: false, chapters: [], pageOf: {} };

  const pageOf: Record<string, string> = {};
  let current: string | undefined;
  for (const h of structure.headings) {
    if (h.kind === 'chapter') current = h.anchor;
    if (current) pageOf[h.anchor] = current;
  }
  const chapters = chapterHeadings.map((h): ChapterPage => {
    const numbers = structure.articles.filter((a) => a.chapter === h.anchor).map((a) => a.number);
    return { slug: h.anchor, title: h.text, ...(numbers.length > 0 ? { articles: [numbers[0]!, numbers.at(-1)!] } : {}) };
  });
  for (const a of structure.articles) if (a.chapter) pageOf[a.anchor] = a.chapter;
  return { split: true, chapters, pageOf };
}

/** The chapter page (slug) an anchor lives on, or undefined for the document's main page. */
export function pageOfAnchor(plan: DocumentPlan | undefined, anchor: string): string | undefined {
  if (!plan?.split) return undefined;
  // A paragraph or item (art-12-p2-i3) lives where its article does.
  return plan.pageOf[anchor] ?? plan.pageOf[containingArticle(anchor)];
}

/** Where the heading carrying `id="anchor"` starts in rendered HTML, or -1. */
function headingStart(html: string, anchor: string): number {
  return html.search(new RegExp(`<h[1-6][^>]*\\sid="${anchor}"`));
}

/**
 * One part of a split document's rendered body: the text before the first chapter
 * (slug undefined) or one chapter, from its heading up to the next chapter's.
 */
export function sliceDocumentHtml(html: string, plan: DocumentPlan, slug: string | undefined): string {
  const starts = plan.chapters.map((c) => headingStart(html, c.slug));
  if (starts.some((s) => s < 0))
    throw new Error(`Rendered document is missing a chapter heading (${plan.chapters.map((c) => c.slug).join(', ')})`);
  if (slug === undefined) return html.slice(0, starts[0]);
  const i = plan.chapters.findIndex((c) => c.slug === slug);
  if (i < 0) throw new Error(`No chapter ${slug} in this document`);
  return html.slice(starts[i], starts[i + 1] ?? html.length);
}

/**
 * The whole text for the whole-text page: chapter, section, article, paragraph and item ids
 * removed (their one place is the chapter page), and links to them rewritten to that place.
 */
export function wholeTextHtml(html: string, hrefOf: (anchor: string) => string): string {
  return html.replace(DOCUMENT_ID_ATTRIBUTE, '').replace(DOCUMENT_HREF_ATTRIBUTE, (_, anchor: string) => `href="${hrefOf(anchor)}"`);
}

/** Page data built from plain inputs; the Astro pages only render what these return. */
import { isArticleAnchor, isHeadingAnchor } from './anchors.ts';

/** One entry of a table of contents, with its children. */
export interface TocEntry {
  text: string;
  anchor: string;
  /** Where the entry links: #ch-2 on the same page, or the chapter page of a split document. */
  href: string;
  children: TocEntry[];
}

/** A heading as the Markdown processor reports it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * A two-level table of contents (chapters and sections, or 一、 and （一）) from the headings the
 * Markdown processor already collected, and the number of articles (their headings are #art-N).
 * `hrefOf` gives each entry's link (by default the anchor on the same page).
 */
export function tableOfContents(
  headings: RenderedHeading[],
  hrefOf: (anchor: string) => string = (anchor) => `#${anchor}`,
): { toc: TocEntry[]; articleCount: number } {
  const articles = headings.filter((h) => isArticleAnchor(h.slug));
  const sections = headings.filter((h) => isHeadingAnchor(h.slug));
  const top = Math.min(...sections.map((h) => h.depth));
  const toc: TocEntry[] = [];
  for (const h of sections) {
    const entry = { text: h.text, anchor: h.slug, href: hrefOf(h.slug), children: [] };
    if (h.depth === top) toc.push(entry);
    else if (h.depth === top + 1 && toc.length > 0) toc[toc.length - 1]!.children.push(entry);
  }
  return { toc, articleCount: articles.length };
}

/** The date a document last changed: its latest history entry, or its publication. */
export function lastChanged(doc: { published: string; history: Array<{ date: string }> }): string {
  return [doc.published, ...doc.history.map((h) => h.date)].sort().at(-1)!;
}

/** The number shown for each step of a process, by step id (1-based). */
export function stepNumbers(steps: Array<{ id: string }>): Map<string, number> {
  return new Map(steps.map((s, i) => [s.id, i + 1]));
}

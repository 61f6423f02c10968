/** Page data built from plain inputs; the Astro pages only render what these return. */
import { structureDocument, type HeadingInfo } from './document-structure.ts';
import { blocksFromMarkdown } from './markdown-blocks.ts';
import { parseArticleNumber } from './numerals.ts';

/** One entry of a table of contents, with its children. */
export interface TocEntry {
  text: string;
  anchor: string;
  children: TocEntry[];
}

/** A two-level table of contents (chapters and sections, or 一、 and （一）). */
export function tableOfContents(body: string, fill: (s: string) => string = (s) => s): { toc: TocEntry[]; articleCount: number } {
  const { headings, articles } = structureDocument(blocksFromMarkdown(body));
  const top = Math.min(...headings.map((h) => h.depth));
  const toc: TocEntry[] = [];
  for (const h of headings as HeadingInfo[]) {
    const entry = { text: fill(h.text), anchor: h.anchor, children: [] };
    if (h.depth === top) toc.push(entry);
    else if (h.depth === top + 1 && toc.length > 0) toc[toc.length - 1]!.children.push(entry);
  }
  return { toc, articleCount: articles.length };
}

/** The anchor of a cited article: 第十二条 → art-12. */
export function articleAnchor(label: string): string | undefined {
  const n = parseArticleNumber(label);
  return n === undefined ? undefined : `art-${n}`;
}

/** The date a document last changed: its latest history entry, or its publication. */
export function lastChanged(doc: { published: string; history: Array<{ date: string }> }): string {
  return [doc.published, ...doc.history.map((h) => h.date)].sort().at(-1)!;
}

/** The number shown for each step of a process, by step id (1-based). */
export function stepNumbers(steps: Array<{ id: string }>): Map<string, number> {
  return new Map(steps.map((s, i) => [s.id, i + 1]));
}

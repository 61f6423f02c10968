/**
 * The page plan of every document, read once from content/ on disk. links.ts uses it to send
 * each article link to the chapter page the article lives on, synchronously, from any caller:
 * pages, components and Markdown plugins (which run in a module graph of their own, so the
 * plan is read from disk rather than handed over from the content collections).
 */
import { join } from 'node:path';
import { readDocuments } from './content/read.ts';
import { structureDocument } from './document-structure.ts';
import { blocksFromMarkdown } from './markdown-blocks.ts';
import { planDocumentPages, type DocumentPlan } from './document-pages.ts';

/** The plans of the documents in `contentDir`, by document id. */
export function loadDocumentPlans(contentDir: string): Map<string, DocumentPlan> {
  return new Map(
    readDocuments(contentDir).map((raw) => {
      const id = raw.file.replace(/^.*\//, '').replace(/\.mdx$/, '');
      const body = raw.body ?? '';
      return [id, planDocumentPages(structureDocument(blocksFromMarkdown(body)), body.length)];
    }),
  );
}

let plans: Map<string, DocumentPlan> | undefined;

/** The plans of this project's documents (content/ under the working directory, as astro.config.mjs reads it), loaded on first use. */
export function documentPlans(): Map<string, DocumentPlan> {
  plans ??= loadDocumentPlans(join(process.cwd(), 'content'));
  return plans;
}

/** One document's plan (undefined for an unknown id: it is linked as a single page). */
export function documentPlan(docId: string): DocumentPlan | undefined {
  return documentPlans().get(docId);
}

/**
 * Builds the Pagefind index from exactly what this build wrote, so each edition's
 * search knows only that edition's pages.
 *
 * Pagefind indexes a copy of each page whose text has gone through spaceOutHtml (src/lib/search-text.ts):
 * every Chinese character, digit and letter is a word of its own, which is also how the search
 * page cuts a query. The pages themselves are published unchanged.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { readFile, readdir } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { spaceOutHtml } from '../lib/search-text.ts';

/**
 * Word positions per index chunk (Pagefind's default is 20,000). A search loads the chunks that
 * hold its words; with every character a word, a query of two characters loads two chunks, so
 * smaller chunks mean fewer bytes before the first results. Pagefind 1.6 reads this from the
 * environment of its indexing service (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; its Node API has no
 * option for it). tests/e2e/search-index.spec.ts fails if it stops taking effect.
 */
export const INDEX_CHUNK_SIZE = 1000;

/**
 * The language the index is built for. The pages are Chinese, but their index copy is already cut
 * into words (spaceOutHtml): for a zh index Pagefind would cut every word again and store a zero-width
 * space after each in the text of every result, about a tenth of the bytes of each result's data.
 * "und" (undetermined) asks for no cutting and no stemming; the search page, in zh-CN, falls back to
 * this one index.
 */
export const INDEX_LANGUAGE = 'und';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Index the built site in `outDir` into `outDir/pagefind`; returns the number of pages indexed. */
export async function buildIndex(outDir: string, chunkSize = INDEX_CHUNK_SIZE): Promise<number> {
  // The service starts with the first call below and takes its environment from this process.
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkSize);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let pages = 0;
    for (const file of await htmlFiles(outDir)) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: urlOf(relative(outDir, file)), content: spaceOutHtml(html) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
    // Stop the indexing service even when indexing failed, so the build can exit.
    await pagefind.close();
  }
}

/** The integration. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'school-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildIndex(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages`);
      },
    },
  };
}

/** The URL a built file is served at: documents/charter/index.html → /documents/charter/. */
function urlOf(path: string): string {
  return `/${path
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

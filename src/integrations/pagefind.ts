/**
 * Builds the Pagefind index from exactly what this build wrote, so each edition's
 * search knows only that edition's pages.
 *
 * Pagefind indexes a copy of each page whose text has gone through spaceOut (src/lib/search-text.ts):
 * every Chinese character, digit and letter is a word of its own, which is also how the search
 * page cuts a query. The pages themselves are published unchanged.
 * SEARCH_MODE=stock indexes the pages as they are, as stock Pagefind would: only the search
 * benchmark uses it, to compare against.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { readFile, readdir } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { spaceOutHtml } from '../lib/search-text.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The integration. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'school-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const stock = process.env.SEARCH_MODE === 'stock';
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let pages = 0;
        if (stock) {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          pages = added.page_count;
        } else {
          for (const file of await htmlFiles(outDir)) {
            const html = await readFile(file, 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const added = await index.addHTMLFile({ url: urlOf(relative(outDir, file)), content: spaceOutHtml(html) });
            if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            pages++;
          }
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        logger.info(`Pagefind indexed ${pages} pages${stock ? ' (stock mode)' : ''}`);
        await pagefind.close();
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

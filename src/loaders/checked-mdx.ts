/**
 * A collection loader for MDX files that the content pipeline has already read and checked: each entry
 * is the file itself, left for @astrojs/mdx to compile when a page renders it (deferredRender).
 * Nothing is parsed here. In the dev server, entries follow edits to content/.
 */
import { resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentRoot, invalidateSiteContent, loadSiteContent } from '../lib/content/pipeline.ts';
import type { CheckedContent } from '../lib/content/validate.ts';

/** What a loader needs of a checked file. */
interface CheckedFile {
  id: string;
  /** Path relative to the content folder's parent (content/documents/charter.mdx). */
  file: string;
}

/** A loader for the files `select` picks from the checked content. */
export function checkedMdx(name: string, select: (content: CheckedContent) => CheckedFile[]): Loader {
  return {
    name: `checked-${name}`,
    async load({ config, store, generateDigest, watcher }) {
      const projectRoot = fileURLToPath(config.root);
      const root = contentRoot(projectRoot);
      const sync = () => {
        // A content problem is reported by the content integration; the entries stay as they were.
        const result = loadSiteContent(root);
        if (!result.ok) return;
        const ids = new Set<string>();
        for (const f of select(result.site.content)) {
          const path = resolve(root, '..', f.file);
          ids.add(f.id);
          store.set({ id: f.id, data: {}, filePath: relative(projectRoot, path), digest: generateDigest(path), deferredRender: true });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      sync();
      // In the dev server: the content integration reports problems; this follows what changed.
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        invalidateSiteContent(root);
        sync();
      });
    },
  };
}

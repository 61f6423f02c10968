/**
 * The documents' loader: every content/documents/*.mdx file, rendered as plain Markdown while the
 * content is loaded (and cached between builds by Astro's data store).
 *
 * The documents are Markdown (the content checker refuses the characters that would make them
 * MDX: braces and angle brackets), so they need none of MDX's machinery. Compiled as MDX, each
 * document became a JavaScript module that the bundler had to build, which made the build of a
 * 300-document site take 126 s and 2.3 GiB (see `npm run bench:build`). The same remark plugins
 * run either way: renderMarkdown uses the Markdown processor set in astro.config.mjs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';

/** The documents in `base` (relative to the project): files ending in .mdx whose names do not start with "_". */
export function markdownDocuments({ base }: { base: string }): Loader {
  return {
    name: 'markdown-documents',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      const isDocument = (path: string) => path.startsWith(dir) && path.endsWith('.mdx') && !basename(path).startsWith('_');
      const sync = async (path: string) => {
        const id = basename(path, '.mdx');
        const text = readFileSync(path, 'utf8');
        const digest = context.generateDigest(text);
        if (context.store.get(id)?.digest === digest) return id;
        const { frontmatter, content } = parseFrontmatter(text);
        const data = await context.parseData({ id, data: frontmatter, filePath: path });
        const rendered = await context.renderMarkdown(text, { fileURL: new URL(`file://${path}`) });
        context.store.set({ id, data, body: content, filePath: relative(root, path), digest, rendered });
        return id;
      };

      const files = existsSync(dir)
        ? readdirSync(dir)
            .map((name) => join(dir, name))
            .filter(isDocument)
        : [];
      const ids = new Set<string>();
      for (const path of files) ids.add(await sync(path));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);

      // In `astro dev`, follow edits.
      context.watcher?.on('add', (path) => void (isDocument(path) && sync(path)));
      context.watcher?.on('change', (path) => void (isDocument(path) && sync(path)));
      context.watcher?.on('unlink', (path) => void (isDocument(path) && context.store.delete(basename(path, '.mdx'))));
    },
  };
}

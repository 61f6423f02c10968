/**
 * The documents' loader: Astro's glob loader, with the .mdx files rendered as plain Markdown.
 *
 * The documents are Markdown (the content checker refuses the characters that would make them
 * MDX: braces and angle brackets), so they need none of MDX's machinery. Rendered as Markdown, each
 * document becomes HTML once, while the content is loaded (and is cached between builds); compiled
 * as MDX, each became a JavaScript module that the bundler had to build, which made the build of a
 * 3,000-document site take minutes and gigabytes (see `npm run bench:build`). The same remark
 * plugins run either way: both use the Markdown processor set in astro.config.mjs.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';

/** glob() over `base`, with files ending in .mdx treated as .md. */
export function markdownDocuments(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'markdown-documents',
    load(context) {
      const markdown = context.entryTypes.get('.md');
      if (!markdown) throw new Error('Astro has no Markdown entry type to render the documents with');
      return inner.load({ ...context, entryTypes: new Map([...context.entryTypes, ['.mdx', markdown]]) });
    },
  };
}

/** Turn a Markdown body into the flat block list that document-structure.ts understands. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { Block } from './document-structure.ts';

/** One block per top-level node of an mdast tree. */
export function blocksFromMdast(root: Root): Block[] {
  return root.children.map((node: RootContent): Block => {
    const line = node.position?.start.line;
    if (node.type === 'heading') return { kind: 'heading', depth: node.depth, text: toString(node), line };
    if (node.type === 'paragraph') return { kind: 'paragraph', text: toString(node), line };
    return { kind: 'other', line };
  });
}

/** Parse Markdown text and return its blocks; line numbers count from `firstLine`. */
export function blocksFromMarkdown(markdown: string, firstLine = 1): Block[] {
  return blocksFromMdast(fromMarkdown(markdown)).map((b) => ({ ...b, line: b.line === undefined ? undefined : b.line + firstLine - 1 }));
}

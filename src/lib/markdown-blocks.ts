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
  const blocks = simpleBlocks(markdown) ?? blocksFromMdast(fromMarkdown(markdown));
  return blocks.map((b) => ({ ...b, line: b.line === undefined ? undefined : b.line + firstLine - 1 }));
}

const ATX = /^(#{1,6})[ ]+(.+)$/;
/** Characters that may start a block other than a paragraph, at the start of a line. */
const BLOCK_START = /^(?:[\s>*+\-=_`~|<#[!\\]|\d{1,9}[.)])/;
/** Characters that may be inline markup (emphasis, code, links, HTML, entities, escapes) or a trailing heading sequence. */
const INLINE = /[*_`[\]<>&!\\|~{}]|#\s*$/;

/**
 * The blocks of a document written as our documents are (ATX headings and plain paragraphs, no
 * inline markup), read line by line; undefined for anything else, which then goes through the full
 * CommonMark parser. The full parser is exact but slow on Chinese text (about 30 ms for the
 * charter, a minute for a 3,000-document site, and the build reads every document more than
 * once); this gives the same blocks, which tests/unit/lib/markdown-blocks.test.ts checks on the
 * whole corpus, and it refuses whatever it might read differently.
 */
export function simpleBlocks(markdown: string): Block[] | undefined {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: { lines: string[]; line: number } | undefined;
  const close = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph.lines.join('\n'), line: paragraph.line });
    paragraph = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (text === '') {
      close();
      continue;
    }
    if (/\s$/.test(text) || text.includes('\r') || text.includes('\0')) return undefined;
    const heading = ATX.exec(text);
    if (heading) {
      if (INLINE.test(heading[2]!) || /^\s/.test(heading[2]!)) return undefined;
      close();
      blocks.push({ kind: 'heading', depth: heading[1]!.length, text: heading[2]!, line: i + 1 });
      continue;
    }
    if (BLOCK_START.test(text) || INLINE.test(text)) return undefined;
    if (paragraph) paragraph.lines.push(text);
    else paragraph = { lines: [text], line: i + 1 };
  }
  close();
  return blocks;
}

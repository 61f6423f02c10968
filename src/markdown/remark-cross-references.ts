/**
 * Turns citations in a document body (本章程第十二条, 《学校章程》第三十条, 前款第三项 …) into
 * links to the cited article, links the first use of each glossary term to /glossary/, and
 * ends each cited article with a compact 被引用 line listing the places that cite it.
 * Runs after remark-article-anchors, whose article containers and ids tell it where each text
 * sits. Headings and existing links are left alone, so an article's own number is never a citation.
 */
import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { backlinksOf, linkText, type LinkRegistry } from '../lib/cross-refs.ts';
import type { Here } from '../lib/references.ts';
import { t } from '../strings.ts';

type AnyNode = { type: string; children?: AnyNode[]; data?: { hProperties?: Record<string, unknown> } };

/** Nodes whose text is not prose to link. */
const SKIP = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'definition']);

const idOf = (node: AnyNode) => node.data?.hProperties?.id as string | undefined;

function hereOf(id: string | undefined): Here | undefined {
  const m = /^art-(\d+)(?:-p(\d+))?/.exec(id ?? '');
  return m ? { article: Number(m[1]), paragraph: m[2] ? Number(m[2]) : 1 } : undefined;
}

/** A citation is a plain link; a glossary term carries class="term" (styled apart, and kept out of the 15 KiB budget's way). */
function link(url: string, text: string, term: boolean): Link {
  const node: Link = { type: 'link', url, children: [{ type: 'text', value: text }] };
  if (term) node.data = { hProperties: { className: ['term'] } };
  return node;
}

/** The 被引用 line after an article. */
function citedBy(links: Array<{ label: string; href: string }>): Paragraph {
  const children: PhrasingContent[] = [{ type: 'text', value: t['article.citedBy'] }];
  links.forEach((l, i) => {
    if (i > 0) children.push({ type: 'text', value: '、' });
    children.push({ type: 'link', url: l.href, children: [{ type: 'text', value: l.label }] });
  });
  return { type: 'paragraph', children, data: { hProperties: { className: ['cited-by'], dataPagefindIgnore: '' } } };
}

/** The document id of the file being rendered: content/documents/charter.mdx → charter. */
function docIdOf(file: VFile): string | undefined {
  const path = file.path ?? file.history[0];
  return path ? path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '') : undefined;
}

/** The remark plugin; `registry` is built once from the content checker's result. */
export default function remarkCrossReferences(registry: LinkRegistry) {
  return (tree: Root, file: VFile) => {
    const selfId = docIdOf(file);
    const seenTerms = new Set<string>();

    const walk = (node: AnyNode, here: Here | undefined) => {
      if (!node.children) return;
      const next: AnyNode[] = [];
      for (const child of node.children) {
        if (child.type === 'text') {
          const segments = linkText((child as unknown as Text).value, registry, { selfId, here, seenTerms });
          for (const s of segments) {
            next.push((s.href ? link(s.href, s.text, s.kind === 'term') : { type: 'text', value: s.text }) as AnyNode);
          }
          continue;
        }
        if (!SKIP.has(child.type)) walk(child, hereOf(idOf(child)) ?? here);
        next.push(child);
      }
      node.children = next;
    };

    for (const node of tree.children as AnyNode[]) {
      if (node.type === 'articleContainer') {
        const article = hereOf(idOf(node.children![0]!))!.article;
        walk(node, { article, paragraph: 1 });
        const links = selfId ? backlinksOf(registry, selfId, article) : [];
        if (links.length) node.children!.push(citedBy(links) as unknown as AnyNode);
      } else if (!SKIP.has(node.type)) {
        walk({ type: 'root', children: [node] }, undefined);
      }
    }
  };
}

/**
 * Turns citations in a document body (本章程第十二条, 《学校章程》第三十条, 前款第三项 …) into links
 * to the cited article, links the first use of each glossary term to /glossary/, and ends each cited
 * article with a compact 被引用 line listing the places that cite it (src/lib/cross-refs.ts).
 * Runs after article-anchors.ts, whose article containers and ids tell it where each text sits.
 * Headings and existing links are left alone, so an article's own number is never a citation.
 */
import { defineMdastPlugin } from 'satteri';
import type { Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { backlinksOf, linkText, type Backlink, type LinkRegistry } from '../lib/cross-refs.ts';
import { parseArticleAnchor } from '../lib/anchors.ts';
import type { Here } from '../lib/references.ts';
import { t } from '../strings.ts';

type AnyNode = { type: string; value?: string; children?: AnyNode[]; data?: { hProperties?: Record<string, unknown> } };

/** Nodes whose text is not prose to link. */
const SKIP = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'definition']);

const placeOf = (node: AnyNode): Here | undefined => parseArticleAnchor(node.data?.hProperties?.id as string | undefined);

/** A citation is a plain link; a glossary term carries class="term" and a telephone number class="tel" (styled apart). */
function link(url: string, text: string, kind: 'cite' | 'term' | 'tel' | undefined): Link {
  const node: Link = { type: 'link', url, children: [{ type: 'text', value: text }] };
  if (kind === 'term' || kind === 'tel') node.data = { hProperties: { className: [kind] } };
  return node;
}

/** The 被引用 line after an article. */
function citedBy(links: Backlink[]): Paragraph {
  const children: PhrasingContent[] = [{ type: 'text', value: t['article.citedBy'] }];
  links.forEach((l, i) => {
    if (i > 0) children.push({ type: 'text', value: '、' });
    children.push({ type: 'link', url: l.href, children: [{ type: 'text', value: l.label }] });
  });
  return {
    type: 'paragraph',
    children,
    data: { hProperties: { className: ['cited-by'], 'data-pagefind-ignore': '' } } as Paragraph['data'],
  };
}

/** The body with its citations and first-used terms linked, and each cited article's 被引用 line. */
export function linkCitations(children: readonly RootContent[], registry: LinkRegistry, selfId: string): RootContent[] {
  const seenTerms = new Set<string>();
  const walk = (node: AnyNode, here: Here | undefined): AnyNode => {
    if (!node.children) return node;
    const next: AnyNode[] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        for (const s of linkText(child.value ?? '', registry, { selfId, here, seenTerms })) {
          next.push(s.href ? (link(s.href, s.text, s.kind) as AnyNode) : { type: 'text', value: s.text });
        }
      } else next.push(SKIP.has(child.type) ? child : walk(child, placeOf(child) ?? here));
    }
    return { ...node, children: next };
  };
  return (children as AnyNode[]).map((node) => {
    if (node.type !== 'articleContainer') return (SKIP.has(node.type) ? node : walk(node, undefined)) as RootContent;
    const article = placeOf(node.children![0]!)!.article;
    const linked = walk(node, { article, paragraph: 1 });
    const links = backlinksOf(registry, selfId, article);
    if (links.length) linked.children!.push(citedBy(links) as unknown as AnyNode);
    return linked as unknown as RootContent;
  });
}

/** The Sätteri mdast plugin; `context` gives the document id at a file (undefined: not a document) and this edition's registry. */
export function crossReferencesPlugin(context: (file: URL | undefined) => { selfId: string; registry: LinkRegistry } | undefined) {
  return defineMdastPlugin({
    name: 'school-cross-references',
    before(root, ctx) {
      const c = context(ctx.fileURL);
      if (!c) return;
      ctx.replaceNode(root, { type: 'root', children: linkCitations((root as Root).children, c.registry, c.selfId) } as never);
    },
  });
}

/**
 * Gives every chapter, section and article (第X条) of a document a stable ASCII anchor and a visible
 * link to itself, and every paragraph (款) and item (项) an id, so that citations can point at them
 * (the scheme is src/lib/anchors.ts). The structure is the content checker's (document-structure.ts),
 * worked out once from the same parse.
 *
 * An article becomes
 *   <div class="article"><h3 id="art-12" class="article-num"><a href="#art-12">第十二条</a></h3>
 *   <p id="art-12-p1">…</p> … </div>
 * The heading is what Pagefind turns into a sub-result pointing at the article.
 */
import { defineMdastPlugin } from 'satteri';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { ARTICLE_START, type DocumentStructure } from '../lib/document-structure.ts';

/** The container an article's blocks are gathered in (a <div class="article">). */
export interface ArticleContainer {
  type: 'articleContainer';
  data: { hName: 'div'; hProperties: { className: string[] } };
  children: RootContent[];
}

/** Remove the leading 第X条 and its space from a paragraph's first text. */
function withoutArticleLabel(paragraph: Paragraph): PhrasingContent[] {
  const [first, ...rest] = paragraph.children;
  if (first?.type === 'text') return [{ type: 'text', value: first.value.replace(ARTICLE_START, '') }, ...rest];
  if (first?.type === 'strong') {
    // **第十二条**　text
    const [next, ...after] = rest;
    return next?.type === 'text' ? [{ type: 'text', value: next.value.replace(/^[\s\u3000]+/, '') }, ...after] : rest;
  }
  return paragraph.children;
}

function withId<N extends RootContent>(node: N, id: string, className?: string): N {
  const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
  return { ...node, data: { ...data, hProperties: { ...data.hProperties, id, ...(className ? { className: [className] } : {}) } } };
}

/** The body's top-level nodes, gathered into articles and given their ids. */
export function anchorArticles(children: readonly RootContent[], structure: DocumentStructure): RootContent[] {
  const out: RootContent[] = [];
  let container: ArticleContainer | undefined;
  children.forEach((node, i) => {
    const role = structure.roles[i]!;
    switch (role.role) {
      case 'chapter':
      case 'section':
      case 'heading':
        container = undefined;
        out.push(withId(node, role.anchor));
        return;
      case 'article': {
        const heading: Heading = {
          type: 'heading',
          depth: role.headingDepth as Heading['depth'],
          children: [{ type: 'link', url: `#${role.anchor}`, children: [{ type: 'text', value: role.label }] }],
        };
        const paragraph: Paragraph = { ...(node as Paragraph), children: withoutArticleLabel(node as Paragraph) };
        container = {
          type: 'articleContainer',
          data: { hName: 'div', hProperties: { className: ['article'] } },
          children: [withId(heading, role.anchor, 'article-num'), withId(paragraph, role.paragraphAnchor)],
        };
        out.push(container as unknown as RootContent);
        return;
      }
      case 'paragraph':
      case 'item':
        container!.children.push(withId(node, role.anchor, role.role === 'item' ? 'item' : undefined));
        return;
      case 'inside-article':
        container!.children.push(node);
        return;
      default:
        container = undefined;
        out.push(node);
    }
  });
  return out;
}

/** The Sätteri mdast plugin; `structureOf` gives the checked structure of the document at a file (undefined: not a document). */
export function articleAnchorsPlugin(structureOf: (file: URL | undefined) => DocumentStructure | undefined) {
  return defineMdastPlugin({
    name: 'school-article-anchors',
    before(root, ctx) {
      const structure = structureOf(ctx.fileURL);
      if (!structure) return;
      const tree = root as Root;
      if (structure.roles.length !== tree.children.length) {
        throw new Error(
          `${ctx.fileURL}: the checked structure has ${structure.roles.length} blocks, the compiled text ${tree.children.length}`,
        );
      }
      ctx.replaceNode(root, { type: 'root', children: anchorArticles(tree.children, structure) } as never);
    },
  });
}

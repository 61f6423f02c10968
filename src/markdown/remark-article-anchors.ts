/**
 * Gives every chapter, section and article (第X条) of a document a stable ASCII anchor
 * and a visible link to itself, and every paragraph (款) and item (项) an id, so that
 * citations can point at them: #ch-2, #art-12, #art-12-p2, #art-12-p1-i3.
 *
 * An article becomes
 *   <div class="article"><h3 id="art-12" class="article-num"><a href="#art-12">第十二条</a></h3>
 *   <p id="art-12-p1">…</p> … </div>
 * The heading is what Pagefind turns into a sub-result pointing at the article.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { blocksFromMdast } from '../lib/markdown-blocks.ts';
import { ARTICLE_START, structureDocument } from '../lib/document-structure.ts';

interface ArticleContainer {
  type: 'articleContainer';
  data: { hName: 'div'; hProperties: { className: string[] } };
  children: RootContent[];
}

/** Remove the leading 第X条 and its space from a paragraph's first text. */
function stripArticleLabel(paragraph: Paragraph): void {
  const first = paragraph.children[0];
  if (first?.type === 'text') {
    first.value = first.value.replace(ARTICLE_START, '');
  } else if (first?.type === 'strong') {
    // **第十二条**　text
    paragraph.children.shift();
    const next = paragraph.children[0];
    if (next?.type === 'text') next.value = next.value.replace(/^[\s\u3000]+/, '');
  }
}

function setId(node: { data?: unknown }, id: string, className?: string): void {
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { ...data.hProperties, id, ...(className ? { className: [className] } : {}) };
}

/** The remark plugin. */
export default function remarkArticleAnchors() {
  return (tree: Root) => {
    const { roles } = structureDocument(blocksFromMdast(tree));
    const out: RootContent[] = [];
    let container: ArticleContainer | undefined;

    tree.children.forEach((node, i) => {
      const role = roles[i]!;
      switch (role.role) {
        case 'chapter':
        case 'section':
        case 'heading':
          container = undefined;
          setId(node, role.anchor);
          out.push(node);
          return;
        case 'article': {
          const heading: Heading = {
            type: 'heading',
            depth: role.headingDepth as Heading['depth'],
            children: [{ type: 'link', url: `#${role.anchor}`, children: [{ type: 'text', value: role.label }] } as PhrasingContent],
          };
          setId(heading, role.anchor, 'article-num');
          stripArticleLabel(node as Paragraph);
          setId(node, role.paragraphAnchor);
          container = {
            type: 'articleContainer',
            data: { hName: 'div', hProperties: { className: ['article'] } },
            children: [heading, node],
          };
          out.push(container as unknown as RootContent);
          return;
        }
        case 'paragraph':
        case 'item':
          setId(node, role.anchor, role.role === 'item' ? 'item' : undefined);
          container!.children.push(node);
          return;
        case 'inside-article':
          container!.children.push(node);
          return;
        default:
          container = undefined;
          out.push(node);
      }
    });
    tree.children = out;
  };
}

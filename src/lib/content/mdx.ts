/**
 * Reads the body of an MDX file with Sätteri, the same parser that compiles it into a page, so the
 * checker and the page see the same blocks. Returns the top-level blocks (for the document
 * structure), every component used with its props and line, and anything MDX would refuse (a syntax
 * error, a {…} expression, an import), each in words for authors.
 */
import { mdxToMdast } from 'satteri';
import type { Block } from '../document-structure.ts';
import type { UrlUse } from './urls.ts';

/** A component written in the text: <PowerFlow code="XS-03" />. */
export interface ComponentUse {
  name: string;
  /** Props written as name="text". */
  props: Record<string, string>;
  /** Props written in another way ({…}, or a name without a value): not allowed. */
  otherProps: string[];
  /** Whether it has content between its opening and closing tags. */
  hasChildren: boolean;
  line: number;
}

/** Something in the body that MDX cannot publish, already in words for authors. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** An address written in the body: a link, an image, or a reference definition ([名称]: 地址), as the parser read it. */
export interface BodyAddress {
  url: string;
  /** A link goes somewhere when clicked; an image is fetched with the page. */
  use: UrlUse;
  line: number;
}

/** What the checker needs from a body. */
export interface ParsedBody {
  blocks: Block[];
  components: ComponentUse[];
  problems: BodyProblem[];
  /** Every address in the body: links, autolinks, images and reference definitions (those used by an image count as images). */
  addresses: BodyAddress[];
  /** Text characters of the body (headings and paragraphs), to tell an empty body and to size pages. */
  textLength: number;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  depth?: number;
  name?: string | null;
  children?: Node[];
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
}

/** The text of a node as a reader sees it (like mdast-util-to-string, without expressions). */
export function nodeText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  return node.children ? node.children.map(nodeText).join('') : '';
}

/** The message for an MDX syntax error, translated for the commonest mistakes. */
function syntaxMessage(reason: string): string {
  const closing = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (closing) {
    const name = closing[1]!.trim().split(/\s/)[0];
    return `组件 <${name}> 没有结束标记。请在内容后面另起一行写 </${name}>，或写成自闭合的 <${name} … />。`;
  }
  if (/closing brace|expression/i.test(reason)) {
    return '花括号“{”“}”在网页里有特殊用途，这里无法识别。正文里要写花括号，请改用全角的“｛｝”或中文括号“（）”。';
  }
  if (/after `<`|before name|expected a valid JSX tag/i.test(reason)) {
    return '“<”后面要紧跟组件名，这里不是。表示“小于”请写汉字“小于”或全角“＜”；要用组件，请照 content/README.md 的样子写，例如 <Note>…</Note>。';
  }
  if (/closing tag/i.test(reason)) {
    return '这里的结束标记没有对应的开始标记。请检查组件的开始标记 <名称> 和结束标记 </名称> 是否成对、名称是否一致。';
  }
  return `这一行的写法网页无法处理（${reason}）。请检查“<”“>”“{”“}”：正文里要写这些符号本身，请改用全角的“＜＞｛｝”。`;
}

/**
 * Parse `body` (the text after the frontmatter); `firstLine` is the line of the file it starts on,
 * so every line number is the one the author's editor shows.
 */
export function parseBody(body: string, firstLine = 1): ParsedBody {
  const offset = firstLine - 1;
  let root: Node;
  try {
    root = mdxToMdast(body) as Node;
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const m = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(message);
    const line = m ? Number(m[1]) + offset : firstLine;
    return {
      blocks: [],
      components: [],
      problems: [{ line, message: syntaxMessage(m ? m[3]! : message) }],
      addresses: [],
      textLength: body.trim().length,
    };
  }

  const components: ComponentUse[] = [];
  const problems: BodyProblem[] = [];
  const addresses: BodyAddress[] = [];
  const definitions = new Map<string, Node>();
  const imageLabels = new Set<string>();
  let textLength = 0;
  const lineOf = (n: Node) => (n.position?.start.line ?? 1) + offset;

  const walk = (node: Node) => {
    switch (node.type) {
      case 'link':
      case 'image':
        addresses.push({ url: node.url ?? '', use: node.type, line: lineOf(node) });
        break;
      case 'definition':
        definitions.set(node.identifier ?? '', node);
        break;
      case 'imageReference':
        imageLabels.add(node.identifier ?? '');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const props: Record<string, string> = {};
        const otherProps: string[] = [];
        for (const a of node.attributes ?? []) {
          if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') props[a.name] = a.value;
          else otherProps.push(a.name ?? '{…}');
        }
        const hasChildren = (node.children ?? []).some((c) => nodeText(c).trim() !== '' || c.type.startsWith('mdxJsx'));
        components.push({ name: node.name ?? '', props, otherProps, hasChildren, line: lineOf(node) });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          line: lineOf(node),
          message: '花括号“{…}”在网页里有特殊用途，这里无法识别。正文里要写花括号，请改用全角的“｛｝”或中文括号“（）”。',
        });
        return;
      case 'mdxjsEsm':
        problems.push({
          line: lineOf(node),
          message: '正文里不需要写 import 或 export：可以用的组件（<Note>、<PowerFlow>、<Matters>、<Attachment>）直接写就行。请删掉这一行。',
        });
        return;
      case 'text':
        textLength += node.value?.length ?? 0;
        return;
    }
    node.children?.forEach(walk);
  };
  walk(root);
  for (const [label, node] of definitions) {
    addresses.push({ url: node.url ?? '', use: imageLabels.has(label) ? 'image' : 'link', line: lineOf(node) });
  }
  addresses.sort((a, b) => a.line - b.line);

  const blocks = (root.children ?? []).map((node): Block => {
    const line = lineOf(node);
    if (node.type === 'heading') return { kind: 'heading', depth: node.depth ?? 1, text: nodeText(node), line };
    if (node.type === 'paragraph') return { kind: 'paragraph', text: nodeText(node), line };
    return { kind: 'other', line };
  });
  return { blocks, components, problems, addresses, textLength };
}

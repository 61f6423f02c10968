/**
 * The structure of a normative document: chapters, sections and articles (条), the
 * paragraphs (款) and items (项) inside each article, with a stable ASCII anchor for each.
 * Works on a flat list of blocks, so the Markdown plugin (on mdast) and the content
 * checker (on the raw file) share one definition of what an article is.
 */
import { articleLabel, fromChineseNumeral, NUMERAL, toChineseNumeral } from './numerals.ts';
import { articleAnchor, chapterAnchor, headingAnchor, sectionAnchor } from './anchors.ts';

/** One top-level block of the document body. */
export type Block =
  | { kind: 'heading'; depth: number; text: string; line?: number }
  | { kind: 'paragraph'; text: string; line?: number }
  | { kind: 'other'; line?: number };

/** What a block turned out to be, and its anchor. */
export type BlockRole =
  | { role: 'chapter' | 'section' | 'heading'; anchor: string; depth: number }
  | { role: 'article'; anchor: string; number: number; label: string; paragraphAnchor: string; headingDepth: number }
  | { role: 'paragraph'; anchor: string; article: number }
  | { role: 'item'; anchor: string; article: number }
  | { role: 'inside-article'; article: number }
  | { role: 'none' };

/** An article and what it holds, for citations and checks. */
export interface ArticleInfo {
  number: number;
  label: string;
  anchor: string;
  /** Items per paragraph: paragraphs[k - 1] is the number of items in 第k款. */
  paragraphs: number[];
  /** The chapter heading the article sits in, if any. */
  chapter?: string;
}

/** A heading for the table of contents. */
export interface HeadingInfo {
  depth: number;
  text: string;
  anchor: string;
  kind: 'chapter' | 'section' | 'heading';
}

/** A numbering problem, with the line it was found on. */
export interface StructureProblem {
  code: 'article-sequence' | 'article-repeated' | 'article-numeral' | 'chapter-sequence' | 'section-sequence';
  line?: number;
  found: string;
  expected: string;
}

export interface DocumentStructure {
  roles: BlockRole[];
  headings: HeadingInfo[];
  articles: ArticleInfo[];
  problems: StructureProblem[];
}

/** Matches the start of an article: 第十二条 followed by a space (full- or half-width) or the end. */
export const ARTICLE_START = new RegExp(`^第(${NUMERAL}+)条(?:[\\s\\u3000]+|$)`);
const CHAPTER = new RegExp(`^第(${NUMERAL}+)章(?:[\\s\\u3000]|$)`);
const SECTION = new RegExp(`^第(${NUMERAL}+)节(?:[\\s\\u3000]|$)`);
const ITEM = new RegExp(`^（${NUMERAL}+）`);

/** Classify every block and give it an anchor; collect numbering problems. */
export function structureDocument(blocks: Block[]): DocumentStructure {
  const roles: BlockRole[] = [];
  const headings: HeadingInfo[] = [];
  const articles: ArticleInfo[] = [];
  const problems: StructureProblem[] = [];
  const seen = new Set<number>();

  let chapter = 0;
  let currentChapter: string | undefined;
  let section = 0;
  const outline: number[] = []; // counters for plain headings by depth
  let headingDepth = 1; // depth of the innermost heading so far
  let current: ArticleInfo | undefined;
  let expected = 1;

  for (const block of blocks) {
    if (block.kind === 'heading') {
      current = undefined;
      headingDepth = block.depth;
      const text = block.text.trim();
      const ch = CHAPTER.exec(text);
      const sec = SECTION.exec(text);
      if (ch) {
        const n = fromChineseNumeral(ch[1]!);
        chapter += 1;
        section = 0;
        if (n !== chapter) {
          problems.push({
            code: 'chapter-sequence',
            line: block.line,
            found: `第${ch[1]}章`,
            expected: `第${toChineseNumeral(chapter)}章`,
          });
        }
        currentChapter = chapterAnchor(chapter);
        roles.push({ role: 'chapter', anchor: currentChapter, depth: block.depth });
        headings.push({ depth: block.depth, text, anchor: currentChapter, kind: 'chapter' });
      } else if (sec && currentChapter) {
        const n = fromChineseNumeral(sec[1]!);
        section += 1;
        if (n !== section) {
          problems.push({
            code: 'section-sequence',
            line: block.line,
            found: `第${sec[1]}节`,
            expected: `第${toChineseNumeral(section)}节`,
          });
        }
        const anchor = sectionAnchor(currentChapter, section);
        roles.push({ role: 'section', anchor, depth: block.depth });
        headings.push({ depth: block.depth, text, anchor, kind: 'section' });
      } else {
        const level = Math.max(0, block.depth - 2);
        outline.length = level + 1;
        outline[level] = (outline[level] ?? 0) + 1;
        for (let i = 0; i < level; i++) outline[i] ??= 1;
        const anchor = headingAnchor(outline);
        roles.push({ role: 'heading', anchor, depth: block.depth });
        headings.push({ depth: block.depth, text, anchor, kind: 'heading' });
      }
      continue;
    }

    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      const start = ARTICLE_START.exec(text);
      if (start) {
        const label = `第${start[1]}条`;
        const n = fromChineseNumeral(start[1]!);
        if (n === undefined) {
          problems.push({ code: 'article-numeral', line: block.line, found: label, expected: `第${toChineseNumeral(expected)}条` });
        } else if (n !== expected) {
          const code = seen.has(n) ? 'article-repeated' : 'article-sequence';
          problems.push({ code, line: block.line, found: label, expected: `第${toChineseNumeral(expected)}条` });
        }
        const number = n ?? expected;
        seen.add(number);
        // Count by position, so each wrong number is reported with the number it should have.
        expected += 1;
        const anchor = articleAnchor(number);
        current = { number, label: articleLabel(number), anchor, paragraphs: [0], chapter: currentChapter };
        articles.push(current);
        roles.push({
          role: 'article',
          anchor,
          number,
          label: current.label,
          paragraphAnchor: articleAnchor(number, 1),
          headingDepth: Math.min(6, headingDepth + 1),
        });
        continue;
      }
      if (current) {
        if (ITEM.test(text)) {
          const k = current.paragraphs.length;
          current.paragraphs[k - 1]! += 1;
          roles.push({ role: 'item', anchor: articleAnchor(current.number, k, current.paragraphs[k - 1]), article: current.number });
        } else {
          current.paragraphs.push(0);
          roles.push({ role: 'paragraph', anchor: articleAnchor(current.number, current.paragraphs.length), article: current.number });
        }
        continue;
      }
      roles.push({ role: 'none' });
      continue;
    }

    roles.push(current ? { role: 'inside-article', article: current.number } : { role: 'none' });
  }

  return { roles, headings, articles, problems };
}

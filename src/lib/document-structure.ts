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
  /**
   * -sequence: out of order; -repeated: a number used twice; -numeral: a Chinese numeral written wrongly (第十十条);
   * -arabic: written in Arabic digits (第12条); -space: no space after the number (第十二条为了……).
   */
  code:
    | 'article-sequence'
    | 'article-repeated'
    | 'article-numeral'
    | 'article-arabic'
    | 'article-space'
    | 'chapter-sequence'
    | 'chapter-arabic'
    | 'chapter-space'
    | 'section-sequence';
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
/** An article or chapter number written the wrong way: in Arabic digits (第12条, 第１２条), or with no space after it. */
const LOOSE_ARTICLE = new RegExp(`^第\\s*([0-9０-９]+|${NUMERAL}+)\\s*条`);
const LOOSE_CHAPTER = new RegExp(`^第\\s*([0-9０-９]+|${NUMERAL}+)\\s*章`);

/** 12 or １２ → 12; undefined when `text` is not digits. */
function arabic(text: string): number | undefined {
  if (!/^[0-9０-９]+$/.test(text)) return undefined;
  return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/**
 * A paragraph or heading that was meant to start article (chapter) `expected`, though written wrongly:
 * Arabic digits always are; a Chinese numeral without the space after it only when it is the number
 * due here (第十二条规定的…, continuing an article, is left alone). The block then counts as that
 * article, so one mistake makes one message, not one for every article after it.
 */
function looseStart(pattern: RegExp, text: string, expected: number): { found: string; kind: 'arabic' | 'space' } | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  if (arabic(m[1]!) !== undefined) return { found: m[0], kind: 'arabic' };
  return fromChineseNumeral(m[1]!) === expected ? { found: m[0], kind: 'space' } : undefined;
}

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
      const looseChapter = ch ? undefined : looseStart(LOOSE_CHAPTER, text, chapter + 1);
      if (looseChapter) {
        chapter += 1;
        section = 0;
        problems.push({
          code: looseChapter.kind === 'arabic' ? 'chapter-arabic' : 'chapter-space',
          line: block.line,
          found: looseChapter.found,
          expected: `第${toChineseNumeral(chapter)}章`,
        });
        currentChapter = chapterAnchor(chapter);
        roles.push({ role: 'chapter', anchor: currentChapter, depth: block.depth });
        headings.push({ depth: block.depth, text, anchor: currentChapter, kind: 'chapter' });
      } else if (ch) {
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
      const loose = start ? undefined : looseStart(LOOSE_ARTICLE, text, expected);
      if (start || loose) {
        const label = start ? `第${start[1]}条` : loose!.found;
        const n = start ? fromChineseNumeral(start[1]!) : undefined;
        if (loose) {
          problems.push({ code: `article-${loose.kind}`, line: block.line, found: label, expected: `第${toChineseNumeral(expected)}条` });
        } else if (n === undefined) {
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

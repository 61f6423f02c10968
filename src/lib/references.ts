/**
 * Citations written in the text of our documents and power items: 本章程第十二条,
 * 《学校章程》第三十条, 第五条第二款, 第十二条第（三）项, 第五条至第八条, 前款第三项 …
 * The parser finds them and says what they point at; resolveCitation checks the target
 * against the documents' structure and gives the anchor. Pure: no file system, no Astro.
 */
import type { ArticleInfo } from './document-structure.ts';
import { fromChineseNumeral, NUMERAL, toChineseNumeral } from './numerals.ts';
import { articleAnchor, isArticleAnchor, isHeadingAnchor, parseArticleAnchor } from './anchors.ts';

/** What a citation points at, as written. `doc` is a document id, or 'self' for the text's own document. */
export interface CitationTarget {
  doc: string;
  /** Article number; absent when the whole document is named (《学校章程》 on its own). */
  article?: number;
  /** Paragraph (款), counted from 1. */
  paragraph?: number;
  /** Item (项), counted from 1 within its paragraph. */
  item?: number;
}

/** One citation found in a text: [start, end) is the span that becomes a link. */
export interface Citation {
  start: number;
  end: number;
  text: string;
  target: CitationTarget;
}

/** Where the text sits, for 本条, 前款 and 前条. */
export interface Here {
  article: number;
  paragraph: number;
}

/** What the parser needs to know. */
export interface CitationContext {
  /** Document titles (full titles, short titles, aliases) → document id. */
  titles: ReadonlyMap<string, string>;
  /** The article and paragraph the text is in; without it 本条, 前款 and 前条 are left alone. */
  here?: Here;
}

const NUM = `${NUMERAL}+`;
/** 本章程, 本规则 … : the document the text is in. */
const SELF = /^本(?:章程|规则|细则|办法|制度|规章|规范|规定|方案|任务书|条例|准则|须知|守则|意见)(?=第)/;
const ARTICLE = new RegExp(`^第(${NUM})条`);
const PARAGRAPH = new RegExp(`^第(${NUM})款`);
const ITEM = new RegExp(`^第(?:（(${NUM})）|(${NUM}))项`);
/** Words joining citations in a list or range: 第五条至第八条, 第十四条、第十五条, 第十八条第二款和第十九条. */
const JOIN = /^(?:至|、|和|及|以及|或者|或)(?=第)/;
const TITLE = /^《([^《》\n]{1,80})》/;

const num = (s: string | undefined) => (s === undefined ? undefined : fromChineseNumeral(s));

interface Part {
  end: number;
  article?: number;
  paragraph?: number;
  item?: number;
  /** Set when a numeral is not well formed (第十十条). */
  malformed?: boolean;
}

/** Parse 第N条(第N款)?(第N项)? at `pos`; with `article` given, the 条 may be left out (第二款, 第三项). */
function parsePart(text: string, pos: number, inherit?: { article: number; paragraph?: number }): Part | undefined {
  let i = pos;
  const part: Part = { end: pos };
  const rest = () => text.slice(i);
  const a = ARTICLE.exec(rest());
  if (a) {
    part.article = num(a[1]);
    if (part.article === undefined) part.malformed = true;
    i += a[0].length;
  } else if (!inherit) return undefined;
  else part.article = inherit.article;
  const p = PARAGRAPH.exec(rest());
  if (p) {
    part.paragraph = num(p[1]);
    if (part.paragraph === undefined) part.malformed = true;
    i += p[0].length;
  } else if (!a && inherit?.paragraph !== undefined && ITEM.test(rest())) {
    part.paragraph = inherit.paragraph;
  }
  const it = ITEM.exec(rest());
  if (it) {
    part.item = num(it[1] ?? it[2]);
    if (part.item === undefined) part.malformed = true;
    i += it[0].length;
  }
  if (i === pos) return undefined;
  part.end = i;
  return part;
}

/**
 * Every citation in `text`, in order. Titles in 《》 that are not ours (national laws, forms) are
 * left alone, with any article after them. A malformed numeral gives a citation with
 * `article` NaN so the checker can report it.
 */
export function findCitations(text: string, context: CitationContext): Citation[] {
  const out: Citation[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let doc: string | undefined;
    let prefix = 0;
    let inherit: { article: number; paragraph?: number } | undefined;
    let ours = true;
    const title = TITLE.exec(rest);
    const self = SELF.exec(rest);
    if (title) {
      doc = context.titles.get(title[1]!.trim());
      ours = doc !== undefined;
      prefix = title[0].length;
    } else if (self) {
      doc = 'self';
      prefix = self[0].length;
    } else if (context.here && /^本条(?=第)/.test(rest)) {
      doc = 'self';
      prefix = 2;
      inherit = { article: context.here.article };
    } else if (context.here && /^前款/.test(rest) && context.here.paragraph > 1) {
      doc = 'self';
      prefix = 2;
      inherit = { article: context.here.article, paragraph: context.here.paragraph - 1 };
    } else if (context.here && /^前条/.test(rest) && context.here.article > 1) {
      const start = i;
      i += 2;
      out.push({ start, end: i, text: '前条', target: { doc: 'self', article: context.here.article - 1 } });
      continue;
    } else if (ARTICLE.test(rest)) {
      doc = 'self';
    } else {
      i += 1;
      continue;
    }

    const start = i;
    const first = parsePart(text, i + prefix, inherit);
    if (!first) {
      // 前款 on its own means the whole previous paragraph; a title on its own names the document.
      if (inherit?.paragraph !== undefined) {
        out.push({
          start,
          end: i + prefix,
          text: text.slice(start, i + prefix),
          target: { doc: 'self', article: inherit.article, paragraph: inherit.paragraph },
        });
      } else if (title && doc) {
        out.push({ start, end: i + prefix, text: title[0], target: { doc } });
      }
      i += Math.max(prefix, 1);
      continue;
    }
    const parts: Array<{ start: number; part: Part }> = [{ start, part: first }];
    let pos = first.end;
    for (;;) {
      const join = JOIN.exec(text.slice(pos));
      if (!join) break;
      const prev = parts[parts.length - 1]!.part;
      const next = parsePart(text, pos + join[0].length, { article: prev.article ?? NaN, paragraph: prev.paragraph });
      if (!next) break;
      parts.push({ start: pos + join[0].length, part: next });
      pos = next.end;
    }
    if (ours) {
      for (const { start: s, part } of parts) {
        const target: CitationTarget = { doc: doc!, article: part.malformed ? NaN : part.article };
        if (part.paragraph !== undefined) target.paragraph = part.paragraph;
        if (part.item !== undefined) target.item = part.item;
        out.push({ start: s, end: part.end, text: text.slice(s, part.end), target });
      }
    }
    i = pos;
  }
  return out;
}

/** Titles by which documents may be cited: full title, short title and aliases. */
export function titleIndex(docs: Iterable<{ id: string; titles: string[] }>): Map<string, string> {
  const map = new Map<string, string>();
  for (const d of docs) for (const t of d.titles) if (!map.has(t)) map.set(t, d.id);
  return map;
}

/** A citation checked against the cited document's structure. */
export type Resolved = { ok: true; doc: string; anchor?: string; article?: number } | { ok: false; reason: string };

/** The structure resolveCitation needs of each document. */
export interface CitableDocument {
  title: string;
  articles: ArticleInfo[];
}

const cn = (n: number) => (n >= 1 && n <= 9999 ? toChineseNumeral(n) : String(n));

/**
 * Check a citation and give its anchor (art-12, art-12-p2, art-12-p1-i3). `selfId` is the id of the
 * document the text is in (undefined for power items and other data). An item cited without its
 * paragraph (第十五条第二项) is in the one paragraph of that article that has items.
 */
export function resolveCitation(target: CitationTarget, selfId: string | undefined, docs: ReadonlyMap<string, CitableDocument>): Resolved {
  const id = target.doc === 'self' ? selfId : target.doc;
  if (id === undefined) return { ok: false, reason: '没有写明是哪份文件的条文。请在条文前写上文件名称，例如“《学校章程》第十二条”。' };
  const doc = docs.get(id);
  if (!doc) return { ok: false, reason: `找不到被引用的文件（${id}）。` };
  if (target.article === undefined) return { ok: true, doc: id };
  if (Number.isNaN(target.article))
    return { ok: false, reason: '条、款、项的中文数字写法不对，请写成“第十二条”“第二款”“第（三）项”这样的形式。' };
  const article = doc.articles.find((a) => a.number === target.article);
  const count = doc.articles.length;
  if (!article) {
    return { ok: false, reason: `《${doc.title}》${count ? `只有${count}条` : '没有分条'}，没有第${cn(target.article)}条。` };
  }
  let paragraph = target.paragraph;
  const paragraphs = article.paragraphs;
  if (paragraph !== undefined && (paragraph < 1 || paragraph > paragraphs.length)) {
    return { ok: false, reason: `《${doc.title}》${article.label}只有${paragraphs.length}款，没有第${cn(paragraph)}款。` };
  }
  if (target.item !== undefined) {
    if (paragraph === undefined) {
      const withItems = paragraphs.flatMap((n, k) => (n > 0 ? [k + 1] : []));
      if (withItems.length === 0) return { ok: false, reason: `《${doc.title}》${article.label}没有分项。` };
      if (withItems.length > 1) {
        return {
          ok: false,
          reason: `《${doc.title}》${article.label}有${withItems.length}款都分了项，请写明是第几款的第几项，例如“${article.label}第${cn(withItems[0]!)}款第${cn(target.item)}项”。`,
        };
      }
      paragraph = withItems[0]!;
    }
    const items = paragraphs[paragraph - 1]!;
    if (target.item < 1 || target.item > items) {
      return {
        ok: false,
        reason: `《${doc.title}》${article.label}第${cn(paragraph)}款${items ? `只有${items}项` : '没有分项'}，没有第${cn(target.item)}项。`,
      };
    }
  }
  return { ok: true, doc: id, article: article.number, anchor: articleAnchor(article.number, paragraph, target.item) };
}

/** A citation found somewhere in our content, with where it was written. */
export interface FoundCitation extends Citation {
  /** Line in the file (documents only). */
  line?: number;
  /** Dotted field path (data files only), e.g. steps.2.action. */
  field?: string;
  /** The anchor of the place that cites (the article, or the heading it sits under). */
  from?: string;
}

/** Every citation in a document body, given its blocks and their roles (document-structure.ts). */
export function citationsInDocument(
  blocks: ReadonlyArray<{ kind: string; text?: string; line?: number }>,
  roles: ReadonlyArray<{ role: string; anchor?: string; paragraphAnchor?: string }>,
  titles: ReadonlyMap<string, string>,
): FoundCitation[] {
  const out: FoundCitation[] = [];
  let from: string | undefined;
  blocks.forEach((block, i) => {
    const role = roles[i]!;
    if (isArticleAnchor(role.anchor) || isHeadingAnchor(role.anchor)) from = role.anchor;
    if (block.kind !== 'paragraph' || block.text === undefined) return;
    // The article's own number (第十二条　at its start) is not a citation.
    const text = role.role === 'article' ? block.text.replace(ARTICLE_LABEL, (m) => ' '.repeat(m.length)) : block.text;
    const anchor = role.role === 'article' ? role.paragraphAnchor : role.anchor;
    const here = parseArticleAnchor(anchor);
    for (const c of findCitations(text, { titles, here })) {
      const line = block.line === undefined ? undefined : block.line + (text.slice(0, c.start).match(/\n/g)?.length ?? 0);
      out.push({ ...c, line, from });
    }
  });
  return out;
}

const ARTICLE_LABEL = new RegExp(`^[\\s\\u3000]*第${NUMERAL}+条`);

/**
 * Every citation in the text fields of a data entry (a power item, a matter, a glossary term).
 * Structured article references ({doc, article}) are not text and are skipped.
 */
export function citationsInData(value: unknown, titles: ReadonlyMap<string, string>, path: PropertyKey[] = []): FoundCitation[] {
  if (typeof value === 'string') {
    return findCitations(value, { titles }).map((c) => ({ ...c, field: path.map(String).join('.') }));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => citationsInData(v, titles, [...path, i]));
  if (value && typeof value === 'object') {
    if ('doc' in value && 'article' in value) return [];
    return Object.entries(value).flatMap(([k, v]) => citationsInData(v, titles, [...path, k]));
  }
  return [];
}

/** The names a document can be cited by in 《》: its title, its short title and any aliases. */
export function documentTitles(data: { title: string; shortTitle: string; aliases?: string[] }): string[] {
  return [...new Set([data.title, data.shortTitle, ...(data.aliases ?? [])])];
}

/**
 * The site's web of references for one edition: which titles name which document, which
 * article each citation points at, what cites each article (被引用), and the glossary terms.
 * Built once from the content checker's result; the Markdown plugin and the pages both use
 * it, so a citation is a link in a document body and on a power item page alike.
 */
import type { CheckedContent } from './content/validate.ts';
import { isPublished, type Edition } from './editions.ts';
import { anchorHref, documentHref, glossaryHref, powerHref, type PagePlans } from './links.ts';
import { isArticleAnchor, parseArticleAnchor } from './anchors.ts';
import { articleLabel, parseArticleNumber } from './numerals.ts';
import { splitPhones } from './phones.ts';
import {
  citationsInData,
  citationsInDocument,
  documentTitles,
  findCitations,
  resolveCitation,
  titleIndex,
  type CitableDocument,
  type FoundCitation,
  type Here,
} from './references.ts';

/** A place that cites an article. */
export interface Backlink {
  label: string;
  href: string;
}

/** A glossary entry as the linker needs it. */
export interface GlossaryEntry {
  id: string;
  /** The term and its aliases. */
  words: string[];
}

/** Everything needed to turn citations and terms into links, for one edition. */
export interface LinkRegistry {
  edition: Edition;
  titles: ReadonlyMap<string, string>;
  docs: ReadonlyMap<string, CitableDocument & { published: boolean }>;
  /** docId → article number → the places that cite it, in this edition. */
  backlinks: ReadonlyMap<string, ReadonlyMap<number, Backlink[]>>;
  glossary: GlossaryEntry[];
  /** How each document is cut into pages, so that every link goes to the page that holds its anchor. */
  plans: PagePlans;
}

/** A piece of text, linked or not. */
export interface Segment {
  text: string;
  href?: string;
  /** cite: a citation of a document or article; term: the first use of a glossary term; tel: a telephone number. */
  kind?: 'cite' | 'term' | 'tel';
}

/** Where a text sits, and the terms already linked on its page. */
export interface LinkOptions {
  /** The document the text is in (for 本章程第X条 and bare 第X条). */
  selfId?: string;
  here?: Here;
  /** Glossary ids already linked on this page; without it, terms are not linked. */
  seenTerms?: Set<string>;
}

/** Build the registry for `edition`; `fill` replaces placeholders in labels. */
export function buildRegistry(
  content: CheckedContent,
  edition: Edition,
  plans: PagePlans,
  fill: (text: string) => string = (s) => s,
): LinkRegistry {
  const titles = titleIndex(content.documents.map((d) => ({ id: d.id, titles: documentTitles(d.data) })));
  const docs = new Map(
    content.documents.map((d) => [d.id, { title: d.data.title, articles: d.structure.articles, published: isPublished(d.data, edition) }]),
  );
  // Earlier texts, by their keys (charter@2023-11-01): their own citations (本章程第十二条) stay within them.
  // Their titles name no document and they cite nothing into the backlinks: those are the current texts'.
  const docById = new Map(content.documents.map((d) => [d.id, d]));
  for (const v of content.versions) {
    const published = isPublished(v.data, edition) && isPublished(docById.get(v.docId)!.data, edition);
    docs.set(v.id, { title: v.data.title, articles: v.structure.articles, published });
  }
  const shortTitle = new Map(content.documents.map((d) => [d.id, fill(d.data.shortTitle)]));

  const backlinks = new Map<string, Map<number, Backlink[]>>();
  const add = (target: string, article: number, link: Backlink) => {
    const byArticle = backlinks.get(target) ?? new Map<number, Backlink[]>();
    backlinks.set(target, byArticle);
    const list = byArticle.get(article) ?? [];
    byArticle.set(article, list);
    if (!list.some((l) => l.href === link.href)) list.push(link);
  };
  const articleOf = (anchor: string | undefined) => (isArticleAnchor(anchor) ? parseArticleAnchor(anchor)!.article : NaN);

  // Documents first (the charter leads), then power items by code.
  const ordered = [...content.documents].sort((a, b) => Number(b.id === 'charter') - Number(a.id === 'charter'));
  for (const doc of ordered) {
    if (!isPublished(doc.data, edition)) continue;
    for (const cite of citationsInDocument(doc.blocks, doc.structure.roles, titles)) {
      const r = resolveCitation(cite.target, doc.id, docs);
      if (!r.ok || r.article === undefined) continue;
      const fromArticle = articleOf(cite.from);
      if (r.doc === doc.id && fromArticle === r.article) continue; // 本条第二款, 前款: the article itself
      const where = Number.isNaN(fromArticle) ? '' : articleLabel(fromArticle);
      const label = r.doc === doc.id ? where : `《${shortTitle.get(doc.id)}》${where}`;
      add(r.doc, r.article, { label, href: cite.from ? anchorHref(plans, doc.id, cite.from) : documentHref(doc.id) });
    }
  }
  const powers = [...content.powers].sort((a, b) => a.data.code.localeCompare(b.data.code));
  for (const power of powers) {
    if (!isPublished(power.data, edition)) continue;
    const link = { label: `${power.data.code} ${fill(power.data.name)}`, href: powerHref(power.id) };
    for (const b of power.data.basis) {
      const n = 'doc' in b ? parseArticleNumber(b.article) : undefined;
      if ('doc' in b && n !== undefined) add(b.doc, n, link);
    }
    for (const cite of citationsInData(power.data, titles)) {
      const r = resolveCitation(cite.target, undefined, docs);
      if (r.ok && r.article !== undefined) add(r.doc, r.article, link);
    }
  }

  const glossary = content.glossary.map((g) => ({ id: g.id, words: [g.term, ...g.aliases] }));
  return { edition, titles, docs, backlinks, glossary, plans };
}

/** The places citing an article, in this edition. */
export function backlinksOf(registry: LinkRegistry, docId: string, article: number): Backlink[] {
  return registry.backlinks.get(docId)?.get(article) ?? [];
}

const termPatterns = new WeakMap<LinkRegistry, { pattern: RegExp; byWord: Map<string, string> } | undefined>();

function termMatcher(registry: LinkRegistry) {
  if (!termPatterns.has(registry)) {
    const byWord = new Map(registry.glossary.flatMap((g) => g.words.map((w) => [w, g.id] as const)));
    // Longest first, so 党组织领导的校长负责制 wins over a shorter term inside it.
    const words = [...byWord.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    termPatterns.set(registry, words.length ? { pattern: new RegExp(words.join('|'), 'g'), byWord } : undefined);
  }
  return termPatterns.get(registry);
}

/** Glossary terms in plain text: the first use of each term (per `seen`) becomes a link. */
function linkTerms(text: string, registry: LinkRegistry, seen: Set<string> | undefined): Segment[] {
  const matcher = seen && termMatcher(registry);
  if (!matcher) return text ? [{ text }] : [];
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(matcher.pattern)) {
    const id = matcher.byWord.get(m[0])!;
    if (seen!.has(id)) continue;
    seen!.add(id);
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], href: glossaryHref(id), kind: 'term' });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** The href of a citation in this edition, or undefined when it stays plain text. */
export function citationHref(registry: LinkRegistry, cite: Pick<FoundCitation, 'target'>, selfId?: string): string | undefined {
  const r = resolveCitation(cite.target, selfId, registry.docs);
  if (!r.ok || !registry.docs.get(r.doc)?.published) return undefined;
  if (r.anchor) return anchorHref(registry.plans, r.doc, r.anchor);
  return r.doc === selfId ? undefined : documentHref(r.doc);
}

/** Telephone numbers in plain text as tel: links (src/lib/phones.ts), then glossary terms in what is left. */
function linkPlain(text: string, registry: LinkRegistry, seen: Set<string> | undefined): Segment[] {
  return splitPhones(text).flatMap((p): Segment[] =>
    p.href ? [{ text: p.text, href: p.href, kind: 'tel' }] : linkTerms(p.text, registry, seen),
  );
}

/** Split `text` into plain and linked pieces: citations first, then telephone numbers and glossary terms in what is left. */
export function linkText(text: string, registry: LinkRegistry, options: LinkOptions = {}): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const cite of findCitations(text, { titles: registry.titles, here: options.here })) {
    const href = citationHref(registry, cite, options.selfId);
    if (!href) continue;
    out.push(...linkPlain(text.slice(last, cite.start), registry, options.seenTerms));
    out.push({ text: cite.text, href, kind: 'cite' });
    last = cite.end;
  }
  out.push(...linkPlain(text.slice(last), registry, options.seenTerms));
  return out;
}

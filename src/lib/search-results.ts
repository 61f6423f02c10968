/**
 * Turn Pagefind's raw results into what the results list shows: a page, its kind, and the
 * articles (sub-results) inside it that contain the query, each with its excerpt and the
 * query marked. A page is shown only if its text really contains every term of the query.
 */
import { GAP, compact, containsAll, matchForm, spaceOut } from './search-text.ts';

/** The parts of a Pagefind result's data that we use. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
  anchors?: Anchor[];
}

/** One article (or heading) of a page that contains the query. */
export interface Hit {
  title: string;
  url: string;
  excerpt: string;
}

/** One result as shown. */
export interface ResultView {
  title: string;
  kind: string;
  url: string;
  excerpt: string;
  hits: Hit[];
  /** Further articles of the page that contain the query, beyond those shown. */
  more: number;
}

/**
 * How the index was built: 'spaced' (every character a word, see search-text.ts) or 'stock'
 * (pages indexed as they are, kept only as the search benchmark's baseline).
 */
export type SearchMode = 'spaced' | 'stock';

/** Escape text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escaped text with every occurrence of the terms marked. */
export function markTerms(text: string, terms: string[]): string {
  const form = matchForm(text);
  // matchForm keeps the length of text without white-space runs; mark on a copy with single spaces.
  const source = text.replace(/\s+/g, ' ');
  const marked = new Array<boolean>(source.length).fill(false);
  for (const term of terms.map(matchForm).filter(Boolean)) {
    for (let at = form.indexOf(term); at !== -1; at = form.indexOf(term, at + 1)) marked.fill(true, at, at + term.length);
  }
  let html = '';
  let open = false;
  for (let i = 0; i < source.length; i++) {
    if (marked[i] !== open) {
      html += open ? '</mark>' : '<mark>';
      open = !open;
    }
    html += escapeHtml(source[i]!);
  }
  return open ? `${html}</mark>` : html;
}

/** Pagefind's record of an element with an id, at a word position in the page's content. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The words of Pagefind's content: word n is at position n, as Pagefind counts. */
function wordsOf(content: string): string[] {
  return content.split(/\s+/).map((w) => w.toLowerCase());
}

/**
 * Every position where a term starts in the words, as an exact run of its characters.
 * Pagefind ends a block's last word with a full stop: a run never continues past one.
 */
export function occurrences(words: string[], term: string): number[] {
  const want = spaceOut(term).toLowerCase().split(' ');
  const found: number[] = [];
  for (let i = 0; i + want.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < want.length && ok; j++) {
      const word = words[i + j]!;
      const last = j === want.length - 1;
      ok = word === want[j] || (last && word === `${want[j]}.`);
    }
    if (ok) found.push(i);
  }
  return found;
}

/** Words before and after a match shown in an excerpt. */
const BEFORE = 14;
const AFTER = 40;

/** The text around a match, from the start of its paragraph if that is near, compacted, with the terms marked. */
function excerptAt(original: string[], at: number, terms: string[]): string {
  let from = Math.max(0, at - BEFORE);
  for (let i = at - 1; i >= from; i--) {
    if (original[i] === GAP || original[i]!.endsWith('.')) {
      from = i + 1;
      break;
    }
  }
  const to = Math.min(original.length, at + AFTER);
  const text = compact(original.slice(from, to).join(' ')).trim();
  const starts = from === 0 || original[from - 1] === GAP || original[from - 1]!.endsWith('.');
  return `${starts ? '' : '…'}${markTerms(text, terms)}${to < original.length ? '…' : ''}`;
}

/**
 * A text fragment that picks out this occurrence: the term with the few characters before it
 * in the same block (or after it, at the start of a block), so that the browser highlights this
 * one and not the first on the page.
 */
export function textDirective(original: string[], at: number, length: number): string {
  const enc = (t: string) => encodeURIComponent(t).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const term = compact(original.slice(at, at + length).join(' '));
  const context = (range: string[]) => {
    const kept: string[] = [];
    for (const w of range) {
      if (w === GAP || w.endsWith('.')) break;
      kept.push(w);
    }
    return kept;
  };
  const before = context(original.slice(Math.max(0, at - 6), at).reverse()).reverse();
  if (before.length) return `:~:text=${enc(compact(before.join(' ')))}-,${enc(term)}`;
  const after = context(original.slice(at + length, at + length + 6));
  return after.length ? `:~:text=${enc(term)},-${enc(compact(after.join(' ')))}` : `:~:text=${enc(term)}`;
}

/** The last element (Array.prototype.at is missing in older WebViews). */
function last<T>(list: T[]): T | undefined {
  return list[list.length - 1];
}

/** A found page: its view and how well it answers the query. */
export interface Found {
  view: ResultView;
  score: number;
}

/**
 * The view of one result, or undefined when the page does not contain every term exactly.
 * Hits are worked out here from the page's content and anchors, so that every article with the
 * query is found (Pagefind's phrase search reports only the first occurrence on a page).
 */
export function findInPage(data: PagefindData, terms: string[], max = 3): Found | undefined {
  const original = data.content.split(/\s+/);
  const words = wordsOf(data.content);
  const found = terms.map((t) => ({ term: t, at: occurrences(words, t) }));
  if (found.length === 0 || found.some((f) => f.at.length === 0)) return undefined;
  const page = data.url.replace(/#.*$/, '');
  const anchors = (data.anchors ?? []).filter((a) => a.id).sort((a, b) => a.location - b.location);
  const headings = anchors.filter((a) => /^h[1-6]$/i.test(a.element));
  const first = found[0]!;
  const length = spaceOut(first.term).split(' ').length;

  // Group the occurrences of the first term by the heading (article, section) they fall under.
  const sections = new Map<string, { heading: Anchor; at: number }>();
  for (const at of first.at) {
    const heading = last(headings.filter((h) => h.location <= at));
    if (heading && !sections.has(heading.id)) sections.set(heading.id, { heading, at });
  }
  const all = [...sections.values()];
  const hits: Hit[] = all.slice(0, max).map(({ heading, at }) => {
    // The most precise place: a paragraph, item or step with an id, inside the heading's section.
    const target = last(anchors.filter((a) => a.location <= at && a.location >= heading.location)) ?? heading;
    return {
      title: compact(heading.text).trim(),
      url: `${page}#${target.id}${textDirective(original, at, length)}`,
      excerpt: excerptAt(original, at, terms),
    };
  });
  const title = compact(data.meta.title ?? page).trim();
  const inTitle = containsAll(title, terms);
  const count = found.reduce((n, f) => n + f.at.length, 0);
  return {
    view: {
      title,
      kind: data.meta.kind ?? '',
      url: `${page}#${textDirective(original, first.at[0]!, length)}`,
      excerpt: excerptAt(original, first.at[0]!, terms),
      hits,
      more: all.length - hits.length,
    },
    score: (inTitle ? 1000 : 0) + Math.min(count, 100),
  };
}

/** Found pages, best first: the query in the title, then how often the page uses it. Stable. */
export function rank(found: Found[]): ResultView[] {
  return found
    .map((f, i) => ({ ...f, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((f) => f.view);
}

/** Stock Pagefind's result as it comes (the search benchmark's baseline). */
export function stockView(data: PagefindData, max = 3): ResultView {
  const page = data.url.replace(/#.*$/, '');
  const inPage = (data.sub_results ?? []).filter((s) => s.url.includes('#') && s.url.replace(/#.*$/, '') === page);
  return {
    title: data.meta.title ?? page,
    kind: data.meta.kind ?? '',
    url: data.url,
    excerpt: data.excerpt,
    hits: inPage.slice(0, max),
    more: 0,
  };
}

/** The filter names the results page offers, in display order. */
export const filterNames = ['类别', '状态', '部门', '权力类别'] as const;

/** Read the query and filters from a URL's search string. */
export function readQuery(search: string): { q: string; filters: Record<string, string> } {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const v = params.get(name);
    if (v) filters[name] = v;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The search string for a query and filters (for a shareable URL). */
export function writeQuery(q: string, filters: Record<string, string>): string {
  const params = new URLSearchParams({ q });
  for (const name of filterNames) if (filters[name]) params.set(name, filters[name]!);
  return `?${params.toString()}`;
}

/**
 * Turn what Pagefind returns into what the results list shows. Two steps, so that the first
 * screen does not wait for every result's data:
 *
 * - rankMatches orders the pages that contain the query from Pagefind's search result alone
 *   (for each term, the position of its first occurrence on the page: see TITLE_SLOT);
 * - pageView builds one result (title, kind, the articles, paragraphs or steps that contain the
 *   query, excerpts with the terms marked) from that page's fragment, loaded when it is shown.
 */
import { GAP, TITLE_SLOT, compact, matchForm, spaceOut } from './search-text.ts';

/**
 * The filters Pagefind indexes and the results page offers, in display order: the one place for
 * their names, which readers see as the filters' labels and in the address (?类别=制度).
 */
export const searchFilters = {
  kind: '类别',
  status: '状态',
  department: '部门',
  category: '权力类别',
} as const;

/** A filter, by its key in searchFilters. */
export type SearchFilter = keyof typeof searchFilters;

/** The filter names, in display order. */
export const filterNames: string[] = Object.keys(searchFilters).map((k) => searchFilters[k as SearchFilter]);

/** The parts of a Pagefind result's data (its fragment) that we use. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors?: Anchor[];
}

/** Pagefind's record of an element with an id, at a word position in the page's content. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** One article, paragraph, item or step of a page that contains the query. */
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
  /** Further places in the page that contain the query, beyond those shown. */
  more: number;
  /** The synonyms by which the page was found, where it lacks a term as typed (see widen). */
  synonyms: string[];
}

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

/**
 * Whether a word ends a block: a gap, or the full stop Pagefind puts after a block's last word. A full
 * stop of the text is a word of its own (example.cn: "example", ".", "cn" spaced out), and ends nothing.
 */
function endsBlock(word: string): boolean {
  return word === GAP || (word.length > 1 && word.charAt(word.length - 1) === '.');
}

/**
 * Every position where a term starts in the words (lower case), as an exact run of its characters.
 * Pagefind ends a block's last word with a full stop: a run never continues past one.
 */
export function occurrences(words: string[], term: string): number[] {
  const want = spaceOut(term).toLowerCase().split(' ');
  const found: number[] = [];
  for (let i = 0; i + want.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < want.length && ok; j++) {
      const word = words[i + j]!;
      ok = word === want[j] || (j === want.length - 1 && word === `${want[j]}.`);
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
    if (endsBlock(original[i]!)) {
      from = i + 1;
      break;
    }
  }
  const to = Math.min(original.length, at + AFTER);
  const text = compact(original.slice(from, to).join(' ')).trim();
  const starts = from === 0 || endsBlock(original[from - 1]!);
  return `${starts ? '' : '…'}${markTerms(text, terms)}${to < original.length ? '…' : ''}`;
}

/** Each page's text as the browser matches it across blocks (no block marks), and where each word starts in it: worked out once. */
const flatTexts = new WeakMap<string[], { flat: string; offsets: number[] }>();
function flatText(original: string[]): { flat: string; offsets: number[] } {
  let known = flatTexts.get(original);
  if (!known) {
    const offsets: number[] = [];
    let flat = '';
    for (const word of original) {
      offsets.push(flat.length);
      flat += word === GAP ? '' : word.replace(/(.)\.$/, '$1');
    }
    flatTexts.set(original, (known = { flat, offsets }));
  }
  return known;
}

/**
 * A text directive (text=…) that picks out this occurrence: the term with the characters before it
 * in the same block (or after it, at the start of a block), so that the browser highlights this one
 * and not the first on the page. `reach`: how many characters before it serve first (all of the
 * block's, for a step of a process: see pageView). Where that text also occurs earlier in the page
 * (in its title, say), more of the block is taken, before and then after.
 *
 * `headings`: where the page's headings start and end. A page's contents list repeats its headings,
 * and is not in the index: the directive of a term in a heading runs on past it, through any headings
 * right below it, into the text that follows, which browsers allow and no contents list matches.
 *
 * Undefined when nothing tells this occurrence apart: the link then lands on the element's id alone,
 * rather than on an earlier copy.
 */
export function textDirective(
  original: string[],
  at: number,
  length: number,
  reach = 6,
  headings: Array<[number, number]> = [],
): string | undefined {
  const enc = (t: string) => encodeURIComponent(t).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const text = (from: number, to: number) => compact(original.slice(from, to).join(' ')).trim();
  // The block around the term: from the word after the last block end before it to the last word before the next.
  let start = at;
  while (start > 0 && !endsBlock(original[start - 1]!)) start--;
  let end = at + length;
  while (end < original.length && !endsBlock(original[end]!)) end++;
  const { flat, offsets } = flatText(original);
  const before = at - start;
  const wide = Math.max(reach, 20);
  let tries: Array<[number, number]>;
  let spill = '';
  const headingAt = (position: number) => headings.find(([from, to]) => from <= position && position < to);
  const heading = headingAt(at);
  if (heading) {
    const headingEnd = heading[1];
    // The text after the heading, as the browser reads on: any headings right below it whole, then the
    // start of the next block; blocks joined without the space a block mark would give.
    const parts: string[] = [];
    let next = headingEnd;
    for (;;) {
      while (next < original.length && original[next] === GAP) next++;
      const below = headingAt(next);
      if (!below) break;
      parts.push(text(next, below[1]));
      next = below[1];
    }
    let stop = next;
    while (stop < next + 6 && stop < original.length && !endsBlock(original[stop]!)) stop++;
    parts.push(text(next, stop));
    spill = parts.join('');
    const rest = Math.max(0, headingEnd - at - length);
    tries = [
      [Math.min(reach, before), rest],
      [Math.min(wide, before), rest],
    ];
  } else {
    const after = end - at - length;
    tries =
      before > 0
        ? [
            [Math.min(reach, before), 0],
            [Math.min(wide, before), 0],
            [Math.min(wide, before), Math.min(20, after)],
          ]
        : [
            [0, Math.min(6, after)],
            [0, Math.min(20, after)],
          ];
  }
  const term = text(at, at + length);
  for (const [b, a] of tries) {
    const prefix = b ? text(at - b, at) : '';
    const suffix = text(at + length, at + length + a) + spill;
    if (flat.indexOf(`${prefix}${term}${suffix}`.replace(/\s/g, '')) !== offsets[at - b]) continue;
    return `text=${prefix ? `${enc(prefix)}-,` : ''}${enc(term)}${suffix ? `,-${enc(suffix)}` : ''}`;
  }
  return undefined;
}

/** The last element (Array.prototype.at is missing in older WebViews). */
function last<T>(list: T[]): T | undefined {
  return list[list.length - 1];
}

/** Whether a page's content contains the term exactly (for terms Pagefind cannot check: see termRuns). */
export function pageContains(data: PagefindData, term: string): boolean {
  return occurrences(data.content.toLowerCase().split(/\s+/), term).length > 0;
}

/** Texts the view needs in the reader's language. */
export interface ViewText {
  /** The label of a step of a power item's process, "第{n}步". */
  step: string;
}

/** Elements that start a section of a page whose title a hit carries: headings and glossary terms. */
const SECTION = /^(h[1-6]|dt)$/i;

/**
 * The view of one page for the terms it contains. Hits are the sections (articles, headed
 * sections, glossary terms) that contain every term, or else those that contain the most of
 * them; each links to the paragraph, item or step where the first of its terms occurs, with a
 * text directive per term so that the browser highlights them.
 *
 * A term may be given with its synonyms (['补贴', '补助'], the term first: see widen): then any of
 * them counts as the term, and those the page has instead of the term are listed in `synonyms`.
 */
export function pageView(data: PagefindData, query: Array<string | string[]>, text: ViewText, max = 3): ResultView {
  const original = data.content.split(/\s+/);
  const words = original.map((w) => w.toLowerCase());
  const forms = query.map((t) => (typeof t === 'string' ? [t] : t));
  // For each term, the forms looked for: the term as typed where the page has it, else its synonyms that it has.
  const synonyms: string[] = [];
  const found = forms.map((fs) => {
    const typed = occurrences(words, fs[0]!);
    const used = typed.length ? [{ form: fs[0]!, at: typed }] : fs.slice(1).map((form) => ({ form, at: occurrences(words, form) }));
    const lengths = new Map<number, number>();
    for (const { form, at } of used.filter((u) => u.at.length)) {
      if (!typed.length && synonyms.indexOf(form) === -1) synonyms.push(form);
      for (const p of at) if (!lengths.has(p)) lengths.set(p, spaceOut(form).split(' ').length);
    }
    return { at: [...lengths.keys()].sort((x, y) => x - y), lengths, forms: used.filter((u) => u.at.length).map((u) => u.form) };
  });
  // The words marked in excerpts: what was found, or the terms as typed where nothing was.
  const terms = found.flatMap((f, k) => (f.forms.length ? f.forms : [forms[k]![0]!]));
  const page = data.url.replace(/#.*$/, '');
  const anchors = (data.anchors ?? []).filter((a) => a.id).sort((a, b) => a.location - b.location);
  const sections = anchors.filter((a) => SECTION.test(a.element));

  // For each section, the first occurrence of each term in it.
  const bySection = new Map<string, { section: Anchor; first: Array<number | undefined> }>();
  found.forEach((f, k) => {
    for (const at of f.at) {
      const section = last(sections.filter((s) => s.location <= at));
      if (!section) continue;
      let entry = bySection.get(section.id);
      if (!entry) bySection.set(section.id, (entry = { section, first: forms.map(() => undefined) }));
      if (entry.first[k] === undefined) entry.first[k] = at;
    }
  });
  const entries = [...bySection.values()]
    .map((e) => ({ ...e, count: e.first.filter((p) => p !== undefined).length }))
    .sort((a, b) => a.section.location - b.section.location);
  const best = Math.max(0, ...entries.map((e) => e.count));
  const chosen = entries.filter((e) => e.count === best && best > 0);

  /** The innermost element with an id (paragraph, item, step, section) where a word position lies. */
  const placeOf = (at: number) => last(anchors.filter((a) => a.location <= at));
  // Where each heading's words are, so that a directive for a term in one does not match the contents list.
  const headings = sections.map((s): [number, number] => [s.location, s.location + s.text.split(/\s+/).filter(Boolean).length]);
  /**
   * The address of `id` on the page (the page itself for ''), with one text directive per term, in the
   * order they occur: the browser scrolls to the first. A step's text is also drawn in the process chart
   * above the steps; its directive takes the step's text from the start (the actor and "：", which the
   * chart has apart), so that it matches in the step. Terms no directive can tell apart get none.
   */
  const address = (id: string, first: Array<number | undefined>) => {
    const directives = first
      .map((at, k) => ({ at, k }))
      .filter((x): x is { at: number; k: number } => x.at !== undefined)
      .sort((a, b) => a.at - b.at)
      .map(({ at, k }) => textDirective(original, at, found[k]!.lengths.get(at)!, /^step-/.test(placeOf(at)?.id ?? '') ? at : 6, headings))
      .filter((d): d is string => d !== undefined);
    if (directives.length) return `${page}#${id}:~:${directives.join('&')}`;
    return id ? `${page}#${id}` : page;
  };
  const hits: Hit[] = chosen.slice(0, max).map(({ section, first }) => {
    const at = Math.min(...first.filter((p): p is number => p !== undefined));
    // The most precise place: a paragraph, item or step with an id inside the section, where the hit starts.
    const target = last(anchors.filter((a) => a.location <= at && a.location >= section.location)) ?? section;
    const step = /^step-(\d+)$/.exec(target.id);
    const title = compact(section.text).trim();
    return {
      title: step ? `${title} ${text.step.replace('{n}', step[1]!)}` : title,
      url: address(target.id, first),
      excerpt: excerptAt(original, at, terms),
    };
  });

  // The page's own link and excerpt: each term's first occurrence in the text, else in the title.
  const firstIn = (at: number[]) => at.filter((p) => p >= TITLE_SLOT)[0] ?? at[0];
  const pageFirst = found.map((f) => firstIn(f.at));
  const inText = pageFirst.filter((p): p is number => p !== undefined && p >= TITLE_SLOT);
  let textStart = TITLE_SLOT;
  while (textStart < original.length - 1 && original[textStart] === GAP) textStart++;
  const excerptFrom = inText.length ? Math.min(...inText) : Math.min(textStart, original.length - 1);
  return {
    // Metadata is indexed as written, not spaced out (see spaceOutHtml): shown as it is.
    title: (data.meta.title ?? page).trim(),
    kind: data.meta.kind ?? '',
    url: address('', pageFirst),
    excerpt: excerptAt(original, Math.max(0, excerptFrom), terms),
    hits,
    more: chosen.length - hits.length,
    synonyms,
  };
}

/**
 * A page Pagefind found: its id, and for each term the word position of its first occurrence on
 * the page (undefined where the page lacks the term).
 */
export interface Match {
  id: string;
  first: Array<number | undefined>;
}

/**
 * Pages best first, from word positions alone: the most terms, then the most terms in the title
 * (a position below TITLE_SLOT), then the page that has used every term soonest (its summary or
 * first articles, or a chapter's heading, come first on a page). Stable.
 */
export function rankMatches<T extends Match>(matches: T[]): T[] {
  const key = (m: T) => {
    const at = m.first.filter((p): p is number => p !== undefined);
    return { terms: at.length, title: at.filter((p) => p < TITLE_SLOT).length, reach: Math.max(0, ...at.filter((p) => p >= TITLE_SLOT)) };
  };
  return matches
    .map((m, i) => ({ m, i, k: key(m) }))
    .sort((a, b) => b.k.terms - a.k.terms || b.k.title - a.k.title || a.k.reach - b.k.reach || a.i - b.i)
    .map((x) => x.m);
}

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

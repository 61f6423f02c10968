/**
 * One search, from the reader's terms to the ranked pages, asking Pagefind only for what the
 * count and the order need: one exact-phrase search per term (Pagefind returns, for each page
 * that contains the phrase, the position of its first occurrence), intersected here. No page's
 * data (its fragment) is loaded, except to check the few terms Pagefind cannot check itself
 * (a term with punctuation or a space inside: see termRuns).
 *
 * Filters are applied here as well, from which pages carry which filter value, so that a query of
 * several words gets the same filters and counts as a query of one.
 */
import { pageContains, rankMatches, type Match, type PagefindData } from './search-results.ts';
import { phraseQuery, termRuns } from './search-text.ts';

/** A result of a Pagefind search, as its JavaScript API returns it. */
export interface PagefindResult {
  id: string;
  /** Word positions of the match: for an exact phrase, its first occurrence on the page. */
  words: number[];
  data(): Promise<PagefindData>;
}

/** The part of Pagefind's JavaScript API that a search uses. */
export interface PagefindApi {
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A page that contains the query (or some of its terms), with the loader of its data. */
export interface Found extends Match {
  data(): Promise<PagefindData>;
}

/**
 * What the search found:
 * - 'all': pages that contain every term (`terms`);
 * - 'partial': some terms occur nowhere (`missing`); pages that contain all the others (`terms`);
 * - 'some': no page contains all the terms that occur; pages that contain the most of them;
 * - 'none': no term occurs anywhere.
 */
export interface Answer {
  kind: 'all' | 'partial' | 'some' | 'none';
  terms: string[];
  missing: string[];
  pages: Found[];
}

/** The pages that contain a term, by id, each with the position of its first occurrence. */
async function pagesWith(pf: PagefindApi, term: string): Promise<Map<string, { at: number; result: PagefindResult }>> {
  const runs = termRuns(term);
  let pages: Map<string, { at: number; result: PagefindResult }> | undefined;
  for (const run of runs) {
    const { results } = await pf.search(phraseQuery(run));
    const next = new Map<string, { at: number; result: PagefindResult }>();
    // A result without word positions matched only a metadata value (a title, a kind), not the text.
    for (const r of results)
      if (r.words.length && (!pages || pages.has(r.id))) next.set(r.id, { at: pages?.get(r.id)?.at ?? r.words[0]!, result: r });
    pages = next;
  }
  if (!pages || runs.length <= 1) return pages ?? new Map();
  // Several runs ("HQ-01", a quoted phrase with a space): Pagefind found pages with all of them; keep
  // those that have them together, as written. Every such page's data is read: rare, and exact.
  const checked = new Map<string, { at: number; result: PagefindResult }>();
  const entries = [...pages.entries()];
  const datas = await Promise.all(entries.map(([, p]) => p.result.data()));
  entries.forEach(([id, p], i) => {
    if (pageContains(datas[i]!, term)) checked.set(id, p);
  });
  return checked;
}

/** Search every term and combine: see Answer. */
export async function findPages(pf: PagefindApi, terms: string[]): Promise<Answer> {
  const perTerm = await Promise.all(terms.map((term) => pagesWith(pf, term)));
  const missing = terms.filter((_, k) => perTerm[k]!.size === 0);
  const present = terms.map((_, k) => k).filter((k) => perTerm[k]!.size > 0);
  if (present.length === 0) return { kind: 'none', terms, missing, pages: [] };
  // Every page that has at least one of the present terms, with the first position of each.
  const union = new Map<string, Found>();
  present.forEach((k, j) => {
    for (const [id, { at, result }] of perTerm[k]!) {
      let page = union.get(id);
      if (!page) union.set(id, (page = { id, first: present.map(() => undefined), data: () => result.data() }));
      page.first[j] = at;
    }
  });
  const all = [...union.values()];
  const most = Math.max(...all.map((p) => p.first.filter((at) => at !== undefined).length));
  const kind = most < present.length ? 'some' : missing.length ? 'partial' : 'all';
  const pages = all.filter((p) => p.first.filter((at) => at !== undefined).length === most);
  return { kind, terms: present.map((k) => terms[k]!), missing, pages: rankMatches(pages) };
}

/** Which page carries which filter values, and each filter's values in Pagefind's order. */
export interface Membership {
  of: Map<string, Record<string, string>>;
  values: Record<string, string[]>;
}

/**
 * Which pages carry which filter value: one filter-only search per value (Pagefind loads the
 * filter index for it; no word index, no page data).
 */
export async function filterMembership(pf: PagefindApi, names: string[]): Promise<Membership> {
  const available = await pf.filters();
  const membership: Membership = { of: new Map(), values: {} };
  const searches: Array<Promise<void>> = [];
  for (const name of names) {
    membership.values[name] = Object.keys(available[name] ?? {});
    for (const value of membership.values[name]!) {
      searches.push(
        pf.search(null, { filters: { [name]: value } }).then(({ results }) => {
          for (const r of results) {
            let values = membership.of.get(r.id);
            if (!values) membership.of.set(r.id, (values = {}));
            values[name] = value;
          }
        }),
      );
    }
  }
  await Promise.all(searches);
  return membership;
}

/** Whether a page has every chosen filter value (except the filter `but`). */
function passes(values: Record<string, string> | undefined, chosen: Record<string, string>, but?: string): boolean {
  return Object.keys(chosen).every((name) => name === but || values?.[name] === chosen[name]);
}

/** The pages that have every chosen filter value. */
export function applyFilters<T extends { id: string }>(pages: T[], membership: Membership, chosen: Record<string, string>): T[] {
  return pages.filter((p) => passes(membership.of.get(p.id), chosen));
}

/**
 * For each filter and value (in Pagefind's order), how many pages the reader would get by choosing
 * it, keeping the other filters they chose.
 */
export function filterCounts(
  pages: Array<{ id: string }>,
  membership: Membership,
  chosen: Record<string, string>,
  names: string[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const name of names) {
    const values: Record<string, number> = {};
    for (const value of membership.values[name] ?? []) values[value] = 0;
    for (const p of pages) {
      const own = membership.of.get(p.id);
      const value = own?.[name];
      if (value !== undefined && passes(own, chosen, name)) values[value] = (values[value] ?? 0) + 1;
    }
    counts[name] = values;
  }
  return counts;
}

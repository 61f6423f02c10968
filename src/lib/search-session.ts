/**
 * One search, from the reader's terms to the ranked pages, asking Pagefind only for what the
 * count and the order need: one exact-phrase search per term (Pagefind returns, for each page
 * that contains the phrase, the position of its first occurrence), intersected here. No page's
 * data (its fragment) is loaded, except to check the few terms Pagefind cannot check itself
 * (a term with punctuation or a space inside: see termRuns).
 *
 * Filters are applied here as well, from which pages carry which filter value, so that a query of
 * several words gets the same filters and counts as a query of one.
 *
 * Beyond the words as typed: findWidened finds the pages that have them only as synonyms, and
 * cutTerm and findAnswers answer a question as parents type it (see questionTerms).
 */
import { pageContains, rankMatches, type Match, type PagefindData } from './search-results.ts';
import { phraseQuery, segmentWords, termRuns } from './search-text.ts';

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

/** What a search with synonyms found: see findWidened. */
export interface Widened {
  /** Terms none of whose forms occur anywhere. */
  absent: string[];
  /** Pages that have every other term in one of its forms, ranked; `first` is by term, absent ones undefined. */
  pages: Found[];
}

/** For each term, the pages that have each of its forms, and the pages that have any (first occurrence). */
async function formPages(pf: PagefindApi, forms: string[][]) {
  const byForm = await Promise.all(forms.map((fs) => Promise.all(fs.map((f) => pagesWith(pf, f)))));
  const perTerm = byForm.map((found) => {
    const pages = new Map<string, { at: number; result: PagefindResult }>();
    for (const f of found) for (const [id, p] of f) if (!pages.has(id) || pages.get(id)!.at > p.at) pages.set(id, p);
    return pages;
  });
  return { byForm, perTerm };
}

/**
 * A page found by some forms of the terms: how many terms it has in any form, how many as typed, and
 * how many of the rare ones (see findAnswers).
 */
type Counted = Found & { count: number; typed: number; rare: number };

/** Pages with the most rare terms first, then the most terms, then the most as typed, then as rankMatches. */
function rankCounted(pages: Counted[]): Counted[] {
  return rankMatches(pages).sort((a, b) => b.rare - a.rare || b.count - a.count || b.typed - a.typed);
}

/** Every page that has at least one term in some form, counted. */
function countPages(
  byForm: Array<Array<Map<string, { at: number; result: PagefindResult }>>>,
  perTerm: Array<Map<string, { at: number; result: PagefindResult }>>,
): Counted[] {
  const pages = new Map<string, Counted>();
  perTerm.forEach((m) => {
    for (const [id, { result }] of m) {
      if (pages.has(id)) continue;
      const first = perTerm.map((t) => t.get(id)?.at);
      pages.set(id, {
        id,
        first,
        data: () => result.data(),
        count: first.filter((at) => at !== undefined).length,
        typed: byForm.filter((found) => found[0]!.has(id)).length,
        rare: 0,
      });
    }
  });
  return [...pages.values()];
}

/**
 * The pages that contain, for every term that occurs anywhere in some form, one of its forms (see
 * widen: `forms[k]` are term k's, the term first); those in `except` (the pages found for the terms
 * as typed) left out. Those with more of the terms as typed come first.
 */
export async function findWidened(pf: PagefindApi, forms: string[][], except: Array<{ id: string }>): Promise<Widened> {
  if (forms.every((f) => f.length < 2)) return { absent: [], pages: [] };
  const { byForm, perTerm } = await formPages(pf, forms);
  const absent = forms.filter((_, k) => perTerm[k]!.size === 0).map((fs) => fs[0]!);
  const present = perTerm.filter((m) => m.size > 0).length;
  const skip = new Set(except.map((p) => p.id));
  const pages = countPages(byForm, perTerm).filter((p) => p.count === present && !skip.has(p.id));
  return { absent, pages: rankCounted(pages) };
}

/**
 * The pages that answer a question (its terms cut from it, each with its forms): those that have
 * every term in some form, or, for three terms or more, at least half of them (a question holds
 * words the site does not use that way); the most rare terms first, then the most terms, then the
 * most as typed.
 */
export async function findAnswers(pf: PagefindApi, forms: string[][]): Promise<Widened> {
  const { byForm, perTerm } = await formPages(pf, forms);
  const absent = forms.filter((_, k) => perTerm[k]!.size === 0).map((fs) => fs[0]!);
  const pages = countPages(byForm, perTerm);
  // A word on more than half of the pages found (孩子, 学校) says little of what is asked: where the
  // question has rarer words (服药), the pages with those come first.
  const rare = perTerm.map((m) => m.size > 0 && m.size <= pages.length / 2);
  for (const p of pages) p.rare = p.first.filter((at, k) => at !== undefined && rare[k]).length;
  const most = Math.max(0, ...pages.map((p) => p.count));
  const least = forms.length >= 3 ? Math.min(most, Math.ceil(forms.length / 2)) : most;
  return { absent, pages: rankCounted(pages.filter((p) => p.count >= least && p.count > 0)) };
}

/** A term longer than this many words is not cut further (each try is one search). */
const MAX_WORDS = 12;

/**
 * Characters that carry the grammar of a question, not its subject (孩子能住校, 学校的账目, 有人打手语吗):
 * what is cut from a question neither starts, ends nor runs across one, unless it is a known word (有异议).
 */
const GRAMMAR = '的了被吗呢吧啊呀么我你他她它在把给得着能有是不没几';

/**
 * Verbs that help another in a question (要穿, 想进, 会给): taken off the front of a word the segmenter
 * gave, so that it is not named as missing, and not searched together with the words beside them.
 */
const HELPERS = '要想会可该去来让';

/** Whether a piece of a question holds its grammar (能看, 是我): searched for, it would find pages by accident. */
export function isGrammar(term: string): boolean {
  return [...term].some((c) => GRAMMAR.indexOf(c) !== -1);
}

/**
 * How to cut a question's terms: the forms a run may be found as (its synonyms), and the school's known
 * words (glossary terms and synonyms), which are kept whole wherever they are in a question.
 */
export interface CutOptions {
  formsOf?: (run: string) => string[];
  vocabulary?: string[];
}

/**
 * The words of a term as the segmenter cuts them, with a grammar character at the start or end of a
 * word that is not known taken apart (the segmenter gives 有感 in 有感统训练), and a helping verb at its start.
 */
function questionWords(term: string, known: Set<string>): string[] {
  // The known words first, longest first ("想进家委会": 家委会, not 进家), the rest as the segmenter cuts it.
  const longest = [...known].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  let rest = '';
  for (let i = 0; i < term.length;) {
    const word = longest.filter((w) => term.startsWith(w, i))[0];
    if (word) {
      if (rest) parts.push(...segmentWords(rest));
      parts.push(word);
      rest = '';
      i += word.length;
    } else rest += term.charAt(i++);
  }
  if (rest) parts.push(...segmentWords(rest));
  const words: string[] = [];
  for (const word of parts) {
    if (known.has(word) || word.length < 2) words.push(word);
    else {
      const head = GRAMMAR.indexOf(word.charAt(0)) !== -1 || HELPERS.indexOf(word.charAt(0)) !== -1 ? 1 : 0;
      const tail = word.length - head > 1 && GRAMMAR.indexOf(word.charAt(word.length - 1)) !== -1 ? 1 : 0;
      if (head) words.push(word.charAt(0));
      words.push(word.slice(head, word.length - tail));
      if (tail) words.push(word.charAt(word.length - 1));
    }
  }
  return words.slice(0, MAX_WORDS);
}

/**
 * Whether words the segmenter cut may be searched together, as one word: without grammar or a helping
 * verb on its own, and either
 * all single characters (a word it did not know, 培|智|部) or none (送教|上门), not a word with a
 * character of the sentence beside it (孩子|出, 派|老师).
 */
function wordLike(words: string[]): boolean {
  if (words.some((w) => isGrammar(w) || (w.length === 1 && HELPERS.indexOf(w) !== -1))) return false;
  const single = words.filter((w) => [...w].length === 1).length;
  return single === 0 || single === words.length;
}

/**
 * A term of a question, cut into the longest runs of its words that occur somewhere (as written, or
 * as one of its synonyms), without its grammar and single characters: '孩子能住校' → ['孩子', '住校'];
 * '家委会' stays whole where the site has it. `missing`: its words of two characters or more that
 * occur nowhere (校服 in '孩子要穿校服').
 */
export async function cutTerm(
  pf: PagefindApi,
  term: string,
  { formsOf = (run) => [run], vocabulary = [] }: CutOptions = {},
): Promise<{ pieces: string[]; missing: string[] }> {
  const known = new Set(vocabulary);
  const words = questionWords(term, known);
  const pieces: string[] = [];
  const missing: string[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let j = words.length; j > i; j--) {
      const run = words.slice(i, j).join('');
      if ([...run].length < 2) break;
      if (!known.has(run) && !wordLike(words.slice(i, j))) continue;
      const found = await Promise.all(formsOf(run).map((form) => pagesWith(pf, form)));
      if (found.some((pages) => pages.size > 0)) {
        if (pieces.indexOf(run) === -1) pieces.push(run);
        taken = j - i;
        break;
      }
    }
    // A word of two characters or more that is found nowhere is named; stray characters are not.
    const word = words[i]!;
    if (!taken && [...word].length >= 2 && !isGrammar(word) && missing.indexOf(word) === -1) missing.push(word);
    i += taken || 1;
  }
  return { pieces, missing };
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

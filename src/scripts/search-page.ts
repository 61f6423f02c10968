/**
 * The search page's script: the only JavaScript on the site. It loads Pagefind when the page
 * opens with a query, says how many pages contain it, draws the first results (only as many as
 * fill the screen: each needs its page's data) and the rest as the reader scrolls or asks for
 * more, and keeps the query and filters in the URL so that a result list can be shared.
 * The logic is in src/lib/search-session.ts and search-results.ts.
 */
import { filterNames, pageView, readQuery, writeQuery, type ResultView } from '../lib/search-results.ts';
import {
  applyFilters,
  cutTerm,
  findAnswers,
  findWidened,
  filterCounts,
  filterMembership,
  findPages,
  type Answer,
  type Found,
  type Membership,
  type PagefindApi,
} from '../lib/search-session.ts';
import { compact, decodeSynonyms, hasQuotes, parseQuery, questionTerms, spaceOut, widen } from '../lib/search-text.ts';

interface Pagefind extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const filterDetails = root.querySelector<HTMLDetailsElement>('[data-filter-box]')!;
const empty = root.querySelector<HTMLElement>('[data-empty]')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const form = input.form!;
const related = root.querySelector<HTMLElement>('[data-related-box]')!;
const relatedHeading = related.querySelector<HTMLElement>('h2')!;
const relatedList = related.querySelector<HTMLOListElement>('ol')!;
const widened = root.querySelector<HTMLElement>('[data-widened-box]')!;
const widenedHeading = widened.querySelector<HTMLElement>('h2')!;
const widenedList = widened.querySelector<HTMLOListElement>('ol')!;
const text = root.dataset as Record<string, string>;
/** Words that mean the same (the glossary's aliases and content/synonyms.yaml): 补助|补贴;家委会|家长委员会. */
const synonyms = decodeSynonyms(text.synonyms ?? '');
/** The school's own words (glossary terms and synonyms), which a question is not cut inside. */
const knownWords = synonyms.flat();
/** Each term with the forms that count as it (see widen). */
const formsOfTerms = (terms: string[]) => terms.map((t) => widen(t, synonyms));
const moreButton = el('button', { type: 'button', className: 'more-results', hidden: true });

/** Results drawn at a time while the first screen fills, and when the reader asks for more. */
const FIRST_BATCH = 2;
const MORE_BATCH = 8;
/** At most this many closest pages when no term of the query occurs anywhere. */
const RELATED = 3;

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No worker: the worker script would cost another 12 KiB before the first results.
    await pagefind.options({ excerptLength: 60, noWorker: true });
  }
  return pagefind;
}
let membership: Promise<Membership> | undefined;
/** Which pages carry which filter value: loaded only when filters are used. */
function loadMembership(pf: Pagefind): Promise<Membership> {
  if (!membership) membership = filterMembership(pf, filterNames);
  return membership;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
/** An element whose markup is escaped text with <mark> (from markTerms or Pagefind's excerpt). */
function marked(tag: 'p', markup: string) {
  const node = el(tag);
  node.innerHTML = markup;
  return node;
}
/** '“校车”“接送”' */
const quoted = (terms: string[]) => terms.join('”“');

/** One result: the page, its kind, and the articles, paragraphs or steps in it that contain the query. */
function renderResult(view: ResultView, heading: 'h2' | 'h3'): HTMLLIElement {
  const hits = view.hits.map((h) => el('li', {}, el('a', { href: h.url }, h.title), marked('p', h.excerpt)));
  return el(
    'li',
    {},
    el(heading, {}, el('a', { href: view.url }, view.title)),
    el('span', { className: 'kind' }, view.kind),
    ...(view.synonyms.length ? [el('p', { className: 'by-synonym' }, text.bySynonym!.replace('{words}', quoted(view.synonyms)))] : []),
    hits.length ? el('ul', {}, ...hits) : marked('p', view.excerpt),
    ...(view.more > 0 ? [el('p', { className: 'more' }, text.more!.replace('{n}', String(view.more)))] : []),
  );
}

/** Where a page of results goes: its list, the heading level of its title, the terms it has (with their synonyms). */
interface Place {
  into: HTMLOListElement;
  heading: 'h2' | 'h3';
  forms: string[][];
  /** The section to show when its first result is drawn. */
  box?: HTMLElement;
}
/** The pages still to draw, in order, each with its place; `later` finds more once they are drawn. */
interface Drawing {
  run: number;
  pages: Array<{ page: Found; place: Place }>;
  shown: number;
  later?: () => Promise<Array<{ page: Found; place: Place }>>;
}
let drawing: Drawing | undefined;
let drawn: Promise<HTMLLIElement | undefined> = Promise.resolve(undefined);

/** The button under the results: how many are left, or that more can be looked for. */
function showMore(d: Drawing) {
  const left = d.pages.length - d.shown;
  // Under the list being drawn; moved only when that list changes, since moving it takes its focus away.
  const under = (d.pages[d.shown] ?? d.pages[d.shown - 1])?.place.into;
  if (under && under.nextElementSibling !== moreButton) under.after(moreButton);
  moreButton.hidden = left === 0 && !d.later;
  moreButton.textContent = left ? text.moreResults!.replace('{n}', String(left)) : text.moreSynonyms!;
  // What is still to come, for the benchmark's "draw everything" loop: a search still to make counts as one.
  root.dataset.left = String(left + (d.later ? 1 : 0));
}

/** Draw the next `n` pages of the list (after any drawing under way); resolves to the first new item. */
function drawNext(n: number): Promise<HTMLLIElement | undefined> {
  drawn = drawn
    .catch(() => undefined)
    .then(async () => {
      const d = drawing;
      if (!d || d.run !== runs) return undefined;
      if (d.shown >= d.pages.length && d.later) {
        const later = d.later;
        d.later = undefined;
        d.pages.push(...(await later()));
        if (d.run !== runs) return undefined;
      }
      const batch = d.pages.slice(d.shown, d.shown + n);
      d.shown += batch.length;
      const datas = await Promise.all(batch.map(({ page }) => page.data()));
      if (d.run !== runs) return undefined;
      const items = batch.map(({ page, place }, i) => {
        const forms = place.forms.filter((_, k) => page.first[k] !== undefined);
        const item = renderResult(pageView(datas[i]!, forms, { step: text.step! }), place.heading);
        place.into.append(item);
        if (place.box) place.box.hidden = false;
        return item;
      });
      showMore(d);
      return items[0];
    });
  return drawn;
}

/** Whether the place where more results would go is on the screen. */
function moreOnScreen(): boolean {
  return !moreButton.hidden && moreButton.getBoundingClientRect().top < innerHeight;
}

/** Draw results until the screen is full (or all are drawn). */
async function fill() {
  const d = drawing;
  while (d && d === drawing && d.run === runs && (d.shown < d.pages.length || d.later) && moreOnScreen()) await drawNext(FIRST_BATCH);
}

/** Pages, each with where it goes. */
const placed = (pages: Found[], place: Place) => pages.map((page) => ({ page, place }));

/**
 * Start drawing a list of pages, and after it those that `later` finds (only when the reader gets
 * there); resolves when the first results are on the screen.
 */
async function startList(run: number, pages: Found[], place: Place, later?: Drawing['later']) {
  drawing = { run, pages: placed(pages, place), shown: 0, later };
  root.dataset.left = String(drawing.pages.length);
  await drawNext(FIRST_BATCH);
}

function onFilter(q: string, chosen: Record<string, string>, name: string, value: string) {
  const next: Record<string, string> = { ...chosen, [name]: value };
  if (!value) delete next[name];
  history.replaceState(null, '', writeQuery(q, next));
  void run({ name, value });
}

/** The filters, with how many results each value would give; `focus` is the option the reader just chose. */
function renderFilters(
  counts: Record<string, Record<string, number>>,
  chosen: Record<string, string>,
  q: string,
  focus?: { name: string; value: string },
) {
  filterBox.replaceChildren();
  for (const name of filterNames) {
    const values = Object.keys(counts[name] ?? {}).filter((v) => counts[name]![v]! > 0 || chosen[name] === v);
    if (values.length < 2 && !chosen[name]) continue;
    const fs = el('fieldset', { className: 'filters' }, el('legend', {}, name));
    for (const value of ['', ...values]) {
      const radio = document.createElement('input');
      Object.assign(radio, { type: 'radio', name, value, checked: (chosen[name] ?? '') === value });
      radio.addEventListener('change', () => onFilter(q, chosen, name, value));
      const label = document.createElement('label');
      label.append(radio, value ? `${value}（${counts[name]![value] ?? 0}）` : text.all!);
      fs.append(label);
    }
    filterBox.append(fs);
  }
  if (!filterBox.childElementCount) filterBox.append(el('p', {}, text.noFilters!));
  // Redrawing replaces the radio buttons: keep keyboard and screen-reader users where they were.
  if (focus)
    filterBox.querySelector<HTMLInputElement>(`input[name="${CSS.escape(focus.name)}"][value="${CSS.escape(focus.value)}"]`)?.focus();
}

/** When no term occurs anywhere: pages with its characters apart, under their own heading. */
async function showRelated(pf: Pagefind, q: string, terms: string[], run: number) {
  const search = await pf.search(terms.map(spaceOut).join(' '));
  const pages = await Promise.all(search.results.slice(0, RELATED).map((r) => r.data()));
  if (run !== runs || pages.length === 0) return;
  relatedHeading.textContent = text.related!.replace('{q}', q);
  relatedList.replaceChildren(
    ...pages.map((p) => el('li', {}, el('h3', {}, el('a', { href: p.url }, p.meta.title ?? p.url)), marked('p', compact(p.excerpt)))),
  );
  related.hidden = false;
}

/** Counts the runs, so that a slower earlier run never draws over a newer one. */
let runs = 0;
/** What the filter box needs when the reader opens it. */
let onOpenFilters: (() => void) | undefined;

async function run(focus?: { name: string; value: string }) {
  const current = ++runs;
  const started = performance.now();
  root.dataset.state = 'loading';
  const { q, filters } = readQuery(location.search);
  input.value = q;
  list.replaceChildren();
  relatedList.replaceChildren();
  related.hidden = true;
  widenedList.replaceChildren();
  widened.hidden = true;
  empty.hidden = true;
  moreButton.hidden = true;
  root.dataset.left = '0';
  drawing = undefined;
  onOpenFilters = undefined;
  if (!focus) {
    filterDetails.hidden = true;
    filterBox.replaceChildren();
  }
  document.documentElement.classList.remove('has-query');
  // A question ("补助怎么申请？") is searched for what it is about: its question words are left out.
  const { terms: typed, question: asksQuestion } = questionTerms(q);
  let terms = typed;
  let question = asksQuestion;
  try {
    if (terms.length === 0) {
      status.textContent = text.noQuery!;
      empty.hidden = false;
      return;
    }
    document.title = `${q} - ${text.title}`;
    status.textContent = text.loading!;
    const pf = await load();
    /** The words in the terms that the site has, as written or in other words, and those it has nowhere. */
    const cutInto = async (list: string[]) => {
      const options = { formsOf: (run: string) => widen(run, synonyms), vocabulary: knownWords };
      const cut = await Promise.all(list.map((t) => cutTerm(pf, t, options)));
      return {
        pieces: cut.flatMap((c) => c.pieces).filter((t, k, all) => all.indexOf(t) === k),
        missing: cut.flatMap((c) => c.missing),
      };
    };
    // What the site has as typed comes first: a query with question words that is there word for word
    // ("多久办完", a heading of every power item) is searched as typed.
    let answer: Answer | undefined;
    if (question) {
      const asTyped = await findPages(pf, parseQuery(q));
      if (asTyped.kind === 'all') [question, terms, answer] = [false, asTyped.terms, asTyped];
    }
    // A question is searched for the words in it that the site has: "孩子能住校" for 孩子 and 住校.
    let unfound: string[] = [];
    /** Phrases found nowhere and searched for the words in them: named as not found, their words' pages listed apart. */
    let nowhere: string[] = [];
    if (question) {
      const { pieces, missing } = await cutInto(terms);
      unfound = missing;
      if (pieces.length) terms = pieces;
      else if (unfound.length) terms = unfound;
    }
    // So is a phrase that occurs nowhere, in any form, when the site has words of it: "助听器坏了"
    // for 助听器, "老师打孩子" for 老师 and 打孩子. The phrase is named as not found, and the pages with
    // its words are listed apart: the main list stays what Ctrl+F finds. A phrase in quotation marks stays as typed.
    if (!question) answer ??= await findPages(pf, terms);
    let wide = answer && answer.kind !== 'all' ? await findWidened(pf, formsOfTerms(terms), []) : undefined;
    if (answer?.kind === 'none' && !wide?.pages.length && !hasQuotes(q) && terms.some((t) => [...t].length > 2)) {
      const { pieces, missing } = await cutInto(terms);
      if (pieces.length) {
        question = true;
        [nowhere, terms, unfound, answer, wide] = [terms, pieces, missing, undefined, undefined];
      }
    }
    if (current !== runs) return;
    const forms = formsOfTerms(terms);
    const chosen = Object.keys(filters).length > 0;
    const member = chosen ? await loadMembership(pf) : undefined;
    const filtered = (list: Found[]) => (member ? applyFilters(list, member, filters) : list);
    // Filters: offered when there is something to choose between; their counts are worked out when opened.
    const offerFilters = (all: Found[]) => {
      const showFilters = (m: Membership) => renderFilters(filterCounts(all, m, filters, filterNames), filters, q, focus);
      filterDetails.hidden = all.length < 2 && !chosen;
      if (member) showFilters(member);
      else {
        onOpenFilters = () => void loadMembership(pf).then((m) => current === runs && showFilters(m));
        if (filterDetails.open) onOpenFilters();
      }
      if (chosen) filterDetails.open = true;
    };
    const asked = question ? text.asked!.replace('{words}', quoted([...terms, ...unfound.filter((u) => terms.indexOf(u) === -1)])) : '';
    const missingText = (words: string[]) => (words.length ? text.missing!.replace('{words}', quoted(words)) : '');

    if (question) {
      // The pages that answer it best first: those with the most of its words, in any form.
      const found = await findAnswers(pf, forms);
      if (current !== runs) return;
      const absent = [...nowhere, ...unfound, ...found.absent].filter((t, k, all) => all.indexOf(t) === k);
      if (!found.pages.length) {
        status.textContent = asked + missingText(absent.length ? absent : terms);
        empty.hidden = false;
        await showRelated(pf, q, terms, current);
        return;
      }
      const pages = filtered(found.pages);
      offerFilters(found.pages);
      if (absent.length) {
        // What it asks about is not on the site: the pages with its other words are listed apart.
        status.textContent = asked + missingText(absent);
        relatedHeading.textContent = text
          .others!.replace('{words}', quoted(terms.filter((t) => absent.indexOf(t) === -1)))
          .replace('{n}', String(pages.length));
        related.hidden = false;
        await startList(current, pages, { into: relatedList, heading: 'h3', forms });
      } else {
        status.textContent = asked + (pages.length ? text.count!.replace('{n}', String(pages.length)) : text.noneFiltered!);
        empty.hidden = pages.length > 0;
        await startList(current, pages, { into: list, heading: 'h2', forms });
      }
      return;
    }

    if (!answer) return;
    const widenedPlace: Place = { into: widenedList, heading: 'h3', forms, box: widened };
    /** The heading over the pages that have the terms only in other words (补助 for 补贴). */
    const headWidened = (count: number) => {
      widenedHeading.textContent = text.widened!.replace('{words}', quoted(forms.flatMap((f) => f.slice(1)))).replace('{n}', String(count));
    };
    const typedForms = answer.terms.map((t) => [t]);
    if (answer.kind === 'all') {
      // Those are listed after every page that has the terms as typed: looked for when the reader gets there.
      if (current !== runs) return;
      const pages = filtered(answer.pages);
      status.textContent = pages.length ? text.count!.replace('{n}', String(pages.length)) : text.noneFiltered!;
      offerFilters(answer.pages);
      const hasSynonyms = forms.some((f) => f.length > 1);
      empty.hidden = pages.length > 0 || hasSynonyms;
      const later = async () => {
        const others = filtered((await findWidened(pf, forms, answer.pages)).pages);
        headWidened(others.length);
        return placed(others, widenedPlace);
      };
      await startList(current, pages, { into: list, heading: 'h2', forms: typedForms }, hasSynonyms ? later : undefined);
      return;
    }

    // Some terms occur nowhere as typed: the pages with them in other words are the answer.
    if (!wide) return;
    const others = filtered(wide.pages);
    const pages = filtered(answer.pages);
    if (answer.kind === 'none' && !wide.pages.length) {
      status.textContent = terms.length > 1 ? missingText(terms) : text.none!;
      empty.hidden = false;
      await showRelated(pf, q, terms, current);
      return;
    }
    const missing = missingText(answer.missing);
    const apart = answer.kind === 'some' && !wide.pages.length ? text.notTogether!.replace('{words}', quoted(answer.terms)) : '';
    status.textContent = `${missing}${apart}`;
    offerFilters(answer.pages);

    if (answer.kind === 'none') {
      // No term occurs as typed: every page listed has it in other words.
      headWidened(others.length);
      await startList(current, others, widenedPlace);
    } else {
      // Some terms are missing as typed: the pages with the others, and those with them in other words.
      const found = others.length ? terms.filter((t) => wide.absent.indexOf(t) === -1) : answer.terms;
      const listed = others.length ? others : pages;
      relatedHeading.textContent = (answer.kind === 'partial' || others.length ? text.others! : text.mostWords!)
        .replace('{words}', quoted(found))
        .replace('{n}', String(listed.length));
      related.hidden = false;
      await startList(current, listed, { into: relatedList, heading: 'h3', forms: others.length ? forms : typedForms });
    }
  } catch (error) {
    console.error(error);
    status.textContent = text.error!;
    empty.hidden = false;
  } finally {
    if (current === runs) {
      root.dataset.state = 'done';
      root.dataset.ms = String(Math.round(performance.now() - started));
    }
  }
  await fill();
}

filterDetails.addEventListener('toggle', () => {
  if (filterDetails.open && onOpenFilters) {
    onOpenFilters();
    onOpenFilters = undefined;
  }
});
// More results: when the reader asks (focus moves to the first new one) or scrolls to the end of the list.
moreButton.addEventListener('click', () => {
  void drawNext(MORE_BATCH).then((item) => item?.querySelector('a')?.focus());
});
if ('IntersectionObserver' in window)
  new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void fill()).observe(moreButton);
// A new query from this page's own form is searched in place; Back and Forward replay the address.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.pushState(null, '', writeQuery(input.value.trim(), {}));
  void run();
});
addEventListener('popstate', () => void run());
void run();

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
  filterCounts,
  filterMembership,
  findPages,
  type Found,
  type Membership,
  type PagefindApi,
} from '../lib/search-session.ts';
import { compact, parseQuery, spaceOut } from '../lib/search-text.ts';

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
const text = root.dataset as Record<string, string>;
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
    hits.length ? el('ul', {}, ...hits) : marked('p', view.excerpt),
    ...(view.more > 0 ? [el('p', { className: 'more' }, text.more!.replace('{n}', String(view.more)))] : []),
  );
}

/** The list being drawn: the pages still to draw, in order, and where they go. */
interface Drawing {
  run: number;
  pages: Found[];
  terms: string[];
  shown: number;
  into: HTMLOListElement;
  heading: 'h2' | 'h3';
}
let drawing: Drawing | undefined;
let drawn: Promise<HTMLLIElement | undefined> = Promise.resolve(undefined);

/** Draw the next `n` pages of the list (after any drawing under way); resolves to the first new item. */
function drawNext(n: number): Promise<HTMLLIElement | undefined> {
  drawn = drawn
    .catch(() => undefined)
    .then(async () => {
      const d = drawing;
      if (!d || d.run !== runs || d.shown >= d.pages.length) return undefined;
      const batch = d.pages.slice(d.shown, d.shown + n);
      d.shown += batch.length;
      const datas = await Promise.all(batch.map((p) => p.data()));
      if (d.run !== runs) return undefined;
      const items = batch.map((p, i) => {
        const terms = d.terms.filter((_, k) => p.first[k] !== undefined);
        return renderResult(pageView(datas[i]!, terms, { step: text.step! }), d.heading);
      });
      d.into.append(...items);
      const left = d.pages.length - d.shown;
      moreButton.hidden = left === 0;
      moreButton.textContent = text.moreResults!.replace('{n}', String(left));
      root.dataset.left = String(left);
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
  while (d && d === drawing && d.run === runs && d.shown < d.pages.length && moreOnScreen()) await drawNext(FIRST_BATCH);
}

/** Start drawing a list of pages; resolves when the first results are on the screen. */
async function startList(run: number, pages: Found[], terms: string[], into: HTMLOListElement, heading: 'h2' | 'h3') {
  drawing = { run, pages, terms, shown: 0, into, heading };
  into.after(moreButton);
  root.dataset.left = String(pages.length);
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
  const terms = parseQuery(q);
  try {
    if (terms.length === 0) {
      status.textContent = text.noQuery!;
      empty.hidden = false;
      return;
    }
    document.title = `${q} - ${text.title}`;
    status.textContent = text.loading!;
    const pf = await load();
    const answer = await findPages(pf, terms);
    const chosen = Object.keys(filters).length > 0;
    const member = chosen ? await loadMembership(pf) : undefined;
    if (current !== runs) return;
    const pages = member ? applyFilters(answer.pages, member, filters) : answer.pages;

    if (answer.kind === 'none') {
      status.textContent = terms.length > 1 ? text.missing!.replace('{words}', quoted(terms)) : text.none!;
      empty.hidden = false;
      await showRelated(pf, q, terms, current);
      return;
    }
    const missing = answer.missing.length ? text.missing!.replace('{words}', quoted(answer.missing)) : '';
    const apart = answer.kind === 'some' ? text.notTogether!.replace('{words}', quoted(answer.terms)) : '';
    if (answer.kind === 'all') status.textContent = pages.length ? text.count!.replace('{n}', String(pages.length)) : text.noneFiltered!;
    else status.textContent = `${missing}${apart}`;

    // Filters: offered when there is something to choose between; their counts are worked out when opened.
    const showFilters = (m: Membership) => renderFilters(filterCounts(answer.pages, m, filters, filterNames), filters, q, focus);
    filterDetails.hidden = answer.pages.length < 2 && !chosen;
    if (member) showFilters(member);
    else {
      onOpenFilters = () => void loadMembership(pf).then((m) => current === runs && showFilters(m));
      if (filterDetails.open) onOpenFilters();
    }
    if (chosen) filterDetails.open = true;

    if (answer.kind === 'all') {
      empty.hidden = pages.length > 0;
      await startList(current, pages, answer.terms, list, 'h2');
    } else {
      relatedHeading.textContent = (answer.kind === 'partial' ? text.others! : text.mostWords!)
        .replace('{words}', quoted(answer.terms))
        .replace('{n}', String(pages.length));
      related.hidden = false;
      await startList(current, pages, answer.terms, relatedList, 'h3');
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

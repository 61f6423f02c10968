/**
 * The search page's script: the only JavaScript on the site. It loads Pagefind when the
 * page opens with a query, renders results with their articles, and keeps the query and
 * filters in the URL so that a result list can be shared.
 */
import {
  filterNames,
  findInPage,
  rank,
  readQuery,
  stockView,
  writeQuery,
  type PagefindData,
  type ResultView,
  type SearchMode,
} from '../lib/search-results.ts';
import { compact, pagefindQuery, queryTerms, spaceOut } from '../lib/search-text.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string,
    o?: { filters?: Record<string, string> },
  ): Promise<{
    results: Array<{ data(): Promise<PagefindData> }>;
    filters: Record<string, Record<string, number>>;
  }>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
const filterDetails = root.querySelector<HTMLDetailsElement>('[data-filter-box]')!;
/** The filter option the reader just chose, to give it focus again after the list is redrawn. */
let chosenOption: { name: string; value: string } | undefined;
const empty = root.querySelector<HTMLElement>('[data-empty]')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const form = input.form!;
const related = root.querySelector<HTMLElement>('[data-related-box]')!;
const relatedHeading = related.querySelector<HTMLElement>('h2')!;
const relatedList = related.querySelector<HTMLOListElement>('ol')!;
const text = root.dataset;
const mode: SearchMode = text.mode === 'stock' ? 'stock' : 'spaced';

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Words are single characters here, so an excerpt of 60 words is about 60 characters.
    // No worker: the index is small, and the worker script would cost another 12 KB before the first results.
    await pagefind.options({ excerptLength: mode === 'stock' ? 40 : 60, noWorker: true });
    // Filter counts come back with a search only once the filter index has been loaded.
    await pagefind.filters();
  }
  return pagefind;
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

function onFilter(q: string, chosen: Record<string, string>, name: string, value: string) {
  const next: Record<string, string> = { ...chosen, [name]: value };
  if (!value) delete next[name];
  chosenOption = { name, value };
  history.replaceState(null, '', writeQuery(q, next));
  void run();
}

function renderFilters(available: Record<string, Record<string, number>>, chosen: Record<string, string>, q: string) {
  filterBox.replaceChildren();
  for (const name of filterNames) {
    const values = Object.entries(available[name] ?? {}).filter(([, n]) => n > 0 || chosen[name]);
    if (values.length < 2 && !chosen[name]) continue;
    const fs = el('fieldset', { className: 'filters' }, el('legend', {}, name));
    for (const [value, n] of [['', 0] as [string, number], ...values]) {
      const radio = document.createElement('input');
      Object.assign(radio, { type: 'radio', name, value, checked: (chosen[name] ?? '') === value });
      radio.addEventListener('change', () => onFilter(q, chosen, name, value));
      const label = document.createElement('label');
      label.append(radio, value ? `${value}（${n}）` : String(text.all));
      fs.append(label);
    }
    filterBox.append(fs);
  }
  filterDetails.hidden = filterBox.childElementCount === 0;
  if (Object.keys(chosen).length > 0) filterDetails.open = true;
  // Redrawing replaces the radio buttons: keep keyboard and screen-reader users where they were.
  if (chosenOption) {
    const { name, value } = chosenOption;
    filterBox.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`)?.focus();
    chosenOption = undefined;
  }
}

/** One result in the list: the page, its kind, and the articles in it that contain the query. */
function renderResult(view: ResultView): HTMLLIElement {
  const html = (tag: 'p', markup: string) => {
    const node = el(tag);
    node.innerHTML = markup; // escaped text; the only markup is <mark>
    return node;
  };
  const hits = view.hits.map((h) => el('li', {}, el('a', { href: h.url }, h.title), html('p', h.excerpt)));
  const more = view.more > 0 ? [el('p', { className: 'more' }, text.more!.replace('{n}', String(view.more)))] : [];
  return el(
    'li',
    {},
    el('h2', {}, el('a', { href: view.url }, view.title)),
    el('span', { className: 'kind' }, view.kind),
    hits.length ? el('ul', {}, ...hits) : html('p', view.excerpt),
    ...more,
  );
}

/** When nothing contains the whole query: pages with all its characters, under their own heading. */
async function showRelated(pf: Pagefind, q: string, terms: string[], filters: Record<string, string>, run: number) {
  const search = await pf.search(terms.map(spaceOut).join(' '), { filters });
  const pages = await Promise.all(search.results.slice(0, RELATED).map((r) => r.data()));
  if (run !== runs || pages.length === 0) return;
  relatedHeading.textContent = text.related!.replace('{q}', q);
  relatedList.replaceChildren(
    ...pages.map((p) => {
      const excerpt = el('p');
      excerpt.innerHTML = compact(p.excerpt);
      return el('li', {}, el('h3', {}, el('a', { href: p.url }, compact(p.meta.title ?? p.url))), excerpt);
    }),
  );
  related.hidden = false;
}

/** At most this many closest results when nothing contains the whole query. */
const RELATED = 5;
/** Counts the runs, so that a slower earlier run never draws over a newer one. */
let runs = 0;

async function run() {
  const current = ++runs;
  const started = performance.now();
  root.dataset.state = 'loading';
  const { q, filters } = readQuery(location.search);
  input.value = q;
  list.replaceChildren();
  related.hidden = true;
  empty.hidden = true;
  document.documentElement.classList.remove('has-query');
  const terms = mode === 'stock' ? [q] : queryTerms(q);
  try {
    if (!q || terms.length === 0) {
      status.textContent = text.noQuery!;
      empty.hidden = false;
      return;
    }
    document.title = `${q} - ${text.title}`;
    status.textContent = text.loading!;
    const pf = await load();
    const search = await pf.search(mode === 'stock' ? q : pagefindQuery(terms), { filters });
    if (current !== runs) return;
    renderFilters(search.filters, filters, q);
    const pages = await Promise.all(search.results.map((r) => r.data()));
    if (current !== runs) return;
    // Our index: keep the pages that contain the query exactly, best first. Stock: as Pagefind returned them.
    const views =
      mode === 'stock' ? pages.map((p) => stockView(p)) : rank(pages.map((p) => findInPage(p, terms)).filter((f) => f !== undefined));
    list.append(...views.map(renderResult));
    const shown = views.length;
    status.textContent = shown ? text.count!.replace('{n}', String(shown)) : text.none!;
    empty.hidden = shown > 0;
    if (!shown && mode !== 'stock') await showRelated(pf, q, terms, filters, current);
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
}

// A new query from this page's own form is searched in place; Back and Forward replay the address.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.pushState(null, '', writeQuery(input.value.trim(), {}));
  void run();
});
addEventListener('popstate', () => void run());
void run();

/**
 * The search page's script: the only JavaScript on the site. It loads Pagefind when the
 * page opens with a query, renders results with their articles, and keeps the query and
 * filters in the URL so that a result list can be shared.
 */
import { filterNames, readQuery, toResultView, writeQuery, type PagefindData } from '../lib/search-results.ts';

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
const text = root.dataset;

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 40 });
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

async function run() {
  const { q, filters } = readQuery(location.search);
  input.value = q;
  list.replaceChildren();
  empty.hidden = true;
  if (!q) {
    status.textContent = text.noQuery!;
    return;
  }
  document.title = `${q} - ${text.title}`;
  status.textContent = text.loading!;
  try {
    const pf = await load();
    const search = await pf.search(q, { filters });
    const pages = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
    renderFilters(search.filters, filters, q);
    status.textContent = pages.length ? text.count!.replace('{n}', String(pages.length)) : text.none!;
    empty.hidden = pages.length > 0;
    for (const view of pages.map((p) => toResultView(p))) {
      const excerpt = el('p');
      excerpt.innerHTML = view.excerpt; // Pagefind escapes the text; only <mark> is markup.
      const hits = view.hits.map((h) => {
        const p = el('p');
        p.innerHTML = h.excerpt;
        return el('li', {}, el('a', { href: h.url }, h.title), p);
      });
      list.append(
        el(
          'li',
          {},
          el('h3', {}, el('a', { href: view.url }, view.title)),
          el('span', { className: 'kind' }, view.kind),
          hits.length ? el('ul', {}, ...hits) : excerpt,
        ),
      );
    }
  } catch (error) {
    console.error(error);
    status.textContent = text.error!;
    empty.hidden = false;
  }
}

void run();

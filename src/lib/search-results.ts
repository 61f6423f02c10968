/**
 * Turn Pagefind's raw results into what the results list shows: a page, its kind,
 * and the articles (sub-results) inside it that match, each with its excerpt.
 */

/** The parts of a Pagefind result's data that we use. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}

/** One result as shown. */
export interface ResultView {
  title: string;
  kind: string;
  url: string;
  excerpt: string;
  hits: Array<{ title: string; url: string; excerpt: string }>;
}

/** Sub-results that point inside the page (an article or a heading), at most `max`. */
export function toResultView(data: PagefindData, max = 3): ResultView {
  const page = data.url.replace(/#.*$/, '');
  const hits = (data.sub_results ?? []).filter((s) => s.url.includes('#') && s.url.replace(/#.*$/, '') === page).slice(0, max);
  return {
    title: data.meta.title ?? page,
    kind: data.meta.kind ?? '',
    url: data.url,
    excerpt: data.excerpt,
    hits,
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

/**
 * Page-weight budgets: the one place for these numbers. The budget tests (tests/e2e/budgets.spec.ts)
 * and the page benchmark (scripts/bench-pages.mjs) both read them. Sizes are bytes transferred,
 * gzipped as the server sends them, counting every response the page needs (HTML, CSS, JS, fonts, images).
 */
export const KiB = 1024;

export const budgets = {
  /**
   * A document reading page (a whole short document, a long document's contents or one chapter), and it loads no JavaScript.
   * 15 KiB until every page carried 分享本页 (its address and QR code, about 1 KiB gzipped).
   */
  documentPage: 16 * KiB,
  /** Any page of the site, before search is used. */
  anyPage: 40 * KiB,
  /**
   * From opening /search/?q=请假 to its first results drawn: the page, its CSS and script, Pagefind's
   * script and wasm (67 KiB of it before any index), the index chunks that hold the query's characters
   * (small: INDEX_CHUNK_SIZE in src/integrations/pagefind.ts) and the data of the results that fill the
   * first screen, not of every result.
   */
  searchToResults: 100 * KiB,
  /** The same, the median over the committed realistic queries (bench/search-queries.txt). */
  searchToResultsMedian: 100 * KiB,
  /** The same for 学校, the site's commonest word, whose index chunks are the largest. */
  searchCommonWord: 130 * KiB,
  /** At 3,000 documents (npm run bench:build) the search budgets above, times this. */
  searchAtScale: 1.2,
} as const;

/** "12.3 KiB" */
export function kib(bytes: number): string {
  return `${(bytes / KiB).toFixed(1)} KiB`;
}

/**
 * Page-weight budgets: the one place for these numbers. The budget tests (tests/e2e/budgets.spec.ts)
 * and the page benchmark (scripts/bench-pages.mjs) both read them. Sizes are bytes transferred,
 * gzipped as the server sends them, counting every response the page needs (HTML, CSS, JS, fonts, images).
 */
export const KiB = 1024;

export const budgets = {
  /** A document reading page (a whole short document, a long document's contents or one chapter), and it loads no JavaScript. */
  documentPage: 15 * KiB,
  /** Any page of the site, before search is used. */
  anyPage: 40 * KiB,
  /**
   * From opening the search page with a query to its first results: HTML, CSS, JS, the Pagefind
   * wasm, index chunks and fragments. The issue asks for 100 KiB; with Pagefind that cannot hold
   * (pagefind.js 13 + wasm 54 = 67 KiB before any index, and Pagefind writes index chunks of
   * 20,000 word positions, about 25–30 KiB each, of which a query needs one or two). So the tests
   * hold the weight we reach, searchToResultsHeld, and report the distance to the target.
   */
  searchToResults: 100 * KiB,
  searchToResultsHeld: 150 * KiB,
} as const;

/** "12.3 KiB" */
export function kib(bytes: number): string {
  return `${(bytes / KiB).toFixed(1)} KiB`;
}

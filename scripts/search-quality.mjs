// Measuring the site's search as a reader meets it: queries typed into /search/ in Chromium,
// the result list read from the page, compared with what each page really contains.
// Shared by the benchmark (scripts/bench-search.mjs) and the quality test (tests/e2e/search-quality.spec.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The thresholds the site's search must meet (issues #6 and #12). */
export const THRESHOLDS = {
  realistic: { recall: 0.99, precision: 0.98, top1: 0.99, zeroResultRate: 0 },
  substrings: { recall: 0.99, precision: 0.95, zeroResultRate: 0 },
  // Parents' questions (issue #17): the pages that answer each are among its results.
  questions: { recall: 0.99, zeroResultRate: 0 },
};

/** Queries whose bytes to first results are tracked at every size of site (issue #12). */
export const TRACKED = ['请假', '家长委员会', '学校'];

/** The committed realistic queries. */
export function realisticQueries() {
  const file = fileURLToPath(new URL('../bench/search-queries.txt', import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * The committed parents' questions (bench/search-questions.txt): each question, as typed, with the
 * pages that answer it, the best first.
 */
export function parentQuestions() {
  const file = fileURLToPath(new URL('../bench/search-questions.txt', import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [question, paths] = l.split('｜');
      if (!paths) throw new Error(`bench/search-questions.txt: no ｜ between the question and its pages in "${l}"`);
      return { question: question.trim(), answers: paths.trim().split(/\s+/) };
    });
}

/** A small, fast, seeded random number generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` distinct substrings of 2–6 characters (Han characters, letters, digits only: what a
 * reader types) taken from the pages' texts, the same ones for the same seed.
 */
export function sampleSubstrings(texts, count, seed = 20261123) {
  const next = random(seed);
  const all = texts.join('\n');
  const picked = new Set();
  for (let tries = 0; picked.size < count && tries < count * 200; tries++) {
    const length = 2 + Math.floor(next() * 5);
    const at = Math.floor(next() * (all.length - length));
    const s = all.slice(at, at + length);
    if (/^[\p{Script=Han}\p{L}\p{N}]+$/u.test(s)) picked.add(s);
  }
  return [...picked];
}

/** The form in which texts and queries are compared: white space as one space, lower case. */
export function matchForm(text) {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The words of a query, as a reader means them: separated by white space (half- or full-width),
 * quoted text one phrase. A page is relevant when its text contains every word.
 */
export function queryWords(query) {
  return [...query.matchAll(/"([^"]+)"|“([^”]+)”|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? m[3]).trim());
}

/**
 * What each indexed page really says: the text of its data-pagefind-body, without the parts
 * marked data-pagefind-ignore, as the reader sees it (innerText: blocks on their own lines).
 */
export async function pageTexts(page, baseURL, paths) {
  const texts = new Map();
  for (const path of paths) {
    await page.goto(new URL(path, baseURL).href);
    const text = await page.evaluate(() => {
      const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
      if (bodies.length === 0) return null;
      const style = document.createElement('style');
      style.textContent = '[data-pagefind-ignore], [data-pagefind-ignore] * { display: none !important; }';
      document.head.append(style);
      return bodies.map((b) => b.innerText).join('\n');
    });
    if (text !== null) texts.set(path, text);
  }
  return texts;
}

/** The paths of the pages a sitemap lists. */
export async function sitemapPaths(baseURL) {
  const xml = await (await fetch(new URL('/sitemap.xml', baseURL))).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * Type a query into the open search page's form, wait for the first results, then ask for more
 * (the button under the list) until every result is drawn.
 * Returns the result pages (paths, in order) and the time the page's own code took to the first results.
 */
export async function runQuery(page, query) {
  await page.evaluate((q) => {
    const input = document.querySelector('#q');
    input.value = q;
    input.form.requestSubmit();
  }, query);
  await page.waitForFunction(() => document.querySelector('[data-search]').dataset.state === 'done');
  await page.evaluate(async () => {
    const root = document.querySelector('[data-search]');
    const left = () => Number(root.dataset.left ?? 0);
    while (left() > 0) {
      const before = left();
      document.querySelector('.more-results').click();
      for (let waited = 0; left() === before && waited < 10_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      if (left() === before) throw new Error(`more results did not arrive (${before} left)`);
    }
  });
  return page.evaluate(() => ({
    results: [...document.querySelectorAll('[data-results] > li h2 a')].map((a) => new URL(a.href).pathname),
    // Every list of results, in the order they are shown (the main one, those found by synonyms, those with some of the words).
    shown: [...document.querySelectorAll('[data-search] ol.results > li > :is(h2, h3) a')].map((a) => new URL(a.href).pathname),
    ms: Number(document.querySelector('[data-search]').dataset.ms),
  }));
}

/** The median (the lower one of an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
}
/** The p-quantile (0 < p ≤ 1), nearest rank. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : 0;
}
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);

/** Run every query and score the result lists against the pages that contain the query. */
export async function measure(page, queries, texts) {
  const forms = [...texts].map(([path, text]) => [path, matchForm(text)]);
  const rows = [];
  for (const query of queries) {
    const words = queryWords(query).map(matchForm);
    const relevant = new Set(forms.filter(([, t]) => words.every((w) => t.includes(w))).map(([p]) => p));
    const { results, ms } = await runQuery(page, query);
    const good = results.filter((p) => relevant.has(p)).length;
    rows.push({
      query,
      relevant: relevant.size,
      returned: results.length,
      recall: relevant.size ? good / relevant.size : null,
      precision: results.length ? good / results.length : null,
      top1: relevant.size ? (results.length > 0 && relevant.has(results[0]) ? 1 : 0) : null,
      ms,
      missed: [...relevant].filter((p) => !results.includes(p)),
      wrong: results.filter((p) => !relevant.has(p)),
    });
  }
  return rows;
}

/**
 * Run every question: recall is the share of its answering pages among all the results shown,
 * top3 whether the best answer is among the first three.
 */
export async function measureQuestions(page, questions) {
  const rows = [];
  for (const { question, answers } of questions) {
    const { shown, ms } = await runQuery(page, question);
    const status = await page.locator('[data-status]').textContent();
    rows.push({
      query: question,
      status,
      relevant: answers.length,
      returned: shown.length,
      recall: answers.filter((p) => shown.includes(p)).length / answers.length,
      precision: null,
      top1: shown[0] === answers[0] ? 1 : 0,
      top3: shown.slice(0, 3).includes(answers[0]) ? 1 : 0,
      rank: shown.indexOf(answers[0]) + 1,
      ms,
      missed: answers.filter((p) => !shown.includes(p)),
      wrong: [],
    });
  }
  return rows;
}

/** The figures for a set of measured queries. */
export function summarise(rows) {
  const withRelevant = rows.filter((r) => r.relevant > 0);
  const answered = rows.filter((r) => r.returned > 0);
  return {
    queries: rows.length,
    withRelevant: withRelevant.length,
    recall: mean(withRelevant.map((r) => r.recall)),
    precision: mean(answered.filter((r) => r.precision !== null).map((r) => r.precision)),
    top1: mean(withRelevant.map((r) => r.top1)),
    ...(rows.some((r) => r.top3 !== undefined) ? { top3: mean(withRelevant.map((r) => r.top3)) } : {}),
    zeroResultRate: withRelevant.length ? withRelevant.filter((r) => r.returned === 0).length / withRelevant.length : 0,
    medianMs: median(rows.map((r) => r.ms)),
    p95Ms: percentile(
      rows.map((r) => r.ms),
      0.95,
    ),
  };
}

/** Article-number queries (第X条): how many came back exactly (all and only the pages with them). */
export function articleQueries(rows) {
  const rowsX = rows.filter((r) => /^第[零一二三四五六七八九十百]+条$/.test(r.query));
  return { count: rowsX.length, exact: rowsX.filter((r) => r.missed.length === 0 && r.wrong.length === 0).length };
}

/** Which thresholds a summary breaks, as readable lines (empty when all hold). */
export function failures(name, summary, articles) {
  const limits = THRESHOLDS[name];
  const lines = [];
  for (const [key, limit] of Object.entries(limits)) {
    const value = summary[key];
    const bad = key === 'zeroResultRate' ? value > limit : value < limit;
    if (bad) lines.push(`${name}: ${key} is ${value.toFixed(3)}, the threshold is ${key === 'zeroResultRate' ? '≤' : '≥'} ${limit}`);
  }
  if (articles && articles.exact < articles.count)
    lines.push(`${name}: ${articles.count - articles.exact} of ${articles.count} article-number queries were not exact`);
  return lines;
}

// `npm run bench:search`: how well the site's search finds what the pages contain, and what a
// reader downloads before the first results. Builds the public edition into dist/bench-search/,
// serves it on 127.0.0.1 ($BENCH_PORT, default 4406), and runs the committed realistic queries
// plus substrings of 2–6 characters sampled from the pages (fixed seed) and the committed parents'
// questions (bench/search-questions.txt) through the site's own search page in Chromium: recall,
// strict precision, top-1, time per query; for the questions, whether their answers are listed. Then opens
// /search/?q=… for each realistic query with an empty cache and counts the bytes to its first
// results (median, p95). Prints a table and writes bench-results/search.json.
//   node scripts/bench-search.mjs [--substrings=300] [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';
import { serve } from './serve.mjs';
import { measureSearch } from './page-weight.mjs';
import {
  articleQueries,
  failures,
  measure,
  measureQuestions,
  parentQuestions,
  median,
  pageTexts,
  percentile,
  realisticQueries,
  sampleSubstrings,
  sitemapPaths,
  summarise,
  THRESHOLDS,
  TRACKED,
} from './search-quality.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? true]),
);
const substringCount = Number(args.substrings ?? 300);
const PORT = Number(process.env.BENCH_PORT ?? 4406);
const out = join(root, 'dist', 'bench-search');

if (!args['no-build']) {
  console.log('Building the public edition …');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_EDITION: 'public', SITE_OUT_DIR: out },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const server = await serve(out, PORT);
const baseURL = `http://127.0.0.1:${PORT}`;
const page = await browser.newPage();
const texts = await pageTexts(page, baseURL, await sitemapPaths(baseURL));
const queries = { realistic: realisticQueries(), substrings: sampleSubstrings([...texts.values()], substringCount) };
console.log(`${texts.size} indexed pages; ${queries.realistic.length} realistic queries, ${queries.substrings.length} substrings.`);
await page.goto(`${baseURL}/search/`);
const report = { date: new Date().toISOString(), substrings: substringCount, thresholds: THRESHOLDS };
for (const [name, list] of Object.entries(queries)) {
  const rows = await measure(page, list, texts);
  report[name] = { summary: summarise(rows), articles: articleQueries(rows), rows };
}
{
  const rows = await measureQuestions(page, parentQuestions());
  report.questions = { summary: summarise(rows), rows };
}
await page.close();

console.log('Bytes to first results, one query at a time with an empty cache …');
const weights = [];
for (const query of new Set([...queries.realistic, ...TRACKED])) {
  const w = await measureSearch(browser, baseURL, query);
  weights.push({ query, bytes: w.total, requests: w.requests, byKind: w.byKind });
}
const bytes = weights.filter((w) => queries.realistic.includes(w.query)).map((w) => w.bytes);
report.bytes = { median: median(bytes), p95: percentile(bytes, 0.95), queries: weights };
await browser.close();
server.close();

const kib = (b) => (b / 1024).toFixed(1);
const pct = (x) => x.toFixed(3);
const line = (cells) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 30 : 14)).join(''));
console.log('');
line(['', 'realistic', 'substrings']);
const metric = (label, key, f = pct) => line([label, ...['realistic', 'substrings'].map((s) => f(report[s].summary[key]))]);
line([
  'queries (with relevant)',
  ...['realistic', 'substrings'].map((s) => `${report[s].summary.queries} (${report[s].summary.withRelevant})`),
]);
metric('recall', 'recall');
metric('strict precision', 'precision');
metric('top-1 hit rate', 'top1');
metric('zero-result rate', 'zeroResultRate');
metric('median ms to first results', 'medianMs', (v) => v);
metric('p95 ms to first results', 'p95Ms', (v) => v);
line(['第X条 exact', `${report.realistic.articles.exact}/${report.realistic.articles.count}`]);
const q = report.questions.summary;
line(["parents' questions", `${q.queries}: recall ${pct(q.recall)}, best answer first ${pct(q.top1)}, in the first three ${pct(q.top3)}`]);
line(['KiB to first results, median', kib(report.bytes.median)]);
line(['KiB to first results, p95', kib(report.bytes.p95)]);
for (const q of TRACKED) {
  const w = weights.find((x) => x.query === q);
  if (w) line([`KiB to first results, ${q}`, `${kib(w.bytes)} (${w.requests} requests)`]);
}

const problems = [
  ...failures('realistic', report.realistic.summary, report.realistic.articles),
  ...failures('substrings', report.substrings.summary),
  ...failures('questions', report.questions.summary),
];
for (const set of ['realistic', 'substrings', 'questions']) {
  for (const r of report[set].rows.filter((x) => x.missed.length || x.wrong.length).slice(0, 8))
    console.log(`  ${set} "${r.query}": missed ${r.missed.join(' ') || '-'}; not containing it ${r.wrong.join(' ') || '-'}`);
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'search.json'), JSON.stringify(report, null, 2));
console.log(`\nWrote bench-results/search.json`);
if (problems.length) {
  console.log(`\nBelow the thresholds:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else console.log('\nAll thresholds met.');

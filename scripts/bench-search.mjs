// `npm run bench:search`: how well the site's search finds what the pages contain.
// Builds the public edition twice, with stock Pagefind indexing and with ours (SEARCH_MODE),
// serves each on 127.0.0.1, and runs the committed realistic queries plus substrings of 2–6
// characters sampled from the pages (fixed seed) through the site's own search page in Chromium.
// Prints a table and writes bench-results/search.json.
//   node scripts/bench-search.mjs [--only=spaced|stock] [--substrings=300] [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';
import { serve } from './serve.mjs';
import {
  articleQueries,
  failures,
  measure,
  pageTexts,
  realisticQueries,
  sampleSubstrings,
  sitemapPaths,
  summarise,
  THRESHOLDS,
} from './search-quality.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? true]),
);
const modes = args.only ? [args.only] : ['stock', 'spaced'];
const substringCount = Number(args.substrings ?? 300);
const PORT = 4406;

function build(mode) {
  const out = join(root, 'dist', `bench-search-${mode}`);
  console.log(`Building the public edition with ${mode} indexing …`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_EDITION: 'public', SITE_OUT_DIR: out, SEARCH_MODE: mode },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return out;
}

/** Bytes fetched, by an empty cache, from opening /search/?q= to the complete first result list. */
async function firstQueryBytes(browser, baseURL, query) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', (r) => requests.push(r));
  await page.goto(`${baseURL}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.querySelector('[data-search]')?.dataset.state === 'done');
  let bytes = 0;
  for (const r of requests) {
    const sizes = await r.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  return { bytes, requests: requests.length };
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const report = { date: new Date().toISOString(), substrings: substringCount, thresholds: THRESHOLDS, modes: {} };
let texts;
let queries;
for (const mode of modes) {
  const dir = args['no-build'] ? join(root, 'dist', `bench-search-${mode}`) : build(mode);
  const server = await serve(dir, PORT);
  const baseURL = `http://127.0.0.1:${PORT}`;
  const page = await browser.newPage();
  if (!texts) {
    // The ground truth is the same for both builds: what the pages say.
    texts = await pageTexts(page, baseURL, await sitemapPaths(baseURL));
    queries = { realistic: realisticQueries(), substrings: sampleSubstrings([...texts.values()], substringCount) };
    console.log(`${texts.size} indexed pages; ${queries.realistic.length} realistic queries, ${queries.substrings.length} substrings.`);
  }
  const first = await firstQueryBytes(browser, baseURL, queries.realistic[0]);
  await page.goto(`${baseURL}/search/`);
  const result = { firstQuery: { query: queries.realistic[0], ...first } };
  for (const [name, list] of Object.entries(queries)) {
    const rows = await measure(page, list, texts);
    result[name] = { summary: summarise(rows), articles: articleQueries(rows), rows };
  }
  report.modes[mode] = result;
  await page.close();
  server.close();
}
await browser.close();

const pct = (x) => x.toFixed(3);
const line = (cells) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 26 : 12)).join(''));
console.log('');
line(['', ...modes.flatMap((m) => [`${m}: real`, `${m}: substr`])]);
const metric = (label, key, f = pct) =>
  line([label, ...modes.flatMap((m) => ['realistic', 'substrings'].map((s) => f(report.modes[m][s].summary[key])))]);
line([
  'queries (with relevant)',
  ...modes.flatMap((m) =>
    ['realistic', 'substrings'].map((s) => `${report.modes[m][s].summary.queries} (${report.modes[m][s].summary.withRelevant})`),
  ),
]);
metric('recall', 'recall');
metric('strict precision', 'precision');
metric('top-1 hit rate', 'top1');
metric('zero-result rate', 'zeroResultRate');
metric('median ms / query', 'medianMs', (v) => v);
metric('p95 ms / query', 'p95Ms', (v) => v);
line([
  '第X条 exact',
  ...modes.flatMap((m) => [`${report.modes[m].realistic.articles.exact}/${report.modes[m].realistic.articles.count}`, '']),
]);
line([
  'first query: KiB, requests',
  ...modes.flatMap((m) => [`${(report.modes[m].firstQuery.bytes / 1024).toFixed(1)}`, report.modes[m].firstQuery.requests]),
]);

const problems = [];
if (report.modes.spaced) {
  const ours = report.modes.spaced;
  problems.push(
    ...failures('realistic', ours.realistic.summary, ours.realistic.articles),
    ...failures('substrings', ours.substrings.summary),
  );
  if (report.modes.stock) {
    const factor = ours.realistic.summary.medianMs / Math.max(1, report.modes.stock.realistic.summary.medianMs);
    report.timeFactor = factor;
    console.log(`\nmedian time per realistic query: ${factor.toFixed(2)}× stock (limit ${THRESHOLDS.timeFactor}×)`);
    if (factor > THRESHOLDS.timeFactor) problems.push(`time: ${factor.toFixed(2)}× stock`);
  }
  for (const set of ['realistic', 'substrings']) {
    const bad = ours[set].rows.filter((r) => r.missed.length || r.wrong.length).slice(0, 8);
    for (const r of bad)
      console.log(`  ${set} "${r.query}": missed ${r.missed.join(' ') || '-'}; not containing it ${r.wrong.join(' ') || '-'}`);
  }
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'search.json'), JSON.stringify(report, null, 2));
console.log(`\nWrote bench-results/search.json`);
if (problems.length) {
  console.log(`\nBelow the thresholds:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else if (report.modes.spaced) console.log('\nAll thresholds met.');

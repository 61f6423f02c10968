// `npm run bench:pages [-- --no-build] [-- --lighthouse]`: what each kind of page costs a reader on a
// phone. Builds the public edition, serves it (gzipped, as a real host would) on 127.0.0.1, and loads
// each template in Chromium with an empty cache at 390 px: bytes transferred by type and requests.
// The search page is measured through to its first results. Prints a table and writes
// bench-results/pages.json. With --lighthouse, also runs Lighthouse (mobile) on each template and
// writes bench-results/lighthouse.json. Port: BENCH_PORT (default 4433).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';
import { KINDS, measurePage, searchPath } from './page-weight.mjs';
import { serve } from './serve.mjs';
import { budgets, kib } from '../src/lib/budgets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist', 'public');
const port = Number(process.env.BENCH_PORT ?? 4433);
const base = `http://127.0.0.1:${port}`;
const args = new Set(process.argv.slice(2));

if (!args.has('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'public'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The largest built page (by HTML size) among the folders under `dir` matching `pattern`. */
function largest(dir, pattern = /./) {
  const folders = existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)).filter((name) => pattern.test(name)) : [];
  const sized = folders
    .map((name) => ({ name, file: join(dist, dir, name, 'index.html') }))
    .filter((f) => existsSync(f.file))
    .map((f) => ({ path: `/${dir}/${f.name}/`, size: statSync(f.file).size }));
  return sized.sort((a, b) => b.size - a.size)[0]?.path;
}

const QUERY = '请假';
/** The templates: name, path, budget, and for search the element that means "results are there". */
const templates = [
  { name: 'home', path: '/', budget: budgets.anyPage },
  { name: 'long document: contents', path: '/documents/charter/', budget: budgets.documentPage },
  { name: 'long document: largest chapter', path: largest('documents/charter', /^ch-\d+$/), budget: budgets.documentPage },
  { name: 'long document: whole text', path: '/documents/charter/full/', budget: budgets.anyPage },
  { name: 'largest single-page document', path: largest('documents', /^(?!charter$)/), budget: budgets.documentPage },
  { name: 'largest power item', path: largest('powers', /^[a-z]+-\d+$/), budget: budgets.anyPage },
  { name: 'power catalogue', path: '/powers/', budget: budgets.anyPage },
  { name: 'decision matrix', path: existsSync(join(dist, 'decisions', 'index.html')) ? '/decisions/' : undefined, budget: budgets.anyPage },
  { name: 'search page (no query)', path: '/search/', budget: budgets.anyPage },
  {
    name: `search → first results (${QUERY})`,
    path: searchPath(QUERY),
    until: '[data-search][data-state="done"]',
    budget: budgets.searchToResults,
  },
];

const server = await serve(dist, port);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const results = [];
for (const t of templates) {
  if (!t.path) {
    results.push({ template: t.name, built: false });
    continue;
  }
  const w = await measurePage(browser, base, t.path, { until: t.until });
  results.push({ template: t.name, built: true, path: t.path, budget: t.budget, ...w, responses: w.responses });
}
await browser.close();

const k = (bytes) => (bytes / 1024).toFixed(1);
const header = ['template', 'path', ...KINDS, 'total KiB', 'requests', 'budget', 'verdict'];
const rows = results.map((r) =>
  r.built
    ? [
        r.template,
        decodeURIComponent(r.path),
        ...KINDS.map((kind) => k(r.byKind[kind])),
        k(r.total),
        String(r.requests),
        kib(r.budget),
        r.total <= r.budget ? 'ok' : `over by ${kib(r.total - r.budget)}`,
      ]
    : [r.template, '(not built)', ...KINDS.map(() => ''), '', '', '', ''],
);
console.log(`\nBytes transferred (KiB, gzipped as served), empty cache, 390 px, ${new Date().toISOString()}\n`);
printTable(header, rows);

const out = join(root, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'pages.json'), JSON.stringify({ date: new Date().toISOString(), budgets, results }, null, 2));
console.log(`\nWritten: bench-results/pages.json`);

if (args.has('--lighthouse')) await runLighthouse(results.filter((r) => r.built));
server.close();

/** Lighthouse, mobile form factor and its default simulated throttling, on each template. */
async function runLighthouse(pages) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: chromiumArgs });
  const scores = [];
  try {
    for (const r of pages) {
      const result = await lighthouse(`${base}${r.path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result.lhr;
      const cats = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
      // The audits that cost points: weighted in a category and not passed.
      const failing = Object.values(lhr.categories)
        .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]))
        .filter((a) => a.score !== null && a.score < 1)
        .map((a) => a.id);
      scores.push({ template: r.template, path: r.path, ...cats, failing });
    }
  } finally {
    await chrome.kill();
  }
  console.log('\nLighthouse (mobile)\n');
  printTable(
    ['template', 'path', 'performance', 'accessibility', 'best-practices', 'seo', 'audits below 1'],
    scores.map((s) => [
      s.template,
      decodeURIComponent(s.path),
      String(s.performance),
      String(s.accessibility),
      String(s['best-practices']),
      String(s.seo),
      s.failing.join(' '),
    ]),
  );
  writeFileSync(join(out, 'lighthouse.json'), JSON.stringify({ date: new Date().toISOString(), scores }, null, 2));
  console.log(`\nWritten: bench-results/lighthouse.json`);
}

/** A plain text table, columns padded to their widest cell (CJK counted as two columns). */
function printTable(head, body) {
  const width = (s) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const cols = head.map((_, i) => Math.max(...[head, ...body].map((row) => width(row[i] ?? ''))));
  const line = (row) =>
    row
      .map((cell, i) => cell + ' '.repeat(cols[i] - width(cell)))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(cols.map((n) => '-'.repeat(n)).join('  '));
  for (const row of body) console.log(line(row));
}

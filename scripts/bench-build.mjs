// `npm run bench:build [-- 0,300,3000]`: how the build scales (0: the real corpus alone). For each size, writes a synthetic site
// of that many published documents and as many power items (made from the real corpus, with varied
// titles, numbers, ids and article counts) into a temporary copy of the project (os.tmpdir(), never
// committed, removed afterwards unless BENCH_KEEP=1), builds the public edition there, and reports
// wall time, the phases of the build, peak memory (resident set of the whole process tree, sampled
// from /proc), output size, search-index size, the largest page, and the HTML size of a few fixed
// real pages, which must not change with the size of the site. Then it serves the built site
// (127.0.0.1, $BENCH_PORT, default 4434) and opens /search/?q=… in Chromium with an empty cache for
// 请假, 家长委员会, 学校 and every committed realistic query: the bytes to the first results, against
// the search budgets times budgets.searchAtScale. Writes bench-results/build.json.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as toYaml } from 'yaml';
import { readContent } from '../src/lib/content/read.ts';
import { structureDocument } from '../src/lib/document-structure.ts';
import { parseBody } from '../src/lib/content/mdx.ts';
import { toChineseNumeral } from '../src/lib/numerals.ts';
import { budgets } from '../src/lib/budgets.ts';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';
import { measureSearch } from './page-weight.mjs';
import { median, realisticQueries, TRACKED } from './search-quality.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.argv[2] ?? '0,300,3000').split(',').map(Number);
/** Real pages whose HTML must be the same size however large the site is. */
const FIXED = ['/powers/dq-01/', '/documents/charter/ch-3/', '/documents/charter/', '/documents/system-disclosure/', '/search/'];
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'bench-results', '.astro', 'playwright-report']);

const real = readContent(join(root, 'content'));
const realDocs = real.documents.map((f) => ({
  ...f,
  id: f.file.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  text: readFileSync(join(root, f.file), 'utf8'),
}));
const realPublic = realDocs.filter((d) => d.data.audience === 'public' && d.data.status !== 'draft').length;
// Templates: every document that is not a draft and not an old version.
const templates = realDocs.filter((d) => !['draft', 'revised', 'repealed'].includes(d.data.status));
const powerTemplates = real.powers.map((f) => readFileSync(join(root, f.file), 'utf8'));
const usedCodes = new Set(real.departments.data.map((d) => d.code));
const AREAS = [
  '城东',
  '城西',
  '城南',
  '城北',
  '江北',
  '江南',
  '河西',
  '高新',
  '开发区',
  '滨湖',
  '临港',
  '东湖',
  '西山',
  '南湖',
  '北塘',
  '新城',
  '老城',
  '湖滨',
  '桥东',
  '桥西',
];

/** Two-letter department codes not used by the real departments: AA, AB, … */
function* freeCodes() {
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!usedCodes.has(code)) yield code;
    }
}

/** A synthetic document: a real one renamed, renumbered, published, with 0–3 extra chapters of articles. */
function syntheticDocument(i) {
  const t = templates[i % templates.length];
  const school = `${AREAS[i % AREAS.length]}第${(i % 97) + 1}学校`;
  let [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(t.text);
  front = front
    .replace(/^title: (.*)$/m, `title: ${school}$1`)
    // Short titles stay within the checker's 20 characters: a number, not the school's name, keeps them apart.
    .replace(/^shortTitle: (.*)$/m, `shortTitle: ${i}号$1`)
    .replace(/^docNumber: (.*?)\d+号(.*)$/m, `docNumber: $1${i}号$2`)
    .replace(/^status: .*$/m, 'status: in-force')
    .replace(/^audience: .*$/m, 'audience: public')
    .replace(/^replacedBy: .*\n/m, '')
    .replace(/^related:.*(\n\s+- .*)*$/m, 'related: []');
  // Another school's documents cite that school's charter and rules, not ours: prefix every title it
  // cites, so that its citations stay plain text and our articles' 被引用 lists do not grow with the site.
  body = body.replace(/《/g, `《${school}`);
  const s = structureDocument(parseBody(body).blocks);
  const chapters = s.headings.filter((h) => h.kind === 'chapter').length;
  const extra = chapters > 0 ? i % 4 : 0;
  const articleTexts = body
    .split('\n')
    .filter((l) => /^第[零〇一二三四五六七八九十百千]+条[\s\u3000]/.test(l))
    .map((l) => l.replace(/^第\S+?条[\s\u3000]+/, ''))
    // A copied sentence must not cite paragraphs or items (本条第二款, 前款) that its new article lacks.
    .filter((text) => !/本条|前款|款|项/.test(text));
  let next = s.articles.length + 1;
  for (let c = 1; c <= extra; c++) {
    body += `\n## 第${toChineseNumeral(chapters + c)}章　补充规定（${toChineseNumeral(c)}）\n`;
    for (let a = 0; a < 3 + ((i + c) % 6); a++) {
      body += `\n第${toChineseNumeral(next)}条　${articleTexts[(i + next) % articleTexts.length]}\n`;
      next += 1;
    }
  }
  return `---\n${front}\n---\n${body}`;
}

/** A synthetic power item: a real one under a synthetic department, with its own code and name. */
function syntheticPower(i, dept) {
  const t = powerTemplates[i % powerTemplates.length];
  const code = `${dept.code}-${String((i % 99) + 1).padStart(2, '0')}`;
  const text = t
    .replace(/^code: .*$/m, `code: ${code}`)
    .replace(/^name: (.*)$/m, `name: $1（${dept.name}）`)
    .replace(/^department: .*$/m, `department: ${dept.id}`)
    // Its basis and citations are its own school's documents (see syntheticDocument).
    .replace(/《/g, `《${dept.name}`)
    .replace(/^(\s+)- doc: \S+\n\s+article: (\S+)$/gm, `$1- law: 《${dept.name}所在学校章程》$2`);
  return { code, text };
}

/** Write content/ for a site of `n` published documents and `n` power items. */
function writeContent(dir, n) {
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const docs = Math.max(0, n - realPublic);
  for (let i = 1; i <= docs; i++)
    writeFileSync(join(dir, 'content', 'documents', `bench-${String(i).padStart(4, '0')}.mdx`), syntheticDocument(i));
  const powers = Math.max(0, n - real.powers.length);
  const codes = freeCodes();
  const depts = Array.from({ length: Math.ceil(powers / 99) }, (_, j) => ({
    id: `bench-dept-${j + 1}`,
    name: `${AREAS[j % AREAS.length]}第${j + 1}学校办公室`,
    code: codes.next().value,
    overseenBy: 'principal',
    description: '基准测试用的虚构部门。',
  }));
  const deptFile = join(dir, 'content', 'org', 'departments.yaml');
  writeFileSync(deptFile, readFileSync(deptFile, 'utf8') + (depts.length ? '\n' + toYaml(depts) : ''));
  for (let i = 0; i < powers; i++) {
    const { code, text } = syntheticPower(i, depts[Math.floor(i / 99)]);
    writeFileSync(join(dir, 'content', 'powers', `${code.toLowerCase()}.mdx`), text);
  }
  return { documents: docs + realPublic, powers: powers + real.powers.length };
}

/** A copy of the project without its generated folders; node_modules is a folder of links, so the build's caches stay in the copy. */
function copyProject(dir) {
  for (const name of readdirSync(root)) {
    if (SKIP.has(name) || name === 'content') continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** Resident memory (bytes) of a process and all its descendants. */
function treeRss(pid) {
  const children = new Map();
  for (const p of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const parts = [];
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop();
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) {
        total += Number(m[1]) * 1024;
        parts.push(`${/Name:\s+(\S+)/.exec(status)?.[1]} ${Math.round(Number(m[1]) / 1024)} MiB`);
      }
    } catch {
      // Gone.
    }
    todo.push(...(children.get(p) ?? []));
  }
  return { total, parts };
}

/** Run the public build in `dir`, timing it, sampling memory, and noting when each phase starts. */
function build(dir) {
  return new Promise((resolve) => {
    const started = performance.now();
    const marks = {};
    // GNU time, where installed, adds the CPU time of the whole tree: wall time alone says little
    // on a machine that other jobs share.
    const timeFile = join(dir, 'cpu-time.txt');
    const command = [process.execPath, 'scripts/build.mjs', 'public'];
    const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-o', timeFile, '-f', '%U %S', ...command] : command;
    const child = spawn(timed[0], timed.slice(1), { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let peakAt = '';
    const timer = setInterval(() => {
      const rss = treeRss(child.pid);
      if (rss.total > peak) {
        peak = rss.total;
        peakAt = `${((performance.now() - started) / 1000).toFixed(1)} s: ${rss.parts.join(', ')}`;
      }
    }, 250);
    const log = [];
    const phases = [
      ['astro started', /\[content\] Syncing content/],
      ['content synced', /\[content\] Synced content/],
      ['bundling', /Building static entrypoints/],
      ['rendering pages', /generating static routes/],
      ['pagefind', /\[build\] ✓ Completed in .*\n?$/],
      ['pagefind done', /Pagefind indexed/],
    ];
    const onData = (chunk) => {
      const now = (performance.now() - started) / 1000;
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim() || /[├└]─/.test(line)) continue;
        log.push(line);
        for (const [name, re] of phases)
          if (!(name in marks) && re.test(line) && (name !== 'pagefind' || 'rendering pages' in marks)) marks[name] = now;
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpu = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [];
      resolve({
        code,
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: cpu.length === 2 ? cpu[0] + cpu[1] : undefined,
        peak,
        peakAt,
        marks,
        log,
      });
    });
  });
}

/** Total size of the files under `dir`, and their count. */
function du(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const st = statSync(join(dir, name));
    if (st.isFile()) {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const PORT = Number(process.env.BENCH_PORT ?? 4434);

/** Bytes to first results on the built site in `out`, for the tracked queries and the median of the realistic ones. */
async function searchWeights(out) {
  const server = await serve(out, PORT);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const baseURL = `http://127.0.0.1:${PORT}`;
  try {
    const bytes = {};
    for (const q of new Set([...TRACKED, ...realisticQueries()])) {
      const w = await measureSearch(browser, baseURL, q, { timeout: 120_000 });
      bytes[q] = { bytes: w.total, requests: w.requests, byKind: w.byKind };
    }
    return {
      tracked: Object.fromEntries(TRACKED.map((q) => [q, bytes[q]])),
      median: median(realisticQueries().map((q) => bytes[q].bytes)),
      queries: bytes,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const results = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `school-bench-${n}-`));
  console.log(`\n▶ ${n} documents: generating in ${dir}`);
  copyProject(dir);
  const counts = writeContent(dir, n);
  console.log(`  ${counts.documents} published documents, ${counts.powers} power items; building…`);
  const run = await build(dir);
  if (run.code !== 0) {
    console.error(run.log.slice(-30).join('\n'));
    console.error(`  build failed (exit ${run.code}); the copy is left in ${dir}`);
    process.exit(1);
  }
  const out = join(dir, 'dist', 'public');
  const site = du(out);
  const index = du(join(out, 'pagefind'));
  const pages = readdirSync(out, { recursive: true }).filter((f) => f.endsWith('index.html'));
  const biggest = pages
    .map((f) => ({ path: `/${f.replace(/index\.html$/, '')}`, bytes: statSync(join(out, f)).size }))
    .sort((a, b) => b.bytes - a.bytes)[0];
  const fixed = Object.fromEntries(FIXED.map((p) => [p, statSync(join(out, p, 'index.html')).size]));
  const pagefindLine = run.log.find((l) => /Pagefind indexed/.test(l)) ?? '';
  console.log('  measuring bytes to first search results …');
  const search = await searchWeights(out);
  results.push({
    size: n,
    ...counts,
    pages: pages.length,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakBytes: run.peak,
    peakAt: run.peakAt,
    marks: run.marks,
    outputBytes: site.bytes,
    outputFiles: site.files,
    searchIndexBytes: index.bytes,
    largestPage: biggest,
    fixed,
    pagefind: pagefindLine.trim(),
    search,
  });
  console.log(
    `  built in ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} s), peak ${(run.peak / 2 ** 30).toFixed(2)} GiB at ${run.peakAt}, ${pages.length} pages`,
  );
  if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
}

const gib = (b) => (b / 2 ** 30).toFixed(2);
const mib = (b) => (b / 2 ** 20).toFixed(1);
console.log(`\nBuild of the public edition, ${new Date().toISOString()}\n`);
const head = [
  'documents',
  'power items',
  'pages',
  'wall s',
  'CPU s',
  'peak GiB',
  'output MiB',
  'files',
  'search index MiB',
  'largest page',
];
const rows = results.map((r) =>
  [
    r.documents,
    r.powers,
    r.pages,
    r.seconds.toFixed(1),
    r.cpuSeconds?.toFixed(1) ?? '',
    gib(r.peakBytes),
    mib(r.outputBytes),
    r.outputFiles,
    mib(r.searchIndexBytes),
    `${r.largestPage.path} ${(r.largestPage.bytes / 1024).toFixed(0)} KiB`,
  ].map(String),
);
table(head, rows);
console.log(
  '\nPhases (seconds from start): check+start → astro started, content synced, bundling, rendering pages, pagefind, pagefind done, end\n',
);
table(
  ['documents', ...Object.keys(results[0]?.marks ?? {}), 'end'],
  results.map((r) => [String(r.documents), ...Object.values(r.marks).map((s) => s.toFixed(1)), r.seconds.toFixed(1)]),
);
console.log('\nHTML bytes of fixed pages (must not change with the size of the site)\n');
table(
  ['page', ...results.map((r) => `${r.documents} docs`)],
  FIXED.map((p) => [p, ...results.map((r) => String(r.fixed[p]))]),
);
const same = FIXED.every((p) => new Set(results.map((r) => r.fixed[p])).size === 1);
console.log(
  same
    ? '\nThe fixed pages are the same size at every site size.'
    : '\nA fixed page changed size with the site: something site-wide leaks into ordinary pages.',
);
const scale = budgets.searchAtScale;
const searchBudgets = [
  ['请假', budgets.searchToResults],
  ['家长委员会', undefined],
  ['学校', budgets.searchCommonWord],
];
console.log(`\nKiB from opening /search/?q=… to the first results (empty cache; budget at 3,000 documents: ×${scale})\n`);
const k = (b) => (b / 1024).toFixed(1);
table(
  ['query', ...results.map((r) => `${r.documents} docs`), 'budget'],
  [
    ...searchBudgets.map(([q, budget]) => [
      q,
      ...results.map((r) => k(r.search.tracked[q].bytes)),
      budget ? `${k(budget)} (×${scale}: ${k(budget * scale)})` : '',
    ]),
    [
      'median of the realistic queries',
      ...results.map((r) => k(r.search.median)),
      `${k(budgets.searchToResultsMedian)} (×${scale}: ${k(budgets.searchToResultsMedian * scale)})`,
    ],
  ],
);
const biggest = results[results.length - 1];
if (biggest) {
  const kinds = biggest.search.tracked['请假'].byKind;
  console.log(
    `\n请假 at ${biggest.documents} documents, by kind: ${Object.entries(kinds)
      .filter(([, b]) => b > 0)
      .map(([kind, b]) => `${kind} ${k(b)}`)
      .join(', ')} KiB`,
  );
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'build.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
console.log('Written: bench-results/build.json');
if (!same) process.exitCode = 1;

function table(h, body) {
  const cols = h.map((_, i) => Math.max(...[h, ...body].map((row) => String(row[i] ?? '').length)));
  const line = (row) =>
    row
      .map((c, i) => String(c).padEnd(cols[i]))
      .join('  ')
      .trimEnd();
  console.log(line(h));
  console.log(cols.map((n) => '-'.repeat(n)).join('  '));
  for (const row of body) console.log(line(row));
}

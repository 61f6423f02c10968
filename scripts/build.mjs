// Build one edition of the site: check the content, build with Astro (which also writes the
// Pagefind index) into a folder of its own, then publish it as dist/<edition>/ in one step
// (scripts/publish.mjs: a symbolic link switched atomically). If anything fails, the previous
// dist/<edition>/ is left as it was: nothing half-built is published.
//   node scripts/build.mjs [public|staff|preview]
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseEdition } from '../src/lib/editions.ts';
import { newBuildDir, publish } from './publish.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const edition = parseEdition(process.argv[2] ?? process.env.SITE_EDITION);

// The content check runs in a process of its own, so that the memory it takes to read a large
// site is given back before Astro starts (in this process it stayed held for the whole build).
const check = spawnSync(process.execPath, [join(root, 'scripts', 'check-content.mjs')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (check.status !== 0) process.exit(check.status ?? 1);

const dist = join(root, 'dist');
const staging = newBuildDir(dist, edition);
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const started = Date.now();
const result = spawnSync(process.execPath, [astro, 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SITE_EDITION: edition, SITE_OUT_DIR: staging },
});
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n构建失败（${edition}）：上面的信息说明了原因。已发布的网站没有改动。`);
  process.exit(result.status ?? 1);
}
if (!existsSync(join(staging, 'pagefind', 'pagefind.js'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error('Search index missing after build; the published site was not changed.');
  process.exit(1);
}
publish(dist, edition, staging);
console.log(`Built the ${edition} edition into dist/${edition}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

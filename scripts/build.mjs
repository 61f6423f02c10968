// Build one edition of the site with Astro (which checks the content first, through the content
// integration, and writes the Pagefind index last) into a folder of its own, then publish it as
// dist/<edition>/ in one step (scripts/publish.mjs: a symbolic link switched atomically). If anything
// fails, the previous dist/<edition>/ is left as it was: nothing half-built is published.
//   node scripts/build.mjs [public|staff|preview]
// The tests build their fixture site with SITE_CONTENT=tests/fixtures/site SITE_DIST=dist/fixture.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseEdition } from '../src/lib/editions.ts';
import { newBuildDir, publish } from './publish.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const edition = parseEdition(process.argv[2] ?? process.env.SITE_EDITION);

const dist = join(root, process.env.SITE_DIST ?? 'dist');
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
console.log(`Built the ${edition} edition into ${join(dist, edition)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

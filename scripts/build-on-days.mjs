// Build the fixture site's public edition on two different days (a clock set forward with
// scripts/fake-clock.mjs), into dist/reproducible/<day>/, for tests/e2e/reproducible.spec.ts to compare:
// identical content must build identical files, whatever the day. The days come after every date in
// the content, and a year apart, so that no text comes into force between them (尚未生效 → 现行有效 is
// the one thing that may rightly change with the day: the README says to rebuild on each effective date).
//   node scripts/build-on-days.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { loadSiteContent } from '../src/lib/content/pipeline.ts';
import { reproducibleDays } from '../tests/e2e/reproducible.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = join(root, 'tests/fixtures/site');
const result = loadSiteContent(content);
if (!result.ok) throw new Error('The fixture site has content problems: run SITE_CONTENT=tests/fixtures/site npm run check:content');
rmSync(join(root, 'dist/reproducible'), { recursive: true, force: true });
for (const day of reproducibleDays(result.site)) {
  const env = {
    ...process.env,
    SITE_CONTENT: content,
    SITE_DIST: `dist/reproducible/${day}`,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${join(root, 'scripts/fake-clock.mjs')}`.trim(),
    // Ten in the morning in China, on that day.
    FAKE_NOW: `${day}T10:00:00+08:00`,
  };
  delete env.SITE_TODAY;
  const run = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), 'public'], { cwd: root, stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// `npm test`: everything, in the order a failure is cheapest to find.
//  1. the real content passes the checker;  2. unit tests (Vitest);  3. type check (astro check);
//  4. formatting (Prettier);  5. build the public and staff editions of the real content and of the
//  fixture site (tests/fixtures/site), and the fixture's public edition on two other days;  6. browser
//  tests (Playwright);  7. the deployment test: both editions behind nginx as the README deploys them
//  (Playwright, playwright.deploy.config.ts; installs nginx from Debian when it is missing).
// Ends with one line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { findChromium } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const node = process.execPath;

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function counts() {
  let passed = 0;
  let failed = 0;
  const unit = join(root, 'test-results', 'unit.json');
  if (existsSync(unit)) {
    const r = JSON.parse(readFileSync(unit, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  for (const name of ['e2e.json', 'deploy.json']) {
    const file = join(root, 'test-results', name);
    if (!existsSync(file)) continue;
    const s = JSON.parse(readFileSync(file, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
  }
  return { passed, failed };
}

function finish(ok, reason) {
  const { passed, failed } = counts();
  if (!ok) console.error(`\n✗ ${reason}`);
  // A step that failed before any test ran (content check, types, build) still counts as one failure.
  console.log(`\ntests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
  process.exit(ok ? 0 : 1);
}

/** Should the deployment test have been killed before its teardown, stop the nginx it started, by PID. */
function stopNginx() {
  const state = join(root, 'test-results', 'deploy-nginx.json');
  if (!existsSync(state)) return;
  for (const pid of JSON.parse(readFileSync(state, 'utf8')).pids ?? []) {
    try {
      process.kill(pid, 'SIGTERM');
      console.log(`Stopped nginx ${pid}, left running by the deployment test.`);
    } catch {
      // already stopped, as it should be
    }
  }
}

rmSync(join(root, 'test-results'), { recursive: true, force: true });
if (!step('Content check', node, ['scripts/check-content.mjs'])) finish(false, 'the content has problems (see above)');
if (!step('Unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']))
  finish(false, 'unit tests failed');
if (!step('Type check', bin('astro'), ['check'])) finish(false, 'type check failed');
if (!step('Formatting', bin('prettier'), ['--check', '.'])) finish(false, 'files are not formatted: run "npx prettier --write ."');
for (const edition of ['public', 'staff']) {
  if (!step(`Build the ${edition} edition`, node, ['scripts/build.mjs', edition])) finish(false, `the ${edition} build failed`);
  const fixture = { SITE_CONTENT: 'tests/fixtures/site', SITE_DIST: 'dist/fixture' };
  if (!step(`Build the ${edition} edition of the fixture site`, node, ['scripts/build.mjs', edition], fixture)) {
    finish(false, `the ${edition} build of the fixture site failed`);
  }
}
// The fixture site again on two other days, which tests/e2e/reproducible.spec.ts compares file by file.
if (!step('Build the fixture site on two other days', node, ['scripts/build-on-days.mjs']))
  finish(false, 'the builds on two other days failed');
try {
  console.log(`\nBrowser: ${findChromium()}`);
} catch (error) {
  finish(false, error.message);
}
if (!step('Browser tests', bin('playwright'), ['test'])) finish(false, 'browser tests failed');
const deployed = step('Deployment tests (nginx)', bin('playwright'), ['test', '-c', 'playwright.deploy.config.ts']);
stopNginx();
if (!deployed) finish(false, 'deployment tests failed');
finish(true);

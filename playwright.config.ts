import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';
import { e2eServers } from './tests/e2e/servers.ts';

/**
 * The browser tests run against built editions served by our own static server, as any web host would:
 * the fixture site (tests/fixtures/site, a frozen copy of the school's content with every feature in
 * use) for how the site works, and the real content (tests/e2e/corpus/) for its pages' accessibility,
 * weight, links and search quality. E2E_PORT moves the servers, so that two working copies can run
 * their tests side by side.
 */
const servers = e2eServers(Number(process.env.E2E_PORT ?? 4401));
const staffSpec = /staff\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  // Searches take longer than the default 5 s to show results on a busy two-core machine
  // (Pagefind's wasm and index): assertions wait up to 15 s.
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    launchOptions: { executablePath: findChromium() as string, args: chromiumArgs as string[] },
    locale: 'zh-CN',
  },
  projects: [
    { name: 'public', testIgnore: [staffSpec, /corpus\//], use: { baseURL: servers.public.url } },
    { name: 'staff', testMatch: staffSpec, testIgnore: /corpus\//, use: { baseURL: servers.staff.url } },
    { name: 'corpus', testDir: 'tests/e2e/corpus', testIgnore: staffSpec, use: { baseURL: servers.corpus.url } },
    { name: 'corpus-staff', testDir: 'tests/e2e/corpus', testMatch: staffSpec, use: { baseURL: servers['corpus-staff'].url } },
  ],
  webServer: Object.values(servers).map(({ dir, port, url }) => ({
    command: `node scripts/serve.mjs ${dir} ${port}`,
    url,
    env: { HOST: '127.0.0.1' },
    reuseExistingServer: false,
  })),
});

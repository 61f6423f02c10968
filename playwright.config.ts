import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';

/** The built editions are served by our own static server, as any web host would.
 * E2E_PORT moves both servers, so that two working copies can run their tests side by side. */
const base = Number(process.env.E2E_PORT ?? 4401);
const servers = { public: base, staff: base + 1 };

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
    { name: 'public', testIgnore: /staff\.spec/, use: { baseURL: `http://127.0.0.1:${servers.public}` } },
    { name: 'staff', testMatch: /staff\.spec/, use: { baseURL: `http://127.0.0.1:${servers.staff}` } },
  ],
  webServer: Object.entries(servers).map(([edition, port]) => ({
    command: `node scripts/serve.mjs dist/${edition} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    env: { HOST: '127.0.0.1' },
    reuseExistingServer: false,
  })),
});

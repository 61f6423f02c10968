import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';

/** The built editions are served by our own static server, as any web host would. */
const servers = { public: 4401, staff: 4402 };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
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

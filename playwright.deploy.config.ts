import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';
import { site } from './tests/deploy/nginx-site.ts';

/** The deployment test: both editions as deployed behind nginx (deploy/), which the global setup
 * installs when missing, configures and starts on 127.0.0.1, and stops by its PID at the end.
 * Chromium reaches the two host names on 127.0.0.1 through a resolver rule. */
export default defineConfig({
  testDir: 'tests/deploy',
  globalSetup: './tests/deploy/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  globalTimeout: 15 * 60_000,
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results/playwright-deploy',
  reporter: [['list'], ['json', { outputFile: 'test-results/deploy.json' }]],
  use: {
    launchOptions: {
      executablePath: findChromium() as string,
      args: [...(chromiumArgs as string[]), `--host-resolver-rules=MAP ${site.publicHost} 127.0.0.1, MAP ${site.staffHost} 127.0.0.1`],
    },
    locale: 'zh-CN',
    baseURL: `http://${site.publicHost}:${site.port}`,
  },
});

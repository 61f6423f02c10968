// Find a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. With none, and when we may (root with apt-get), install
// Debian's chromium; otherwise stop with a message that says how to get one.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

/** Flags that make Chromium behave on a closed, sandboxed machine. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function candidates() {
  const list = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    list.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here; that is fine.
  }
  return list.filter((p) => p && existsSync(p));
}

/** The path of a usable Chromium, installing Debian's when possible. */
export function findChromium() {
  let found = candidates()[0];
  if (found) return found;
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium with apt-get …");
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    found = candidates()[0];
    if (found) return found;
  }
  throw new Error(
    'No Chromium for the browser tests. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  or point CHROMIUM_PATH at a Chrome or Chromium executable.',
  );
}

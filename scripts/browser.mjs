// Find a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. With none, and when we may (root with apt-get), install
// Debian's chromium; otherwise stop with a message that says how to get one. Likewise a font with
// Chinese characters (fonts-noto-cjk): without one, Chromium draws every Chinese character as a box,
// and what the tests measure or photograph is wrong; when it cannot be installed, say how.
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

/** Install Debian packages with apt-get when we may (root, apt-get present); whether it ran. */
function aptInstall(packages) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing ${packages.join(' ')} with apt-get …`);
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return true;
}

/** Whether fontconfig knows a font with Chinese characters. */
function hasCjkFont() {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return list.status === 0 && list.stdout.trim() !== '';
}

let fontChecked = false;
/** A CJK font for Chromium: installed when we may, else a warning that says how. */
function ensureCjkFont() {
  if (fontChecked) return;
  fontChecked = true;
  if (hasCjkFont() || (aptInstall(['fonts-noto-cjk']) && hasCjkFont())) return;
  console.warn(
    'No font with Chinese characters: Chromium will draw them as boxes. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install fonts-noto-cjk',
  );
}

/** The path of a usable Chromium, installing Debian's (and a CJK font) when possible. */
export function findChromium() {
  let found = candidates()[0];
  if (!found && aptInstall(['chromium', 'fonts-noto-cjk'])) found = candidates()[0];
  if (found) {
    ensureCjkFont();
    return found;
  }
  throw new Error(
    'No Chromium for the browser tests. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  or point CHROMIUM_PATH at a Chrome or Chromium executable.',
  );
}

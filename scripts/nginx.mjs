// The tools the deployment test needs: nginx (Debian's package: the web server the README
// deploys to) and openssl (the README's command for the staff password file). Found on the
// machine, or, when we may (root with apt-get), installed from Debian; otherwise a message says
// how to get them. As scripts/browser.mjs does for Chromium.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Debian package of each tool, and where it is usually found. */
const TOOLS = {
  nginx: { pkg: 'nginx', paths: [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'] },
  openssl: { pkg: 'openssl', paths: ['/usr/bin/openssl', '/usr/local/bin/openssl'] },
};

function find(tool) {
  return TOOLS[tool].paths.find((p) => p && existsSync(p));
}

/** Paths of nginx and openssl, installing Debian's packages for any that is missing when possible. */
export function findDeployTools() {
  const missing = Object.keys(TOOLS).filter((t) => !find(t));
  if (missing.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const packages = missing.map((t) => TOOLS[t].pkg);
    console.log(`Not found: ${missing.join(', ')}. Installing Debian's ${packages.join(', ')} with apt-get …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 300_000 });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env, timeout: 600_000 });
  }
  const still = Object.keys(TOOLS).filter((t) => !find(t));
  if (still.length > 0) {
    throw new Error(
      `The deployment test needs ${still.join(' and ')}. Install and run again:\n` +
        `  Debian/Ubuntu: sudo apt-get install ${still.map((t) => TOOLS[t].pkg).join(' ')}\n` +
        '  or point NGINX_PATH at an nginx executable.',
    );
  }
  return { nginx: find('nginx'), openssl: find('openssl') };
}

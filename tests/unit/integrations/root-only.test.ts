/** The build refuses a path prefix (src/integrations/root-only.ts): the staff edition needs a host of its own. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prefixProblem } from '../../../src/integrations/root-only.ts';

const root = join(import.meta.dirname, '../../..');

describe('src/integrations/root-only.ts', () => {
  it('lets a build for the root through', () => {
    expect(prefixProblem('/', undefined)).toBeUndefined();
    expect(prefixProblem(undefined, '')).toBeUndefined();
    expect(prefixProblem('/', '/')).toBeUndefined();
  });

  it('refuses a prefix from Astro or SITE_BASE, pointing to the README', () => {
    expect(prefixProblem('/staff/', undefined)).toContain('not under the path prefix "/staff/"');
    expect(prefixProblem('/', '/staff')).toContain('README.md, "Deploying"');
    expect(prefixProblem('/', '/staff')).toContain('本网站只能放在域名（或端口）的根目录下');
  });

  it('stops a real build started with a prefix, before anything is written', () => {
    const out = mkdtempSync(join(tmpdir(), 'root-only-'));
    try {
      // The same hook reads SITE_BASE (above); one real start is enough to prove it runs first.
      const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--base', '/staff/'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 90_000,
        env: { ...process.env, SITE_OUT_DIR: out },
      });
      expect(result.status).not.toBe(0);
      expect(result.stdout + result.stderr).toContain('can only be built for the root of a host name, not under the path prefix "/staff/"');
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

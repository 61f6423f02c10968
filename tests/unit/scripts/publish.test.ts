/** Publishing a build: dist/<edition> becomes a link to it in one rename; older builds go. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newBuildDir, publish } from '../../../scripts/publish.mjs';

let dist: string;
beforeEach(() => {
  dist = join(mkdtempSync(join(tmpdir(), 'publish-test-')), 'dist');
  mkdirSync(dist);
});
afterEach(() => rmSync(join(dist, '..'), { recursive: true, force: true }));

/** A build folder holding an index.html that says `text`. */
function build(edition: string, text: string, suffix = ''): string {
  const dir = newBuildDir(dist, edition) + suffix;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  return dir;
}
const home = (edition: string) => readFileSync(join(dist, edition, 'index.html'), 'utf8');
const builds = () => readdirSync(join(dist, '.builds')).sort();

describe('scripts/publish.mjs', () => {
  it('publishes a build as a relative link, so that dist/ can be copied or moved whole', () => {
    const first = build('public', 'one');
    publish(dist, 'public', first);
    expect(lstatSync(join(dist, 'public')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dist, 'public'))).toMatch(/^\.builds\/public-/);
    expect(home('public')).toBe('one');
  });

  it('keeps the build it replaced, removes older ones, and leaves other editions alone', () => {
    const staff = build('staff', 'staff');
    publish(dist, 'staff', staff);
    const a = build('public', 'a', '-a');
    publish(dist, 'public', a);
    const b = build('public', 'b', '-b');
    publish(dist, 'public', b);
    const c = build('public', 'c', '-c');
    publish(dist, 'public', c);
    expect(home('public')).toBe('c');
    expect(home('staff')).toBe('staff');
    expect(existsSync(a)).toBe(false);
    expect(existsSync(b)).toBe(true);
    expect(builds().filter((n) => n.startsWith('public-'))).toHaveLength(2);
    // No temporary link is left behind.
    expect(readdirSync(dist).sort()).toEqual(['.builds', 'public', 'staff']);
  });

  it('does not remove a build that another process is still writing, and removes it once that process is gone', async () => {
    const builder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    const running = join(dist, '.builds', `public-20000101T000000000Z-${builder.pid}`);
    mkdirSync(running, { recursive: true });
    publish(dist, 'public', build('public', 'a', '-a'));
    publish(dist, 'public', build('public', 'b', '-b'));
    expect(existsSync(running)).toBe(true);
    builder.kill();
    await new Promise((ok) => builder.on('exit', ok));
    publish(dist, 'public', build('public', 'c', '-c'));
    expect(existsSync(running)).toBe(false);
  });

  it('takes over a dist/<edition> folder from before this layout', () => {
    mkdirSync(join(dist, 'public'));
    writeFileSync(join(dist, 'public', 'index.html'), 'old');
    publish(dist, 'public', build('public', 'new'));
    expect(lstatSync(join(dist, 'public')).isSymbolicLink()).toBe(true);
    expect(home('public')).toBe('new');
  });

  it('refuses a folder that is not among the builds', () => {
    const elsewhere = join(dist, 'elsewhere');
    mkdirSync(elsewhere);
    expect(() => publish(dist, 'public', elsewhere)).toThrow(/not in/);
  });
});

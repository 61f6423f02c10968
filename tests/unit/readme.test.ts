/** The README's commands exist: every `npm run <script>` it tells a reader to type is a script of package.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const scripts = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>);

describe.each(['README.md', 'content/README.md'])('%s', (file) => {
  it('names only npm scripts that package.json has', () => {
    const text = readFileSync(join(root, file), 'utf8');
    const named = [...new Set([...text.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});

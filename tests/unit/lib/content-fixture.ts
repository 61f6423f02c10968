/**
 * The small good fixture (tests/fixtures/content) copied and changed in one place, and the messages the
 * checker then gives, as "file:line message" lines: the test list of every mistake an author can make.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { readContent } from '../../../src/lib/content/read.ts';
import { checkContent } from '../../../src/lib/content/validate.ts';

/** The good fixture. */
export const good = join(import.meta.dirname, '../../fixtures/content');

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copy the good fixture, let `change` edit the copy (given its content folder), and return the messages. */
export function messagesWith(change: (content: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  temp.push(dir);
  const content = join(dir, 'content');
  cpSync(good, content, { recursive: true });
  change(content);
  return checkContent(readContent(content)).problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`);
}

/** Copy the good fixture, change `from` to `to` in one file, and return the messages. */
export function messagesAfter(file: string, from: string | RegExp, to: string): string[] {
  return messagesWith((content) => {
    const path = join(content, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture change did not apply to ${file}: ${from}`);
    writeFileSync(path, after);
  });
}

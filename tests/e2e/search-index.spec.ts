/**
 * The built search index is cut as src/integrations/pagefind.ts asks: index chunks of
 * INDEX_CHUNK_SIZE word positions (Pagefind reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; if
 * that stopped working, chunks would hold 20,000 again), one fragment per page, and every page's
 * text after its title slot. Read from the files Pagefind wrote, as the search page reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { INDEX_CHUNK_SIZE, INDEX_LANGUAGE } from '../../src/integrations/pagefind.ts';
import { GAP, TITLE_SLOT } from '../../src/lib/search-text.ts';
import { distOf } from './helpers.ts';

const bundle = join(distOf('fixture', 'public'), 'pagefind');
/** A Pagefind file's contents: gzipped, behind a 12-byte signature. */
const read = (file: string) => gunzipSync(readFileSync(file)).subarray(12);

/** A CBOR item (the subset Pagefind writes: integers, strings, arrays). */
type Cbor = number | string | Cbor[];
function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const item = (): Cbor => {
    const head = bytes[at++]!;
    const major = head >> 5;
    let n = head & 31;
    if (n >= 24) {
      const size = 1 << (n - 24);
      n = 0;
      for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
    }
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 3) return new TextDecoder().decode(bytes.subarray(at, (at += n)));
    if (major === 4) return Array.from({ length: n }, item);
    throw new Error(`unexpected CBOR major type ${major}`);
  };
  return item();
}

/**
 * The size Pagefind counts for a word when it fills a chunk: for each page, the word's positions
 * (negative numbers in the list change the weight and are not positions) and metadata positions, plus one.
 */
function wordSize(word: Cbor[]): number {
  const pages = word[1] as Cbor[][];
  const positions = (list: Cbor | undefined) => ((list as number[] | undefined) ?? []).filter((n) => n >= 0).length;
  return pages.reduce((sum, page) => sum + positions(page[1]) + positions(page[2]) + 1, 0);
}

test(`index chunks hold ${INDEX_CHUNK_SIZE} word positions, not Pagefind's default 20,000`, () => {
  const chunks = readdirSync(join(bundle, 'index')).map((f) => (decodeCbor(read(join(bundle, 'index', f))) as Cbor[][])[0] as Cbor[][]);
  const sizes = chunks.map((words) => words.map(wordSize));
  const total = sizes.flat().reduce((a, b) => a + b, 0);
  // Pagefind closes a chunk as soon as it reaches the chunk size: without its last word, every chunk is below it.
  for (const s of sizes) expect(s.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(INDEX_CHUNK_SIZE);
  expect(chunks.length).toBeGreaterThanOrEqual(Math.floor(total / (2 * INDEX_CHUNK_SIZE)));
  // One weight for every word (see spaceOutHtml): in each list of positions, a weight change (a
  // negative number) comes only first, always the same; so positions are in page order and an exact
  // search reports a phrase's first occurrence.
  const lists = chunks.flat().flatMap((word) => (word[1] as Cbor[][]).map((page) => page[1] as number[]));
  expect(lists.filter((list) => list.slice(1).some((n) => n < 0))).toEqual([]);
  expect(new Set(lists.filter((list) => list[0]! < 0).map((list) => list[0])).size).toBe(1);
  // And so the bytes a search loads per character stay small.
  const bytes = readdirSync(join(bundle, 'index')).map((f) => readFileSync(join(bundle, 'index', f)).length);
  console.log(`${chunks.length} chunks for ${total} positions; largest ${Math.max(...bytes)} bytes`);
});

test('every page has a fragment of its own (the first results load only their own pages’ data)', () => {
  const meta = decodeCbor(
    read(
      join(
        bundle,
        readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!,
      ),
    ),
  ) as Cbor[];
  const pages = meta[1] as Cbor[][];
  const fragments = readdirSync(join(bundle, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
  expect(pages.length).toBeGreaterThan(20);
  // A page's third field names a shared fragment file when Pagefind bundles fragments (maxFragments).
  expect(pages.filter((p) => p[2])).toEqual([]);
  expect(new Set(fragments)).toEqual(new Set(pages.map((p) => p[0])));
});

test('every indexed page has its title in the title slot and its text after it', () => {
  const files = readdirSync(join(bundle, 'fragment'));
  for (const file of files) {
    const fragment = JSON.parse(new TextDecoder().decode(read(join(bundle, 'fragment', file)))) as {
      url: string;
      content: string;
      meta: { title: string };
    };
    const words = fragment.content.split(/\s+/);
    const text = words.findIndex((w, i) => i >= TITLE_SLOT && w !== GAP);
    const title = words.slice(0, TITLE_SLOT).join('').replace(/[¶.]/g, '');
    expect(title.length, fragment.url).toBeGreaterThan(0);
    expect(fragment.meta.title.replace(/\s/g, ''), fragment.url).toContain(title);
    expect(text, fragment.url).toBeGreaterThanOrEqual(TITLE_SLOT);
  }
});

test(`the index is built for "${INDEX_LANGUAGE}": the words are not cut again, and results carry no zero-width space after each`, () => {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGE]);
  const files = readdirSync(join(bundle, 'fragment'));
  const cut = files.filter((file) => new TextDecoder().decode(read(join(bundle, 'fragment', file))).includes('\u200b'));
  expect(cut).toEqual([]);
});
